/**
 * "Your runs" from sessions to what the runner reads: the three units of load (never added
 * together), the 28-day picture, the words and workings, the quiz's answers from files (read back
 * by the quiz's own codecs), the week ahead and its calendar, the settings' messages and what
 * "Remember on this device" reads back from hostile storage. Hand-worked cases first, then
 * properties: load never falls when minutes or intensity rise, and the model is deterministic.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/guides';
import { readQuery } from '../../src/lib/persisted-state';
import { FILLABLE, filledFromFiles, todayHref } from '../../src/lib/situation/links';
import { unitForLocale } from '../../src/lib/tools/runs/units';
import { hardBecause, paceText, quizAnswers, sessionWorkings, weekWords, countsText } from '../../src/lib/tools/runs/describe';
import { readSettings } from '../../src/lib/tools/runs/form';
import { RUNS_SOURCES } from '../../src/lib/tools/runs';
import {
	edwardsTrimp,
	edwardsWeight,
	maxHrFromAge,
	median,
	minutesByZone,
	paceWeight,
	sessionLoad,
	sessionRpeLoad,
	type LoadUnit,
} from '../../src/lib/tools/runs/load';
import { isHard, picture, raceFor, type PictureSession } from '../../src/lib/tools/runs/picture';
import { heartRateSeconds, meanHeartRate, sportFromWord } from '../../src/lib/tools/runs/session';
import { readStoredRuns } from '../../src/lib/tools/runs/store';
import { WEEK_CALENDAR, weekEvents, weekPlan } from '../../src/lib/tools/runs/week';
import { TODAY_CODECS } from '../../src/lib/tools/today/form';

const TODAY = 20_000;
const DAY = 86_400_000;
let n = 0;
/** A session `daysAgo` days before TODAY, at 07:00 UTC of that day number. */
function session(daysAgo: number, over: Partial<PictureSession> = {}): PictureSession {
	const day = TODAY - daysAgo;
	return {
		id: `s${n++}`,
		sport: 'running',
		start: day * DAY + 7 * 3600_000,
		elapsedS: 3000,
		movingS: 3000,
		distanceM: 9000,
		avgHr: null,
		hr: null,
		day,
		...over,
	};
}

describe('load, by hand', () => {
	test('session effort: effort times moving minutes (Foster)', () => {
		expect(sessionRpeLoad(6, 45)).toBe(270);
		expect(sessionLoad(session(0, { movingS: 2700 }), 'rpe', { effort: 6 })).toBe(270);
		expect(sessionLoad(session(0), 'rpe', {})).toBeUndefined();
	});

	test("Edwards' TRIMP: 10 min in each zone from 50% is 10 x (1+2+3+4+5) = 150; below 50% counts nothing", () => {
		const max = 200;
		const hr = [100, 120, 140, 160, 180].map((bpm) => [bpm, 600] as const);
		expect(edwardsTrimp(hr, max)).toBeCloseTo(150, 10);
		expect(minutesByZone(hr, max)).toEqual([10, 10, 10, 10, 10]);
		expect(edwardsTrimp([[99, 3600]], max)).toBe(0);
		expect(edwardsWeight(0.9)).toBe(5);
		expect(edwardsWeight(0.899)).toBe(4);
		expect(sessionLoad(session(0, { hr }), 'trimp', { maxHr: max })).toBeCloseTo(150, 10);
		expect(sessionLoad(session(0), 'trimp', { maxHr: max })).toBeUndefined();
	});

	test('maximum heart rate from age (Tanaka): 208 - 0.7 x age', () => {
		expect(maxHrFromAge(40)).toBe(180);
		expect(maxHrFromAge(20)).toBe(194);
	});

	test('minutes weighted by pace: a run 10% faster than usual counts 1.1 a minute, kept between 0.5 and 2; other sports as they are', () => {
		expect(paceWeight(3.3, 3)).toBeCloseTo(1.1, 10);
		expect(paceWeight(10, 3)).toBe(2);
		expect(paceWeight(1, 3)).toBe(0.5);
		expect(paceWeight(undefined, 3)).toBe(1);
		expect(sessionLoad(session(0, { movingS: 3600, distanceM: 3.3 * 3600 }), 'minutes', { usualSpeed: 3 })).toBeCloseTo(66, 10);
		expect(sessionLoad(session(0, { sport: 'cycling', movingS: 3600, distanceM: 30_000 }), 'minutes', { usualSpeed: 3 })).toBe(60);
	});

	test('heart rate kept as seconds at each beat rate; a gap over a minute is not counted', () => {
		const hr = heartRateSeconds([
			{ t: 0, hr: 120 },
			{ t: 1, hr: 120.4 },
			{ t: 2, hr: 150 },
			{ t: 300, hr: 150 },
			{ t: 301, hr: 0 },
		]);
		expect(hr).toEqual([
			[120, 2],
			[150, 1],
		]);
		expect(meanHeartRate(hr!)).toBe(130);
		expect(heartRateSeconds([{ t: 0, hr: 300 }])).toBeNull();
		expect(median([])).toBeUndefined();
		expect(median([3, 1, 2, 10])).toBe(2.5);
	});

	test("sports from devices' words", () => {
		expect(
			['Running', 'trail_running', 'Biking', 'Ride', 'Walk', 'hiking', 'lap_swimming', 'Yoga', 9, undefined].map(sportFromWord),
		).toEqual(['running', 'running', 'cycling', 'cycling', 'walking', 'walking', 'swimming', 'other', 'other', 'other']);
	});
});

