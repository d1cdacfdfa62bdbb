/**
 * Registers the service worker (src/integrations/service-worker.ts) on every page, after the page
 * has loaded so it never competes with the page's own requests. A new version waits until the
 * runner reloads: the offer (./update-offer.ts) loads only when there is one.
 */
import { SERVICE_WORKER_URL } from '../../lib/offline-names';

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
	addEventListener('load', () => {
		navigator.serviceWorker.register(SERVICE_WORKER_URL).then(watchForUpdates, () => {
			// No worker (a private window, a browser setting): the site works as before, online.
		});
	});
}
