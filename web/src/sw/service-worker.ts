/// <reference lib="webworker" />
/**
 * The console's service worker. It caches the shell only: the HTML page and the hashed assets, so
 * the console opens on a flaky phone connection. API answers are never cached or touched: an
 * on-call screen must not show an old incident as current. It also shows push pages
 * (`push-handlers.ts`).
 */
import { registerPushHandlers } from './push-handlers';

const sw = self as unknown as ServiceWorkerGlobalScope;

registerPushHandlers(sw);

const SHELL_CACHE = 'vigil-shell-v1';
const SHELL_PAGE = '/index.html';

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.add(SHELL_PAGE)).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => sw.clients.claim()),
  );
});

function isShellAsset(url: URL): boolean {
  return url.origin === sw.location.origin && (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/'));
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') {
    // The network first, so a deploy shows at once; the cached shell only when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
            const copy = response.clone();
            void caches.open(SHELL_CACHE).then((cache) => cache.put(SHELL_PAGE, copy));
          }
          return response;
        })
        .catch(async () => (await caches.match(SHELL_PAGE)) ?? Response.error()),
    );
    return;
  }
  if (isShellAsset(url)) {
    // Hashed names never change content: the cache first.
    event.respondWith(
      caches.match(request).then((cached) => cached ?? fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })),
    );
  }
  // Everything else, the API above all, goes to the network untouched.
});
