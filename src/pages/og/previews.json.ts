/**
 * What every link-preview image shows, by image key (previewTexts in src/lib/og.ts): the page title
 * and, for guides, the verdict or summary. The preview-image integration (src/integrations/preview-images/)
 * draws /og/<key>.png from this file after the build, in worker threads, and removes the file.
 */
import { getCollection } from 'astro:content';
import { injuries, methods } from '../../data/collections';
import { previewTexts } from '../../lib/og';

export async function GET() {
	const texts = previewTexts({
		methods: (await methods()).map((m) => ({ id: m.id, title: m.data.title, verdict: m.data.verdict.summary })),
		injuries: (await injuries()).map((i) => ({ id: i.id, title: i.data.title, summary: i.data.summary })),
		articles: (await getCollection('articles')).map((a) => ({ id: a.id, title: a.data.title, summary: a.data.summary })),
	});
	return new Response(JSON.stringify(texts));
}
