/**
 * What every link-preview image shows, by image key (src/lib/og.ts): the page title and, for guides,
 * the verdict or summary. The preview-image integration (src/integrations/preview-images/) draws
 * /og/<key>.png from this file after the build, in worker threads, and removes the file.
 */
import { getCollection } from 'astro:content';
import { injuries, methods } from '../../data/collections';
import { OG_PAGES } from '../../lib/og';
import { TOOLS } from '../../lib/tools/registry';

export async function GET() {
	const pages: Record<string, { title: string; description: string }> = { ...OG_PAGES };
	for (const t of TOOLS) pages[t.href.slice(1, -1)] = t.og;
	for (const m of await methods()) pages[`methods/${m.id}`] = { title: m.data.title, description: m.data.verdict.summary };
	for (const i of await injuries()) pages[`injuries/${i.id}`] = { title: i.data.title, description: i.data.summary };
	for (const a of await getCollection('articles')) pages[a.id] = { title: a.data.title, description: a.data.summary };
	return new Response(JSON.stringify(pages));
}
