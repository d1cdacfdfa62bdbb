/**
 * Every method guide in src/content/methods meets the bar of shared CONTENT.md: valid frontmatter
 * (citations checked against the bibliography), the seven sections in order, enough prose,
 * references that resolve, internal links that land, and a verdict whose grade is in its table.
 * A future guide that falls short fails here, with the guide and the gap named.
 */
import { describe, expect, test } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/vocabulary';
import { loadGuides } from '../support/guides';
import { sharedGuideChecks } from './shared-checks';

const guides = loadGuides();
const slugs = guides.map((g) => g.slug);

test('there are guides to check', () => {
	expect(guides.length).toBeGreaterThanOrEqual(3);
});

describe.each(guides.map((g) => [g.slug, g] as const))('%s', (_slug, guide) => {
	sharedGuideChecks(guide, GUIDE_SECTIONS);

	test('related guides exist and do not include itself', () => {
		for (const slug of guide.data?.related ?? []) {
			expect(slugs, `related: ${slug}`).toContain(slug);
			expect(slug).not.toBe(guide.slug);
		}
	});

	test('links to another method guide', () => {
		expect(guide.links.some((l) => l.startsWith('/methods/') && !l.startsWith(`/methods/${guide.slug}/`))).toBe(true);
	});

	test('the verdict cites a reference that backs a grade or the text', () => {
		const verdict = guide.data?.verdict;
		expect(verdict?.refs.length).toBeGreaterThan(0);
	});
});
