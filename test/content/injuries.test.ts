/**
 * Every injury guide in src/content/injuries: the shared bar (schema with citations checked,
 * sections, words, references, links), plus what the quiz and the method guides rely on: the ten
 * pains runners ask about most, options that name real method guides, related guides that exist.
 */
import { describe, expect, test } from 'vitest';
import { INJURY_SECTIONS } from '../../src/lib/vocabulary';
import { loadGuides, loadInjuries } from '../support/guides';
import { sharedGuideChecks } from './shared-checks';

export const REQUIRED_INJURIES = [
	'plantar-heel-pain',
	'achilles-tendon-pain',
	'shin-pain',
	'bone-stress-injury',
	'it-band-pain',
	'runners-knee',
	'calf-strain',
	'hamstring-pain',
	'ankle-sprain',
	'blisters-and-black-toenails',
];

const injuries = loadInjuries();
const slugs = injuries.map((g) => g.slug);
const methods = new Set(loadGuides().map((g) => g.slug));

test('the ten common running pains each have a guide', () => {
	expect(REQUIRED_INJURIES.filter((slug) => !slugs.includes(slug))).toEqual([]);
});

describe.each(injuries.map((g) => [g.slug, g] as const))('%s', (_slug, guide) => {
	sharedGuideChecks(guide, INJURY_SECTIONS);

	test('options that are recovery methods name an existing method guide', () => {
		const missing = (guide.data?.options ?? []).filter((o) => o.method && !methods.has(o.method)).map((o) => o.method);
		expect(missing).toEqual([]);
	});

	test('related injury guides exist and do not include itself', () => {
		for (const slug of guide.data?.related ?? []) {
			expect(slugs, `related: ${slug}`).toContain(slug);
			expect(slug).not.toBe(guide.slug);
		}
	});

	test('links to at least one method guide', () => {
		expect(guide.links.some((l) => l.startsWith('/methods/'))).toBe(true);
	});
});
