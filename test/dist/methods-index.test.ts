/**
 * The methods pages and their no-JavaScript filter pages, read from the built HTML: /methods/
 * groups every goal's best-graded methods; each filter page (numbered when long) lists exactly the
 * guides whose frontmatter matches, strongest evidence first. The expected lists are worked out here
 * from the raw frontmatter, not with the site's own filter helpers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadGuides } from '../support/guides';
import { distDir } from '../support/served-site';

const guides = loadGuides().map((g) => ({
	slug: g.slug,
	raw: g.raw as { goals: string[]; regions: string[]; category: string; evidence: { grade: string }[] },
}));
const RANK: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };
const best = (slug: string) => Math.min(...guides.find((g) => g.slug === slug)!.raw.evidence.map((e) => RANK[e.grade]!));
const matches = {
	goal: (g: (typeof guides)[number], v: string) => g.raw.goals.includes(v),
	region: (g: (typeof guides)[number], v: string) => g.raw.regions.includes(v),
	category: (g: (typeof guides)[number], v: string) => g.raw.category === v,
};

/** Guide slugs in table order on a page and the numbered pages after it. */
function tableSlugs(dir: string): string[] {
	const read = (path: string) => {
		const html = readFileSync(join(distDir(), path, 'index.html'), 'utf8');
		const table = /<table class="methods[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		return [...table.matchAll(/<th scope="row"[^>]*>\s*<a href="\/methods\/([a-z-]+)\/"/g)].map((m) => m[1]!);
	};
	const slugs = read(dir);
	for (let n = 2; existsSync(join(distDir(), dir, String(n), 'index.html')); n++) slugs.push(...read(join(dir, String(n))));
	return slugs;
}

const strongestFirst = (slugs: string[]) => slugs.every((s, i) => i === 0 || best(slugs[i - 1]!) <= best(s));

const filterPages = (['goal', 'region', 'category'] as const).flatMap((kind) =>
	readdirSync(join(distDir(), 'methods', kind)).map((value) => [kind, value] as const),
);

test('there is a filter page for goals, regions and categories', () => {
	for (const kind of ['goal', 'region', 'category']) expect(filterPages.filter(([k]) => k === kind).length).toBeGreaterThan(1);
});

test.each(filterPages)('/methods/%s/%s/ lists exactly the matching guides, strongest first', (kind, value) => {
	const slugs = tableSlugs(`methods/${kind}/${value}`);
	const expected = guides.filter((g) => matches[kind](g, value)).map((g) => g.slug);
	expect([...slugs].sort()).toEqual([...expected].sort());
	expect(slugs.length).toBeGreaterThan(0);
	expect(strongestFirst(slugs)).toBe(true);
});

test('every guide is reachable without JavaScript from /methods/ through a category page', () => {
	const index = readFileSync(join(distDir(), 'methods/index.html'), 'utf8');
	const categories = [...index.matchAll(/href="\/methods\/category\/([a-z-]+)\/"/g)].map((m) => m[1]!);
	const reached = new Set(categories.flatMap((c) => tableSlugs(`methods/category/${c}`)));
	expect([...reached].sort()).toEqual(guides.map((g) => g.slug).sort());
});

test('/methods/ groups the methods by what they help with, each goal linking to its full list', () => {
	const html = readFileSync(join(distDir(), 'methods/index.html'), 'utf8');
	const goals = [...new Set(guides.flatMap((g) => g.raw.goals))];
	for (const goal of goals) expect(html, goal).toContain(`href="/methods/goal/${goal}/"`);
});
