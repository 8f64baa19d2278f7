// The service worker of one release (filled in and minified by scripts/post-build.mjs): it keeps
// exactly the release's files, so the self-check opens with no network after one visit. Its scope
// is the app's own folder, so a partner's page around the widget is never touched.
// - Hashed files (wasm, scripts, style sheet): cache first; they never change under a name.
// - The page itself (index.html): network first, the cache when offline, so a new release is
//   never stuck behind an old page.
// - A new release is a new cache; the old ones are deleted when it takes over.
const CACHE = __CACHE__;
const FILES = __FILES__;
const PREFIX = 'xicheng-self-check-';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

const isPage = (request) => request.mode === 'navigate' || new URL(request.url).pathname.endsWith('/index.html');

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (isPage(request)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put('./', copy));
          }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match('./'))),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request)));
});

// "Do you hold every one of these files?" — asked by the page before it says it works offline.
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const holds = (event.data && event.data.holds) || [];
  caches.open(CACHE)
    .then((cache) => Promise.all(holds.map((file) => cache.match(new URL(file, self.registration.scope).href))))
    .then((found) => port && port.postMessage(found.every(Boolean) ? 'complete' : 'incomplete'));
});
