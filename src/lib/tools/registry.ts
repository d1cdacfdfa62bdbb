/**
 * Every tool in one list: where it lives, what the navigation, the home page, search and link
 * previews call it, and how runners search for it. A new tool is its folder under src/lib/tools/
 * and one entry here (and its sources in registry-sources.ts, which the build reads).
 *
 * Data only, with no imports: the search UI, the Node audit script and the pages all read it, and
 * none of them may pull a tool's rules in with it.
 */
export interface ToolEntry {
	/** The folder under src/lib/tools/. */
	id: string;
	href: string;
	/** The name the home page links. */
	name: string;
	/** The page's title, as search shows it. */
	title: string;
	/** The navigation's label; 'primary' tools come before the guides' indexes, the others after. */
	nav: { label: string; group: 'primary' | 'secondary' };
	/** One line under its name on the home page. */
	blurb: string;
	/** The link-preview image's words. */
	og: { title: string; description: string };
	/** As /evidence/ lists it among the works that cite a study. */
	citer: string;
	/** Everyday names for it: search synonyms and Pagefind metadata on its page. */
	aliases: readonly string[];
}

export const TOOLS = [
	{
		id: 'today',
		title: 'What should I do today? The recovery quiz',
		href: '/tools/today/',
		name: 'What should I do today?',
		nav: { label: 'Today', group: 'primary' },
		blurb: 'A training call and recovery plan for today.',
		og: { title: 'What should I do today?', description: 'A recovery plan for today, safety first, with the evidence for each step.' },
		citer: 'The recovery quiz',
		aliases: ['recovery quiz', 'what should I do today', 'recovery plan for today', 'train or rest today', 'should I run today'],
	},
	{
		id: 'after-race',
		title: 'After-race timeline',
		href: '/tools/after-race/',
		name: 'After-race timeline',
		nav: { label: 'After a race', group: 'primary' },
		blurb: 'Day by day back to training and racing.',
		og: { title: 'After the race', description: 'A day-by-day recovery timeline for any race distance.' },
		citer: 'The after-race timeline',
		aliases: ['after-race timeline', 'race recovery timeline', 'race recovery calculator', 'recovery timeline', 'when can I race again'],
	},
	{
		id: 'sleep',
		title: 'Sleep calculator',
		href: '/tools/sleep/',
		name: 'Sleep calculator',
		nav: { label: 'Sleep', group: 'secondary' },
		blurb: 'Lights out for your alarm, sleep debt, race eve.',
		og: { title: 'Sleep calculator', description: 'Lights out for your alarm, sleep debt and the night before a race.' },
		citer: 'The sleep calculator',
		aliases: ['sleep calculator', 'bedtime calculator', 'what time should I go to bed', 'lights out time', 'sleep debt calculator'],
	},
	{
		id: 'compression',
		title: 'Compression-gear chooser',
		href: '/tools/compression/',
		name: 'Compression-gear chooser',
		nav: { label: 'Compression', group: 'secondary' },
		blurb: 'Garment, pressure, size, and whether boots are worth it.',
		og: { title: 'Compression-gear chooser', description: 'Garment, pressure, size, and whether boots are worth it.' },
		citer: 'The compression chooser',
		aliases: ['compression chooser', 'compression size chart', 'compression sock size', 'compression socks size guide', 'mmHg'],
	},
	{
		id: 'runs',
		// Not "Your runs: ...": a title piece of "runs" alone would be a synonym for every "can I run" question.
		title: 'Your runs from your own files: a training picture read in your browser',
		href: '/tools/runs/',
		name: 'Your runs',
		nav: { label: 'Runs', group: 'secondary' },
		blurb: 'Your watch’s files, read here and never uploaded: your recent training, every number explained.',
		og: {
			title: 'Your runs',
			description: 'Your own FIT, GPX and TCX files read in your browser: a training picture you can see through.',
		},
		citer: 'Your runs',
		aliases: ['training load', 'fit file', 'gpx file', 'tcx file', 'strava export', 'garmin file', 'training log'],
	},
] as const satisfies readonly ToolEntry[];

export type ToolId = (typeof TOOLS)[number]['id'];

/** One tool's entry by its id. */
export const tool = (id: ToolId): ToolEntry => TOOLS.find((t) => t.id === id)!;
