// The service worker of one release (filled in and minified by scripts/post-build.mjs): it keeps
// exactly the release's files, so the self-check opens with no network after one visit. Its scope
// is the app's own folder, so a partner's page around the widget is never touched.
// - Hashed files (wasm, scripts, style sheet): cache first; they never change under a name.
// - The page itself (index.html): network first, the cache when offline, so a new release is
//   never stuck behind an old page.
// - A new release is a new cache; the old ones are deleted when it takes over.
// - Nothing damaged is ever served: a file kept in the cache is checked against its SHA-256,
//   computed when the release was built, before it is served. A cache served "first, forever"
//   would otherwise answer every visit, online ones too, with the damaged bytes (a damaged wasm
//   is a blank page). A damaged copy is deleted and the file fetched again; with no network the
//   answer is an error, which the start script turns into a message, never the damaged bytes.
const PREFIX = __PREFIX__; // every release's cache is named with it
const CACHE = __CACHE__;
const FILES = __FILES__; // { "./file": "its SHA-256, base64" }, "./" being the page
const DIGESTS = new Map(Object.entries(FILES).map(([file, digest]) => [new URL(file, location).href, digest]));
const PAGE = new URL('./', location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(Object.keys(FILES))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** Whether `response` holds exactly the file this release built under `key` (an unknown key: no). */
const intact = async (response, key) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return response.ok && btoa(String.fromCharCode(...digest)) === DIGESTS.get(key);
};

/**
 * This release's cache, if it is still kept. Never `caches.open` alone: it makes a missing cache
 * anew, and an old worker still answering the page's requests while the next release's worker
 * takes over would make its just-deleted cache again, empty and kept for good.
 */
const ownCache = async () => ((await caches.has(CACHE)) ? caches.open(CACHE) : undefined);

/** The intact copy kept of `key`, or nothing; a damaged copy is deleted, so it is never served. */
const cached = async (key) => {
  const hit = await caches.match(key, { cacheName: CACHE });
  if (hit && (await intact(hit, key))) return hit;
  if (hit) await (await ownCache())?.delete(key);
};

/** The network's answer, kept (once checked, in the background) if it is this release's file. */
const network = (event, key) => fetch(event.request).then((response) => {
  const copy = response.clone();
  event.waitUntil(intact(copy, key).then(async (ok) => ok && (await ownCache())?.put(key, copy)));
  return response;
});

/** Neither an intact copy nor a network: an error the page can tell from a file. */
const unavailable = () => new Response(
  '本自评工具的离线副本不完整：请连接网络后刷新。The offline copy of the self-check is incomplete: connect to the network and reload.',
  { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } },
);

const isPage = (request) => request.mode === 'navigate' || new URL(request.url).pathname.endsWith('/index.html');

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (isPage(request)) {
    // Network first, so that a new release is never stuck behind an old page; but a server that
    // answers with an error (a 5xx) never replaces the working copy kept.
    const kept = () => cached(PAGE);
    event.respondWith(network(event, PAGE)
      .then(async (response) => (response.status >= 500 && (await kept())) || response)
      .catch(() => kept().then((hit) => hit || unavailable())));
    return;
  }
  const key = url.origin + url.pathname;
  event.respondWith(cached(key).then((hit) => hit || network(event, key)).catch(unavailable));
});

// "Do you hold every one of these files, intact?" — asked by the page before it says it works
// offline.
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const holds = (event.data && event.data.holds) || [];
  Promise.all(holds.map((file) => cached(new URL(file, self.registration.scope).href)))
    .then((found) => port && port.postMessage(found.every(Boolean) ? 'complete' : 'incomplete'));
});
