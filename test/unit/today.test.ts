import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MethodData } from '../../src/lib/method-schema';
import { readQuery, readStored, toQuery } from '../../src/lib/persisted-state';
import { RED_FLAGS } from '../../src/lib/red-flags';
import {
	AVOID_CONDITIONS,
	CATEGORIES,
	COST_LEVELS,
	EQUIPMENT,
	GOALS,
	GRADES,
	OUTCOMES,
	REGIONS,
	TIMINGS,
	type AvoidCondition,
} from '../../src/lib/vocabulary';
import {
	DEFAULT_MINUTES,
	EMPTY_ANSWERS,
	KIT,
	LAST_ACTIVITIES,
	MAX_METHODS,
	NEXT_UP,
	SORE_REGIONS,
	TIME_OPTIONS,
	TODAY_CODECS,
	WARNING_ANSWERS,
	WARNING_FLAG_IDS,
	WARNING_SIGNS,
	CONDITION_RULES,
	needsFor,
	planToday,
	toQuizMethod,
	type DayFacts,
	type QuizMethod,
	type RecoveryPlan,
	type StopPlan,
	type TodayAnswers,
	type TodayResult,
	type WarningAnswer,
	type WarningSign,
} from '../../src/lib/today';
import { loadGuides } from '../support/guides';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

let counter = 0;
function method(over: Partial<QuizMethod> = {}): QuizMethod {
	counter += 1;
	const slug = over.slug ?? `m${counter}`;
	return {
		slug,
		title: over.title ?? `Method ${slug}`,
		category: 'soft-tissue',
		goals: ['soreness'],
		regions: ['quads'],
		timing: ['post-run', 'evening', 'rest-day'],
		minutes: { min: 5, max: 10 },
		handsFree: false,
		dose: 'a fixture dose line',
		equipment: ['none'],
		avoidWhen: [],
		best: { outcome: 'soreness', grade: 'B' },
		grades: [{ outcome: 'soreness', grade: 'B' }],
		cost: 'free',
		trains: false,
		...over,
	};
}

const answers = (over: Partial<TodayAnswers> = {}): TodayAnswers => ({ ...EMPTY_ANSWERS, warnings: ['none'], time: '60', ...over });

function recover(result: TodayResult): RecoveryPlan {
	if (!result.ok) throw new Error(`expected a plan, got errors ${JSON.stringify(result.errors)}`);
	if (result.plan.kind !== 'recover') throw new Error('expected a recovery plan, got a stop plan');
	return result.plan;
}
function stop(result: TodayResult): StopPlan {
	if (!result.ok || result.plan.kind !== 'stop') throw new Error(`expected a stop plan, got ${JSON.stringify(result)}`);
	return result.plan;
}
const slugs = (r: TodayResult) => recover(r).methods.map((m) => m.slug);

// ---------------------------------------------------------------------------------------------
// Warning signs
// ---------------------------------------------------------------------------------------------

describe('warning signs override everything', () => {
	// Urgency per research/evidence.md §5 and the issue.
	const table: [WarningSign, string, 'emergency' | 'urgent' | 'soon', RegExp][] = [
		['chest-pain', '/red-flags/#cardiac', 'emergency', /emergency/i],
		['dark-urine', '/red-flags/#rhabdomyolysis', 'urgent', /medical care/i],
		['calf-swelling', '/red-flags/#clot', 'urgent', /do not massage/i],
		['hot-red-swelling', '/red-flags/#infection', 'urgent', /today/i],
		['numbness', '/red-flags/#numbness', 'urgent', /ice|compression|boots/i],
		['bone-pain', '/red-flags/#bone-stress', 'soon', /stop running/i],
		['rest-pain', '/red-flags/#rest-pain', 'soon', /stop running/i],
	];
	it.each(table)('%s -> %s at %s urgency', (sign, href, urgency, action) => {
		const plan = stop(planToday(answers({ warnings: [sign], legs: '3', kit: ['foam-roller', 'ice'] }), [method()]));
		expect(plan.urgency).toBe(urgency);
		expect(plan.flags).toHaveLength(1);
		expect(plan.flags[0]?.href).toBe(href);
		expect(plan.flags[0]?.action).toMatch(action);
		expect(plan.because.join(' ')).toMatch(/you ticked/i);
		expect(plan).not.toHaveProperty('methods');
	});

	it('escalation: one-sided calf swelling with chest pain is an emergency', () => {
		const plan = stop(planToday(answers({ warnings: ['calf-swelling', 'chest-pain'] }), []));
		expect(plan.urgency).toBe('emergency');
		expect(plan.flags.map((f) => f.sign)).toEqual(['chest-pain', 'calf-swelling']);
		expect(plan.flags[1]?.escalate).toMatch(/chest pain|breathless/i);
	});

	it('hot red swelling escalates with fever', () => {
		const plan = stop(planToday(answers({ warnings: ['hot-red-swelling'] }), []));
		expect(plan.flags[0]?.escalate).toMatch(/fever/i);
	});

	it('flags are listed most urgent first and the plan takes the highest urgency', () => {
		const plan = stop(planToday(answers({ warnings: ['rest-pain', 'dark-urine', 'bone-pain'] }), []));
		expect(plan.urgency).toBe('urgent');
		expect(plan.flags.map((f) => f.urgency)).toEqual(['urgent', 'soon', 'soon']);
		expect(plan.training).toMatch(/no running/i);
	});

	it('a sign wins over "none", over malformed numbers and over a missing time', () => {
		const plan = stop(planToday({ ...EMPTY_ANSWERS, warnings: ['none', 'bone-pain'], legs: 'abc', sleep: '99' }, []));
		expect(plan.urgency).toBe('soon');
		expect(plan.training).toMatch(/stop running/i);
	});

	it('every sign maps to an entry on /red-flags/', () => {
		for (const sign of WARNING_SIGNS) expect(RED_FLAGS.map((f) => f.id)).toContain(WARNING_FLAG_IDS[sign]);
	});
});

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

