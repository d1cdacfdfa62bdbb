/**
 * The comparison table and its no-JavaScript filter pages, read from the built HTML: each filter
 * page lists exactly the guides whose frontmatter matches, strongest evidence first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bestGrade, gradeRank } from '../../src/lib/methods';
import { FILTER_KINDS, matchesFilter } from '../../src/lib/method-filters';
import { loadGuides } from '../support/guides';
import { distDir } from './support';

const guides = loadGuides().map((g) => ({ slug: g.slug, data: g.data! }));

/** Guide slugs in table order, from the rows' header links. */
function tableSlugs(path: string): string[] {
	const html = readFileSync(join(distDir(), path, 'index.html'), 'utf8');
	const table = /<table class="methods[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
	return [...table.matchAll(/<th scope="row"[^>]*>\s*<a href="\/methods\/([a-z-]+)\/"/g)].map((m) => m[1]!);
}

const strongestFirst = (slugs: string[]) => {
	const ranks = slugs.map((s) => gradeRank(bestGrade(guides.find((g) => g.slug === s)!.data.evidence)));
	return ranks.every((r, i) => i === 0 || ranks[i - 1]! <= r);
};

test('/methods/ lists every guide once, strongest evidence first', () => {
	const slugs = tableSlugs('methods');
	expect([...slugs].sort()).toEqual(guides.map((g) => g.slug).sort());
	expect(strongestFirst(slugs)).toBe(true);
});

const filterPages = FILTER_KINDS.flatMap((kind) =>
	readdirSync(join(distDir(), 'methods', kind)).map((value) => [kind, value] as const),
);

test('there is a filter page for goals, regions and categories', () => {
	for (const kind of FILTER_KINDS) expect(filterPages.filter(([k]) => k === kind).length).toBeGreaterThan(1);
});

test.each(filterPages)('/methods/%s/%s/ lists exactly the matching guides, strongest first', (kind, value) => {
	const slugs = tableSlugs(`methods/${kind}/${value}`);
	const expected = guides.filter((g) => matchesFilter(g.data, kind, value)).map((g) => g.slug);
	expect([...slugs].sort()).toEqual([...expected].sort());
	expect(slugs.length).toBeGreaterThan(0);
	expect(strongestFirst(slugs)).toBe(true);
});