describe('the 28-day picture', () => {
	const usual = [27, 24, 20, 17, 13, 10, 6].map((d) => session(d, { effort: 4 }));
	const hard = session(3, { effort: 8, movingS: 2400, elapsedS: 2400, distanceM: 9000 });
	const long = session(1, { effort: 5, movingS: 7200, elapsedS: 7300, distanceM: 22_000 });
	const old = session(40, { effort: 4 });
	const all = [...usual, hard, long, old];
	const p = picture({ sessions: all, today: TODAY });

	test('the best unit every session has: effort for all, so session effort; older sessions are outside', () => {
		expect(p.unit).toBe('rpe');
		expect(p.units).toEqual(['rpe', 'minutes']);
		expect(p.outside).toEqual([old.id]);
		expect(p.inside).toHaveLength(9);
		expect(p.days).toHaveLength(28);
		expect(p.days.at(-1)!.day).toBe(TODAY);
		expect(p.days.reduce((s, d) => s + d.sessions, 0)).toBe(9);
	});

	test('this week and the usual week (the mean of the three before), by hand', () => {
		// This week: days 0-6: hard (8 x 40) + long (5 x 120) + the one on day 6 (4 x 50) = 320 + 600 + 200.
		expect(p.thisWeek).toBe(1120);
		// The three weeks before: six easy sessions of 4 x 50 = 200 each: 1200 / 3.
		expect(p.usualWeek).toBe(400);
		const w = weekWords(p);
		expect(w).toEqual({
			thisWeek: '1,120 effort units',
			usual: '400 effort units',
			sentence: expect.stringMatching(/^This week is 720 effort units more than your usual so far\. That is a description, not a warning/),
		});
		expect(w.sentence).not.toMatch(/ratio|risk|×|x\d/);
	});

	test('long runs, hard sessions and days since the last hard one', () => {
		expect(p.longRuns).toEqual([long.id]);
		expect(p.hard).toEqual([hard.id]);
		expect(p.daysSinceHard).toBe(3);
		expect(countsText(p)).toBe('9 sessions, 1 long run, 1 hard');
		expect(hardBecause(hard, undefined, undefined)).toMatch(/effort of 8/);
		expect(hardBecause(usual[0]!, undefined, undefined)).toBeUndefined();
	});

	test('without efforts: heart rate when every session has it; hard by minutes near maximum', () => {
		const hrEasy = [[130, 3000]] as const;
		const hrHard = [
			[130, 1800],
			[175, 900],
		] as const;
		const s = [session(2, { hr: hrEasy }), session(1, { hr: hrHard })];
		const q = picture({ sessions: s, today: TODAY, maxHr: 200 });
		expect(q.unit).toBe('trimp');
		expect(q.hard).toEqual([s[1]!.id]);
		expect(hardBecause(s[1]!, 200, undefined)).toMatch(/85% of maximum heart rate/);
		expect(picture({ sessions: s, today: TODAY }).unit).toBe('minutes');
		expect(picture({ sessions: s, today: TODAY, maxHr: 200, unit: 'minutes' }).unit).toBe('minutes');
		expect(picture({ sessions: s, today: TODAY, maxHr: 200, unit: 'rpe' }).unit).toBe('trimp');
	});

	test('without effort or heart rate: hard by pace against the usual; a race is a run of a race distance faster than usual', () => {
		const easy = [5, 4, 3].map((d) => session(d, { distanceM: 3 * 3000 }));
		const fast10k = session(1, { movingS: 2400, distanceM: 10_050 });
		const slow10k = session(2, { movingS: 4000, distanceM: 10_000 });
		const q = picture({ sessions: [...easy, fast10k, slow10k], today: TODAY });
		expect(q.unit).toBe('minutes');
		expect(q.hard).toEqual([fast10k.id]);
		expect(hardBecause(fast10k, undefined, q.usualSpeed)).toMatch(/faster than your usual pace/);
		expect(q.maybeRaces).toEqual([{ id: fast10k.id, race: '10k' }]);
		expect(q.usualWeek).toBeUndefined();
		expect(weekWords(q).usual).toBe('not known');
		expect([5000, 5200, 21_100, 42_195, 43_500, 46_000, null].map(raceFor)).toEqual([
			'5k',
			undefined,
			'half',
			'marathon',
			undefined,
			'ultra',
			undefined,
		]);
	});

	test('no session in the picture', () => {
		const q = picture({ sessions: [old], today: TODAY });
		expect(q.inside).toEqual([]);
		expect(q.thisWeek).toBe(0);
		expect(q.daysSinceHard).toBeUndefined();
	});
});

