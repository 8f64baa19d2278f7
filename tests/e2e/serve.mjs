// A static server on loopback for the tests: right MIME types (wasm must be application/wasm), no
// caching, nothing outside its folder, nothing else. Run as a script (Playwright's webServer for the
// end-to-end tests) it serves dist/ on $E2E_PORT; the offline tests and the engine journeys import
// `serveFolder` to serve a release of their own and stop it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain',
};

/** Serves `folder` on 127.0.0.1 (`port`, or any free one); resolves once it listens. `failWith`
 *  makes it answer every request with an error status from then on. */
export async function serveFolder(folder = DIST, port = 0) {
  const root = resolve(folder) + '/';
  // A status every request is answered with from now on (a server in trouble), or none.
  let failure = null;
  const server = createServer(async (request, response) => {
    if (failure) return response.writeHead(failure, { 'content-type': 'text/plain' }).end('server error');
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    failWith: (status) => { failure = status; },
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(done));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await serveFolder(DIST, Number(process.env.E2E_PORT || 4173));
  console.log(`serving ${DIST} at ${origin}/`);
}
