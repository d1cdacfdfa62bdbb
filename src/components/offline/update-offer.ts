/**
 * "Update ready: reload". Shown once when a new version of the site has installed and is waiting.
 * Nothing reloads until the runner presses the button: then the waiting worker takes over and the
 * page reloads once, on the new version. Loaded only when there is an update.
 */
import { SKIP_WAITING_MESSAGE } from '../../lib/offline-names';

let shown = false;

export function offerUpdate(registration: ServiceWorkerRegistration) {
	if (shown || !registration.waiting) return;
	shown = true;
	const bar = document.createElement('div');
	bar.className = 'update-ready';
	bar.setAttribute('role', 'status');
	const text = document.createElement('span');
	text.textContent = 'Update ready: ';
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button';
	button.textContent = 'Reload';
	button.addEventListener('click', () => {
		button.disabled = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		// The worker (./worker.ts) takes over on this message; it never skips waiting on its own.
		registration.waiting?.postMessage(SKIP_WAITING_MESSAGE);
	});
	bar.append(text, button);
	document.body.append(bar);
}
