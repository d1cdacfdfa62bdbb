/**
 * Aliases are search synonyms: /search/synonyms.json puts the page whose alias a query names
 * first. An alias two pages share would name neither (buildSynonyms drops it), so a runner typing
 * it would silently lose the pin. Aliases are compared as the search compares them (phraseKey:
 * case, punctuation, filler words and plurals ignored), across the method guides, the injury
 * guides, the articles, and the tools', goal lists' and other pages' names in src/lib/search.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { GOAL_SEARCH, PAGE_SEARCH, TOOL_SEARCH, goalSearchPages } from '../../src/lib/search';
import { guideSlug, isGuideFile } from '../../src/lib/guide-files';
import { buildSynonyms, phraseKey, titlePieces, type NamedPage } from '../../src/lib/search-query';
import { contentDir, loadGuides, loadInjuries, splitFrontmatter } from '../support/guides';

function loadArticles(): NamedPage[] {
	const dir = join(contentDir, 'articles');
	return readdirSync(dir)
		.filter(isGuideFile)
		.map((f) => {
			const raw = (parseYaml(splitFrontmatter(readFileSync(join(dir, f), 'utf8'), f).yaml) ?? {}) as { title?: string; aliases?: string[] };
			return { url: `/${guideSlug(f)}/`, title: raw.title ?? '', aliases: raw.aliases ?? [] };
		});
}

const pages: NamedPage[] = [
	...loadGuides().map((g) => ({ url: `/methods/${g.slug}/`, title: g.data?.title ?? '', aliases: g.data?.aliases ?? [] })),
	...loadInjuries().map((g) => ({ url: `/injuries/${g.slug}/`, title: g.data?.title ?? '', aliases: g.data?.aliases ?? [] })),
	...loadArticles(),
	...Object.values(TOOL_SEARCH),
	...PAGE_SEARCH,
	...goalSearchPages(),
];

/** Every alias key with the pages (and the aliases as written) that claim it. */
function claims(): Map<string, string[]> {
	const owners = new Map<string, string[]>();
	for (const page of pages) {
		for (const alias of page.aliases) {
			const key = phraseKey(alias);
			owners.set(key, [...(owners.get(key) ?? []), `${page.url} (“${alias}”)`]);
		}
	}
	return owners;
}

test('no alias belongs to two pages', () => {
	const shared = [...claims()].filter(([, owners]) => new Set(owners.map((o) => o.split(' ')[0])).size > 1);
	expect(shared.map(([key, owners]) => `“${key}”: ${owners.join(', ')}`)).toEqual([]);
});

test('every alias keeps a word the search can use (not only filler words)', () => {
	const empty = pages.flatMap((p) => p.aliases.filter((a) => phraseKey(a) === '').map((a) => `${p.url}: “${a}”`));
	expect(empty).toEqual([]);
});

test('no alias is another page’s title, so the alias never takes a page’s own name', () => {
	const titles = new Map(pages.flatMap((p) => titlePieces(p.title).map((t) => [phraseKey(t), p.url] as const)));
	const taken = pages.flatMap((p) =>
		p.aliases
			.filter((a) => titles.has(phraseKey(a)) && titles.get(phraseKey(a)) !== p.url)
			.map((a) => `${p.url}: “${a}” is ${titles.get(phraseKey(a))}`),
	);
	expect(taken).toEqual([]);
});

describe('the synonym file', () => {
	const file = buildSynonyms(pages);

	test('names every page with at least one phrase', () => {
		const named = new Set(Object.values(file.terms));
		expect(file.pages.filter((_, i) => !named.has(i))).toEqual([]);
	});

	test('sends every alias to its own page', () => {
		const wrong = pages.flatMap((p) =>
			p.aliases.filter((a) => file.pages[file.terms[phraseKey(a)] ?? -1] !== p.url).map((a) => `${p.url}: “${a}”`),
		);
		expect(wrong).toEqual([]);
	});

	test('has a summary for every goal page it lists', () => {
		for (const goal of Object.keys(GOAL_SEARCH)) expect(GOAL_SEARCH[goal as keyof typeof GOAL_SEARCH].summary.length).toBeGreaterThan(20);
	});
});
