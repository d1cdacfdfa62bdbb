/**
 * The after-race timeline (src/lib/tools/after-race/). Expected days come from the rules written in
 * the header of src/lib/situation/recovery-days.ts, restated below (the anchor table, the effort, age and volume rules), and from a
 * table worked out by hand; dates are checked against a calendar walked day by day here. Nothing
 * expected is computed by the code under test.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, test } from 'vitest';
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../../src/lib/civil-date';
import { citedSources, type Description } from '../../src/lib/tools/contract';
import { shareUrl, startingForm } from '../../src/lib/tools/form';
import { readQuery, readStored, toQuery, writeStored } from '../../src/lib/persisted-state';
import {
	AFTER_RACE_CODECS,
	AFTER_RACE_DEFAULTS,
	AFTER_RACE_STORAGE_KEY,
	ANCHORS,
	DAY_KINDS,
	EFFORTS,
	afterRaceTool,
	dayLines,
	evaluateAfterRace,
	milestones,
	raceDayChoices,
	type AfterRaceForm,
	type AfterRaceResult,
	type DayKind,
	type Effort,
	type Timeline,
} from '../../src/lib/tools/after-race';
import { CALENDAR_NAME, PRODUCT_ID, calendarEvents } from '../../src/lib/tools/after-race/calendar';
import type { AfterRaceOptions } from '../../src/lib/tools/after-race/describe';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const SITE = 'runner-recovery.example';
/** For properties that build hundreds of timelines (or calendar files): the test machine is often busy. */
const SLOW = 60_000;
/** A Sunday; "today" is the Monday after. */
const RACE = '2026-11-29';
const TODAY = '2026-11-30';

const form = (patch: Partial<AfterRaceForm> = {}): AfterRaceForm => ({
	...AFTER_RACE_DEFAULTS,
	distance: 'marathon',
	raceDay: RACE,
	today: TODAY,
	ill: 'none',
	...patch,
});

function timelineFor(patch: Partial<AfterRaceForm> = {}): Timeline {
	const e = evaluateAfterRace(form(patch));
	if (!e.ok) throw new Error(`expected a timeline, got ${JSON.stringify(e.errors)}`);
	if (e.result.kind !== 'timeline') throw new Error(`expected a timeline, got ${e.result.kind}`);
	return e.result;
}

function errorsFor(patch: Partial<AfterRaceForm>) {
	const e = evaluateAfterRace(form(patch));
	if (e.ok) throw new Error(`expected messages, got ${e.result.kind}`);
	return e.errors;
}

/** What the page hands describe: a grade for one method and the titles of the red flags. */
const OPTIONS: AfterRaceOptions = {
	methods: { sleep: { title: 'Sleep', outcome: 'perceived-recovery', grade: 'B', size: 'moderate', certainty: 'low' } as never },
	flags: [
		{ id: 'bone-stress', title: 'Pain in one spot on a bone', urgency: 'soon', action: 'See a clinician within days.' },
		{ id: 'cant-bear-weight', title: 'You cannot bear weight', urgency: 'urgent', action: 'Get it checked today.' },
		{ id: 'hyponatraemia', title: 'Confusion after drinking a lot', urgency: 'emergency', action: 'Call for help.' },
		{ id: 'hip-groin', title: 'Deep groin pain', urgency: 'urgent', action: 'Weight off the leg, seen today.' },
		{ id: 'cardiac', title: 'Chest pain', urgency: 'emergency', action: 'Call for help.' },
		{ id: 'rhabdomyolysis', title: 'Dark urine', urgency: 'urgent', action: 'Get care straight away.' },
		{ id: 'clot', title: 'A swollen calf', urgency: 'urgent', action: 'Get checked today.' },
	],
};
const describeFor = (t: AfterRaceResult): Description => afterRaceTool.describe(t, OPTIONS);

// The calendar, walked a day at a time with a hand-written month table (not civil-date.ts).
const leap = (y: number) => (y % 400 === 0 ? true : y % 100 === 0 ? false : y % 4 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLength = (y: number, m: number) => (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]!);

