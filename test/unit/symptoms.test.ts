/**
 * Understanding described pains and situations (src/lib/symptoms.ts), on a small lexicon written
 * here by hand (not the guides'), so each rule is seen on its own: a feel word is needed, rare
 * words count for more, a place counts twice for a guide of its region, everyday descriptions read
 * as the signs' words, a close call picks nothing, a situation routes, a very specific symptom wins
 * over a situation, a red flag over everything, and the pages a query names hold unless the pain
 * says more than their names.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchRoot } from '../../src/lib/search-query';
import { RED_FLAGS } from '../../src/lib/red-flags';
import { buildSymptomLexicon, redFlagRules, symptomWords, understand } from '../../src/lib/symptoms';

const lexicon = buildSymptomLexicon(
	[
		{
			url: '/toes/',
			title: 'Black toenails',
			aliases: ['runners toe'],
			signs: ['A toenail that turns purple after long runs'],
			flags: ['Red streaks spreading from the toe, or a fever'],
			regions: ['feet'],
		},
		{
			url: '/knee-front/',
			title: 'Front knee pain',
			aliases: ['kneecap pain'],
			signs: ['A dull ache around the kneecap on stairs, hard to point to with one finger'],
			flags: [],
			regions: ['knees'],
		},
		{
			url: '/knee-side/',
			title: 'Outer knee pain',
			aliases: ['side of the knee'],
			signs: ['Sharp pain on the outside of the knee downhill'],
			flags: [],
			regions: ['knees', 'it-band'],
		},
		{
			url: '/calf/',
			title: 'Calf strain',
			aliases: ['pulled calf'],
			signs: ['A sudden pop in the calf on a sprint'],
			flags: [],
			regions: ['calves-shins'],
		},
		{
			url: '/sit-bone/',
			title: 'Sit bone pain',
			aliases: ['buttock pain when sitting'],
			signs: ['A deep ache low in the buttock', 'A pull in the back of the thigh when you straighten the knee'],
			flags: [],
			regions: ['hamstrings', 'hips-glutes'],
		},
		{
			url: '/bone/',
			title: 'Stress fracture',
			aliases: [],
			signs: ['Pain you can point to with one finger on a bone'],
			flags: [],
			regions: ['calves-shins'],
		},
	],
	redFlagRules(['calf | leg + swollen | puffy + hot | red', 'pee | urine + dark | cola'], 'A swollen calf. Urgent'),
);

describe('understand', () => {
	test.each([
		['toenail went purple', '/toes/', 'symptom'],
		['dull ache round my kneecap on the stairs', '/knee-front/', 'symptom'],
		['sharp pain on the outside of my knee going downhill', '/knee-side/', 'symptom'],
		['felt a pop in my calf sprinting', '/calf/', 'symptom'],
		// Everyday words and descriptions for what the guides name formally.
		['my bum aches on hard chairs', '/sit-bone/', 'symptom'],
		['popped my calve', '/calf/', 'symptom'],
		['pain at the back of my thigh', '/sit-bone/', 'symptom'],
		['one spot on the bone hurts', '/bone/', 'symptom'],
		['how many days off after a marathon', '/after-the-race/', 'situation'],
		['sore calves after my half', '/after-the-race/', 'situation'],
		['had a fever last week can i train', '/tools/today/', 'situation'],
		['run or rest with a cold', '/tools/today/', 'situation'],
		['which size calf sleeve do i need', '/tools/compression/', 'situation'],
		['legs ache two days after a hard run', '/methods/goal/soreness/', 'situation'],
		// Specific enough to beat the situation.
		['toenail turned purple and black after the marathon', '/toes/', 'symptom'],
		// Both sides swollen is not one injury: the situation holds.
		['puffy feet and ankles after a long run', '/methods/goal/swelling/', 'situation'],
		// A red flag wins over a situation and a symptom.
		['one calf swollen hot and red after the marathon', '/red-flags/', 'red flag'],
		['dark pee after the race', '/red-flags/', 'red flag'],
	])('%j goes to %s (%s)', (query, url, why) => {
		expect(understand(query, lexicon)).toMatchObject({ url, why });
	});

	test.each([
		['knee', 'no feel word: a name, left to the synonyms and the index'],
		['knee pain', 'both knee guides match as much: a close call picks nothing'],
		['ice bath after a long run', 'no race word: not the after-race situation'],
		['is a cold plunge good', '"a cold" is not "with a cold"'],
		['', 'nothing typed'],
	])('%j is not understood (%s)', (query) => {
		expect(understand(query, lexicon)).toBeUndefined();
	});

	test('a place counts twice for a guide of its region, once for another that mentions it', () => {
		// "knee" is in the sit bone guide's signs too, but only the knee guides are of the knees region.
		expect(symptomWords('Sit bone pain. straighten the knee')).toContain('knee');
		expect(understand('aching knee and kneecap', lexicon)?.url).toBe('/knee-front/');
	});

	test('"cannot point to one spot" is the spread-out ache, not the one-finger pain', () => {
		expect(symptomWords('i cant point to one spot')).toContain(searchRoot('diffuse'));
		expect(symptomWords('i cant point to one spot')).not.toContain(searchRoot('pinpoint'));
		expect(understand('kneecap aches and i cant point to one spot', lexicon)?.url).toBe('/knee-front/');
	});

	test("a symptom carries its guide's first red-flag sign; a red flag its own line; a situation none", () => {
		expect(understand('toenail went purple', lexicon)?.flag).toBe('Red streaks spreading from the toe, or a fever');
		expect(understand('pee looks like cola', lexicon)?.flag).toBe('A swollen calf. Urgent');
		expect(understand('after the marathon', lexicon)?.flag).toBeUndefined();
	});

	test('without a lexicon only situations are understood', () => {
		expect(understand('toenail went purple', undefined)).toBeUndefined();
		expect(understand('after the marathon', undefined)?.url).toBe('/after-the-race/');
	});

	test('a named page holds unless the pain says more than its name; a red flag and a situation still route', () => {
		// The name holds every word the symptom has, or the symptom adds only a place.
		expect(understand('massaging sore calves', lexicon, ['massage'])).toBeUndefined();
		expect(understand('stretches for tight calves', lexicon, ['tight calves'])).toBeUndefined();
		// A sign beyond the name: the sprint and the pop are the calf strain's.
		expect(understand('calf pop on a sprint', lexicon, ['calf'])?.url).toBe('/calf/');
		expect(understand('dark urine after massage', lexicon, ['massage'])?.url).toBe('/red-flags/');
		expect(understand('massage after a marathon', lexicon, ['massage'])?.url).toBe('/after-the-race/');
	});

	test('red flag rules read " + " as every group and " | " as any alternative, phrases whole', () => {
		expect(redFlagRules(['pins and needles | numb + ice | sock'], 'x')).toEqual([
			{
				groups: [
					['pins and needles', 'numb'],
					['ice', 'sock'],
				],
				flag: 'x',
			},
		]);
	});

	test('property: the answer does not depend on case, accents or punctuation', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray('a sharp pop in my calf sprinting after the 10k race'.split(' ')), (words) => {
				const a = understand(words.join(' '), lexicon);
				const b = understand(words.join(', ').toUpperCase().replace(/E/g, 'É'), lexicon);
				expect(b).toEqual(a);
			}),
		);
	});

	test('property: a red flag described anywhere in a query always goes to /red-flags/', () => {
		const other = fc.constantFrom('after', 'the', 'marathon', 'massage', 'calf', 'pop', 'sprint', 'sore', 'toenail', 'fever', 'knee');
		fc.assert(
			fc.property(fc.array(other, { maxLength: 6 }), fc.array(other, { maxLength: 6 }), (before, after) => {
				const query = [...before, 'my pee is dark', ...after].join(' ');
				expect(understand(query, lexicon)?.url).toBe('/red-flags/');
				expect(understand(query, lexicon, ['massage', 'calf'])?.url).toBe('/red-flags/');
			}),
		);
	});
});

describe("the red flags' descriptions (src/lib/red-flags.ts)", () => {
	const rules = RED_FLAGS.flatMap((f) => redFlagRules(f.described ?? [], f.title).map((rule) => ({ id: f.id, rule })));

	test('are written for most red flags, each of two groups or more with no empty alternative', () => {
		expect(new Set(rules.map((r) => r.id)).size).toBeGreaterThanOrEqual(10);
		for (const { id, rule } of rules) {
			expect(rule.groups.length, id).toBeGreaterThanOrEqual(2);
			for (const group of rule.groups) for (const alternative of group) expect(alternative, id).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
		}
	});

	test("each is understood: a query of every group's first and of every group's last alternative goes to /red-flags/", () => {
		const real = buildSymptomLexicon(
			[],
			rules.map((r) => r.rule),
		);
		for (const { id, rule } of rules)
			for (const pick of [(g: string[]) => g[0]!, (g: string[]) => g.at(-1)!])
				expect(understand(`after my run ${rule.groups.map(pick).join(' and ')}`, real)?.url, id).toBe('/red-flags/');
	});
});