describe('how each number was worked out', () => {
	test('a row per unit the session has, with formula, inputs, constants and sources', () => {
		const s = session(0, { effort: 6, movingS: 2700, hr: [[170, 2700]] });
		const rows = sessionWorkings(s, { maxHr: 180, maxHrEstimated: true, age: 40 }, 3);
		expect(rows.map((r) => r.what)).toEqual(['Session effort load', 'Heart-rate load (TRIMP)', 'Minutes weighted by pace']);
		expect(rows[0]).toMatchObject({ value: '270', sources: ['foster2001'] });
		expect(rows[1]!.inputs).toMatch(/45 min in zone 5; maximum heart rate 180 \(estimated from age 40: 208 - 0.7 × age/);
		expect(rows[1]!.sources).toEqual(['edwards1993', 'tanaka2001']);
		expect(rows[1]!.value).toBe('225');
		expect(rows[2]!.inputs).toMatch(/at 5:00 \/km; your usual 5:33 \/km \(the median of your runs\): weight 1\.11/);
		expect(sessionWorkings(s, { maxHrEstimated: false }, 3, 'mi').at(-1)!.inputs).toMatch(/at 8:03 \/mi; your usual 8:56 \/mi/);
		expect(paceText(1000 / 300, 'km')).toBe('5:00 /km');
		expect(rows[2]!.sources).toEqual([]);
		expect(sessionWorkings(session(0, { sport: 'swimming', distanceM: null }), { maxHrEstimated: false }, 3).map((r) => r.formula)).toEqual(
			['moving minutes, as they are (not a run)'],
		);
		for (const id of rows.flatMap((r) => r.sources)) expect(RUNS_SOURCES).toContain(id);
	});
});

describe('the quiz’s answers from files, read back by the quiz', () => {
	const now = TODAY * DAY + 12 * 3600_000;
	const endingAgo = (hours: number, over: Partial<PictureSession> = {}) =>
		session(0, { start: now - hours * 3600_000 - 3000_000, elapsedS: 3000, ...over });

	test('the hardest kind of session that ended in the last 24 hours, and whether within 2 hours', () => {
		const easy = endingAgo(1);
		const hard = endingAgo(20, { effort: 9 });
		const p = picture({ sessions: [easy, hard], today: TODAY });
		expect(quizAnswers([easy, hard], p, now, TODAY, undefined, undefined)).toEqual({ last: 'workout', finished: 'earlier' });
		expect(quizAnswers([easy], p, now, TODAY, undefined, undefined)).toEqual({ last: 'easy-run', finished: 'under-2h' });
		const walk = endingAgo(3, { sport: 'walking' });
		expect(quizAnswers([walk], p, now, TODAY, undefined, undefined)).toEqual({ last: 'rest' });
		expect(quizAnswers([endingAgo(3, { sport: 'cycling' })], p, now, TODAY, undefined, undefined).last).toBe('cross-training');
		expect(quizAnswers([endingAgo(30)], p, now, TODAY, undefined, undefined)).toEqual({ last: 'rest' });
	});

	test('a confirmed race: "race" for its day, days since it and its distance; the quiz reads the link back to the same answers', () => {
		const race = endingAgo(5, { distanceM: 21_100 });
		const p = picture({ sessions: [race], today: TODAY });
		const answers = quizAnswers([race], p, now, TODAY, { race: 'half', day: TODAY, effort: 'all-out', sessionId: race.id }, undefined);
		expect(answers).toEqual({ last: 'race', finished: 'earlier', racedAgo: '0', raceDistance: 'half' });
		const href = todayHref(answers);
		expect(href).toBe(
			'/tools/today/?last=race&finished=earlier&racedAgo=0&raceDistance=half&filled=last%2Cfinished%2CracedAgo%2CraceDistance',
		);
		const query = href.split('?')[1]!;
		expect(readQuery(TODAY_CODECS, query)).toEqual({ last: 'race', finished: 'earlier', racedAgo: '0', raceDistance: 'half' });
		expect(filledFromFiles(query)).toEqual({ last: 'race', finished: 'earlier', racedAgo: '0', raceDistance: 'half' });
	});

	test('a race too long ago is not passed on; the filled list is allow-listed and needs a value', () => {
		const p = picture({ sessions: [], today: TODAY });
		expect(quizAnswers([], p, now, TODAY, { race: '5k', day: TODAY - 60, effort: 'hard' }, undefined)).toEqual({ last: 'rest' });
		expect(filledFromFiles('?filled=last,warnings,__proto__&last=rest&warnings=chest')).toEqual({ last: 'rest' });
		expect(filledFromFiles('?filled=last')).toEqual({});
		expect(FILLABLE.every((k) => k in TODAY_CODECS)).toBe(true);
	});
});

describe('the week ahead', () => {
	test('recovery placed around the plan; two hard days in a row get a note; the day after a hard day is easy', () => {
		const week = weekPlan(TODAY + 1, ['hard', 'hard', 'easy', 'long', 'rest', 'race', 'easy'], true);
		expect(week.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => TODAY + i));
		expect(week[0]!.note).toMatch(/Two hard days in a row/);
		expect(week[1]!.note).toMatch(/Two hard days in a row/);
		expect(week[2]!.recovery[0]).toEqual({
			text: 'Keep it easy: the day after a hard day is for recovery',
			href: '/methods/rest-easy-days/',
		});
		expect(week[4]!.recovery.map((r) => r.href)).toEqual(['/tools/sleep/']);
		expect(week[5]!.recovery.map((r) => r.href)).toEqual(['/methods/nutrition/', '/tools/after-race/', '/tools/sleep/']);
		expect(weekPlan(TODAY + 1, ['hard'], false)[0]!.note).toBeUndefined();
	});

	test('its calendar: 7 all-day events an RFC 5545 reader parses back, with the site named only when known', () => {
		const week = weekPlan(TODAY + 1, ['easy', 'hard', 'easy', 'easy', 'long', 'rest', 'easy'], false);
		const { error, value } = createEvents(weekEvents(week, 'https://example.org'), {
			productId: WEEK_CALENDAR.productId,
			calName: WEEK_CALENDAR.name,
		});
		expect(error).toBeFalsy();
		const events = new ICAL.Component(ICAL.parse(value!)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
		expect(events).toHaveLength(7);
		expect(events[1]!.summary).toBe('Hard session');
		expect(events[0]!.startDate.isDate).toBe(true);
		expect(events[0]!.description).toMatch(/From https:\/\/example\.org\/tools\/runs\/; general guidance, not medical advice\.$/);
		expect(weekEvents(week, '')[0]!.uid).toMatch(/@local$/);
	});
});

describe('what the runner says about themselves', () => {
	test('age and maximum heart rate, both optional, with a message at the field naming what is expected', () => {
		expect(readSettings({ age: '', maxHr: '' })).toEqual({ ok: true, settings: { maxHrEstimated: false } });
		expect(readSettings({ age: '40', maxHr: '' })).toEqual({ ok: true, settings: { age: 40, maxHr: 180, maxHrEstimated: true } });
		expect(readSettings({ age: '40', maxHr: '191' })).toEqual({ ok: true, settings: { age: 40, maxHr: 191, maxHrEstimated: false } });
		const bad = readSettings({ age: '38,5', maxHr: '60' });
		expect(bad).toEqual({
			ok: false,
			errors: {
				age: 'Age must be a whole number of years.',
				maxHr: expect.stringMatching(/^Maximum heart rate must be between 120 and 230 beats a minute \(a resting heart rate/),
			},
		});
		expect(readSettings({ age: 'NaN', maxHr: '1,000' })).toMatchObject({
			ok: false,
			errors: { age: expect.stringMatching(/must be a number/), maxHr: expect.stringMatching(/could be read two ways/) },
		});
	});

	test('distance units by locale, only a default', () => {
		expect(['en-US', 'en-GB', 'de-DE', 'fr', undefined, 'en_us'].map(unitForLocale)).toEqual(['mi', 'mi', 'km', 'km', 'km', 'mi']);
	});
});

describe('what "Remember on this device" reads back', () => {
	const good = {
		v: 1,
		files: [
			{
				name: 'a.fit',
				format: 'fit',
				notes: [],
				sessions: [{ sport: 'running', start: 1, elapsedS: 60, movingS: 50, distanceM: 100, avgHr: null, hr: [[120, 50]] }],
			},
		],
		efforts: { '0.0': 6, '0.1': 11, '0.2': 2.5, ['__proto__']: 3 },
	};
	test('summaries and whole efforts from 0 to 10; anything else is dropped', () => {
		const read = readStoredRuns(JSON.parse(JSON.stringify(good)));
		expect(read?.files[0]!.sessions[0]!.hr).toEqual([[120, 50]]);
		expect(read?.efforts).toEqual({ '0.0': 6 });
	});
	test.each([
		['nothing', undefined],
		['a string', 'x'],
		['another version', { ...good, v: 2 }],
		['a bad sport', { ...good, files: [{ ...good.files[0], sessions: [{ ...good.files[0]!.sessions[0], sport: 'flying' }] }] }],
		['a negative time', { ...good, files: [{ ...good.files[0], sessions: [{ ...good.files[0]!.sessions[0], movingS: -1 }] }] }],
		['NaN distance', { ...good, files: [{ ...good.files[0], sessions: [{ ...good.files[0]!.sessions[0], distanceM: NaN }] }] }],
		[
			'a heart rate that is not pairs',
			{ ...good, files: [{ ...good.files[0], sessions: [{ ...good.files[0]!.sessions[0], hr: [[1, 2, 3]] }] }] },
		],
		['a name that is not text', { ...good, files: [{ ...good.files[0], name: 5 }] }],
		['a format not known', { ...good, files: [{ ...good.files[0], format: 'exe' }] }],
		['a problem that is not text', { ...good, files: [{ ...good.files[0], problem: {} }] }],
	])('%s is refused whole', (_what, raw) => {
		expect(readStoredRuns(raw)).toBeUndefined();
	});
});

describe('properties', () => {
	const sessionArb = fc.record({
		movingS: fc.integer({ min: 1, max: 6 * 3600 }),
		distanceM: fc.option(fc.integer({ min: 1, max: 80_000 }), { nil: null }),
		effort: fc.integer({ min: 0, max: 10 }),
		hr: fc.array(fc.tuple(fc.integer({ min: 40, max: 220 }), fc.integer({ min: 1, max: 3600 })), { minLength: 1, maxLength: 20 }),
	});
	const ctxArb = fc.record({ maxHr: fc.integer({ min: 150, max: 220 }), usualSpeed: fc.double({ min: 1, max: 6, noNaN: true }) });
	const units: LoadUnit[] = ['rpe', 'trimp', 'minutes'];

	test('load never falls when minutes rise, in any unit', () => {
		fc.assert(
			fc.property(sessionArb, ctxArb, fc.integer({ min: 1, max: 3600 }), (s, c, more) => {
				for (const unit of units) {
					const base = session(0, { ...s, hr: s.hr });
					// More minutes at the same speed and the same heart rates, each held longer in proportion.
					const factor = (s.movingS + more) / s.movingS;
					const longer = session(0, {
						...s,
						movingS: s.movingS + more,
						distanceM: s.distanceM === null ? null : s.distanceM * factor,
						hr: s.hr.map(([b, sec]) => [b, sec * factor] as const),
					});
					const ctx = { ...c, effort: s.effort };
					expect(sessionLoad(longer, unit, ctx)!).toBeGreaterThanOrEqual(sessionLoad(base, unit, ctx)! - 1e-9);
				}
			}),
		);
	});

	test('load never falls when intensity rises: a higher effort, higher heart rates, a faster pace', () => {
		fc.assert(
			fc.property(
				sessionArb,
				ctxArb,
				fc.integer({ min: 0, max: 30 }),
				fc.double({ min: 1, max: 2, noNaN: true }),
				(s, c, beats, faster) => {
					const base = session(0, s);
					expect(sessionRpeLoad(Math.min(10, s.effort + 1), s.movingS / 60)).toBeGreaterThanOrEqual(
						sessionRpeLoad(s.effort, s.movingS / 60),
					);
					const harder = session(0, { ...s, hr: s.hr.map(([b, sec]) => [b + beats, sec] as const) });
					expect(sessionLoad(harder, 'trimp', c)!).toBeGreaterThanOrEqual(sessionLoad(base, 'trimp', c)!);
					if (s.distanceM !== null) {
						const quicker = session(0, { ...s, distanceM: s.distanceM * faster });
						expect(sessionLoad(quicker, 'minutes', c)!).toBeGreaterThanOrEqual(sessionLoad(base, 'minutes', c)! - 1e-9);
					}
				},
			),
		);
	});

	test('the picture is deterministic and independent of the order of its sessions; its days sum to the sessions’ loads', () => {
		const pictureArb = fc.array(
			fc.record({
				daysAgo: fc.integer({ min: -3, max: 40 }),
				movingS: fc.integer({ min: 60, max: 20_000 }),
				effort: fc.integer({ min: 0, max: 10 }),
			}),
			{ maxLength: 25 },
		);
		fc.assert(
			fc.property(pictureArb, (specs) => {
				const sessions = specs.map((x, i) => ({ ...session(x.daysAgo, { movingS: x.movingS, effort: x.effort }), id: `p${i}` }));
				const a = picture({ sessions, today: TODAY });
				expect(picture({ sessions, today: TODAY })).toEqual(a);
				expect(picture({ sessions: [...sessions].reverse(), today: TODAY })).toEqual(a);
				// Independent sum: each inside session's effort x minutes, added here.
				const inside = sessions.filter((s) => s.day <= TODAY && s.day > TODAY - 28);
				const expected = inside.reduce((sum, s) => sum + s.effort! * (s.movingS / 60), 0);
				expect(a.days.reduce((sum, d) => sum + d.load, 0)).toBeCloseTo(expected, 6);
				expect(a.thisWeek).toBeCloseTo(
					inside.filter((s) => s.day > TODAY - 7).reduce((sum, s) => sum + s.effort! * (s.movingS / 60), 0),
					6,
				);
			}),
		);
	});

	test('isHard: an effort decides when given, whatever the heart rate or pace', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10 }), (effort) => {
				expect(isHard(session(0, { effort, hr: [[200, 3600]] }), 200, 1)).toBe(effort >= 7);
			}),
		);
	});
});

