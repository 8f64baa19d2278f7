// Debian's nginx, started by the tests as the district would run it: no root service, a config and
// a port of its own, and deploy/self-check.nginx.conf included exactly as README "Deploy it" says.
// The site's root holds self-check/, a copy of the release folder ($DIST, default dist/).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEPLOY = fileURLToPath(new URL('../../deploy/self-check.nginx.conf', import.meta.url));
export const DIST = resolve(process.env.DIST || fileURLToPath(new URL('../../dist/', import.meta.url)));
export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** Whether this nginx has Brotli (Debian's libnginx-mod-http-brotli-static). */
export const hasBrotli = existsSync(BROTLI);

const freePort = () => new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

/**
 * Starts nginx serving `release` (a folder) at http://127.0.0.1:<port>/self-check/, framable by
 * the origins `parks`. Returns { origin, base, root, stop }; `root` is the site's folder.
 */
export async function startNginx({ release = DIST, parks = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-self-check-'));
  // Started as root (as CI is), nginx's workers run as nobody: they must be able to read the site.
  chmodSync(dir, 0o755);
  const root = join(dir, 'www');
  mkdirSync(root);
  // A copy, not a link: the release folder may sit in a folder nobody else may enter (a fresh
  // clone under a private temporary folder, as CI makes), which nginx's workers could not read.
  cpSync(resolve(release), join(root, 'self-check'), { recursive: true });
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const port = await freePort();
  let deploy = DEPLOY;
  if (!hasBrotli) {
    // As README says for an nginx without the module: the same file less its brotli_static line.
    const { readFileSync } = await import('node:fs');
    deploy = join(dir, 'self-check.nginx.conf');
    writeFileSync(deploy, readFileSync(DEPLOY, 'utf8').replace(/^\s*brotli_static on;$/m, ''));
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, `# Written by tests/nginx/nginx.mjs: the test's own nginx, as an unprivileged user.
${hasBrotli ? `load_module ${BROTLI};` : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        set $self_check_parks "${parks.join(' ')}";
        include ${deploy};
    }
}
`);
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${origin}/self-check/`)).status) break;
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start: ${log}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    origin,
    base: `${origin}/self-check/`,
    root,
    dir,
    conf,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
