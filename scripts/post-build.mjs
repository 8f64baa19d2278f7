// Trunk post-build hook. Trunk starts the app with an inline module script, which a strict CSP
// (script-src 'self') refuses. This moves it into a file of its own and adds the lock-down: once
// the WebAssembly has loaded, a second CSP forbids every connection, so after load the app
// cannot reach the network at all, not even its own server.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error('post-build: no inline module script in index.html; did Trunk change its loader?');
  process.exit(1);
}
const lockDown = `
// From here on the page may connect nowhere (the wasm is loaded): CSPs combine, strictest wins.
const lock = document.createElement('meta');
lock.httpEquiv = 'Content-Security-Policy';
lock.content = "connect-src 'none'";
document.head.append(lock);
`;
const script = found[1].trim() + '\n' + lockDown;
const name = `start-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), script);
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`post-build: loader moved to ${name}`);
