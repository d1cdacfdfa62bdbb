/**
 * Checks every guide must pass, method or injury: schema, sections in order, no first-level
 * heading, enough prose, research references, citations that resolve, internal links that land,
 * no literal grade letters in the prose, no placeholders.
 */
import { expect, test } from 'vitest';
import { isResearchLink } from '../../src/lib/bibliography';
import { guideReferenceIds } from '../../src/lib/guide-references';
import { bibliographyById, knownRoutes, loadGuides, type Guide } from '../support/guides';

export const MIN_WORDS = 700;
const bibliography = bibliographyById();
const routes = knownRoutes();
const methodGrades = new Map(loadGuides().map((g) => [g.slug, new Set(g.data?.evidence.map((e) => e.outcome))]));

/** `<GradeOf method="heat" outcome="soreness" />` in a body: a method's grade, read from its data. */
export const gradeOfUses = (body: string) =>
	[...body.matchAll(/<GradeOf\b([^>]*)\/>/g)].map((m) => ({
		method: /method="([a-z0-9-]+)"/.exec(m[1] ?? '')?.[1],
		outcome: /outcome="([a-z-]+)"/.exec(m[1] ?? '')?.[1] ?? '',
	}));

export function sharedGuideChecks<D>(guide: Guide<D>, sections: readonly string[]) {
	test('frontmatter matches the schema, and every citation is in the bibliography', () => {
		expect(guide.problems, guide.file).toEqual([]);
	});

	test(`has its ${sections.length} sections, in order, as second-level headings`, () => {
		expect(guide.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([...sections]);
	});

	test('has no first-level heading (the layout renders the title)', () => {
		expect(guide.headings.filter((h) => h.depth === 1)).toEqual([]);
	});

	test(`has at least ${MIN_WORDS} words of prose`, () => {
		expect(guide.words).toBeGreaterThanOrEqual(MIN_WORDS);
	});

	test('every in-text citation is in the bibliography', () => {
		expect(guide.bodyRefs.filter((id) => !bibliography.has(id))).toEqual([]);
	});

	test('cites at least two works with a DOI, PubMed or PMC record', () => {
		const ids = guideReferenceIds(guide.raw, guide.body);
		const research = ids.filter((id) => {
			const r = bibliography.get(id);
			return r !== undefined && isResearchLink(r);
		});
		expect(research.length, ids.join(', ')).toBeGreaterThanOrEqual(2);
	});

	test('every internal link resolves to a page of the site', () => {
		const broken = guide.links
			.filter((l) => l.startsWith('/'))
			.map((l) => l.split('#')[0] ?? l)
			.filter((path) => !routes.has(path));
		expect(broken).toEqual([]);
	});

	test('links the red-flags page', () => {
		expect(guide.links.some((l) => l.startsWith('/red-flags/'))).toBe(true);
	});

	test('states no grade letter in the prose (grades come from the data, so text and table cannot disagree)', () => {
		const literal = [...guide.body.matchAll(/\bgrade[sd]?\s+[A-D]\b|\b[A-D]\s+grade\b|\(grade [A-D]/gi)].map((m) => m[0]);
		expect(literal).toEqual([]);
	});

	test('every <GradeOf> names a method guide and an outcome it grades', () => {
		const broken = gradeOfUses(guide.body)
			.filter(({ method, outcome }) => !method || !methodGrades.get(method)?.has(outcome as never))
			.map(({ method, outcome }) => `${method ?? '(no method)'}: ${outcome}`);
		expect(broken).toEqual([]);
	});

	test('has no unfilled placeholders', () => {
		expect(guide.body).not.toMatch(/\b(TODO|TBD|lorem ipsum|XX+)\b/i);
		expect(JSON.stringify(guide.raw)).not.toMatch(/example20\d\d/);
	});
}
