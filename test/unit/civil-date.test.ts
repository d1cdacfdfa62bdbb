/**
 * Calendar dates as day numbers (src/lib/civil-date.ts). The expected values come from outside the
 * code under test: day numbers worked out by hand, and a slow walk through the calendar with a
 * hand-written month table (the Gregorian leap rule restated here), never from Hinnant's formulas.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	daysInMonth,
	formatDayMonth,
	formatDayShort,
	formatIsoDate,
	fromDayNumber,
	parseIsoDate,
	toDayNumber,
	weekday,
	type CivilDate,
} from '../../src/lib/civil-date';

// ---------------------------------------------------------------------------------------------
// The independent calendar: every date from 1900-01-01 to 2200-12-31, in order, by counting.
// ---------------------------------------------------------------------------------------------

/** Gregorian: every 4th year, except centuries, except every 4th century. */
const leap = (y: number) => (y % 400 === 0 ? true : y % 100 === 0 ? false : y % 4 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthLength = (y: number, m: number) => (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]!);

/** 1900-01-01 is 25567 days before 1970-01-01: 70 years of 365 days plus 17 leap days (1904-1968). */
const FIRST_DAY = -(70 * 365 + 17);
const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface Counted extends CivilDate {
	n: number;
	/** Weekday by counting from 1900-01-01, a Monday. */
	weekday: string;
}

const CALENDAR: Counted[] = (() => {
	const all: Counted[] = [];
	let n = FIRST_DAY;
	for (let year = 1900; year <= 2200; year++)
		for (let month = 1; month <= 12; month++)
			for (let day = 1; day <= monthLength(year, month); day++) {
				all.push({ year, month, day, n, weekday: WEEK[(n - FIRST_DAY) % 7]! });
				n++;
			}
	return all;
})();

/** Any date of the counted calendar. */
const anyCounted = fc.nat({ max: CALENDAR.length - 1 }).map((i) => CALENDAR[i]!);

const iso = (d: CivilDate) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const byIso = new Map(CALENDAR.map((d) => [iso(d), d]));
const counted = (text: string) => {
	const d = byIso.get(text);
	if (!d) throw new Error(`${text} is not in the counted calendar`);
	return d;
};

describe('the counted calendar agrees with known dates (a check on the checker)', () => {
	test('it reaches 1970-01-01 at 0 and 2200-12-31 where 301 years of days say', () => {
		expect(counted('1970-01-01').n).toBe(0);
		// 1900-2200 is 301 years with 73 leap years (75 multiples of 4, minus 1900, 2100, 2200).
		expect(CALENDAR).toHaveLength(301 * 365 + 73);
	});
});

describe('known day numbers', () => {
	test.each([
		// date, day number (worked out by hand), weekday
		['1970-01-01', 0, 'Thu'],
		['1969-12-31', -1, 'Wed'],
		['1900-01-01', -25567, 'Mon'],
		['2000-01-01', 10957, 'Sat'],
		['2000-02-29', 11016, 'Tue'],
		['2000-03-01', 11017, 'Wed'],
		['2026-01-01', 20454, 'Thu'],
		['2026-11-29', 20786, 'Sun'],
		['2026-12-03', 20790, 'Thu'],
		['2100-02-28', 47540, 'Sun'],
		['2100-03-01', 47541, 'Mon'],
	])('%s is day %i, a %s', (text, n, day) => {
		const date = parseIsoDate(text);
		expect(date).toBeDefined();
		expect(toDayNumber(date!)).toBe(n);
		expect(fromDayNumber(n)).toEqual(date);
		expect(weekday(n)).toBe(day);
		expect(formatIsoDate(fromDayNumber(n))).toBe(text);
		// and the counted calendar agrees
		expect(counted(text).n).toBe(n);
		expect(counted(text).weekday).toBe(day);
	});

	test('2100 is not a leap year: 28 Feb is followed by 1 Mar', () => {
		expect(toDayNumber({ year: 2100, month: 3, day: 1 }) - toDayNumber({ year: 2100, month: 2, day: 28 })).toBe(1);
		expect(parseIsoDate('2100-02-29')).toBeUndefined();
	});
});

describe('leap years and month lengths', () => {
	test.each([
		[1900, false],
		[1996, true],
		[2000, true],
		[2023, false],
		[2024, true],
		[2026, false],
		[2028, true],
		[2100, false],
		[2200, false],
	])('%i: leap %s', (year, isLeap) => {
		expect(daysInMonth(year, 2)).toBe(isLeap ? 29 : 28);
		expect(parseIsoDate(`${year}-02-29`) !== undefined).toBe(isLeap);
	});

	test('every month of 1900-2200 has the length of the hand-written table', () => {
		for (let year = 1900; year <= 2200; year++)
			for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(monthLength(year, month));
	});

	test('a month outside 1-12 has no days', () => {
		expect(daysInMonth(2026, 0)).toBe(0);
		expect(daysInMonth(2026, 13)).toBe(0);
	});
});