describe('validation', () => {
	it.each([
		[{ warnings: [] }, 'warnings', /^Warning signs: tick any that apply/],
		[{ legs: 'abc' }, 'legs', /^Leg soreness must be a number/],
		[{ legs: '11' }, 'legs', /^Leg soreness must be between 0 \(fresh\) and 10/],
		[{ legs: '-1' }, 'legs', /^Leg soreness must be between 0/],
		[{ legs: '6.5' }, 'legs', /^Leg soreness must be a whole number/],
		[{ sleep: '25' }, 'sleep', /^Hours slept must be between 0 and 24 hours/],
		[{ sleep: '7abc' }, 'sleep', /^Hours slept must be a number/],
		[{ sleep: '1e3' }, 'sleep', /^Hours slept must be a number/],
	] as [Partial<TodayAnswers>, string, RegExp][])('%j gives an error at %s', (over, field, message) => {
		const result = planToday(answers(over), [method()]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[field as 'legs']).toMatch(message);
	});

	it.each([
		['', undefined],
		['7,5', 'Sleep last night: 7.5 hours.'],
		[' 6 ', 'Sleep last night: 6 hours.'],
		['0', 'Sleep last night: 0 hours.'],
	])('sleep %j is accepted', (sleep, line) => {
		const plan = recover(planToday(answers({ sleep }), []));
		if (line) expect(plan.because).toContain(line);
		else expect(plan.because.join(' ')).not.toMatch(/Sleep last night/);
	});

	it('every answer but the warning signs is optional', () => {
		const plan = recover(planToday({ warnings: ['none'] }, [method()]));
		expect(plan.call).toBe('train');
		expect(plan.minutesAvailable).toBe(DEFAULT_MINUTES);
		expect(plan.because).toContain(`Time today: not given, so the plan fits in ${DEFAULT_MINUTES} minutes.`);
	});

	it('values outside the allow-lists are ignored, not trusted', () => {
		const hostile = { last: '<script>', next: 'x', where: ['quads', '__proto__'], kit: ['ice', 'laser'], time: '600', warnings: ['none', 'x'] };
		const plan = recover(planToday(hostile as never, [method({ equipment: ['ice'] })]));
		expect(plan.minutesAvailable).toBe(DEFAULT_MINUTES);
		expect(plan.because.join(' ')).not.toMatch(/script|laser|__proto__/);
		expect(plan.methods).toHaveLength(1);
	});
});

// ---------------------------------------------------------------------------------------------
// The training call
// ---------------------------------------------------------------------------------------------

describe('training call', () => {
	it.each([
		[{}, 'train'],
		[{ legs: '3' }, 'train'],
		[{ legs: '4' }, 'easy'],
		[{ legs: '6' }, 'easy'],
		[{ legs: '7' }, 'rest'],
		[{ legs: '10' }, 'rest'],
		[{ next: 'rest' }, 'rest'],
		[{ next: 'hard-tomorrow' }, 'train'],
		[{ injury: 'yes' }, 'easy'],
		[{ injury: 'no' }, 'train'],
		[{ sleep: '6' }, 'easy'],
		[{ sleep: '6,5' }, 'train'],
		[{ last: 'race' }, 'easy'],
		[{ last: 'race', legs: '8' }, 'rest'],
		[{ last: 'long-run', legs: '2' }, 'train'],
	] as [Partial<TodayAnswers>, string][])('%j -> %s', (over, call) => {
		const plan = recover(planToday(answers(over), []));
		expect(plan.call).toBe(call);
		expect(plan.callReasons.length).toBeGreaterThan(0);
	});

	it('says why, and what would change it', () => {
		const plan = recover(planToday(answers({ legs: '7', next: 'hard-tomorrow' }), []));
		expect(plan.callReasons[0]).toMatch(/7\/10/);
		expect(plan.changes.join(' ')).toMatch(/below 7\/10/);
		expect(plan.changes.join(' ')).toMatch(/move the hard session/);
	});
});