function addDays(isoText: string, n: number): string {
	let [y, m, d] = isoText.split('-').map(Number) as [number, number, number];
	for (let i = 0; i < n; i++) {
		d++;
		if (d > monthLength(y, m)) [d, m] = [1, m + 1];
		if (m > 12) [m, y] = [1, y + 1];
	}
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "3 Dec", or "3 Jan 2027" when the year is not the race's. */
function dayMonth(isoText: string, raceIso: string): string {
	const [y, m, d] = isoText.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTH_NAMES[m - 1]}${raceIso.slice(0, 4) === String(y) ? '' : ` ${y}`}`;
}

const isoOf = (dayNumber: number) => formatIsoDate(fromDayNumber(dayNumber));

// ---------------------------------------------------------------------------------------------
// The rules of days.ts's header, restated
// ---------------------------------------------------------------------------------------------

/** The anchor table: all-out, under 50, usual week at least the race. */
const DOCUMENTED_ANCHORS = [
	// km, no running until (day), cross-training from, first run, normal training
	[1, 0, 1, 1, 2],
	[5, 1, 2, 2, 4],
	[10, 1, 2, 2, 6],
	[21.1, 2, 2, 3, 10],
	[42.2, 3, 2, 4, 25],
	[50, 4, 3, 7, 28],
	[100, 6, 4, 10, 35],
	[166, 8, 5, 12, 42],
	[500, 12, 7, 16, 56],
] as const;
const [KM, REST, CROSS, FIRST, NORMAL] = [0, 1, 2, 3, 4] as const;
const MILE = 1.609344;
const SCALE: Record<Effort, number> = { 'all-out': 1, hard: 0.75, training: 0.5 };

/** Straight lines between anchors, rounded up; flat beyond the first and the last. */
function onTheLine(km: number, column: 1 | 2 | 3 | 4): number {
	const a = DOCUMENTED_ANCHORS;
	if (km <= a[0][KM]) return a[0][column];
	for (let i = 1; i < a.length; i++) {
		const [lo, hi] = [a[i - 1]!, a[i]!];
		if (km <= hi[KM]) return Math.ceil(lo[column] + ((hi[column] - lo[column]) / (hi[KM] - lo[KM])) * (km - lo[KM]));
	}
	return a[a.length - 1]![column];
}

interface Expected {
	restUntil: number;
	crossFrom: number;
	firstRun: number;
	normal: number;
	raceAgain: number;
}

function expectedDays(km: number, effort: Effort, age?: number, weeklyKm?: number): Expected {
	const scale = SCALE[effort];
	const older = age !== undefined && age >= 50;
	const lowVolume = weeklyKm !== undefined && weeklyKm < km;
	// All-out first: no run on a rest day.
	const allOutRest = onTheLine(km, REST);
	const allOutFirst = Math.max(onTheLine(km, FIRST), allOutRest + 1);
	// An easier effort runs a day earlier, not before day 2 (day 1 for a training effort up to
	// 10 km), and never later than all-out.
	let firstRun = allOutFirst;
	if (effort !== 'all-out') {
		const earliest = effort === 'training' && km <= 10 ? 1 : 2;
		firstRun = Math.min(allOutFirst, Math.max(allOutFirst - 1, earliest));
	}
	// Effort scales the rest (rounded up), which always ends before the first run; cross-training
	// as soon as the rest is over.
	const restUntil = Math.min(Math.ceil(allOutRest * scale), firstRun - 1);
	const crossFrom = Math.min(onTheLine(km, CROSS), restUntil + 1);
	if (lowVolume) firstRun += 1;
	// Normal training: the anchor line x effort, 25% later at 50+ and 25% later on a low volume.
	let normal = Math.ceil(onTheLine(km, NORMAL) * scale);
	if (older) normal = Math.ceil(normal * 1.25);
	if (lowVolume) normal = Math.ceil(normal * 1.25);
	normal = Math.max(normal, firstRun + 1);
	// Racing: Foster's day per mile x effort, 25% later at 50+; and a week of normal training first,
	// unless normal training is back before day 7 (then the day after the first workout will do).
	let raceAgain = Math.ceil(Math.round(km / MILE) * scale);
	if (older) raceAgain = Math.ceil(raceAgain * 1.25);
	raceAgain = Math.max(raceAgain, normal < 7 ? normal + 1 : normal + 7);
	return { restUntil, crossFrom, firstRun, normal, raceAgain };
}

const daysOf = (t: Timeline): Expected => {
	const { restUntil, crossFrom, firstRun, normal, raceAgain } = t.milestones;
	return { restUntil, crossFrom, firstRun, normal, raceAgain };
};

// ---------------------------------------------------------------------------------------------
// The milestones
// ---------------------------------------------------------------------------------------------

const RACES: [string, Partial<AfterRaceForm>, number][] = [
	['5K', { distance: '5k' }, 5],
	['10K', { distance: '10k' }, 10],
	['half', { distance: 'half' }, 21.0975],
	['marathon', { distance: 'marathon' }, 42.195],
	['50 km (ultra, no distance typed)', { distance: 'ultra' }, 50],
	['100 km', { distance: 'other', km: '100' }, 100],
	['161 km', { distance: 'ultra', km: '161' }, 161],
	['typed 30 km', { distance: 'other', km: '30' }, 30],
	['typed 15 mi', { distance: 'other', km: '15', unit: 'mi' }, 15 * MILE],
];
const AGES: [string, number | undefined][] = [
	['', undefined],
	['35', 35],
	['55', 55],
];

describe('the anchor days', () => {
	test('are the documented table', () => {
		expect(ANCHORS.map((a) => [a.km, a.restUntil, a.crossFrom, a.firstRun, a.normal])).toEqual(DOCUMENTED_ANCHORS.map((a) => [...a]));
	});

	test.each(DOCUMENTED_ANCHORS.map((a) => [...a]))(
		'an all-out %s km race has the anchor days',
		(km, restUntil, crossFrom, firstRun, normal) => {
			const t = timelineFor({ distance: 'other', km: String(km) });
			expect(t.km).toBe(km);
			expect(t.milestones).toMatchObject({ restUntil, crossFrom, firstRun, normal });
		},
	);
});

describe('milestones worked out by hand', () => {
	test.each([
		// race, effort, age, weekly (km), restUntil, crossFrom, firstRun, normal, raceAgain
		// 5K: the anchor; Foster 3 days, but racing comes after normal training (day 4).
		['5k', 'all-out', '', '', 1, 2, 2, 4, 5],
		['10k', 'all-out', '', '', 1, 2, 2, 6, 7],
		// half (21.0975 km, just under the 21.1 anchor): Foster 13, but a week of workouts first: 17.
		['half', 'all-out', '', '', 2, 2, 3, 10, 17],
		// hard: first run a day earlier (2), so the rest ends on day 1; 0.75 x 10 = 7.5 -> 8; Foster 0.75 x 13 = 9.75 -> 10, a week after 8: 15.
		['half', 'hard', '', '', 1, 2, 2, 8, 15],
		// training: 0.5 x 10 = 5 (before day 7: racing may follow the first workout); 0.5 x 13 = 6.5 -> 7; rest 1, so first run day 2.
		['half', 'training', '', '', 1, 2, 2, 5, 7],
		// 55: 10 x 1.25 = 12.5 -> 13; Foster 13 x 1.25 = 16.25 -> 17, a week after 13: 20; the first run does not move.
		['half', 'all-out', '55', '', 2, 2, 3, 13, 20],
		// marathon: the 42.2 anchor; Foster 26.2 -> 26, but a week after the first workout (25): 32.
		['marathon', 'all-out', '', '', 3, 2, 4, 25, 32],
		// hard: first run a day earlier (3), the rest ends on day 2 (3 x 0.75 = 2.25 -> 3, capped).
		['marathon', 'hard', '', '', 2, 2, 3, 19, 26],
		['marathon', 'training', '', '', 2, 2, 3, 13, 20],
		['marathon', 'all-out', '55', '', 3, 2, 4, 32, 39],
		// a usual week of 30 km: first run a day later, 25 x 1.25 = 31.25 -> 32.
		['marathon', 'all-out', '', '30', 3, 2, 5, 32, 39],
		// 55 and 20 km a week: 25 -> 32 -> 40; racing a week after normal training.
		['marathon', 'all-out', '55', '20', 3, 2, 5, 40, 47],
		// 50 km: the anchor; Foster 31.07 -> 31, a week after 28: 35. Hard: first run a day earlier (6), 28 x 0.75 = 21, Foster 31 x 0.75 = 23.25 -> 24, a week after 21: 28.
		['ultra', 'all-out', '', '', 4, 3, 7, 28, 35],
		['ultra', 'hard', '', '', 3, 3, 6, 21, 28],
	] as const)(
		'%s, %s, age "%s", weekly "%s" km: rest to day %i, cross from %i, first run %i, normal %i, race %i',
		(distance, effort, age, weekly, restUntil, crossFrom, firstRun, normal, raceAgain) => {
			expect(daysOf(timelineFor({ distance, effort, age, weekly }))).toEqual({ restUntil, crossFrom, firstRun, normal, raceAgain });
		},
	);

	test.each([
		// typed km, unit, restUntil, crossFrom, firstRun, normal, raceAgain
		// 100 km: the anchor; Foster 62.1 -> 62.
		['100', 'km', 6, 4, 10, 35, 62],
		// 161 km, 61/66 of the way from 100 to 166: 7.85 -> 8, 4.92 -> 5, 11.85 -> 12, 41.47 -> 42; Foster 100.
		['161', 'km', 8, 5, 12, 42, 100],
		// 30 km, 8.9/21.1 of the way from 21.1 to 42.2: 2.42 -> 3, 2, 3.42 -> 4, 16.33 -> 17; Foster 18.6 -> 19; a week after 17: 24.
		['30', 'km', 3, 2, 4, 17, 24],
		// 15 mi = 24.14 km, 0.144 of the way: 3, 2, 4, 12.16 -> 13; Foster 15; a week after 13: 20.
		['15', 'mi', 3, 2, 4, 13, 20],
	] as const)(
		'another distance, %s %s, all-out: rest to %i, cross from %i, first run %i, normal %i, race %i',
		(km, unit, restUntil, crossFrom, firstRun, normal, raceAgain) => {
			expect(daysOf(timelineFor({ distance: 'other', km, unit }))).toEqual({ restUntil, crossFrom, firstRun, normal, raceAgain });
		},
	);

	test('100 km, training effort, age 55: 0.5 x, then 25% later for normal training and racing', () => {
		// rest 3; first run a day earlier (9); 35 x 0.5 = 17.5 -> 18 -> 22.5 -> 23; 62 x 0.5 = 31 -> 38.75 -> 39.
		expect(daysOf(timelineFor({ distance: 'other', km: '100', effort: 'training', age: '55' }))).toEqual({
			restUntil: 3,
			crossFrom: 4,
			firstRun: 9,
			normal: 23,
			raceAgain: 39,
		});
	});
});

describe('every distance x effort x age follows the restated rules', () => {
	const rows = RACES.flatMap(([name, race, km]) =>
		EFFORTS.flatMap((effort) => AGES.map(([age, ageN]) => [name, effort, age, race, km, ageN] as const)),
	);
	test.each(rows)('%s, %s, age "%s"', (_name, effort, age, race, km, ageN) => {
		const t = timelineFor({ ...race, effort, age });
		expect(t.km).toBeCloseTo(km, 9);
		expect(daysOf(t)).toEqual(expectedDays(km, effort, ageN));
		expect(t.milestones.masters).toBe(ageN !== undefined && ageN >= 50);
		expect(t.milestones.lowVolume).toBe(false);
	});

	test('weekly volume in miles is compared with the race in km', () => {
		// 30 miles = 48.3 km a week: not less than a marathon. 25 miles = 40.2 km: less.
		expect(timelineFor({ unit: 'mi', weekly: '30' }).milestones.lowVolume).toBe(false);
		expect(timelineFor({ unit: 'mi', weekly: '25' }).milestones.lowVolume).toBe(true);
		expect(daysOf(timelineFor({ unit: 'mi', weekly: '25' }))).toEqual(expectedDays(42.195, 'all-out', undefined, 25 * MILE));
		// A week exactly as long as the race is not a low volume.
		expect(timelineFor({ distance: '10k', weekly: '10' }).milestones.lowVolume).toBe(false);
		expect(timelineFor({ distance: '10k', weekly: '9,9' }).milestones.lowVolume).toBe(true);
	});

	test('age 50 is the first masters age; 49 is not', () => {
		expect(timelineFor({ age: '49' }).milestones.masters).toBe(false);
		expect(timelineFor({ age: '50' }).milestones.masters).toBe(true);
		expect(timelineFor({ age: '50' }).milestones.normal).toBe(32);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties of the milestones
// ---------------------------------------------------------------------------------------------

const anyEffort = fc.constantFrom(...EFFORTS);
const anyKm = fc.double({ min: 1, max: 500, noNaN: true });
const anyAge = fc.option(fc.integer({ min: 13, max: 100 }), { nil: undefined });
const anyWeekly = fc.option(fc.double({ min: 0, max: 650, noNaN: true }), { nil: undefined });
const HARDER: Record<Effort, number> = { training: 0, hard: 1, 'all-out': 2 };

/** a never has a shorter recovery than b: first run, normal training and racing again each at least as late. */
function neverShorter(a: ReturnType<typeof milestones>, b: ReturnType<typeof milestones>) {
	expect(a.firstRun).toBeGreaterThanOrEqual(b.firstRun);
	expect(a.normal).toBeGreaterThanOrEqual(b.normal);
	expect(a.raceAgain).toBeGreaterThanOrEqual(b.raceAgain);
}

describe('properties: nothing makes recovery shorter', () => {
	test('a longer race', () => {
		fc.assert(
			fc.property(anyKm, anyKm, anyEffort, anyAge, anyWeekly, (k1, k2, effort, age, weeklyKm) => {
				const [short, long] = k1 <= k2 ? [k1, k2] : [k2, k1];
				neverShorter(milestones({ km: long, effort, age, weeklyKm }), milestones({ km: short, effort, age, weeklyKm }));
			}),
			{ numRuns: 1000 },
		);
	});

	test('a harder effort', () => {
		fc.assert(
			fc.property(anyKm, anyEffort, anyEffort, anyAge, anyWeekly, (km, e1, e2, age, weeklyKm) => {
				const [easy, hard] = HARDER[e1] <= HARDER[e2] ? [e1, e2] : [e2, e1];
				neverShorter(milestones({ km, effort: hard, age, weeklyKm }), milestones({ km, effort: easy, age, weeklyKm }));
			}),
			{ numRuns: 1000 },
		);
	});

	test('an older runner (50+), who still has the same earliest first run', () => {
		fc.assert(
			fc.property(anyKm, anyEffort, fc.integer({ min: 50, max: 100 }), anyAge, anyWeekly, (km, effort, older, other, weeklyKm) => {
				const younger = other !== undefined && other >= 50 ? undefined : other;
				const a = milestones({ km, effort, age: older, weeklyKm });
				const b = milestones({ km, effort, age: younger, weeklyKm });
				neverShorter(a, b);
				expect(a.firstRun).toBe(b.firstRun);
			}),
			{ numRuns: 1000 },
		);
	});

	test('a lower weekly volume (or any volume against none given)', () => {
		fc.assert(
			fc.property(anyKm, anyEffort, anyAge, anyWeekly, anyWeekly, (km, effort, age, w1, w2) => {
				const lower = w1 === undefined ? w2 : w2 === undefined ? w1 : Math.min(w1, w2);
				const higher = w1 === undefined || w2 === undefined ? undefined : Math.max(w1, w2);
				neverShorter(milestones({ km, effort, age, weeklyKm: lower }), milestones({ km, effort, age, weeklyKm: higher }));
			}),
			{ numRuns: 1000 },
		);
	});

	test('the order holds: rest, first run, normal training, racing; racing no sooner than the effort-scaled day per mile', () => {
		fc.assert(
			fc.property(anyKm, anyEffort, anyAge, anyWeekly, (km, effort, age, weeklyKm) => {
				const m = milestones({ km, effort, age, weeklyKm });
				expect(m.firstRun).toBeGreaterThan(m.restUntil);
				expect(m.crossFrom).toBeGreaterThanOrEqual(1);
				expect(m.crossFrom).toBeLessThanOrEqual(m.firstRun);
				expect(m.normal).toBeGreaterThan(m.firstRun);
				expect(m.raceAgain).toBeGreaterThan(m.normal);
				expect(m.raceAgain).toBeGreaterThanOrEqual(Math.ceil(Math.round(km / MILE) * SCALE[effort]));
				expect([m.restUntil, m.crossFrom, m.firstRun, m.normal, m.raceAgain].every(Number.isInteger)).toBe(true);
				expect(m).toMatchObject(expectedDays(km, effort, age, weeklyKm));
			}),
			{ numRuns: 1000 },
		);
	});
});

// ---------------------------------------------------------------------------------------------
// The days
// ---------------------------------------------------------------------------------------------

const RUNNING: readonly DayKind[] = ['Easy run', 'Steady run', 'Workout', 'Race ready'];

/** The day-by-day rules that hold for every timeline. */
function checkDays(t: Timeline) {
	const m = t.milestones;
	const kinds = t.days.map((d) => d.kind);
	expect(t.days).toHaveLength(m.raceAgain + 1);
	t.days.forEach((d, i) => {
		expect(d.day).toBe(i);
		expect(d.date).toBe(t.raceDay + i);
		expect(DAY_KINDS).toContain(d.kind);
	});
	expect(kinds[0]).toBe('Rest');
	// The gate: exactly one day carries the checks, it is the first running day, and an easy run.
	const gated = t.days.filter((d) => d.checks);
	expect(gated).toHaveLength(1);
	const first = gated[0]!;
	expect(first.day).toBe(m.firstRun);
	expect(first.kind).toBe('Easy run');
	expect(kinds.findIndex((k) => RUNNING.includes(k))).toBe(first.day);
	// No running up to the last rest day; walking before cross-training is allowed.
	expect(kinds.slice(0, m.restUntil + 1).some((k) => RUNNING.includes(k))).toBe(false);
	expect(kinds.slice(1, m.crossFrom).every((k) => k === 'Walk')).toBe(true);
	// Workouts from normal training, never before; race ready only on the last day.
	expect(kinds.indexOf('Workout')).toBe(m.normal);
	expect(kinds.indexOf('Workout')).toBeGreaterThan(kinds.indexOf('Easy run'));
	expect(kinds.indexOf('Race ready')).toBe(t.days.length - 1);
	expect(kinds.filter((k) => k === 'Race ready')).toHaveLength(1);
}

describe('the days of a timeline', () => {
	test('a marathon on 29 Nov 2026, day by day', () => {
		const t = timelineFor();
		const kinds = t.days.map((d) => d.kind);
		// day 1 walk; cross-train 2-3; first run 4 then every other day for a week; easy runs;
		// steady runs for the last third before normal training on day 25 (25 - ceil(21/3) = 18); a
		// week of workouts, then race ready on day 32.
		expect(kinds.slice(0, 12)).toEqual([
			'Rest',
			'Walk',
			'Cross-train',
			'Cross-train',
			'Easy run',
			'Cross-train',
			'Easy run',
			'Cross-train',
			'Easy run',
			'Cross-train',
			'Easy run',
			'Easy run',
		]);
		expect(kinds.slice(12, 18).every((k) => k === 'Easy run')).toBe(true);
		expect(kinds.slice(18, 25).every((k) => k === 'Steady run')).toBe(true);
		expect(kinds.slice(25)).toEqual([...Array<DayKind>(7).fill('Workout'), 'Race ready']);
		checkDays(t);
	});

	test.each(RACES)('%s: the day rules hold for every effort and age', (_name, race) => {
		for (const effort of EFFORTS) for (const [age] of AGES) checkDays(timelineFor({ ...race, effort, age }));
	});

	test.each([
		// a race near a year end, and one near a leap day
		['2026-12-28', '2027-01-01', '2027-01-22'],
		['2028-02-27', '2028-03-02', '2028-03-23'],
		['2100-02-27', '2100-03-03', '2100-03-24'],
	])('a marathon on %s: first run %s, normal training %s, every date a calendar day after the last', (raceDay, firstRun, normal) => {
		const t = timelineFor({ raceDay, today: raceDay });
		expect(isoOf(t.raceDay)).toBe(raceDay);
		t.days.forEach((d) => expect(isoOf(d.date)).toBe(addDays(raceDay, d.day)));
		expect(isoOf(t.raceDay + t.milestones.firstRun)).toBe(firstRun);
		expect(isoOf(t.raceDay + t.milestones.normal)).toBe(normal);
		if (raceDay === '2028-02-27')
			expect(t.days.slice(0, 4).map((d) => isoOf(d.date))).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
	});
});

describe('the words', () => {
	test.each([
		[
			'2026-11-29',
			'2026-11-30',
			'Marathon on 29 Nov: first easy run about 3 Dec, first workout about 24 Dec, race again from about 31 Dec.',
		],
		[
			'2026-12-28',
			'2026-12-29',
			'Marathon on 28 Dec: first easy run about 1 Jan 2027, first workout about 22 Jan 2027, race again from about 29 Jan 2027.',
		],
	])('the headline for a marathon on %s names the three dates', (raceDay, today, headline) => {
		expect(describeFor(timelineFor({ raceDay, today })).headline).toBe(headline);
	});

	test('a typed distance is named as typed', () => {
		expect(describeFor(timelineFor({ distance: 'other', km: '15', unit: 'mi' })).headline).toMatch(/^15 mi on 29 Nov: /);
		expect(describeFor(timelineFor({ distance: 'other', km: '30,5' })).headline).toMatch(/^30\.5 km on 29 Nov: /);
		expect(describeFor(timelineFor({ distance: 'ultra' })).headline).toMatch(/^Ultra \(50 km\) on 29 Nov: /);
	});

	test('the checks come before the day by day, and name the first-run date', () => {
		const d = describeFor(timelineFor());
		const ids = d.sections.map((s) => s.id);
		expect(ids.indexOf('checks')).toBeLessThan(ids.indexOf('days'));
		const checks = d.sections.find((s) => s.id === 'checks')!;
		expect(checks.answer).toContain('Thu 3 Dec');
		expect(checks.items).toHaveLength(5);
	});

	test('the day lines: runs of one kind read as one line, the first run carries the gate, today is marked', () => {
		const lines = dayLines(timelineFor());
		expect(lines[0]).toBe('Day 0 · Sun 29 Nov · Rest: Race day: refuel, drink to thirst, sleep');
		expect(lines[1]).toMatch(/^Day 1 · Mon 30 Nov \(today\) · Walk: /);
		expect(lines[2]).toMatch(/^Days 2-3 · Tue 1 Dec to Wed 2 Dec · Cross-train: /);
		expect(lines[3]).toMatch(/^Day 4 · Thu 3 Dec · Easy run: .*only if the checks above pass/);
		expect(lines.filter((l) => l.includes('(today)'))).toHaveLength(1);
		expect(lines.at(-1)).toBe('Day 32 · Thu 31 Dec · Race ready: Ready to race again');
	});

	test('masters and low-volume reasons appear only when they apply', () => {
		const reasons = (patch: Partial<AfterRaceForm>) =>
			describeFor(timelineFor(patch))
				.sections.find((s) => s.id === 'basis')!
				.reasons.map((r) => r.text);
		expect(reasons({}).some((r) => /Age 50/.test(r))).toBe(false);
		expect(reasons({ age: '55' }).some((r) => /Age 50/.test(r))).toBe(true);
		expect(reasons({}).some((r) => /usual week is shorter/.test(r))).toBe(false);
		expect(reasons({ weekly: '20' }).some((r) => /usual week is shorter/.test(r))).toBe(true);
	});

	test('every source a description cites is one the tool declares', () => {
		for (const [, race] of RACES)
			for (const age of ['', '60'])
				for (const s of citedSources(describeFor(timelineFor({ ...race, age, weekly: '5' })))) expect(afterRaceTool.sources).toContain(s);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties of any valid form
// ---------------------------------------------------------------------------------------------

const FIRST_DAY = toDayNumber({ year: 1900, month: 1, day: 1 });
const LAST_DAY = toDayNumber({ year: 2200, month: 12, day: 31 });
const half = (halves: number, comma: boolean) => String(halves / 2).replace('.', comma ? ',' : '.');

const anyDistance = fc.oneof(
	fc.constantFrom('5k', '10k', 'half', 'marathon', 'ultra').map((distance) => ({ distance, km: '' })),
	// typed in km, 1 to 500 by halves (no x.1 or x.2, so no unit mix-up message)
	fc.record({
		distance: fc.constantFrom('other', 'ultra'),
		km: fc.tuple(fc.integer({ min: 2, max: 1000 }), fc.boolean()).map(([h, c]) => half(h, c)),
		unit: fc.constant('km'),
	}),
	// typed in miles, 1 to 310
	fc.record({ distance: fc.constantFrom('other', 'ultra'), km: fc.integer({ min: 1, max: 310 }).map(String), unit: fc.constant('mi') }),
) as fc.Arbitrary<Partial<AfterRaceForm>>;

const validForm: fc.Arbitrary<AfterRaceForm> = fc
	.record({
		race: anyDistance,
		unit: fc.constantFrom('km', 'mi') as fc.Arbitrary<AfterRaceForm['unit']>,
		raceDay: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 56 }),
		ago: fc.integer({ min: 0, max: 56 }),
		effort: anyEffort,
		age: fc.option(fc.integer({ min: 13, max: 100 }).map(String), { nil: '' }),
		weekly: fc.option(fc.integer({ min: 0, max: 400 }).map(String), { nil: '' }),
		now: fc.constantFrom([], ['none']) as fc.Arbitrary<AfterRaceForm['now']>,
		ill: fc.constantFrom('none', 'above-neck', 'recovering') as fc.Arbitrary<AfterRaceForm['ill']>,
	})
	.map(({ race, unit, raceDay, ago, ...rest }) => ({
		...AFTER_RACE_DEFAULTS,
		unit,
		...race,
		raceDay: isoOf(raceDay),
		today: isoOf(raceDay + ago),
		...rest,
	}));

describe('properties of every timeline', () => {
	test('the day rules hold, the dates follow the calendar, and the headline names the three dates', { timeout: SLOW }, () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const e = evaluateAfterRace(f);
				if (!e.ok) throw new Error(`a valid form was refused: ${JSON.stringify(f)} ${JSON.stringify(e.errors)}`);
				if (e.result.kind !== 'timeline') throw new Error('no timeline');
				const t = e.result;
				checkDays(t);
				expect(isoOf(t.raceDay)).toBe(f.raceDay);
				for (const d of [t.days[0]!, t.days[1]!, t.days.at(-1)!]) expect(isoOf(d.date)).toBe(addDays(f.raceDay, d.day));
				const { headline } = describeFor(t);
				const m = t.milestones;
				const on = (day: number) => dayMonth(addDays(f.raceDay, day), f.raceDay);
				expect(headline).toContain(`first easy run about ${on(m.firstRun)},`);
				expect(headline).toContain(`first workout about ${on(m.normal)},`);
				// Racing within a week of the first workout comes with a sentence saying why.
				if (m.raceAgain - m.normal >= 7) expect(headline).toContain(`race again from about ${on(m.raceAgain)}.`);
				else
					expect(headline).toMatch(
						new RegExp(
							`race again from about ${on(m.raceAgain)} \\(.*after your first workout: after a race this short, the legs are back within days\\)\\.$`,
						),
					);
			}),
			{ numRuns: 200 },
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Bad input: a message at the field
// ---------------------------------------------------------------------------------------------

describe('bad input is answered at its field', () => {
	test.each([
		[
			'a race day in the future',
			{ raceDay: '2026-12-01' },
			'raceDay',
			/^That race hasn’t happened yet: choose the day you raced, today or earlier\.$/,
		],
		['a race 57 days ago', { raceDay: '2026-10-04' }, 'raceDay', /^That race was more than 8 weeks ago/],
		['an impossible date', { raceDay: '2026-02-30' }, 'raceDay', /^Race day must be a real date, like 2026-11-29\.$/],
		['a date the other way round', { raceDay: '29/11/2026' }, 'raceDay', /real date/],
		['no race day', { raceDay: '  ' }, 'raceDay', /^Race day is required/],
		['no distance', { distance: '' }, 'distance', /^Race distance: choose one, or “Another distance” and type it\.$/],
		['a distance not on the list', { distance: '__proto__' as never }, 'distance', /^Race distance: choose one/],
		[
			'“Another distance” with no number',
			{ distance: 'other', km: ' ' },
			'km',
			/^Distance is required for “Another distance”: type it in kilometres\.$/,
		],
		['“Another distance” with no number, in miles', { distance: 'other', km: '', unit: 'mi' }, 'km', /type it in miles\.$/],
		['under 1 km', { distance: 'other', km: '0.9' }, 'km', /^Distance must be between 1 and 500 km \(0\.6 to 311 miles\)\.$/],
		['under 1 km, typed in miles', { distance: 'other', km: '0,6', unit: 'mi' }, 'km', /^Distance must be between 1 and 500 km/],
		['over 500 km', { distance: 'other', km: '501' }, 'km', /^Distance must be between 1 and 500 km \(0\.6 to 311 miles\)\.$/],
		['over 500 km, typed in miles', { distance: 'ultra', km: '311', unit: 'mi' }, 'km', /^Distance must be between 1 and 500 km/],
		[
			'26.2 with km selected',
			{ distance: 'other', km: '26.2' },
			'km',
			/^26\.2 km is not a usual race distance, but 26\.2 miles is: did you mean miles\?/,
		],
		['26,2 with km selected', { distance: 'other', km: '26,2' }, 'km', /did you mean miles\?/],
		['13.1 with km selected', { distance: 'other', km: '13.1' }, 'km', /did you mean miles\?/],
		['3.1 with km selected', { distance: 'other', km: '3.1' }, 'km', /did you mean miles\?/],
		[
			'42.2 with miles selected',
			{ distance: 'other', km: '42.2', unit: 'mi' },
			'km',
			/^42\.2 miles would be a very long race, but 42\.2 km is a usual one: did you mean kilometres\?/,
		],
		['21.1 with miles selected', { distance: 'other', km: '21,1', unit: 'mi' }, 'km', /did you mean kilometres\?/],
		[
			'"1,000" as a distance',
			{ distance: 'other', km: '1,000' },
			'km',
			/^Distance: “1,000” could be read two ways\. Type 1000 or 1, with no thousands separator\.$/,
		],
		['a word as a distance', { distance: 'other', km: 'far' }, 'km', /^Distance must be a number, like 7\.5 or 7,5 \(km\)\.$/],
		// the limits the tool plans for, not the parser's wider range
		['a negative distance', { distance: 'other', km: '-5' }, 'km', /^Distance must be between 1 and 500 km \(0\.6 to 311 miles\)\.$/],
		['20000 km', { distance: 'other', km: '20000' }, 'km', /^Distance must be between 1 and 500 km \(0\.6 to 311 miles\)\.$/],
		['zero', { distance: 'other', km: '0' }, 'km', /^Distance must be between 1 and 500 km/],
		['NaN as a distance', { distance: 'other', km: 'NaN' }, 'km', /must be a number/],
		['Infinity as a distance', { distance: 'other', km: 'Infinity' }, 'km', /must be a number/],
		['age 7', { age: '7' }, 'age', /^Age must be between 13 and 100 years: the timeline is for teens and adults\.$/],
		['age 101', { age: '101' }, 'age', /^Age must be between 13 and 100 years: the timeline is for teens and adults\.$/],
		['age 35.5', { age: '35.5' }, 'age', /^Age must be a whole number of years\.$/],
		['age <script>', { age: '<script>' }, 'age', /^Age must be a number \(years\)\.$/],
		['a weekly volume of 401 km', { weekly: '401' }, 'weekly', /^Usual weekly running must be between 0 and 400 km\.$/],
		[
			'a negative weekly volume in miles',
			{ weekly: '-3', unit: 'mi' },
			'weekly',
			/^Usual weekly running must be between 0 and 400 miles\.$/,
		],
	] as [string, Partial<AfterRaceForm>, string, RegExp][])('%s', (_name, patch, field, message) => {
		const errors = errorsFor(patch);
		expect(errors[field as keyof typeof errors]).toMatch(message);
		// one message, at that field only
		expect(Object.keys(errors)).toEqual([field]);
	});

	test('the edges: 56 days ago, today, 1 km and 500 km are accepted', () => {
		expect(timelineFor({ raceDay: '2026-10-05' }).raceDay).toBe(toDayNumber(parseIsoDate('2026-10-05')!));
		expect(timelineFor({ raceDay: TODAY }).today).toBe(timelineFor({ raceDay: TODAY }).raceDay);
		expect(timelineFor({ distance: 'other', km: '1' }).km).toBe(1);
		expect(timelineFor({ distance: 'other', km: '500' }).km).toBe(500);
	});

	test('every bad field gets its message at once', () => {
		const errors = errorsFor({ distance: 'other', km: '', raceDay: '2027-01-01', age: '7', weekly: 'lots' });
		expect(Object.keys(errors).sort()).toEqual(['age', 'km', 'raceDay', 'weekly']);
	});

	test('the first field with a message takes focus, in the form’s order', () => {
		const e = evaluateAfterRace(form({ age: '7', raceDay: '', distance: '' }));
		expect(afterRaceTool.fieldOrder.find((f) => !e.ok && e.errors[f] !== undefined)).toBe('distance');
	});

	test('a hand-built form with an unknown effort or unit falls back to all-out and km', () => {
		const t = timelineFor({ effort: 'toString' as never, unit: '__proto__' as never, weekly: '10' });
		expect(t.effort).toBe('all-out');
		expect(t.weeklyKm).toBe(10);
	});

	test('property: never throws, whatever is typed, linked or hand-built, and gives a result or messages', { timeout: SLOW }, () => {
		const junk = fc.oneof(
			fc.string({ maxLength: 15 }),
			fc.constantFrom(
				'',
				' ',
				'26.2',
				'42.2',
				'1,000',
				'1.000',
				'38,5',
				'-0',
				'1e309',
				'NaN',
				'٣',
				'2026-02-30',
				'2026-11-29',
				'9999-99-99',
				'__proto__',
			),
		);
		const anything = fc.oneof(junk, fc.constant(undefined), fc.constant(null), fc.integer(), fc.array(junk, { maxLength: 3 }), fc.object());
		fc.assert(
			fc.property(
				fc.record({
					distance: fc.oneof(fc.constantFrom('', '5k', '10k', 'half', 'marathon', 'ultra', 'other'), junk),
					km: junk,
					unit: fc.oneof(fc.constantFrom('km', 'mi'), junk),
					raceDay: junk,
					effort: fc.oneof(anyEffort, junk),
					age: junk,
					weekly: junk,
					now: anything,
					today: fc.oneof(fc.constantFrom('2026-11-30', '2026-02-29', ''), junk),
				}) as unknown as fc.Arbitrary<AfterRaceForm>,
				(f) => {
					const e = evaluateAfterRace(f);
					if (e.ok) {
						const d = describeFor(e.result);
						expect(d.headline.length).toBeGreaterThan(0);
						if (e.result.kind === 'timeline') checkDays(e.result);
					} else {
						const messages = Object.values(e.errors);
						expect(messages.length).toBeGreaterThan(0);
						for (const m of messages) expect(typeof m === 'string' && m.length > 0).toBe(true);
					}
				},
			),
			{ numRuns: 500 },
		);
	});
});

// ---------------------------------------------------------------------------------------------
// How things are now (a health answer)
// ---------------------------------------------------------------------------------------------

describe('how things are now', () => {
	test.each([
		[['limping'], /^Still limping: no timeline yet/],
		[['spot-pain'], /^Pain in one spot: no timeline yet/],
		[['spot-pain', 'limping'], /^Still limping/],
		[['none', 'limping'], /^Still limping/],
	] as const)('%j goes to the injury guides, with no timeline', (now, headline) => {
		// even with nothing else answered: pain comes first
		const e = evaluateAfterRace({ ...AFTER_RACE_DEFAULTS, now: [...now] });
		expect(e.ok).toBe(true);
		if (!e.ok) return;
		expect(e.result.kind).toBe('see-injury');
		expect('days' in e.result).toBe(false);
		const d = describeFor(e.result);
		expect(d.headline).toMatch(headline);
		const items = d.sections.flatMap((s) => s.items);
		expect(items).toContainEqual(expect.objectContaining({ href: '/injuries/' }));
		expect(items).toContainEqual(expect.objectContaining({ href: '/red-flags/#bone-stress' }));
		expect(d.sections.map((s) => s.id)).not.toContain('days');
	});

	test('"neither", an unknown answer or a non-list gives the timeline', () => {
		expect(timelineFor({ now: ['none'] }).kind).toBe('timeline');
		expect(timelineFor({ now: ['__proto__', 'broken-leg'] as never }).kind).toBe('timeline');
		expect(timelineFor({ now: 'limping' as never }).kind).toBe('timeline');
	});

	const full: AfterRaceForm = {
		distance: 'other',
		km: '15',
		unit: 'mi',
		raceDay: RACE,
		effort: 'hard',
		age: '55',
		weekly: '30',
		now: ['limping', 'spot-pain'],
		ill: 'recovering',
		today: TODAY,
	};

	test('is a sensitive answer with no codec; today is not kept either', () => {
		expect(afterRaceTool.sensitive).toEqual(['now', 'ill']);
		expect(Object.keys(AFTER_RACE_CODECS)).not.toContain('ill');
		expect(Object.keys(AFTER_RACE_CODECS)).not.toContain('now');
		expect(Object.keys(AFTER_RACE_CODECS)).not.toContain('today');
	});

	test('is never in the link', () => {
		const query = toQuery(AFTER_RACE_CODECS, full);
		expect(query).not.toMatch(/now|limping|spot-pain|today|ill|recovering/);
		expect(shareUrl(AFTER_RACE_CODECS, full, '/tools/after-race/')).not.toMatch(/now|limping|spot/);
		// and everything else survives the round trip
		expect({ ...AFTER_RACE_DEFAULTS, ...readQuery(AFTER_RACE_CODECS, query) }).toEqual({ ...full, now: [], ill: '', today: '' });
	});

	test('is never stored', () => {
		const kept = new Map<string, string>();
		writeStored(
			AFTER_RACE_CODECS,
			AFTER_RACE_STORAGE_KEY,
			{ getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v) },
			full,
		);
		const text = kept.get(AFTER_RACE_STORAGE_KEY)!;
		expect(text).not.toMatch(/now|limping|spot-pain|today|"ill"|recovering/);
		expect(Object.keys(JSON.parse(text)).sort()).toEqual(['age', 'distance', 'effort', 'km', 'raceDay', 'unit', 'weekly']);
	});

	test('is not read back from a link or storage that carries it', () => {
		expect(readQuery(AFTER_RACE_CODECS, '?now=limping&today=2026-11-30&ill=fever')).toEqual({});
		const storage = { getItem: () => '{"now":["limping"],"today":"2026-11-30","effort":"hard"}', setItem: () => undefined };
		expect(readStored(AFTER_RACE_CODECS, AFTER_RACE_STORAGE_KEY, storage)).toEqual({ effort: 'hard' });
	});
});

describe('links and storage', () => {
	test('hostile or corrupt values in a link are dropped, and nothing is polluted', () => {
		const query =
			'?distance=__proto__&km=%3Cscript%3Ealert(1)%3C%2Fscript%3E&unit=constructor&raceDay=javascript%3Aalert(1)' +
			'&age=1e309&weekly=' +
			'9'.repeat(300) +
			'&__proto__=x&constructor=y&prototype=z&now=limping&effort=hard';
		expect(readQuery(AFTER_RACE_CODECS, query)).toEqual({ effort: 'hard' });
		const start = startingForm(AFTER_RACE_CODECS, AFTER_RACE_DEFAULTS, query, AFTER_RACE_STORAGE_KEY, undefined);
		expect(start).toEqual({ form: { ...AFTER_RACE_DEFAULTS, effort: 'hard' }, fromLink: true });
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	test('a well-formed but impossible race day from a link is refused at the field', () => {
		const linked = readQuery(AFTER_RACE_CODECS, '?distance=half&raceDay=9999-99-99');
		expect(linked).toEqual({ distance: 'half', raceDay: '9999-99-99' });
		expect(errorsFor(linked).raceDay).toMatch(/real date/);
	});

	test('corrupt storage is ignored', () => {
		const storage = (text: string) => ({ getItem: () => text, setItem: () => undefined });
		expect(readStored(AFTER_RACE_CODECS, AFTER_RACE_STORAGE_KEY, storage('{not json'))).toEqual({});
		expect(readStored(AFTER_RACE_CODECS, AFTER_RACE_STORAGE_KEY, storage('["5k"]'))).toEqual({});
		expect(
			readStored(AFTER_RACE_CODECS, AFTER_RACE_STORAGE_KEY, storage('{"distance":"5k","km":42,"age":"<b>","__proto__":{"x":1}}')),
		).toEqual({ distance: '5k' });
	});
});

// ---------------------------------------------------------------------------------------------
// The calendar file, read back by a real iCalendar parser
// ---------------------------------------------------------------------------------------------

/** The file the island makes, parsed by ical.js. */
function calendarFile(t: Timeline) {
	const { error, value } = createEvents(calendarEvents(t, SITE), { productId: PRODUCT_ID, calName: CALENDAR_NAME });
	if (error || !value) throw new Error(`no calendar file: ${String(error)}`);
	return new ICAL.Component(ICAL.parse(value));
}

type IcalTime = InstanceType<typeof ICAL.Time>;

/** An all-day date read by ical.js, as YYYY-MM-DD. */
const timeIso = (time: IcalTime) =>
	`${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

function checkCalendar(t: Timeline, raceIso: string) {
	const cal = calendarFile(t);
	expect(cal.getFirstPropertyValue('prodid')).toBe(PRODUCT_ID);
	expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR_NAME);
	const events = cal.getAllSubcomponents('vevent');
	expect(events).toHaveLength(t.days.length);
	const uids = new Set<string>();
	events.forEach((event, i) => {
		const day = t.days[i]!;
		const start = event.getFirstProperty('dtstart')!;
		const end = event.getFirstProperty('dtend')!;
		// All-day: VALUE=DATE, not a date-time at midnight in some time zone.
		expect(start.type).toBe('date');
		expect(end.type).toBe('date');
		expect(timeIso(start.getFirstValue() as IcalTime)).toBe(addDays(raceIso, day.day));
		expect(timeIso(end.getFirstValue() as IcalTime)).toBe(addDays(raceIso, day.day + 1));
		expect(String(event.getFirstPropertyValue('summary'))).toMatch(new RegExp(`^${day.kind}: day ${day.day} after the `));
		expect(String(event.getFirstPropertyValue('description'))).toContain(`${SITE}/tools/after-race/`);
		uids.add(String(event.getFirstPropertyValue('uid')));
	});
	expect(uids.size).toBe(events.length);
}

describe('the calendar file', () => {
	test('one all-day event a day for a marathon on 29 Nov 2026', () => {
		const t = timelineFor();
		const events = calendarEvents(t, SITE);
		expect(events).toHaveLength(33);
		expect(events[0]).toMatchObject({ start: [2026, 11, 29], end: [2026, 11, 30], title: 'Rest: day 0 after the marathon' });
		expect(events[4]).toMatchObject({ start: [2026, 12, 3], end: [2026, 12, 4], title: 'Easy run: day 4 after the marathon' });
		expect(events[4]!.description).toMatch(/only if the checks above pass/);
		checkCalendar(t, RACE);
	});

	test.each([
		['a marathon across a year end', { raceDay: '2026-12-28', today: '2026-12-28' }, '2026-12-28'],
		['a 5K on the last day of a year', { distance: '5k', raceDay: '2026-12-31', today: '2027-01-01' }, '2026-12-31'],
		['a half across a leap day', { distance: 'half', raceDay: '2028-02-27', today: '2028-02-27' }, '2028-02-27'],
		[
			'100 mi of ultra, training effort, 60 years old',
			{ distance: 'ultra', km: '100', unit: 'mi', effort: 'training', age: '60', raceDay: '2026-12-20', today: '2026-12-21' },
			'2026-12-20',
		],
	] as [string, Partial<AfterRaceForm>, string][])('%s', (_name, patch, raceIso) => {
		checkCalendar(timelineFor(patch), raceIso);
	});

	test('a year-end file has events in both years, each a day after the last', () => {
		const cal = calendarFile(timelineFor({ raceDay: '2026-12-28', today: '2026-12-28' }));
		const starts = cal.getAllSubcomponents('vevent').map((e) => timeIso(e.getFirstPropertyValue('dtstart') as IcalTime));
		expect(starts.slice(2, 6)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
	});

	test('property: any valid timeline makes a file the parser reads back day for day', { timeout: SLOW }, () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const e = evaluateAfterRace(f);
				if (!e.ok || e.result.kind !== 'timeline') throw new Error('expected a timeline');
				checkCalendar(e.result, f.raceDay);
			}),
			{ numRuns: 25 },
		);
	});
});

