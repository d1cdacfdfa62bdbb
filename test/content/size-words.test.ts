/**
 * One rule for the words of size (src/lib/effect-size.ts): wherever a guide states a standardised
 * mean difference (an SMD, Hedges' g, Cohen's d or an "effect size") with a size word beside it, in
 * its prose or its frontmatter, the word is the rule's word for that figure. The expected words are
 * Cohen's bands written out here, not read from the code under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SMD_BANDS, SMD_SOURCE, smdWord } from '../../src/lib/effect-size';
import { isGuideFile } from '../../src/lib/guide-files';
import { contentDir, referencesDir } from '../support/guides';

/** Cohen 1988: 0.2 small, 0.5 medium (our "moderate"), 0.8 large; below 0.2 trivial. */
const cohen = (v: number) => (Math.abs(v) < 0.2 ? 'trivial' : Math.abs(v) < 0.5 ? 'small' : Math.abs(v) < 0.8 ? 'moderate' : 'large');

const FIGURE =
	/(?:\bSMD|\bg|\bd|Hedges[’'] g|Cohen[’']s d|\beffect sizes?|\bES|standardi[sz]ed (?:mean )?difference)\s*(?:of|about|around|was|=|:)?\s*(?:about\s*)?([−-]?\d+\.\d+|[−-]?\d+(?=\)))/g;
const SIZE = /\b(trivial|small|moderate|medium|large|none|no effect)(?:-to-(?:moderate|large))?\b/g;
/** How the site's words map to the rule's: Cohen's "medium" is our "moderate"; "none" and "no effect" sit in the trivial band. */
const AS_RULE: Record<string, string> = { medium: 'moderate', none: 'trivial', 'no effect': 'trivial' };

/** A guide's text cut into sentences (a figure's word is in the same sentence). */
function sentences(text: string): string[] {
	return text
		.replace(/\r/g, '')
		.split(/(?<=[.!?;])\s+(?=[A-Z*(["])|\n+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Each figure with its size word: the nearest one before it, within a clause's reach (80
 * characters), in its sentence: "a moderate benefit (effect size 0.62), large at 2-8 hours (1.14)".
 * A word the sentence gives as someone else's ("which the authors called moderate") is not the site's.
 */
function pairs(sentence: string) {
	const words = [...sentence.matchAll(SIZE)]
		.filter((m) => !/called\s*$/.test(sentence.slice(0, m.index!)))
		.map((m) => ({ at: m.index!, word: m[1]!, span: m[0]! }));
	return [...sentence.matchAll(FIGURE)].flatMap((m) => {
		const value = Number(m[1]!.replace('−', '-'));
		const chosen = words.filter((w) => w.at < m.index! && m.index! - w.at <= 80).at(-1);
		// "small-to-moderate" names a range: it holds when either end is the figure's word.
		return chosen ? [{ value, word: chosen.word, span: chosen.span }] : [];
	});
}

const files = ['methods', 'injuries', 'articles'].flatMap((dir) =>
	readdirSync(join(contentDir, dir))
		.filter(isGuideFile)
		.map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(contentDir, dir, f), 'utf8') })),
);

describe('words of size', () => {
	test('the rule is Cohen’s bands, and its source is in the bibliography', () => {
		for (const v of [0, 0.19, 0.2, 0.47, 0.49, 0.5, 0.79, 0.8, 1.17, -0.47, -0.82]) expect(smdWord(v)).toBe(cohen(v));
		expect(SMD_BANDS.map((b) => b.word)).toEqual(['trivial', 'small', 'moderate', 'large']);
		expect(readdirSync(referencesDir)).toContain(`${SMD_SOURCE}.yaml`);
	});

	test('the guides state effect sizes to check', () => {
		expect(files.flatMap((f) => sentences(f.text).flatMap(pairs)).length).toBeGreaterThan(20);
	});

	test.each(files.map((f) => [f.name, f.text] as const))('%s: every effect size beside a size word gets the rule’s word', (_name, text) => {
		const wrong = sentences(text).flatMap((s) =>
			pairs(s)
				.filter(({ value, word, span }) => {
					const expected = cohen(value);
					const said = AS_RULE[word] ?? word;
					return said !== expected && !span.endsWith(`-to-${expected}`);
				})
				.map(({ value, span }) => `"${span}" for ${value} (the rule says ${cohen(value)}): ${s.slice(0, 160)}`),
		);
		expect(wrong).toEqual([]);
	});
});