describe('parsing YYYY-MM-DD', () => {
	test.each([
		['2026-11-29', { year: 2026, month: 11, day: 29 }],
		[' 2026-11-29 ', { year: 2026, month: 11, day: 29 }],
		['2024-02-29', { year: 2024, month: 2, day: 29 }],
		['1900-01-01', { year: 1900, month: 1, day: 1 }],
		['2200-12-31', { year: 2200, month: 12, day: 31 }],
	])('%j is %j', (text, date) => {
		expect(parseIsoDate(text)).toEqual(date);
	});

	test.each([
		'2026-02-30',
		'2026-02-29',
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'2026-11-00',
		'29/11/2026',
		'11/29/2026',
		'2026-1-5',
		'26-11-29',
		'2026-11-29T00:00',
		'20261129',
		'1899-12-31',
		'+2026-11-29',
		'２０２６-１１-２９',
		'',
		'   ',
	])('rejects %j', (text) => {
		expect(parseIsoDate(text)).toBeUndefined();
	});

	test.each([undefined, null, 20261129, {}, ['2026-11-29'], { year: 2026, month: 11, day: 29 }, new Date(0)])(
		'rejects a non-string: %j',
		(value) => {
			expect(parseIsoDate(value)).toBeUndefined();
		},
	);

	test('accepts exactly the dates of the counted calendar (every year, one random day each)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2200 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 32 }),
				(year, month, day) => {
					const text = iso({ year, month, day });
					const parsed = parseIsoDate(text);
					if (byIso.has(text)) expect(parsed).toEqual({ year, month, day });
					else expect(parsed).toBeUndefined();
				},
			),
		);
	});
});

describe('day numbers against the counted calendar', () => {
	test('every date from 1900 to 2200 has the counted day number and weekday, and back', () => {
		for (const d of CALENDAR) {
			const date = { year: d.year, month: d.month, day: d.day };
			if (toDayNumber(date) !== d.n) expect(toDayNumber(date)).toBe(d.n);
			const back = fromDayNumber(d.n);
			if (back.year !== d.year || back.month !== d.month || back.day !== d.day) expect(back).toEqual(date);
			if (weekday(d.n) !== d.weekday) expect(weekday(d.n)).toBe(d.weekday);
		}
	});

	test('property: fromDayNumber(toDayNumber(d)) = d for real dates', () => {
		fc.assert(
			fc.property(anyCounted, (d) => {
				const date = { year: d.year, month: d.month, day: d.day };
				expect(fromDayNumber(toDayNumber(date))).toEqual(date);
			}),
			{ numRuns: 2000 },
		);
	});

	test('property: toDayNumber(fromDayNumber(n)) = n for n across 1900-2200, and the date is the counted one', () => {
		const last = CALENDAR[CALENDAR.length - 1]!.n;
		fc.assert(
			fc.property(fc.integer({ min: FIRST_DAY, max: last }), (n) => {
				const date = fromDayNumber(n);
				expect(toDayNumber(date)).toBe(n);
				const c = CALENDAR[n - FIRST_DAY]!;
				expect(date).toEqual({ year: c.year, month: c.month, day: c.day });
			}),
			{ numRuns: 2000 },
		);
	});

	test('property: the weekday repeats every 7 days, also before 1970 (negative day numbers)', () => {
		fc.assert(
			fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
				expect(weekday(n + 7)).toBe(weekday(n));
				expect(WEEK.indexOf(weekday(n + 1))).toBe((WEEK.indexOf(weekday(n)) + 1) % 7);
			}),
		);
	});
});

describe('formatting', () => {
	const n = (text: string) => counted(text).n;

	test.each([
		['2026-12-03', 'Thu 3 Dec'],
		['2026-11-29', 'Sun 29 Nov'],
		['2027-01-01', 'Fri 1 Jan'],
		['2028-02-29', 'Tue 29 Feb'],
		['1970-01-01', 'Thu 1 Jan'],
		['1969-12-31', 'Wed 31 Dec'],
	])('formatDayShort: %s is %j', (text, shown) => {
		expect(formatDayShort(n(text))).toBe(shown);
	});

	test('formatDayMonth without a reference year: day and month only', () => {
		expect(formatDayMonth(n('2026-12-03'))).toBe('3 Dec');
		expect(formatDayMonth(n('2027-01-03'))).toBe('3 Jan');
	});

	test('formatDayMonth adds the year only when it differs from the reference day’s year', () => {
		expect(formatDayMonth(n('2026-12-03'), n('2026-11-29'))).toBe('3 Dec');
		expect(formatDayMonth(n('2026-12-31'), n('2026-01-01'))).toBe('31 Dec');
		expect(formatDayMonth(n('2027-01-03'), n('2026-12-28'))).toBe('3 Jan 2027');
		expect(formatDayMonth(n('2026-12-28'), n('2027-01-03'))).toBe('28 Dec 2026');
	});

	test('property: formatDayShort is the counted weekday, day and month of any date', () => {
		const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
		fc.assert(
			fc.property(anyCounted, (d) => {
				expect(formatDayShort(d.n)).toBe(`${d.weekday} ${d.day} ${MONTH_NAMES[d.month - 1]}`);
			}),
			{ numRuns: 1000 },
		);
	});
});
