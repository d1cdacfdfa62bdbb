/**
 * Every guide in src/content/methods meets the bar of shared CONTENT.md: valid frontmatter, the
 * seven sections in order, enough prose, references that resolve, and internal links that land.
 * A future guide that falls short fails here, with the guide and the gap named.
 */
import { describe, expect, test } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/vocabulary';
import { RESEARCH_LINK } from '../../src/lib/method-schema';
import { knownRoutes, loadGuides } from '../support/guides';

const MIN_WORDS = 700;
const guides = loadGuides();
const slugs = guides.map((g) => g.slug);
const routes = knownRoutes(slugs);

test('there are guides to check', () => {
	expect(guides.length).toBeGreaterThanOrEqual(3);
});

describe.each(guides.map((g) => [g.slug, g] as const))('%s', (_slug, guide) => {
	test('frontmatter matches the schema', () => {
		const problems = guide.parsed.success
			? []
			: guide.parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(problems, `${guide.file}`).toEqual([]);
	});

	test('has the seven sections of CONTENT.md, in order, as second-level headings', () => {
		const h2 = guide.headings.filter((h) => h.depth === 2).map((h) => h.text);
		expect(h2).toEqual([...GUIDE_SECTIONS]);
	});

	test('has no first-level heading (the layout renders the title)', () => {
		expect(guide.headings.filter((h) => h.depth === 1)).toEqual([]);
	});

	test(`has at least ${MIN_WORDS} words of prose`, () => {
		expect(guide.words).toBeGreaterThanOrEqual(MIN_WORDS);
	});

	test('has at least two references with valid DOI, PubMed or PMC URLs', () => {
		const refs = guide.data?.references ?? [];
		for (const ref of refs) expect(() => new URL(ref.url), ref.url).not.toThrow();
		expect(refs.filter((r) => RESEARCH_LINK.test(r.url)).length).toBeGreaterThanOrEqual(2);
	});

	test('ties every grade to a listed reference', () => {
		const ids = new Set(guide.data?.references.map((r) => r.id));
		for (const entry of guide.data?.evidence ?? []) {
			expect(entry.refs.length, entry.outcome).toBeGreaterThan(0);
			for (const ref of entry.refs) expect(ids, `${entry.outcome} cites ${ref}`).toContain(ref);
		}
	});

	test('cites every listed reference somewhere (a grade or the text)', () => {
		const cited = new Set([
			...(guide.data?.evidence.flatMap((e) => e.refs) ?? []),
			...guide.links.filter((l) => l.startsWith('#ref-')).map((l) => l.slice('#ref-'.length)),
		]);
		const uncited = (guide.data?.references ?? []).map((r) => r.id).filter((id) => !cited.has(id));
		expect(uncited).toEqual([]);
	});

	test('every in-text citation points at a listed reference', () => {
		const ids = new Set(guide.data?.references.map((r) => r.id));
		const broken = guide.links
			.filter((l) => l.startsWith('#ref-'))
			.filter((l) => !ids.has(l.slice('#ref-'.length)));
		expect(broken).toEqual([]);
	});

	test('every internal link resolves to a page of the site', () => {
		const broken = guide.links
			.filter((l) => l.startsWith('/'))
			.map((l) => l.split('#')[0] ?? l)
			.filter((path) => !routes.has(path));
		expect(broken).toEqual([]);
	});

	test('related guides exist and do not include itself', () => {
		for (const slug of guide.data?.related ?? []) {
			expect(slugs, `related: ${slug}`).toContain(slug);
			expect(slug).not.toBe(guide.slug);
		}
	});

	test('links to another guide and to the red-flags page', () => {
		expect(guide.links.some((l) => l.startsWith('/methods/') && !l.startsWith(`/methods/${guide.slug}/`))).toBe(true);
		expect(guide.links).toContain('/red-flags/');
	});

	test('has no unfilled placeholders', () => {
		expect(guide.body).not.toMatch(/\b(TODO|TBD|lorem ipsum|XX+)\b/i);
	});
});
