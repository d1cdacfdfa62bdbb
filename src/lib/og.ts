/**
 * Link-preview images: every page's og:image is /og/<key>.png, made at build time by
 * src/integrations/preview-images/ (from src/pages/og/previews.json.ts). Guides, tools and the main pages have their own image; list pages
 * that are numbered or filtered share their section's (/methods/goal/soreness/2/ uses /og/methods.png),
 * so the number of images grows with the guides, not with the pages that list them.
 */
import { TOOLS } from './tools/registry';

/** What a preview image shows. */
export interface PreviewText {
	title: string;
	description: string;
}

/** What the images need of each guide: a method's verdict, an injury's or an article's summary. */
export interface PreviewSources {
	methods: { id: string; title: string; verdict: string }[];
	injuries: { id: string; title: string; summary: string }[];
	articles: { id: string; title: string; summary: string }[];
}

/**
 * Every image's text by key: the main pages, the tools and every guide. src/pages/og/previews.json.ts
 * builds it from the collections; the preview-image integration predicts it from the files before
 * the pages are built, to start drawing early, and takes the built file as the truth.
 */
export function previewTexts({ methods, injuries, articles }: PreviewSources): Record<string, PreviewText> {
	const pages: Record<string, PreviewText> = { ...OG_PAGES };
	for (const t of TOOLS) pages[t.href.slice(1, -1)] = t.og;
	for (const m of methods) pages[`methods/${m.id}`] = { title: m.title, description: m.verdict };
	for (const i of injuries) pages[`injuries/${i.id}`] = { title: i.title, description: i.summary };
	for (const a of articles) pages[a.id] = { title: a.title, description: a.summary };
	return pages;
}

/** The top-level pages with an image of their own (guides and tools are added from the collections). */
export const OG_PAGES: Record<string, PreviewText> = {
	index: {
		title: 'Runner Recovery',
		description: 'What to do for recovery today, after a race and when something hurts, graded by the evidence.',
	},
	methods: {
		title: 'Recovery methods',
		description: 'Every recovery method by what it helps with: grade, size of the effect and certainty.',
	},
	injuries: { title: 'Where it hurts', description: 'Guides to common running pains: red flags, what helps and when to run again.' },
	evidence: {
		title: 'How we grade the evidence',
		description: 'The A-D scale, effect size apart from certainty, the evidence map and every study.',
	},
	'red-flags': { title: 'Red flags', description: 'When to stop self-treating and see a clinician, from emergencies to this week.' },
	about: { title: 'About Runner Recovery', description: 'Who we are, how we write and check the guides, and the medical disclaimer.' },
	search: { title: 'Search', description: 'Search the recovery methods, injury guides and tools.' },
	offline: { title: 'Without a connection', description: 'The tools, the after-race plan and the red flags work offline after one visit.' },
};

/** The image key for a page path. */
export function ogKey(pathname: string): string {
	const parts = pathname
		.replace(/\.html$/, '')
		.split('/')
		.filter(Boolean);
	if (parts.length === 0 || parts[0] === '404') return 'index';
	if (parts[0] === 'tools' && parts[1]) return `tools/${parts[1]}`;
	if ((parts[0] === 'methods' || parts[0] === 'injuries') && parts.length === 2) return `${parts[0]}/${parts[1]}`;
	return parts[0]!;
}

export const ogImagePath = (pathname: string) => `/og/${ogKey(pathname)}.png`;