describe('one source for the numbers', () => {
	/** The files that state "Your runs" numbers to a reader, outside the module that defines them. */
	const files = [
		'src/pages/tools/runs.astro',
		'src/components/islands/RunsTool.tsx',
		'src/components/islands/runs/RunsPicture.tsx',
		'src/components/islands/runs/RunsChart.tsx',
		'src/content/articles/how-we-count-your-training.mdx',
		'src/lib/tools/registry.ts',
	];
	const LITERALS: [string, RegExp][] = [
		['the picture’s length', /\b28[- ]days?\b/],
		['Tanaka’s formula', /\b208\b|\b0\.7 ?[×x*]/],
		['Edwards’ zones and weights', /\b50% (?:up|of max)|\b1, 2, 3, 4,? (?:and )?5\b/],
		['the hard-session and long-run rules', /\beffort of 7\b|\b85%|\b60 minutes and 1\.5\b/],
		['the GPX moving rule', /\b0\.5 m\/s\b|\b60 seconds between\b/],
	];
	const code = (file: string) =>
		readFileSync(join(root, file), 'utf8')
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.replace(/^\s*\/\/.*$/gm, '');
	test.each(LITERALS)('%s is read from the tool’s constants, never typed in a page, an island or the guide', (_what, pattern) => {
		expect(files.filter((f) => pattern.test(code(f)))).toEqual([]);
	});
});
