/** Site-wide names and navigation, used by the layout, the head tags and the footer. */
import { TOOLS } from './lib/tools/registry';

export const SITE_NAME = 'Runner Recovery';
export const SITE_TAGLINE = 'What to do for recovery today, and how good the evidence is.';

/** The tools (src/lib/tools/registry.ts), the primary ones before the guides' indexes. */
const navOf = (group: 'primary' | 'secondary') =>
	TOOLS.filter((t) => t.nav.group === group).map((t) => ({ href: t.href, label: t.nav.label }));

export const NAV_LINKS = [
	...navOf('primary'),
	{ href: '/injuries/', label: 'Where it hurts' },
	{ href: '/methods/', label: 'Methods' },
	...navOf('secondary'),
] as const;
