/**
 * What works without a connection, as data: the build's service worker (src/integrations/
 * service-worker.ts), the offline page, the "Keep for offline" button and the search's offline
 * message all read it, and the e2e tests check the same list.
 *
 * This site's rule of thumb, not a published one: cache on install what a runner needs at a race
 * venue or on a train (the tools with their rules and data, what to do after a race, the red flags,
 * the ways into the guides), and everything else as it is read, within a first-visit download of
 * at most 1 MB gzip (checked at the server by the e2e tests).
 */
import { TOOLS } from './tools/registry';
import { OFFLINE_PAGE } from './offline-names';

export * from './offline-names';

/** Pages cached when the worker installs, with their titles for the offline page. */
export const PRECACHED_PAGES: readonly { href: string; title: string }[] = [
	{ href: '/', title: 'Home' },
	...TOOLS.map((t) => ({ href: t.href, title: t.name })),
	{ href: '/after-the-race/', title: 'After the race' },
	{ href: '/red-flags/', title: 'Red flags: when to see a clinician' },
	{ href: '/injuries/', title: 'Where it hurts: the injury guides' },
	{ href: '/methods/', title: 'All recovery methods' },
	{ href: '/search/', title: 'Search' },
	{ href: OFFLINE_PAGE, title: 'Offline' },
];

/** Files the tools fetch for their rules and data (besides the scripts every page has). */
export const PRECACHED_DATA = ['tools/today/guides.json', 'tools/today/m/*.json'];
