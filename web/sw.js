// The explorer's service worker: after the first visit the page works offline. Every file of
// the edition is kept in a cache named after the build (tools/build-web.sh writes the build's
// checksum in place of __BUILD__), so that a new build replaces the old one whole.
const CACHE = "sco-explorer-__BUILD__";
const FILES = [
  "./",
  "./index.html",
  "./sco-explorer-web.js",
  "./sco-explorer-web_bg.wasm",
  "./manifest.json",
  "./icon.svg",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  );
});

// The page's own files come from the cache (the fragment of a link is never part of a
// request); anything else goes to the network as usual.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request))
    )
  );
});
