/**
 * Registers the service worker (src/integrations/service-worker.ts) on every page, a few seconds
 * after the page has loaded: installing downloads the offline set (about 340 KB gzip, 123 files),
 * and doing that while the page is still settling may compete with it (one CI run with
 * registration at load measured Lighthouse performance 97-99 on two tool pages; the cause was not
 * proven, the delay costs nothing). A runner who stays a few seconds gets the offline set. A new version waits until the runner reloads: the offer
 * (./update-offer.ts) loads only when there is one.
 */
import { SERVICE_WORKER_URL } from '../../lib/offline-names';

/** How long after load the worker is registered. */
const REGISTER_AFTER_LOAD_MS = 4000;

function watchForUpdates(registration: ServiceWorkerRegistration | undefined) {
	// Some browsers' settings (and test harnesses that block workers) resolve with no registration.
	if (!registration) return;
	// A waiting worker while another controls the page is a new version (the first install has no controller).
	const offer = () => {
		if (registration.waiting && navigator.serviceWorker.controller) void import('./update-offer').then((m) => m.offerUpdate(registration));
	};
	offer();
	registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offer));
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	addEventListener('load', () =>
		setTimeout(() => {
			navigator.serviceWorker.register(SERVICE_WORKER_URL).then(watchForUpdates, () => {
				// No worker (a private window, a browser setting): the site works as before, online.
			});
		}, REGISTER_AFTER_LOAD_MS),
	);
}
