/** Site-wide names and navigation, used by the layout, the head tags and the footer. */
export const SITE_NAME = 'Runner Recovery';
export const SITE_TAGLINE = 'What to do for recovery today, and how good the evidence is.';

export const NAV_LINKS = [
	{ href: '/methods/', label: 'Guides' },
	{ href: '/tools/today/', label: 'Today' },
	{ href: '/tools/sleep/', label: 'Sleep' },
	{ href: '/tools/compression/', label: 'Compression' },
] as const;
