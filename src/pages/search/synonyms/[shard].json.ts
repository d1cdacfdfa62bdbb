/**
 * /search/synonyms/<shard>.json: every guide's aliases and title, and the tools', goal lists' and
 * other pages' everyday names, as phrase keys pointing at a page, one file per first two
 * characters and one per first character (see PAIR_SHARDS in src/lib/search-query.ts). The search
 * UI fetches only the shards a query's words need, and only once search is open. Built from the collections, so a new alias in a guide's
 * frontmatter is a new synonym with no code change.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { injuries, methods } from '../../../data/collections';
import { PAGE_SEARCH, TOOL_SEARCH, goalSearchPages } from '../../../lib/search';
import { buildSynonyms, toShards, type NamedPage, type SynonymWire } from '../../../lib/search-query';

async function searchablePages(): Promise<NamedPage[]> {
	const [m, i, a] = await Promise.all([methods(), injuries(), getCollection('articles')]);
	// Only goals some method has get a list page (src/lib/method-filters.ts).
	const goals = new Set(m.flatMap((e) => e.data.goals.map((g) => `/methods/goal/${g}/`)));
	return [
		...m.map((e) => ({ url: `/methods/${e.id}/`, title: e.data.title, aliases: e.data.aliases })),
		...i.map((e) => ({ url: `/injuries/${e.id}/`, title: e.data.title, aliases: e.data.aliases })),
		...a.map((e) => ({ url: `/${e.id}/`, title: e.data.title, aliases: e.data.aliases })),
		...Object.values(TOOL_SEARCH),
		...PAGE_SEARCH,
		...goalSearchPages().filter((g) => goals.has(g.url)),
	];
}

// Every shard exists, empty or not, so the browser never asks for a missing file.
export const getStaticPaths = (async () => {
	const shards = toShards(buildSynonyms(await searchablePages()));
	return Object.entries(shards).map(([shard, wire]) => ({ params: { shard }, props: { wire } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { wire: SynonymWire }).wire), { headers: { 'Content-Type': 'application/json' } });
