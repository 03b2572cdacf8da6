/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: on install, cache the whole app (it is small and static); then answer every
 * request for it from the cache, so the app opens and works without a network, e.g. in a client's
 * meeting room. No user data passes through here: scenarios live in the page's storage.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `build-or-buy-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			// The first version takes over at once. A newer one waits until the page says so (its
			// "a new version is ready, reload" banner), so no tab runs old code against new files.
			.then(() => (sw.registration.active ? undefined : sw.skipWaiting()))
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'skip-waiting'
	)
		void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// The app's own files never change within a version: the cache answers.
			const cached =
				(await cache.match(request, { ignoreSearch: true })) ??
				(url.pathname.endsWith('/') ? await cache.match(url.pathname + 'index.html') : undefined);
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch {
				// Offline and not cached: fall back to the calculator page.
				const home = await cache.match(new URL('./', sw.registration.scope).pathname);
				return home ?? new Response('Offline', { status: 503 });
			}
		})()
	);
});
