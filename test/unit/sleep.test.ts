/**
 * The sleep calculator (src/lib/tools/sleep/). Table tests for the documented cases, including
 * the ones the product was criticised for, and fast-check properties checked against an
 * independent model written below from the rules in plan.ts's header (age ranges, load extras,
 * debt = 7 x shortfall, at most 60 min extra a night and 1 h above the range, race eve = usual
 * need, lights out = wake - time in bed modulo 1440). The model never calls the code under test.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citedSources, type Description } from '../../src/lib/tools/contract';
import { firstErrorField, sameAnswers, shareUrl, startingForm } from '../../src/lib/tools/form';
import { readQuery, readStored, toQuery, writeStored, type StringStorage } from '../../src/lib/persisted-state';
import { SLEEP_ADVICE } from '../../src/lib/tools/sleep/advice';
import {
	SLEEP_CODECS,
	SLEEP_DEFAULTS,
	SLEEP_FIELD_ORDER,
	SLEEP_STORAGE_KEY,
	WAKE_MESSAGES,
	bandForAge,
	sleepTool,
	type SleepForm,
	type SleepPlan,
} from '../../src/lib/tools/sleep';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const form = (patch: Partial<SleepForm> = {}): SleepForm => ({ ...SLEEP_DEFAULTS, wake: '06:30', ...patch });

function planFor(patch: Partial<SleepForm>): SleepPlan {
	const r = sleepTool.evaluate(form(patch));
	if (!r.ok) throw new Error(`expected a plan, got ${JSON.stringify(r.errors)}`);
	return r.result;
}

function errorsFor(patch: Partial<SleepForm>) {
	const r = sleepTool.evaluate(form(patch));
	if (r.ok) throw new Error('expected messages, got a plan');
	return r.errors;
}

const words = (plan: SleepPlan, clock: '12' | '24' = '24') => sleepTool.describe(plan, { clock });
const describeFor = (patch: Partial<SleepForm>) => words(planFor(patch));

const section = (d: Description, id: string) => d.sections.find((s) => s.id === id);
const itemText = (i: Description['sections'][number]['items'][number]) => (typeof i === 'string' ? i : i.text);
/** Everything a runner can read in a description, as one text. */
const allText = (d: Description) =>
	[d.headline, ...d.sections.flatMap((s) => [s.title, s.answer, ...s.items.map(itemText), ...s.reasons.map((r) => r.text)])].join('\n');
const reasonTexts = (d: Description, id: string) => section(d, id)?.reasons.map((r) => r.text) ?? [];

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const mod = (n: number) => ((n % 1440) + 1440) % 1440;

// ---------------------------------------------------------------------------------------------
// Independent model (from plan.ts's documented rules; no call into the code under test)
// ---------------------------------------------------------------------------------------------

type Load = 'light' | 'moderate' | 'heavy';
/** AASM/NSF ranges: teens 13-17 8-10 h, adults 18-64 7-9 h, 65 and over 7-8 h; no age means adult. */
const RANGES = [
	{ from: 13, to: 17, min: 8, max: 10 },
	{ from: 18, to: 64, min: 7, max: 9 },
	{ from: 65, to: 100, min: 7, max: 8 },
];
const rangeFor = (age: number | undefined) => (age === undefined ? RANGES[1]! : RANGES.find((r) => age >= r.from && age <= r.to)!);
/** Rule of thumb: bottom of the range + 0 / 30 / 60 min, never above the top; own need to 5 min, kept in bottom .. top + 1 h. */
function modelNeed(age: number | undefined, load: Load, own: number | undefined): number {
	const r = rangeFor(age);
	if (own === undefined) return Math.min(r.max * 60, r.min * 60 + { light: 0, moderate: 30, heavy: 60 }[load]);
	return Math.min(r.max * 60 + 60, Math.max(r.min * 60, Math.round((own * 60) / 5) * 5));
}
/** Training hours a week: 8 or more heavy, 4 or more moderate. */
const modelLoad = (hours: number | undefined, chosen: Load): Load =>
	hours === undefined ? chosen : hours >= 8 ? 'heavy' : hours >= 4 ? 'moderate' : 'light';
/** Debt is counted against the bottom of the range, or the own need when given: never the training extra. */
const modelBaseline = (age: number | undefined, need: number, own: number | undefined) =>
	own === undefined ? rangeFor(age).min * 60 : need;
const modelDebt = (baseline: number, recent: number) => 7 * Math.max(0, baseline - Math.round(recent * 60));
/** Tonight: the need plus at most 60 min, at most 1 h above the range's top, at most the debt. */
function modelTonight(age: number | undefined, need: number, baseline: number, recent: number | undefined): number {
	if (recent === undefined) return need;
	const debt = modelDebt(baseline, recent);
	return need + Math.min(60, rangeFor(age).max * 60 + 60 - need, debt);
}