// ---------------------------------------------------------------------------------------------
// Needs
// ---------------------------------------------------------------------------------------------

describe('needs', () => {
	const facts = (over: Partial<DayFacts>): DayFacts => ({ last: undefined, next: undefined, where: [], injury: false, legs: undefined, sleep: undefined, ...over });
	it.each([
		[{}, { soreness: 1, fatigue: 1 }],
		[{ legs: 0 }, { soreness: 1, fatigue: 1 }],
		[{ legs: 2 }, { soreness: 2, tightness: 1 }],
		[{ legs: 5 }, { soreness: 3, tightness: 1 }],
		[{ where: ['hamstrings'] }, { soreness: 2, tightness: 1 }],
		[{ last: 'long-run' }, { soreness: 2, fatigue: 2 }],
		[{ last: 'workout' }, { soreness: 2, fatigue: 1 }],
		[{ last: 'strength' }, { soreness: 1, fatigue: 1 }],
		[{ last: 'rest' }, { mobility: 1, 'injury-prevention': 1 }],
		[{ next: 'race-week' }, { fatigue: 2 }],
		[{ injury: true }, { swelling: 2 }],
		[{ sleep: 5 }, { sleep: 3 }],
		[{ sleep: 7 }, { soreness: 1, fatigue: 1 }],
		[{ where: ['skin'] }, { skin: 3 }],
		[{ legs: 8, last: 'race', sleep: 6, where: ['skin', 'feet'] }, { soreness: 3, tightness: 1, fatigue: 2, sleep: 3, skin: 3 }],
	] as [Partial<DayFacts>, Record<string, number>][])('%j -> %j', (over, expected) => {
		expect(Object.fromEntries(needsFor(facts(over)).map((n) => [n.goal, n.weight]))).toEqual(expected);
	});

	it.each([
		['race-within-48h', { next: 'hard-tomorrow' }],
		['after-strength-session', { last: 'strength' }],
		['acute-injury-48h', { injury: true }],
		['open-skin', { where: ['skin'] }],
	] as [AvoidCondition, Partial<DayFacts>][])('%s comes from %j and nothing else', (condition, over) => {
		expect(CONDITION_RULES[condition](facts(over))).toBe(true);
		expect(CONDITION_RULES[condition](facts({ last: 'long-run', next: 'race-week', where: ['quads'], legs: 5, sleep: 7 }))).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// avoidWhen
// ---------------------------------------------------------------------------------------------

describe('avoidWhen rules', () => {
	const table: [AvoidCondition, Partial<TodayAnswers>][] = [
		['race-within-48h', { next: 'hard-tomorrow' }],
		['after-strength-session', { last: 'strength' }],
		['acute-injury-48h', { injury: 'yes' }],
		['open-skin', { where: ['skin', 'quads'] }],
	];
	it.each(table)('%s is honoured', (condition, over) => {
		const avoided = method({ slug: 'avoided', title: 'Avoided', avoidWhen: [condition], goals: ['soreness', 'swelling', 'fatigue', 'skin'], category: 'cold' });
		const kept = method({ slug: 'kept', title: 'Kept', goals: ['soreness', 'swelling', 'fatigue', 'skin'] });
		const plan = recover(planToday(answers({ legs: '3', ...over }), [avoided, kept]));
		expect(plan.conditions).toContain(condition);
		expect(slugs(planToday(answers({ legs: '3', ...over }), [avoided, kept]))).toEqual(['kept']);
		expect(plan.leftOut.join(' ')).toMatch(/^Avoided: left out/);
		// Without the answer that triggers it, the same method is suggested.
		expect(slugs(planToday(answers({ legs: '3' }), [avoided, kept]))).toContain('avoided');
	});

	it('"race within 7 days" is not "within 48 hours"', () => {
		const m = method({ slug: 'a', goals: ['fatigue'], avoidWhen: ['race-within-48h'] });
		expect(slugs(planToday(answers({ next: 'race-week' }), [m]))).toEqual(['a']);
	});

	it('hot-red-swelling and numbness come from the warning signs, which suggest no method at all', () => {
		for (const sign of ['hot-red-swelling', 'numbness'] as const) {
			const result = planToday(answers({ warnings: [sign] }), [method()]);
			expect(stop(result).flags[0]?.sign).toBe(sign);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Time and equipment
// ---------------------------------------------------------------------------------------------

describe('time and equipment', () => {
	it('keeps the sum of minutes within the time available; hands-free costs nothing', () => {
		const ms = [
			method({ slug: 'five', category: 'soft-tissue', minutes: { min: 5, max: 5 } }),
			method({ slug: 'ten', category: 'heat', minutes: { min: 10, max: 15 } }),
			method({ slug: 'worn', category: 'compression', minutes: { min: 60, max: 240 }, handsFree: true }),
			method({ slug: 'long', category: 'cold', minutes: { min: 20, max: 30 } }),
		];
		const at5 = recover(planToday(answers({ time: '5' }), ms));
		expect(at5.methods.map((m) => m.slug).sort()).toEqual(['five', 'worn']);
		expect(at5.minutesUsed).toBe(5);
		expect(at5.methods.find((m) => m.slug === 'worn')?.cost).toBe(0);
		const at15 = recover(planToday(answers({ time: '15' }), ms));
		expect(at15.methods.map((m) => m.slug).sort()).toEqual(['five', 'ten', 'worn']);
		expect(at15.minutesUsed).toBe(15);
		expect(at15.changes.join(' ')).toMatch(/With 60 minutes or more, method long could join the plan/i);
		const at60 = recover(planToday(answers({ time: '60' }), ms));
		expect(at60.methods).toHaveLength(4);
		expect(at60.minutesUsed).toBe(35);
	});

	it('counts the sum, not each method alone', () => {
		const ms = (['cold', 'heat', 'movement'] as const).map((category) => method({ slug: category, category, minutes: { min: 5, max: 5 } }));
		expect(slugs(planToday(answers({ time: '5' }), ms))).toHaveLength(1);
		expect(slugs(planToday(answers({ time: '15' }), ms))).toHaveLength(3);
		expect(slugs(planToday(answers({ time: '' }), ms))).toHaveLength(1);
	});

	it('"60 or more" is counted as 60', () => {
		const plan = recover(planToday(answers({ time: '60' }), [method({ minutes: { min: 61, max: 90 } })]));
		expect(plan.methods).toEqual([]);
	});

	it('a method needs any one of its equipment; "none" is always there', () => {
		const roller = method({ slug: 'roller', category: 'soft-tissue', equipment: ['foam-roller', 'massage-stick'] });
		const bath = method({ slug: 'bath', category: 'cold', equipment: ['bathtub'] });
		const free = method({ slug: 'free', category: 'movement', equipment: ['none'] });
		expect(slugs(planToday(answers({ kit: [] }), [roller, bath, free]))).toEqual(['free']);
		expect(slugs(planToday(answers({ kit: ['massage-stick'] }), [roller, bath, free])).sort()).toEqual(['free', 'roller']);
		const plan = recover(planToday(answers({ kit: [] }), [roller, bath, free]));
		expect(plan.changes).toContain('For method bath, you would need: bathtub.');
		const both = recover(planToday(answers({ kit: [] }), [roller, free]));
		expect(both.changes).toContain('For method roller, you would need: foam roller, or massage stick or handheld roller.');
	});
});

// ---------------------------------------------------------------------------------------------
// Scoring, evidence and ties
// ---------------------------------------------------------------------------------------------

describe('scoring', () => {
	it('orders by goal and region match, then by grade', () => {
		const quads = method({ slug: 'quads', title: 'Q', regions: ['quads'], category: 'soft-tissue', grades: [{ outcome: 'soreness', grade: 'B' }] });
		const legs = method({ slug: 'legs', title: 'L', regions: ['calves-shins', 'feet', 'quads'], category: 'heat', grades: [{ outcome: 'soreness', grade: 'C' }] });
		// Three regions matched beat one grade step ...
		expect(slugs(planToday(answers({ legs: '5', where: ['calves-shins', 'feet', 'quads'] }), [quads, legs]))).toEqual(['legs', 'quads']);
		// ... and with one region each, the better grade wins.
		expect(slugs(planToday(answers({ legs: '5', where: ['quads'] }), [quads, legs]))).toEqual(['quads', 'legs']);
		// Goals weigh too: after a long run, fatigue counts.
		const tired = method({ slug: 'tired', title: 'T', goals: ['soreness', 'fatigue'], regions: ['quads'], category: 'compression', grades: [{ outcome: 'soreness', grade: 'C' }] });
		expect(slugs(planToday(answers({ last: 'long-run', where: ['quads'] }), [quads, tired]))).toEqual(['tired', 'quads']);
	});

	it('when you say where it hurts, skips methods aimed only at other places', () => {
		const feet = method({ slug: 'feet', regions: ['feet'], category: 'skin-feet' });
		const whole = method({ slug: 'whole', regions: ['whole-body'], category: 'nutrition' });
		const quads = method({ slug: 'quads', regions: ['quads', 'hamstrings'], category: 'heat' });
		expect(slugs(planToday(answers({ legs: '5', where: ['quads'] }), [feet, whole, quads])).sort()).toEqual(['quads', 'whole']);
		expect(slugs(planToday(answers({ legs: '5' }), [feet, whole, quads])).sort()).toEqual(['feet', 'quads', 'whole']);
		// Skin alone names no sore muscle, so nothing is filtered by region.
		expect(slugs(planToday(answers({ legs: '5', where: ['skin'] }), [feet, whole, quads])).sort()).toEqual(['feet', 'quads', 'whole']);
	});

	it('fits the day: no training on a rest day, nothing only for rest days on a day to train as planned', () => {
		const cross = method({ slug: 'cross', category: 'movement', trains: true, timing: ['rest-day'], goals: ['fatigue', 'soreness'] });
		const restOnly = method({ slug: 'rest-only', category: 'rest-sleep', timing: ['rest-day'], goals: ['fatigue', 'soreness'] });
		const evening = method({ slug: 'evening', category: 'heat', timing: ['evening'] });
		const ms = [cross, restOnly, evening];
		expect(slugs(planToday(answers({ legs: '8' }), ms)).sort()).toEqual(['evening', 'rest-only']);
		expect(slugs(planToday(answers({ legs: '5' }), ms)).sort()).toEqual(['cross', 'evening', 'rest-only']);
		expect(slugs(planToday(answers({ legs: '2' }), ms)).sort()).toEqual(['evening']);
	});

	it('uses the grade for the outcome that matches the need, falling back to the best grade', () => {
		const m = method({
			goals: ['soreness', 'mobility'],
			best: { outcome: 'flexibility', grade: 'A' },
			grades: [
				{ outcome: 'flexibility', grade: 'A' },
				{ outcome: 'soreness', grade: 'C' },
			],
		});
		const sore = recover(planToday(answers({ legs: '5' }), [m])).methods[0];
		expect(sore).toMatchObject({ grade: 'C', gradeFor: 'Muscle soreness' });
		const fallback = method({ goals: ['fatigue'], best: { outcome: 'strength-recovery', grade: 'B' }, grades: [] });
		expect(recover(planToday(answers({ last: 'long-run' }), [fallback])).methods[0]).toMatchObject({ grade: 'B', gradeFor: 'Strength recovery' });
	});

	it('breaks ties by grade, then fewer minutes, then title, whatever the input order', () => {
		const base = { goals: ['soreness'] as QuizMethod['goals'], regions: ['quads'] as QuizMethod['regions'] };
		const a = method({ ...base, slug: 'a', title: 'Zeta', category: 'cold', grades: [{ outcome: 'soreness', grade: 'B' }], minutes: { min: 10, max: 10 } });
		const b = method({ ...base, slug: 'b', title: 'Alpha', category: 'heat', grades: [{ outcome: 'soreness', grade: 'B' }], minutes: { min: 10, max: 10 } });
		const c = method({ ...base, slug: 'c', title: 'Mid', category: 'movement', grades: [{ outcome: 'soreness', grade: 'B' }], minutes: { min: 5, max: 10 } });
		const d = method({ ...base, slug: 'd', title: 'Best', category: 'compression', grades: [{ outcome: 'soreness', grade: 'A' }], minutes: { min: 20, max: 20 } });
		// A's score is one point higher from its grade; the others tie on score and grade.
		expect(slugs(planToday(answers({ legs: '5' }), [a, b, c, d]))).toEqual(['d', 'c', 'b', 'a']);
		expect(slugs(planToday(answers({ legs: '5' }), [d, c, b, a]))).toEqual(['d', 'c', 'b', 'a']);
	});

	it('suggests one method per category, and a second of a category only to reach two', () => {
		const rollers = ['r1', 'r2', 'r3'].map((slug) => method({ slug, category: 'soft-tissue' }));
		expect(slugs(planToday(answers({ legs: '5' }), rollers))).toHaveLength(2);
		const mixed = [...rollers, method({ slug: 'h', category: 'heat' })];
		expect(slugs(planToday(answers({ legs: '5' }), mixed))).toHaveLength(2);
		expect(slugs(planToday(answers({ legs: '5' }), mixed))).toContain('h');
	});

	it(`suggests at most ${MAX_METHODS} methods`, () => {
		const many = CATEGORIES.map((category, i) => method({ slug: `c${i}`, category, minutes: { min: 1, max: 2 } }));
		expect(slugs(planToday(answers({ legs: '5' }), many))).toHaveLength(MAX_METHODS);
	});

	it('skips methods that serve none of the needs', () => {
		const skin = method({ slug: 'skin', goals: ['skin'], regions: ['skin'] });
		expect(slugs(planToday(answers({ legs: '5' }), [skin]))).toEqual([]);
	});

	it('on a rest day, skips methods that only fit before a run', () => {
		const warmup = method({ slug: 'warmup', timing: ['pre-run'] });
		expect(slugs(planToday(answers({ legs: '8' }), [warmup]))).toEqual([]);
		expect(slugs(planToday(answers({ legs: '5' }), [warmup]))).toEqual(['warmup']);
	});

	it('short sleep brings sleep in, with the sleep calculator', () => {
		const sleep = method({ slug: 'sleep', category: 'rest-sleep', goals: ['sleep'], regions: ['whole-body'], handsFree: true, minutes: { min: 420, max: 540 }, grades: [{ outcome: 'sleep', grade: 'C' }] });
		const others = (['cold', 'heat', 'soft-tissue', 'compression', 'movement'] as const).map((category) =>
			method({ slug: category, category, goals: ['soreness', 'fatigue'], regions: ['quads'], grades: [{ outcome: 'soreness', grade: 'A' }], minutes: { min: 1, max: 1 } }),
		);
		const short = recover(planToday(answers({ sleep: '5', legs: '5', where: ['quads'] }), [...others, sleep]));
		expect(short.methods.map((m) => m.slug)).toContain('sleep');
		expect(short.methods).toHaveLength(MAX_METHODS);
		expect(short.sleepLink).toBe(true);
		expect(short.methods.find((m) => m.slug === 'sleep')?.why).toMatch(/under 7 hours/);
		const enough = recover(planToday(answers({ sleep: '7', legs: '5', where: ['quads'] }), [...others, sleep]));
		expect(enough.methods.map((m) => m.slug)).not.toContain('sleep');
		expect(enough.sleepLink).toBe(false);
	});

	it('chafing brings skin care in, by goal or region', () => {
		const care = method({ slug: 'care', category: 'skin-feet', goals: ['injury-prevention'], regions: ['skin'], grades: [], best: { outcome: 'skin', grade: 'D' } });
		const ms = [care, ...(['cold', 'heat', 'soft-tissue', 'compression', 'movement'] as const).map((category) => method({ slug: category, category, grades: [{ outcome: 'soreness', grade: 'A' }], minutes: { min: 1, max: 1 } }))];
		expect(slugs(planToday(answers({ legs: '6', where: ['skin', 'quads'] }), ms))).toContain('care');
		expect(slugs(planToday(answers({ legs: '6', where: ['quads'] }), ms))).not.toContain('care');
	});

	it('explains itself', () => {
		const plan = recover(planToday(answers({ last: 'long-run', next: 'race-week', legs: '5', where: ['calves-shins'], sleep: '8', time: '15', kit: ['foam-roller'] }), [method({ regions: ['calves-shins'], goals: ['fatigue', 'tightness', 'soreness'] })]));
		expect(plan.because).toEqual([
			'Last 24 hours: long run.',
			'Next: a race within 7 days.',
			'Legs: 5/10.',
			'Sore or tight: calves and shins.',
			'Sleep last night: 8 hours.',
			'Time today: 15 minutes.',
			'Equipment: foam roller.',
			'Warning signs: none.',
		]);
		expect(plan.methods[0]?.why).toBe('For soreness, tightness and fatigue in your calves and shins.');
		expect(plan.methods[0]?.href).toMatch(/^\/methods\/m\d+\/$/);
	});
});

// ---------------------------------------------------------------------------------------------
// The projection and the URL
// ---------------------------------------------------------------------------------------------

describe('toQuizMethod', () => {
	const data = {
		title: 'Fixture',
		summary: 'x',
		category: 'cold',
		goals: ['soreness'],
		regions: ['quads'],
		timing: ['post-run'],
		minutes: { min: 10, max: 15 },
		handsFree: false,
		dose: '10-15 min at 11-15 °C',
		cost: { level: 'low', note: 'cheap' },
		equipment: ['bathtub'],
		evidence: [
			{ outcome: 'strength-recovery', grade: 'D', effect: 'none', refs: ['a'] },
			{ outcome: 'soreness', grade: 'B', effect: 'some', refs: ['a'] },
			{ outcome: 'inflammation-markers', grade: 'A', effect: 'x', refs: ['a'] },
		],
		cautions: ['x'],
		avoidWhen: ['after-strength-session'],
		aliases: [],
		related: [],
		references: [],
		updated: new Date(0),
	} as unknown as MethodData;

	it('keeps what scoring needs, with the best grade and the matchable grades', () => {
		expect(toQuizMethod('fixture', data)).toEqual({
			slug: 'fixture',
			title: 'Fixture',
			category: 'cold',
			goals: ['soreness'],
			regions: ['quads'],
			timing: ['post-run'],
			minutes: { min: 10, max: 15 },
			handsFree: false,
			dose: '10-15 min at 11-15 °C',
			equipment: ['bathtub'],
			avoidWhen: ['after-strength-session'],
			best: { outcome: 'inflammation-markers', grade: 'A' },
			grades: [{ outcome: 'soreness', grade: 'B' }],
			cost: 'low',
			trains: false,
		});
	});

	it('marks a method graded for keeping fitness as training', () => {
		const training = { ...data, evidence: [...data.evidence, { outcome: 'fitness-maintenance', grade: 'B', effect: 'kept', refs: ['a'] }] } as MethodData;
		expect(toQuizMethod('x', training).trains).toBe(true);
	});
});

describe('URL and storage state', () => {
	it('round-trips answers through a link', () => {
		const a = answers({ last: 'race', next: 'easy', legs: '7,5', where: ['feet', 'skin'], warnings: ['none'], kit: ['ice', 'bike'], sleep: '6', injury: 'no' });
		expect({ ...EMPTY_ANSWERS, ...readQuery(TODAY_CODECS, toQuery(TODAY_CODECS, a)) }).toEqual(a);
	});

	it('ignores hostile or corrupt values in a link and in storage', () => {
		const q = readQuery(TODAY_CODECS, '?last=<img src=x onerror=alert(1)>&legs=javascript:alert(1)&where=quads,evil&time=9999&__proto__=x&kit=ice');
		expect(q).toEqual({ where: ['quads'], kit: ['ice'] });
		const storage = { getItem: () => '{"legs":{"x":1},"warnings":"none,bone-pain","time":"15","constructor":"x"}', setItem: () => {} };
		expect(readStored(TODAY_CODECS, 'k', storage)).toEqual({ warnings: ['bone-pain', 'none'], time: '15' });
		expect(readStored(TODAY_CODECS, 'k', { getItem: () => 'not json', setItem: () => {} })).toEqual({});
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const sub = <T>(values: readonly T[]) => fc.subarray([...values]);
const anyOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

const arbMethod: fc.Arbitrary<QuizMethod> = fc
	.record({
		slug: fc.stringMatching(/^[a-z]{1,6}$/),
		title: fc.string({ maxLength: 8 }),
		category: anyOf(CATEGORIES),
		goals: sub(GOALS),
		regions: sub(REGIONS),
		timing: sub(TIMINGS),
		min: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 120 })),
		span: fc.integer({ min: 0, max: 60 }),
		handsFree: fc.boolean(),
		equipment: fc.subarray([...EQUIPMENT], { minLength: 1 }),
		avoidWhen: sub(AVOID_CONDITIONS),
		grades: fc.array(fc.record({ outcome: anyOf(OUTCOMES), grade: anyOf(GRADES) }), { maxLength: 4 }),
		best: fc.record({ outcome: anyOf(OUTCOMES), grade: anyOf(GRADES) }),
		cost: anyOf(COST_LEVELS),
		trains: fc.boolean(),
	})
	.map(({ min, span, ...m }) => ({ ...m, dose: 'dose', minutes: { min, max: Math.max(1, min + span) } }));

const text = fc.oneof(
	{ arbitrary: fc.constantFrom('', '0', '3', '5', '6', '7', '8', '10', '7,5', '6.5', ' 8 '), weight: 6 },
	{ arbitrary: fc.constantFrom('-1', '11', '1e3', 'abc', '24,5'), weight: 1 },
	{ arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);
const arbAnswers: fc.Arbitrary<TodayAnswers> = fc.record({
	last: anyOf(['', ...LAST_ACTIVITIES] as const),
	next: anyOf(['', ...NEXT_UP] as const),
	legs: text,
	where: sub(SORE_REGIONS),
	injury: anyOf(['', 'yes', 'no'] as const),
	warnings: fc.oneof(
		{ arbitrary: fc.constant<WarningAnswer[]>(['none']), weight: 4 },
		{ arbitrary: sub(WARNING_ANSWERS), weight: 2 },
	),
	sleep: text,
	time: anyOf(['', ...TIME_OPTIONS] as const),
	kit: sub(KIT),
});
/** Up to n methods with distinct slugs. */
const arbMethods = (n: number) => fc.uniqueArray(arbMethod, { maxLength: n, selector: (m) => m.slug });

/** Anything at all where the answers go: wrong types, unknown keys, junk. */
const arbJunk = fc.dictionary(anyOf(Object.keys(EMPTY_ANSWERS)), fc.anything(), { maxKeys: 9 });

const methodsByGuide = loadGuides()
	.filter((g) => g.data)
	.map((g) => toQuizMethod(g.slug, g.data as MethodData));

/** The invariants every plan keeps, checked against the answers independently of the implementation. */
function checkInvariants(a: TodayAnswers, methods: QuizMethod[], result: TodayResult) {
	const signs = a.warnings.filter((w) => w !== 'none');
	if (signs.length > 0) {
		expect(result.ok).toBe(true);
		expect(result.ok && result.plan.kind).toBe('stop');
		return;
	}
	if (!result.ok) {
		expect(Object.keys(result.errors).length).toBeGreaterThan(0);
		return;
	}
	const plan = recover(result);
	const minutes = a.time ? Number(a.time) : DEFAULT_MINUTES;
	expect(plan.minutesAvailable).toBe(minutes);
	const bySlug = new Map(methods.map((m) => [m.slug, m]));
	let sum = 0;
	const avoid: AvoidCondition[] = [];
	if (a.next === 'hard-tomorrow') avoid.push('race-within-48h');
	if (a.last === 'strength') avoid.push('after-strength-session');
	if (a.injury === 'yes') avoid.push('acute-injury-48h');
	if (a.where.includes('skin')) avoid.push('open-skin');
	expect(plan.methods.length).toBeLessThanOrEqual(MAX_METHODS);
	expect(new Set(plan.methods.map((m) => m.slug)).size).toBe(plan.methods.length);
	for (const p of plan.methods) {
		const m = bySlug.get(p.slug);
		if (!m) throw new Error(`unknown method ${p.slug}`);
		sum += m.handsFree ? 0 : m.minutes.min;
		expect(m.avoidWhen.filter((c) => avoid.includes(c))).toEqual([]);
		expect(m.equipment.some((e) => e === 'none' || (a.kit as string[]).includes(e))).toBe(true);
	}
	expect(sum).toBe(plan.minutesUsed);
	expect(sum).toBeLessThanOrEqual(minutes);
}

describe('properties', () => {
	it('never throws on anything, and gives a plan or field errors', () => {
		fc.assert(
			fc.property(arbJunk, arbMethods(6), (junk, methods) => {
				const result = planToday(junk as Partial<TodayAnswers>, methods);
				expect(typeof result.ok).toBe('boolean');
			}),
		);
	});

	it('for any answers and methods: within the time, no avoided method, kit respected, a warning sign wins', () => {
		fc.assert(
			fc.property(arbAnswers, arbMethods(14), (a, methods) => {
				checkInvariants(a, methods, planToday(a, methods));
			}),
			{ numRuns: 1000 },
		);
	});

	it('answers that pass validation always give a plan', () => {
		fc.assert(
			fc.property(arbAnswers, arbMethods(8), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 24 }), (a, methods, legs, sleep) => {
				const result = planToday({ ...a, legs: String(legs), sleep: String(sleep), warnings: a.warnings.length ? a.warnings : ['none'] }, methods);
				expect(result.ok).toBe(true);
			}),
		);
	});

	it('the same answers give the same plan whatever the order of the methods, and after a trip through a link', () => {
		fc.assert(
			fc.property(
				arbAnswers,
				arbMethods(10).chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length }))),
				(typed, [methods, shuffled]) => {
					// What the form can hold: the codecs only keep characters a number can contain.
					const a = { ...typed, legs: typed.legs.replace(/[^-+0-9.,: ]/g, ''), sleep: typed.sleep.replace(/[^-+0-9.,: ]/g, '') };
					const viaLink = { ...EMPTY_ANSWERS, ...readQuery(TODAY_CODECS, toQuery(TODAY_CODECS, a)) };
					expect(planToday(viaLink, shuffled)).toEqual(planToday(a, methods));
				},
			),
		);
	});

	it(`holds over the real guides (${methodsByGuide.length} today)`, () => {
		fc.assert(
			fc.property(arbAnswers, (a) => {
				checkInvariants(a, methodsByGuide, planToday(a, methodsByGuide));
			}),
			{ numRuns: 500 },
		);
	});

	it('with the real guides and a hard day behind, a runner with time and kit gets at least one method', () => {
		if (methodsByGuide.length === 0) return;
		const plan = recover(planToday(answers({ last: 'long-run', legs: '5', where: ['quads', 'calves-shins'], time: '60', kit: [...KIT] }), methodsByGuide));
		expect(plan.methods.length).toBeGreaterThan(0);
		for (const m of plan.methods) expect(methodsByGuide.map((g) => g.slug)).toContain(m.slug);
	});
});
