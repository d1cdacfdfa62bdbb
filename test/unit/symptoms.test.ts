/**
 * Understanding described pains and situations (src/lib/symptoms.ts), on a small lexicon written
 * here by hand (not the guides'), so each rule is seen on its own: a feel word is needed, rare
 * words count for more, a close call picks nothing, a situation routes, a very specific symptom
 * wins over a situation, and no query is understood twice differently.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSymptomLexicon, understand } from '../../src/lib/symptoms';

const lexicon = buildSymptomLexicon([
	{
		url: '/toes/',
		title: 'Black toenails',
		aliases: ['runners toe'],
		signs: ['A toenail that turns purple after long runs'],
		flags: ['Red streaks spreading from the toe, or a fever'],
	},
	{
		url: '/knee-front/',
		title: 'Front knee pain',
		aliases: ['kneecap pain'],
		signs: ['A dull ache around the kneecap on stairs'],
		flags: [],
	},
	{
		url: '/knee-side/',
		title: 'Outer knee pain',
		aliases: ['side of the knee'],
		signs: ['Sharp pain on the outside of the knee downhill'],
		flags: [],
	},
	{ url: '/calf/', title: 'Calf strain', aliases: ['pulled calf'], signs: ['A sudden pop in the calf on a sprint'], flags: [] },
	{
		url: '/sit-bone/',
		title: 'Sit bone pain',
		aliases: ['buttock pain when sitting'],
		signs: ['A deep ache low in the buttock'],
		flags: [],
	},
]);

describe('understand', () => {
	test.each([
		['toenail went purple', '/toes/', 'symptom'],
		['dull ache round my kneecap on the stairs', '/knee-front/', 'symptom'],
		['sharp pain on the outside of my knee going downhill', '/knee-side/', 'symptom'],
		['felt a pop in my calf sprinting', '/calf/', 'symptom'],
		// Everyday words for the places the guides name formally.
		['my bum aches on hard chairs', '/sit-bone/', 'symptom'],
		['popped my calve', '/calf/', 'symptom'],
		['how many days off after a marathon', '/after-the-race/', 'situation'],
		['sore calves after my half', '/after-the-race/', 'situation'],
		['had a fever last week can i train', '/tools/today/', 'situation'],
		// Specific enough to beat the situation.
		['toenail turned purple and black after the marathon', '/toes/', 'symptom'],
	])('%j goes to %s (%s)', (query, url, why) => {
		expect(understand(query, lexicon)).toMatchObject({ url, why });
	});

	test.each([
		['knee', 'no feel word: a name, left to the synonyms and the index'],
		['knee pain', 'both knee guides match as much: a close call picks nothing'],
		['ice bath after a long run', 'no race word: not the after-race situation'],
		['', 'nothing typed'],
	])('%j is not understood (%s)', (query) => {
		expect(understand(query, lexicon)).toBeUndefined();
	});

	test("a symptom carries its guide's first red-flag sign; a situation none", () => {
		expect(understand('toenail went purple', lexicon)?.flag).toBe('Red streaks spreading from the toe, or a fever');
		expect(understand('after the marathon', lexicon)?.flag).toBeUndefined();
	});

	test('without a lexicon only situations are understood', () => {
		expect(understand('toenail went purple', undefined)).toBeUndefined();
		expect(understand('after the marathon', undefined)?.url).toBe('/after-the-race/');
	});

	test('property: the answer depends on the words, not their order or case', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray('a sharp pop in my calf sprinting after the 10k race'.split(' ')), (words) => {
				const a = understand(words.join(' '), lexicon);
				const b = understand([...words].reverse().join(' ').toUpperCase(), lexicon);
				expect(b).toEqual(a);
			}),
		);
	});
});
