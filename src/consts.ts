/** Site-wide names and navigation, used by the layout, the head tags and the footer. */
export const SITE_NAME = 'Runner Recovery';
export const SITE_TAGLINE = 'What to do for recovery today, and how good the evidence is.';

export const NAV_LINKS = [
	{ href: '/tools/today/', label: 'Today' },
	{ href: '/tools/after-race/', label: 'After a race' },
	{ href: '/injuries/', label: 'Where it hurts' },
	{ href: '/methods/', label: 'Methods' },
	{ href: '/tools/sleep/', label: 'Sleep' },
	{ href: '/tools/compression/', label: 'Compression' },
] as const;
