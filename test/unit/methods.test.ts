import { describe, expect, test } from 'vitest';
import { bestForGoal, bestGrade, entryForGoal, formatMinutes, gradeFor, sortByEvidence } from '../../src/lib/methods';
import { filterGroups, filterLabel, matchesFilter } from '../../src/lib/method-filters';
import type { Grade } from '../../src/lib/vocabulary';

const method = (slug: string, title: string, grades: Grade[]) => ({
	slug,
	data: { title, evidence: grades.map((grade, i) => ({ grade, outcome: (['soreness', 'sleep', 'swelling'] as const)[i]! })) },
});

describe('grades', () => {
	test('bestGrade picks the strongest; no evidence means D', () => {
		expect(bestGrade([{ grade: 'C' }, { grade: 'B' }, { grade: 'D' }])).toBe('B');
		expect(bestGrade([])).toBe('D');
	});

	test('gradeFor finds one outcome', () => {
		const evidence = [
			{ outcome: 'soreness' as const, grade: 'B' as const },
			{ outcome: 'sleep' as const, grade: 'A' as const },
		];
		expect(gradeFor(evidence, 'sleep')).toBe('A');
		expect(gradeFor(evidence, 'swelling')).toBeUndefined();
	});

	test('sortByEvidence: best grade, then how many outcomes reach it, then title', () => {
		const sorted = sortByEvidence([
			method('c', 'Cold', ['C']),
			method('b2', 'Bravo', ['B']),
			method('b1', 'Alpha', ['B']),
			method('b3', 'Zulu', ['B', 'B']),
			method('a', 'Apex', ['D', 'A']),
		]);
		expect(sorted.map((m) => m.slug)).toEqual(['a', 'b3', 'b1', 'b2', 'c']);
	});
});

test.each([
	[{ min: 5, max: 15 }, '5-15 min'],
	[{ min: 20, max: 20 }, '20 min'],
	[{ min: 420, max: 540 }, '7-9 h'],
	[{ min: 480, max: 480 }, '8 h'],
	[{ min: 30, max: 240 }, '30-240 min'],
])('formatMinutes(%j) is %s', (range, text) => {
	expect(formatMinutes(range)).toBe(text);
});

describe('methods by what they help with', () => {
	const m = (
		title: string,
		goals: ('soreness' | 'sleep')[],
		evidence: { outcome: 'soreness' | 'perceived-recovery' | 'flexibility' | 'sleep'; grade: 'A' | 'B' | 'C' | 'D' }[],
	) => ({ data: { title, goals, evidence } });
	const rolling = m(
		'Rolling',
		['soreness'],
		[
			{ outcome: 'flexibility', grade: 'A' },
			{ outcome: 'soreness', grade: 'C' },
		],
	);
	const bath = m('Bath', ['soreness'], [{ outcome: 'perceived-recovery', grade: 'B' }]);
	const nap = m('Nap', ['sleep'], [{ outcome: 'sleep', grade: 'A' }]);

	test("the grade for a goal is the best of that goal's outcomes, never another outcome's", () => {
		expect(entryForGoal(rolling.data.evidence, 'soreness')).toEqual({ outcome: 'soreness', grade: 'C' });
		expect(entryForGoal(bath.data.evidence, 'soreness')).toEqual({ outcome: 'perceived-recovery', grade: 'B' });
		expect(entryForGoal(nap.data.evidence, 'soreness')).toBeUndefined();
	});

	test('best for a goal: only methods that list it, best graded for it first, at most the limit', () => {
		expect(bestForGoal([rolling, bath, nap], 'soreness').map((x) => x.data.title)).toEqual(['Bath', 'Rolling']);
		expect(bestForGoal([rolling, bath, nap], 'soreness', 1).map((x) => x.data.title)).toEqual(['Bath']);
		expect(bestForGoal([rolling, bath, nap], 'sleep').map((x) => x.data.title)).toEqual(['Nap']);
	});
});

describe('method filters', () => {
	const methods = [
		{ goals: ['soreness' as const], regions: ['calves-shins' as const], category: 'cold' as const },
		{ goals: ['sleep' as const, 'soreness' as const], regions: ['whole-body' as const], category: 'rest-sleep' as const },
	];

	test('only values some method uses get a filter page, with counts', () => {
		const groups = filterGroups(methods);
		const goal = groups.find((g) => g.kind === 'goal')!;
		expect(goal.options).toEqual([
			{ value: 'soreness', label: 'Soreness', count: 2 },
			{ value: 'sleep', label: 'Sleep', count: 1 },
		]);
		expect(groups.find((g) => g.kind === 'category')!.options.map((o) => o.value)).toEqual(['cold', 'rest-sleep']);
	});

	test('matchesFilter and filterLabel', () => {
		expect(matchesFilter(methods[0]!, 'region', 'calves-shins')).toBe(true);
		expect(matchesFilter(methods[0]!, 'category', 'heat')).toBe(false);
		expect(filterLabel('region', 'it-band')).toBe('IT band and outer thigh');
	});
});
