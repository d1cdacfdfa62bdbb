/** A printout says when it was printed: fills every [data-print-date] just before printing. */
addEventListener('beforeprint', () => {
	const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
	for (const el of document.querySelectorAll('[data-print-date]')) el.textContent = today;
});