/** Valid answers, as a runner would type them (decimal points or commas). */
interface Answers {
	wake: number;
	age?: number;
	need?: number;
	load: Load;
	loadHours?: number;
	recent?: number;
	latency: number;
	awake: number;
	comma: boolean;
}
const answersArb: fc.Arbitrary<Answers> = fc.record({
	wake: fc.integer({ min: 0, max: 1439 }),
	age: fc.option(fc.integer({ min: 13, max: 100 }), { nil: undefined }),
	need: fc.option(
		fc.integer({ min: 16, max: 64 }).map((q) => q / 4),
		{ nil: undefined },
	),
	load: fc.constantFrom<Load>('light', 'moderate', 'heavy'),
	loadHours: fc.option(
		fc.integer({ min: 0, max: 100 }).map((h) => h / 2),
		{ nil: undefined },
	),
	recent: fc.option(
		fc.integer({ min: 0, max: 160 }).map((t) => t / 10),
		{ nil: undefined },
	),
	latency: fc.integer({ min: 0, max: 120 }),
	awake: fc.integer({ min: 0, max: 240 }),
	comma: fc.boolean(),
});
function toForm(a: Answers, patch: Partial<SleepForm> = {}): SleepForm {
	const text = (n: number | undefined) => (n === undefined ? '' : a.comma ? String(n).replace('.', ',') : String(n));
	return {
		...SLEEP_DEFAULTS,
		wake: hhmm(a.wake),
		age: text(a.age),
		need: text(a.need),
		load: a.load,
		loadHours: text(a.loadHours),
		recent: text(a.recent),
		latency: String(a.latency),
		awake: String(a.awake),
		...patch,
	};
}
function evaluateOk(f: SleepForm): SleepPlan {
	const r = sleepTool.evaluate(f);
	if (!r.ok) throw new Error(`valid answers refused: ${JSON.stringify(r.errors)} for ${JSON.stringify(f)}`);
	return r.result;
}

// ---------------------------------------------------------------------------------------------
// Tables: the documented cases
// ---------------------------------------------------------------------------------------------