describe("the calendar file without the site's address (a build with no SITE_URL)", () => {
	test('its events say their link is local and name no domain, placeholder or other', () => {
		const events = calendarEvents(timelineFor(), '');
		for (const e of events) {
			expect(e.description).toContain('a local copy of this site (the after-race page, /tools/after-race/)');
			expect(e.description).not.toMatch(/\.example|https?:/);
			expect(e.uid).toMatch(/@local$/);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// The race-day list. Labels are checked against Intl's calendar in UTC, not the site's civil-date code.
// ---------------------------------------------------------------------------------------------

describe('raceDayChoices: the race days a runner can choose', () => {
	const DAY_MS = 86_400_000;
	// en-US for its short names ("Sep"; en-GB says "Sept"); the parts are put in the site's order below.
	const format = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
	const parts = (ms: number) => Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
	const isoAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	/** "Wed 20 May", with the year when it is not today's year. */
	const readAs = (ms: number, todayMs: number) => {
		const p = parts(ms);
		return `${p.weekday} ${p.day} ${p.month}${p.year === parts(todayMs).year ? '' : ` ${p.year}`}`;
	};

	test('today back 56 days, newest first, today and yesterday named, the year only when it is not this year', () => {
		const choices = raceDayChoices('2027-01-03', '');
		expect(choices).toHaveLength(57);
		expect(choices.slice(0, 4)).toEqual([
			{ value: '2027-01-03', label: 'Today, Sun 3 Jan' },
			{ value: '2027-01-02', label: 'Yesterday, Sat 2 Jan' },
			{ value: '2027-01-01', label: 'Fri 1 Jan' },
			{ value: '2026-12-31', label: 'Thu 31 Dec 2026' },
		]);
		expect(choices.at(-1)).toEqual({ value: '2026-11-08', label: 'Sun 8 Nov 2026' });
	});

	test.each([
		['after today', '2027-01-04', 'first', 'Mon 4 Jan (after today)'],
		['57 days ago', '2026-11-07', 'last', 'Sat 7 Nov 2026 (more than 8 weeks ago)'],
		['not a real date', '2026-02-30', 'last', '2026-02-30 (not a real date)'],
	])('a day in the form that the list does not hold (%s) stays a choice, in date order and marked', (_, current, where, label) => {
		const choices = raceDayChoices('2027-01-03', current);
		expect(choices).toHaveLength(58);
		expect(where === 'first' ? choices[0] : choices.at(-1)).toEqual({ value: current, label });
	});

	test('before the island knows today there is no list, only a day already in the form', () => {
		expect(raceDayChoices('', '')).toEqual([]);
		expect(raceDayChoices('', '2026-05-18')).toEqual([{ value: '2026-05-18', label: '2026-05-18' }]);
	});

	test('property: every day from today back 56 days once, in order, as Intl names it; the form’s own day always a choice', () => {
		const day = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2100, 0, 1) / DAY_MS }).map((d) => d * DAY_MS);
		fc.assert(
			fc.property(day, fc.integer({ min: -400, max: 400 }), fc.boolean(), (todayMs, offset, empty) => {
				const today = isoAt(todayMs);
				const current = empty ? '' : isoAt(todayMs - offset * DAY_MS);
				const choices = raceDayChoices(today, current);
				const listed = Array.from({ length: 57 }, (_, ago) => {
					const ms = todayMs - ago * DAY_MS;
					return { value: isoAt(ms), label: `${['Today, ', 'Yesterday, '][ago] ?? ''}${readAs(ms, todayMs)}` };
				});
				const inList = empty || (offset >= 0 && offset <= 56);
				expect(choices.filter((c) => listed.some((l) => l.value === c.value))).toEqual(listed);
				expect(choices).toHaveLength(inList ? 57 : 58);
				if (!empty) expect(choices.filter((c) => c.value === current)).toHaveLength(1);
				// ISO dates sort as the days do: newest first throughout.
				expect(choices.map((c) => c.value)).toEqual(
					choices
						.map((c) => c.value)
						.sort()
						.reverse(),
				);
				if (!inList) {
					const extra = choices.find((c) => c.value === current)!;
					const mark = offset < 0 ? '(after today)' : '(more than 8 weeks ago)';
					expect(extra.label).toBe(`${readAs(todayMs - offset * DAY_MS, todayMs)} ${mark}`);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
