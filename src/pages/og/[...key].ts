/**
 * The link-preview images (1200 x 630 PNG), drawn at build time by astro-og-canvas: the page title
 * and, for guides, the verdict or summary. Fonts come from a package in the lockfile
 * (dejavu-fonts-ttf), so nothing is fetched from the network at build time. Keys: src/lib/og.ts.
 */
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { injuries, methods } from '../../data/collections';
import { OG_PAGES } from '../../lib/og';
import { TOOLS } from '../../lib/tools/registry';

const TOOL_PAGES = Object.fromEntries(TOOLS.map((t) => [t.href.slice(1, -1), t.og]));

const pages: Record<string, { title: string; description: string }> = { ...OG_PAGES, ...TOOL_PAGES };
for (const m of await methods()) pages[`methods/${m.id}`] = { title: m.data.title, description: m.data.verdict.summary };
for (const i of await injuries()) pages[`injuries/${i.id}`] = { title: i.data.title, description: i.data.summary };
for (const a of await getCollection('articles')) pages[a.id] = { title: a.data.title, description: a.data.summary };

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	getSlug: (key) => `${key}.png`,
	getImageOptions: (_key, page) => ({
		title: page.title,
		description: page.description,
		bgGradient: [[11, 93, 107]],
		border: { color: [251, 250, 247], width: 12, side: 'inline-start' },
		padding: 64,
		fonts: ['./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'],
		font: {
			title: { families: ['DejaVu Sans'], weight: 'Bold', size: 64, color: [255, 255, 255], lineHeight: 1.1 },
			description: { families: ['DejaVu Sans'], size: 34, color: [230, 244, 246], lineHeight: 1.3 },
		},
	}),
});