describe('the nightly need and the week’s debt: the cases the product was criticised for', () => {
	test('a 16-year-old averaging 8 h with a light load owes no debt', () => {
		const plan = planFor({ age: '16', recent: '8', load: 'light' });
		expect(plan.band.id).toBe('teen');
		expect(plan.needMinutes).toBe(8 * 60);
		expect(plan.debt).toMatchObject({ minutes: 0, perNight: 0, extraPerNight: 0, nights: [], remainingMinutes: 0 });
		expect(plan.sleepMinutes).toBe(480);
		const d = words(plan);
		expect(d.headline).toBe('Lights out 22:15 for a 06:30 alarm.');
		expect(section(d, 'debt')?.answer).toBe('No sleep debt.');
		expect(reasonTexts(d, 'debt')).toEqual([
			'You averaged 8 hours a night, which meets the 8 h at the bottom of the range for teenagers (13–17).',
		]);
	});

	test('with the default (moderate) load the same 16-year-old aims for 8.5 h but owes nothing: the extra for training is a target, not debt', () => {
		expect(SLEEP_DEFAULTS.load).toBe('moderate');
		const plan = planFor({ age: '16', recent: '8' });
		expect(plan.needMinutes).toBe(8.5 * 60);
		expect(plan.debtBaselineMinutes).toBe(8 * 60);
		expect(plan.debt).toMatchObject({ minutes: 0, nights: [] });
		const d = words(plan);
		expect(d.headline).toBe('Lights out 21:45 for a 06:30 alarm.');
		expect(section(d, 'debt')?.answer).toBe('No sleep debt.');
		expect(reasonTexts(d, 'debt')).toEqual([
			'You averaged 8 hours a night, which meets the 8 h at the bottom of the range for teenagers (13–17).',
			'The extra 30 min for your training is a target for tonight, not a debt.',
		]);
	});

	test('a 16-year-old averaging 7.5 h (moderate load) is 30 min a night short of 8 h: 3.5 h to repay over 4 nights, on top of the 8.5 h target', () => {
		const plan = planFor({ age: '16', recent: '7.5' });
		expect(plan.needMinutes).toBe(8.5 * 60);
		expect(plan.debt).toEqual({
			minutes: 210,
			perNight: 30,
			extraPerNight: 60,
			nights: [
				{ night: 1, extraMinutes: 60, sleepMinutes: 570 },
				{ night: 2, extraMinutes: 60, sleepMinutes: 570 },
				{ night: 3, extraMinutes: 60, sleepMinutes: 570 },
				{ night: 4, extraMinutes: 30, sleepMinutes: 540 },
			],
			remainingMinutes: 0,
		});
		const d = words(plan);
		expect(d.headline).toBe('Lights out 20:45 for a 06:30 alarm. Your sleep debt of 3 h 30 min is repaid in 4 nights.');
		expect(section(d, 'debt')?.answer).toBe('About 3 h 30 min, repaid in 4 nights at up to 1 h extra a night.');
		expect(section(d, 'debt')?.items).toEqual(['Tonight to night 3: 9 h 30 min a night (1 h extra)', 'Night 4: 9 h (30 min extra)']);
		expect(reasonTexts(d, 'tonight')[0]).toBe(
			'The recommendation for teenagers (13–17) is 8–10 h a night; your need is set at 8 h 30 min.',
		);
		expect(section(d, 'tonight')?.reasons[0]?.sources).toEqual(['paruthi2016', 'hirshkowitz2015']);
	});

	test('a 17-year-old in heavy training averaging 7 h: target 9 h, 7 h of debt against 8 h, repaid in a week', () => {
		const plan = planFor({ age: '17', recent: '7', load: 'heavy' });
		expect(plan.needMinutes).toBe(9 * 60);
		expect(plan.debt?.minutes).toBe(7 * 60);
		expect(plan.debt?.extraPerNight).toBe(60);
		expect(plan.debt?.nights).toHaveLength(7);
		expect(plan.debt?.remainingMinutes).toBe(0);
		expect(plan.sleepMinutes).toBe(10 * 60);
		const d = words(plan);
		expect(d.headline).toBe('Lights out 20:15 for a 06:30 alarm. Your sleep debt of 7 h is repaid in 7 nights.');
		expect(section(d, 'debt')?.answer).toBe('About 7 h, repaid in 7 nights at up to 1 h extra a night.');
		expect(section(d, 'debt')?.items).toEqual(['Tonight to night 7: 10 h a night (1 h extra)']);
		expect(section(d, 'tonight')?.reasons).toContainEqual(SLEEP_ADVICE.heavyLoad);
	});

	test('a 17-year-old in heavy training averaging 6 h: 14 h of debt, 7 h of it left after a week, said honestly', () => {
		const plan = planFor({ age: '17', recent: '6', load: 'heavy' });
		expect(plan.debt?.minutes).toBe(14 * 60);
		expect(plan.debt?.remainingMinutes).toBe(7 * 60);
		const d = words(plan);
		expect(d.headline).toBe('Lights out 20:15 for a 06:30 alarm. About 7 h of sleep debt would remain after a week: keep going.');
		expect(section(d, 'debt')?.answer).toBe('About 14 h. At 1 h extra a night, about 7 h would remain after 7 nights: keep going.');
	});

	test('an adult averaging 8 h owes no debt (need 7.5 h with the moderate load)', () => {
		const plan = planFor({ age: '35', recent: '8' });
		expect(plan.band.id).toBe('adult');
		expect(plan.needMinutes).toBe(450);
		expect(plan.debt?.minutes).toBe(0);
		expect(section(words(plan), 'debt')?.answer).toBe('No sleep debt.');
	});

	test('own need 12 h with an 8 h average: the need is capped at 10 h, no room to add, and the headline says the debt remains', () => {
		const plan = planFor({ age: '35', need: '12', recent: '8' });
		expect(plan.needSource).toBe('own-need');
		expect(plan.ownNeedAdjusted).toBe('lowered');
		expect(plan.needMinutes).toBe(600);
		expect(plan.debt).toEqual({ minutes: 840, perNight: 120, extraPerNight: 0, nights: [], remainingMinutes: 840 });
		const d = words(plan);
		expect(d.headline).toBe('Lights out 20:15 for a 06:30 alarm. About 14 h of sleep debt would remain after a week: keep going.');
		expect(allText(d)).not.toMatch(/(?<![\d.,])0 nights?\b/);
		expect(section(d, 'debt')?.answer).toBe(
			'About 14 h. Your need is already at the most this tool suggests, so keep to it each night and nap when you can.',
		);
		expect(reasonTexts(d, 'tonight')).toContain(
			'12 hours is more than 1 h above the range, so the plan uses 10 h. If you often feel you need this much, ask a clinician.',
		);
		expect(section(d, 'tonight')?.basis).toBe('published');
	});

	test('an own need below the range is raised to its bottom, and the reason says so', () => {
		const plan = planFor({ age: '35', need: '5' });
		expect(plan.ownNeedAdjusted).toBe('raised');
		expect(plan.needMinutes).toBe(420);
		expect(reasonTexts(words(plan), 'tonight')).toContain('5 hours is below the recommended range, so the plan uses its bottom.');
	});

	test.each([
		// [age, load, own need, expected need in minutes]
		['13', 'light', '', 480],
		['17', 'heavy', '', 540],
		['18', 'light', '', 420],
		['64', 'heavy', '', 480],
		['65', 'heavy', '', 480], // 7-8 h: 7 h + 1 h reaches the top
		['100', 'moderate', '', 450],
		['', 'moderate', '', 450], // no age: the adult range
		['35', 'moderate', '8.3', 500], // own need to the nearest 5 min
		['35', 'moderate', '10', 600], // exactly the top + 1 h is kept
		['16', 'light', '11', 660],
	] as const)('age %j, %s load, own need %j: %d min a night', (age, load, need, minutes) => {
		expect(planFor({ age, load, need }).needMinutes).toBe(minutes);
	});

	test.each([
		['3.5', 'light'],
		['4', 'moderate'],
		['7,5', 'moderate'],
		['8', 'heavy'],
		['50', 'heavy'],
	] as const)('%s training hours a week count as a %s load, whatever load was ticked', (hours, load) => {
		const plan = planFor({ loadHours: hours, load: 'light' });
		expect(plan.load).toBe(load);
		expect(plan.loadHours).toBe(Number(hours.replace(',', '.')));
	});

	test('short and restricted sleep are cited only below 7 h and at 6 h or less', () => {
		expect(section(describeFor({ age: '35', recent: '7' }), 'debt')?.reasons).not.toContainEqual(SLEEP_ADVICE.shortHabit);
		const short = section(describeFor({ age: '35', recent: '6.5' }), 'debt')?.reasons;
		expect(short).toContainEqual(SLEEP_ADVICE.shortHabit);
		expect(short).not.toContainEqual(SLEEP_ADVICE.restricted);
		expect(section(describeFor({ age: '35', recent: '6' }), 'debt')?.reasons).toContainEqual(SLEEP_ADVICE.restricted);
	});

	test('age bands at their edges', () => {
		expect([12.9, 13, 17, 18, 64, 65, 100].map((a) => bandForAge(a).id)).toEqual([
			'older-adult',
			'teen',
			'teen',
			'adult',
			'adult',
			'older-adult',
			'older-adult',
		]);
		expect(bandForAge(undefined).id).toBe('adult');
	});
});

