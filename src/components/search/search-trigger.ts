/**
 * The only search code every page loads (a few hundred bytes): it turns the header's search link
 * into a button that opens the search dialog, and listens for the `/` and Ctrl/Cmd+K shortcuts.
 * The search UI and the Pagefind index load only when the reader opens search.
 */

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
let opener: HTMLElement | null = null;
let mounted: Promise<void> | undefined;

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

async function openSearch() {
	if (!dialog || dialog.open) return;
	opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.showModal();
	// The form is static markup, so the reader can type while the search code loads.
	dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
	mounted ??= import('./search-ui').then(({ mountSearch }) =>
		mountSearch(dialog.querySelector<HTMLElement>('[data-search-root]')!, { syncUrl: false }),
	);
	await mounted;
}

/** Keeps Tab and Shift+Tab cycling inside the dialog instead of escaping to the browser's toolbar. */
function trapTab(event: KeyboardEvent) {
	// Controls inside the closed Filters fold, and the hidden "Show more", are not rendered: skip them.
	const focusable = [...dialog!.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter(
		(el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
	);
	const first = focusable[0];
	const last = focusable.at(-1);
	if (!first || !last) return;
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first.focus();
	}
}

if (dialog) {
	for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]')) {
		trigger.setAttribute('role', 'button');
		trigger.setAttribute('aria-haspopup', 'dialog');
		trigger.addEventListener('click', (event) => {
			// Modified clicks still open /search/ in a new tab, as a link should.
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
			event.preventDefault();
			void openSearch();
		});
		trigger.addEventListener('keydown', (event) => {
			if (event.key === ' ') {
				event.preventDefault();
				void openSearch();
			}
		});
	}

	document.addEventListener('keydown', (event) => {
		const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
		if (k || slash) {
			event.preventDefault();
			if (dialog.open && k) dialog.close();
			else void openSearch();
		}
	});

	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Tab') trapTab(event);
		// A search box swallows the first Escape to clear itself; one press should close search.
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
		}
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog's box) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => {
		opener?.focus();
		opener = null;
	});
}

// A module, not a global script: keeps `opener` from clashing with window.opener.
export {};