describe('tonight: lights out, time in bed and the words', () => {
	test('a 05:15 alarm on race eve, averaging 6.5 h: lights out for your usual night, no repayment, and the nights before planned', () => {
		const plan = planFor({ mode: 'race-eve', wake: '05:15', age: '35', recent: '6.5' });
		expect(plan.debt).toBeUndefined();
		expect(plan.sleepMinutes).toBe(390);
		expect(plan.lightsOut).toBe(22 * 60 + 30);
		const d = words(plan);
		expect(d.headline).toBe('Lights out 22:30 for a 05:15 alarm: your usual night, no extra.');
		expect(section(d, 'debt')).toBeUndefined();
		expect(section(d, 'race-eve')?.answer).toBe(
			'Aim for your usual night, 6 h 30 min (your average), at your usual bedtime; do not chase extra sleep tonight. The nights before count more.',
		);
		// The nights before: the need (7 h 30 min at a moderate load) plus up to 1 h.
		expect(section(d, 'race-eve')?.items[0]).toBe(
			'The two or three nights before race eve: 8 h 30 min of sleep, lights out about 20:30 for the same alarm.',
		);
		// Without an average, the usual night is the need, and the page says how to use your own.
		expect(section(describeFor({ mode: 'race-eve', wake: '05:15', age: '35' }), 'race-eve')?.answer).toMatch(
			/^Aim for your usual night \(about 7 h 30 min, your need: give your average to use your own\)/,
		);
		expect(section(d, 'race-eve')?.reasons).toEqual([
			SLEEP_ADVICE.raceEveNoChase,
			SLEEP_ADVICE.raceEveCommon,
			SLEEP_ADVICE.raceEveNightsBefore,
		]);
	});

	test('the wake-up time alone gives an answer, and it says the adult range was used', () => {
		const r = sleepTool.evaluate({ ...SLEEP_DEFAULTS, wake: '06:30' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.result.band.id).toBe('adult');
		expect(r.result.debt).toBeUndefined();
		const d = words(r.result);
		expect(d.headline).toBe('Lights out 22:45 for a 06:30 alarm.');
		expect(section(d, 'tonight')?.reasons).toContainEqual(SLEEP_ADVICE.noAge);
		expect(allText(d)).toContain('You did not give your age, so the plan uses the adult range.');
		expect(section(d, 'debt')).toBeUndefined();
	});

	test('time awake in bed is added to time in bed, and lights out moves earlier by it', () => {
		const plain = planFor({ age: '35' });
		const restless = planFor({ age: '35', awake: '30' });
		expect(restless.inBedMinutes).toBe(450 + 15 + 30);
		expect(plain.lightsOut - restless.lightsOut).toBe(30);
		expect(section(words(restless), 'tonight')?.items).toEqual([
			'Asleep by about 22:30',
			'Time in bed: 8 h 15 min (7 h 30 min of sleep, 15 minutes to fall asleep, 30 minutes awake in the night)',
		]);
		expect(section(words(restless), 'tonight')?.answer).toBe('Lights out at 22:15, 8 h 15 min before your 06:30 alarm.');
	});

	test('"1 hour", "1 minute" and "1 night", never "1 hours"', () => {
		const d = describeFor({ age: '35', recent: '1', latency: '1', awake: '1', nap: true });
		const text = allText(d);
		expect(text).toContain('You averaged 1 hour a night');
		expect(text).toContain('1 minute to fall asleep');
		expect(text).toContain('1 minute awake in the night');
		expect(section(d, 'nap')?.items).toEqual(['Leave more than 1 hour between waking from the nap and training.']);
		// 6.95 h against 7 h (the adult range's bottom): 3 min a night, 21 min over the week, repaid in one night.
		expect(describeFor({ age: '35', recent: '6.95' }).headline).toBe(
			'Lights out 22:24 for a 06:30 alarm. Your sleep debt of 21 min is repaid in 1 night.',
		);
		expect(text).not.toMatch(/(?<![\d.,])1 (hours|minutes|nights|cycles)\b/);
	});

	test('wake at 18:30 (a night shift): lights out 10:45, with no "after midnight" label', () => {
		const plan = planFor({ wake: '18:30', age: '35' });
		expect(plan.lightsOut).toBe(10 * 60 + 45);
		const d24 = words(plan, '24');
		const d12 = words(plan, '12');
		expect(d24.headline).toBe('Lights out 10:45 for a 18:30 alarm.');
		expect(d12.headline).toBe('Lights out 10:45 am for a 6:30 pm alarm.');
		expect(section(d24, 'tonight')?.answer).toBe('Lights out at 10:45, 7 h 45 min before your 18:30 alarm.');
		expect(allText(d24)).not.toMatch(/midnight/i);
		expect(allText(d12)).not.toMatch(/midnight/i);
	});

	test('lights out before midnight for an early alarm, in both clocks', () => {
		const plan = planFor({ wake: '00:30', age: '35' });
		expect(plan.lightsOut).toBe(mod(30 - 465));
		expect(words(plan, '12').headline).toBe('Lights out 4:45 pm for a 12:30 am alarm.');
	});

	test.each([
		// [wake, nap window, shifted]
		['06:30', '12:30', '16:50', false],
		['05:00', '12:30', '16:50', false], // the edges of 05:00-09:00 are inside
		['09:00', '12:30', '16:50', false],
		['04:59', '10:29', '14:49', true],
		['09:01', '14:31', '18:51', true],
		['11:00', '16:30', '20:50', true],
		['18:30', '00:00', '04:20', true], // wraps past midnight
	])('wake %s: nap between %s and %s (moved: %s)', (wake, start, end, shifted) => {
		const d = describeFor({ wake, nap: true });
		const nap = section(d, 'nap');
		expect(nap?.answer).toBe(`Nap for 30 to under 60 minutes, between ${start} and ${end}.`);
		expect(nap?.reasons.includes(SLEEP_ADVICE.napShifted)).toBe(shifted);
		expect(nap?.basis).toBe(shifted ? 'mixed' : 'published');
	});

	test('no nap section unless a nap is possible', () => {
		expect(section(describeFor({}), 'nap')).toBeUndefined();
	});

	test('cycle-aligned options: the two whole-cycle counts around tonight’s sleep', () => {
		expect(planFor({ age: '35', cycles: true, cycleLength: '90' }).cycleOptions).toEqual([
			{ cycles: 5, sleepMinutes: 450, lightsOut: mod(390 - 450 - 15), relation: 'equal' },
		]);
		const d = describeFor({ age: '35', cycles: true, cycleLength: '96' });
		expect(section(d, 'cycles')?.items).toEqual([
			'4 cycles (6 h 24 min, shorter than your target): lights out at 23:51',
			'5 cycles (8 h, longer than your target): lights out at 22:15',
		]);
		expect(section(d, 'cycles')?.basis).toBe('approximation');
	});

	test('the clinician section is always there, last', () => {
		for (const d of [describeFor({}), describeFor({ mode: 'race-eve' }), describeFor({ recent: '4', nap: true, cycles: true })]) {
			expect(d.sections.at(-1)?.id).toBe('clinician');
		}
	});
});

describe('messages per field', () => {
	test.each([
		[{ wake: '' }, 'wake', WAKE_MESSAGES.required],
		[{ wake: 'soon' }, 'wake', WAKE_MESSAGES.format],
		[{ wake: '25:00' }, 'wake', WAKE_MESSAGES.range],
		[{ age: '12' }, 'age', 'Age must be between 13 and 100 years: this tool is for teens and adults.'],
		[{ age: '30.5' }, 'age', 'Age must be a whole number of years.'],
		[{ need: '3' }, 'need', 'Your sleep need must be between 4 and 16 hours.'],
		[
			{ recent: '1,000' },
			'recent',
			'Average sleep over the last 7 nights: “1,000” could be read two ways. Type 1000 or 1, with no thousands separator.',
		],
		[{ recent: 'NaN' }, 'recent', 'Average sleep over the last 7 nights must be a number, like 7.5 or 7,5 (hours).'],
		[{ recent: '-1' }, 'recent', 'Average sleep over the last 7 nights must be between 0 and 16 hours.'],
		[{ loadHours: '51' }, 'loadHours', 'Training hours per week must be between 0 and 50 hours.'],
		[{ latency: '121' }, 'latency', 'Time to fall asleep must be between 0 and 120 minutes.'],
		[{ awake: '241' }, 'awake', 'Time awake in the night must be between 0 and 240 minutes.'],
		[{ cycles: true, cycleLength: '60' }, 'cycleLength', 'Sleep-cycle length must be between 70 and 120 minutes.'],
	] as const)('%j: a message at %s', (patch, field, message) => {
		expect(errorsFor(patch)).toEqual({ [field]: message });
	});

	test('"38,5"-style decimal commas are read', () => {
		expect(planFor({ recent: '7,5' }).recentHours).toBe(7.5);
	});

	test('the cycle length is only checked when cycles are asked for', () => {
		expect(planFor({ cycles: false, cycleLength: 'nonsense' }).cycleOptions).toBeUndefined();
	});

	test('every bad field gets its message at once, and focus goes to the first in the form’s order', () => {
		const r = sleepTool.evaluate(form({ wake: 'x', age: '5', awake: '-3' }));
		expect(Object.keys(r.ok ? {} : r.errors).sort()).toEqual(['age', 'awake', 'wake']);
		expect(firstErrorField(r, SLEEP_FIELD_ORDER)).toBe('wake');
		expect(firstErrorField(sleepTool.evaluate(form({ awake: '-3', age: '5' })), SLEEP_FIELD_ORDER)).toBe('age');
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('properties', () => {
	test('the plan matches the independent model: need, debt and tonight’s sleep', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				const plan = evaluateOk(toForm(a));
				const load = modelLoad(a.loadHours, a.load);
				const need = modelNeed(a.age, load, a.need);
				expect(plan.load).toBe(load);
				expect(plan.needMinutes).toBe(need);
				const baseline = modelBaseline(a.age, need, a.need);
				expect(plan.sleepMinutes).toBe(modelTonight(a.age, need, baseline, a.recent));
				if (a.recent === undefined) expect(plan.debt).toBeUndefined();
				else expect(plan.debt?.minutes).toBe(modelDebt(baseline, a.recent));
			}),
		);
	});

	test('debt is never negative, never more than need x 7, and the nights plus what remains add up to it', () => {
		fc.assert(
			fc.property(answersArb, fc.integer({ min: 0, max: 160 }), (a, tenths) => {
				const plan = evaluateOk(toForm({ ...a, recent: tenths / 10 }));
				const debt = plan.debt!;
				expect(debt.minutes).toBeGreaterThanOrEqual(0);
				expect(debt.minutes).toBeLessThanOrEqual(plan.needMinutes * 7);
				expect(debt.remainingMinutes).toBeGreaterThanOrEqual(0);
				expect(debt.nights.length).toBeLessThanOrEqual(7);
				const repaid = debt.nights.reduce((sum, n) => sum + n.extraMinutes, 0);
				expect(repaid + debt.remainingMinutes).toBe(debt.minutes);
				const top = rangeFor(a.age).max * 60;
				for (const n of debt.nights) {
					expect(n.extraMinutes).toBeGreaterThan(0);
					expect(n.extraMinutes).toBeLessThanOrEqual(60);
					expect(n.sleepMinutes).toBeLessThanOrEqual(top + 60);
				}
			}),
		);
	});

	test('lights out + time in bed = wake (mod 1440) for any wake time, and time in bed is sleep + latency + awake', () => {
		fc.assert(
			fc.property(answersArb, fc.constantFrom<'usual' | 'race-eve'>('usual', 'race-eve'), (a, mode) => {
				const plan = evaluateOk(toForm(a, { mode }));
				expect(plan.wake).toBe(a.wake);
				expect(plan.inBedMinutes).toBe(plan.sleepMinutes + a.latency + a.awake);
				expect(mod(plan.lightsOut + plan.inBedMinutes)).toBe(a.wake);
				expect(plan.lightsOut).toBeGreaterThanOrEqual(0);
				expect(plan.lightsOut).toBeLessThan(1440);
				expect(plan.asleepBy).toBe(mod(plan.lightsOut + a.latency));
			}),
		);
	});

	test('race eve asks for the runner’s usual night (their average, else the need), never a repayment', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				const usual = evaluateOk(toForm(a, { mode: 'usual' }));
				const race = evaluateOk(toForm(a, { mode: 'race-eve' }));
				const average = a.recent === undefined ? 0 : Math.round((a.recent * 60) / 5) * 5;
				expect(race.sleepMinutes).toBe(average > 0 ? average : usual.needMinutes);
				expect(race.debt).toBeUndefined();
				expect(words(race).headline).toMatch(/: your usual night, no extra\.$/);
			}),
		);
	});

	test('a later wake time never gives an earlier lights out on the circle: it moves by exactly as much', () => {
		fc.assert(
			fc.property(answersArb, fc.integer({ min: 1, max: 1439 }), (a, later) => {
				const first = evaluateOk(toForm(a));
				const second = evaluateOk(toForm({ ...a, wake: mod(a.wake + later) }));
				expect(mod(second.lightsOut - first.lightsOut)).toBe(later);
			}),
		);
	});

	test('every id a description cites is in sleepTool.sources, and each has a bibliography entry', () => {
		for (const id of sleepTool.sources) expect(existsSync(`src/content/references/${id}.yaml`), id).toBe(true);
		fc.assert(
			fc.property(
				answersArb,
				fc.constantFrom<'usual' | 'race-eve'>('usual', 'race-eve'),
				fc.boolean(),
				fc.boolean(),
				fc.constantFrom<'12' | '24'>('12', '24'),
				(a, mode, nap, cycles, clock) => {
					const d = words(evaluateOk(toForm(a, { mode, nap, cycles })), clock);
					for (const id of citedSources(d)) expect(sleepTool.sources).toContain(id);
				},
			),
		);
	});

	test('the words never say "1 hours", "0 nights" or "after midnight", and the headline names the plan’s times', () => {
		fc.assert(
			fc.property(answersArb, fc.boolean(), fc.constantFrom<'12' | '24'>('12', '24'), (a, nap, clock) => {
				const plan = evaluateOk(toForm(a, { nap, cycles: true }));
				const d = words(plan, clock);
				const text = allText(d);
				expect(text).not.toMatch(/(?<![\d.,])1 (hours|minutes|nights|cycles)\b/);
				expect(text).not.toMatch(/(?<![\d.,])0 nights?\b/);
				expect(text).not.toMatch(/midnight/i);
				if (clock === '24') expect(d.headline.startsWith(`Lights out ${hhmm(plan.lightsOut)} for a ${hhmm(a.wake)} alarm`)).toBe(true);
			}),
		);
	});

	/** Values a form can hold after a crafted link, a bug or a wrong type: evaluate must cope. */
	const hostile = fc.oneof(
		fc.string({ maxLength: 15 }),
		fc.constantFrom(
			'',
			' ',
			'NaN',
			'Infinity',
			'-1',
			'1e3',
			'0x10',
			'38,5',
			'1,000',
			'1 000',
			'٧',
			'<script>',
			'__proto__',
			'6:30 pm',
			'24:00',
		),
		fc.anything(),
	);
	/** Each field valid or hostile, so that hostile values also reach the plan behind a valid wake time. */
	const validOr = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, hostile);
	const anyForm = fc.record(
		{
			mode: validOr(fc.constantFrom('usual', 'race-eve')),
			wake: validOr(fc.constantFrom('06:30', '6:30 pm', '0', '23:59', '18:30')),
			age: validOr(fc.constantFrom('', '16', '35', '80')),
			need: validOr(fc.constantFrom('', '8', '12', '4')),
			load: validOr(fc.constantFrom('light', 'moderate', 'heavy')),
			loadHours: validOr(fc.constantFrom('', '3', '10')),
			recent: validOr(fc.constantFrom('', '0', '7,5', '16')),
			latency: validOr(fc.constantFrom('', '0', '120')),
			awake: validOr(fc.constantFrom('', '0', '240')),
			nap: validOr(fc.boolean()),
			cycles: validOr(fc.boolean()),
			cycleLength: validOr(fc.constantFrom('', '70', '96', '120')),
			clock: validOr(fc.constantFrom('', '12', '24')),
		} satisfies Record<keyof SleepForm, fc.Arbitrary<unknown>>,
		{ requiredKeys: [] },
	);

	test('evaluate never throws for any form, and gives a plan or per-field messages', () => {
		fc.assert(
			fc.property(anyForm, (raw) => {
				const r = sleepTool.evaluate(raw as unknown as SleepForm);
				if (r.ok) {
					for (const n of [r.result.lightsOut, r.result.wake, r.result.asleepBy]) {
						expect(Number.isInteger(n) && n >= 0 && n < 1440).toBe(true);
					}
					expect(Number.isFinite(r.result.inBedMinutes)).toBe(true);
					expect(words(r.result).headline).toMatch(/^Lights out /);
				} else {
					const fields = Object.keys(r.errors);
					expect(fields.length).toBeGreaterThan(0);
					for (const f of fields) {
						expect(SLEEP_FIELD_ORDER).toContain(f);
						expect(typeof r.errors[f as keyof typeof r.errors]).toBe('string');
					}
				}
			}),
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Link and storage
// ---------------------------------------------------------------------------------------------

class MemoryStorage implements StringStorage {
	data = new Map<string, string>();
	getItem = (k: string) => this.data.get(k) ?? null;
	setItem = (k: string, v: string) => void this.data.set(k, v);
}

describe('link and storage', () => {
	const validForm = fc
		.tuple(
			answersArb,
			fc.constantFrom<'usual' | 'race-eve'>('usual', 'race-eve'),
			fc.boolean(),
			fc.boolean(),
			fc.constantFrom<'' | '12' | '24'>('', '12', '24'),
			fc.constantFrom('6:30 am', '06:30', '18:45', '7'),
		)
		.map(([a, mode, nap, cycles, clock, wake]) => toForm(a, { mode, nap, cycles, clock, wake, cycleLength: '96' }));

	test('nothing here is health data: every answer has a codec', () => {
		expect(sleepTool.sensitive).toEqual([]);
		expect(Object.keys(SLEEP_CODECS).sort()).toEqual(Object.keys(SLEEP_DEFAULTS).sort());
	});

	test('property: a form survives the round trip through toQuery/readQuery and through storage', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const fromLink = { ...SLEEP_DEFAULTS, ...readQuery(SLEEP_CODECS, toQuery(SLEEP_CODECS, f)) };
				// Empty answers are left out of the link; the defaults fill them back, so compare the set ones.
				for (const k of Object.keys(f) as (keyof SleepForm)[]) {
					if (f[k] !== '') expect(fromLink[k]).toEqual(f[k]);
				}
				const storage = new MemoryStorage();
				writeStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, storage, f);
				expect(sameAnswers({ ...SLEEP_DEFAULTS, ...readStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, storage) }, f)).toBe(true);
			}),
		);
	});

	test('a shared link wins over storage, and its address carries the answers', () => {
		const storage = new MemoryStorage();
		writeStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, storage, form({ age: '50' }));
		const url = shareUrl(SLEEP_CODECS, form({ age: '16', wake: '6:30 am', nap: true }), '/tools/sleep/', '#result');
		expect(url).toMatch(/^\/tools\/sleep\/\?.*age=16.*#result$/);
		const start = startingForm(SLEEP_CODECS, SLEEP_DEFAULTS, url.slice(url.indexOf('?'), url.indexOf('#')), SLEEP_STORAGE_KEY, storage);
		expect(start.fromLink).toBe(true);
		expect(start.form).toMatchObject({ age: '16', wake: '6:30 am', nap: true });
		expect(startingForm(SLEEP_CODECS, SLEEP_DEFAULTS, '', SLEEP_STORAGE_KEY, storage).form.age).toBe('50');
	});

	test('hostile link values are dropped, and unknown keys never reach the form or Object.prototype', () => {
		const search =
			'?age=<script>alert(1)</script>&wake=<img src=x onerror=alert(1)>&mode=evil&load=extreme&clock=13&nap=yes&cycles=true' +
			`&recent=${'9'.repeat(300)}&need=1e3&latency=javascript:1&__proto__[polluted]=1&constructor[prototype][polluted]=1&polluted=1`;
		expect(readQuery(SLEEP_CODECS, search)).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(readQuery(SLEEP_CODECS, '?age=35&wake=6:30+pm&mode=race-eve&nap=1&recent=7,5')).toEqual({
			age: '35',
			wake: '6:30 pm',
			mode: 'race-eve',
			nap: true,
			recent: '7,5',
		});
	});

	test.each([
		['not JSON', '{age:'],
		['an array', '["35"]'],
		['null', 'null'],
		['a string', '"35"'],
		['wrong types', '{"age":35,"nap":true,"wake":["06:30"],"mode":{"x":1}}'],
		['hostile values', '{"age":"<b>","wake":"javascript:","clock":"13","load":"__proto__"}'],
		['prototype keys', '{"__proto__":{"polluted":"1"},"constructor":{"prototype":{"polluted":"1"}}}'],
		['too long', JSON.stringify({ age: '1'.repeat(20_000) })],
	])('corrupt storage (%s) gives no answers', (_, text) => {
		const storage = new MemoryStorage();
		storage.data.set(SLEEP_STORAGE_KEY, text);
		expect(readStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, storage)).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('storage that throws (private browsing) is survivable', () => {
		const throwing: StringStorage = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
		};
		expect(readStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, throwing)).toEqual({});
		expect(() => writeStored(SLEEP_CODECS, SLEEP_STORAGE_KEY, throwing, form())).not.toThrow();
	});
});
