/**
 * Time of day as minutes since midnight (src/lib/clock.ts). Expected values are written out by
 * hand or rebuilt from hours and minutes here, never computed by the module under test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MINUTES_PER_DAY,
	clockFromHourCycle,
	detectClockFormat,
	formatClock,
	formatDuration,
	parseClockTime,
	wrapMinutes,
} from '../../src/lib/clock';

const pad = (n: number) => String(n).padStart(2, '0');
/** Independent 12-hour rendering: 0 h is 12 am, 12 h is 12 pm. */
const twelve = (h: number, m: number) => `${h % 12 === 0 ? 12 : h % 12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`;
const hourAndMinute = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));

describe('parseClockTime', () => {
	test.each([
		['06:30', 390],
		['6:30', 390],
		['6.30', 390],
		['0630', 390],
		['630', 390],
		['1230', 750],
		['7', 420],
		['0:00', 0],
		['00:00', 0],
		['23:59', 1439],
		[' 06:30 ', 390],
		['6:30 am', 390],
		['6:30am', 390],
		['6 pm', 1080],
		['6:30 p.m.', 1110],
		['6:30 a.m.', 390],
		['6:30PM', 1110],
		// Phones' other digits: Persian, Arabic-Indic, full-width (with a full-width colon).
		['۰۶:۳۰', 390],
		['٦:٣٠', 390],
		['０６：３０', 390],
		['12 am', 0],
		['12:30 am', 30],
		['12 pm', 720],
		['12:00 pm', 720],
		['11:59 pm', 1439],
		['18:30', 1110],
		['05:15', 315],
	])('reads %j as %d minutes after midnight', (text, minutes) => {
		expect(parseClockTime(text)).toEqual({ ok: true, minutes });
	});

	test.each([
		['', 'required'],
		['   ', 'required'],
		['24:00', 'range'],
		['25', 'range'],
		['6:60', 'range'],
		['13 pm', 'range'],
		['0 am', 'range'],
		['0:30 pm', 'range'],
		['noon', 'format'],
		['6:5', 'format'],
		['6:30:00', 'format'],
		['6-30', 'format'],
		['-1', 'format'],
		['123:45', 'format'],
		['06:30  p.m.', 'format'], // 11 characters: longer than any time
		['٦:٣x', 'format'], // other digits are read, other letters are not
		['<script>', 'format'],
		['6:30 xm', 'format'],
	] as const)('refuses %j (%s)', (text, reason) => {
		expect(parseClockTime(text)).toEqual({ ok: false, reason });
	});

	test('anything that is not a string counts as empty, and nothing throws', () => {
		for (const input of [undefined, null, 630, NaN, {}, [], ['06:30'], true, Symbol('x')]) {
			expect(parseClockTime(input)).toEqual({ ok: false, reason: 'required' });
		}
	});

	test('property: any string gives a minute of the day or a reason, never a throw', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 20 }), (text) => {
				const r = parseClockTime(text);
				if (r.ok) {
					expect(Number.isInteger(r.minutes)).toBe(true);
					expect(r.minutes).toBeGreaterThanOrEqual(0);
					expect(r.minutes).toBeLessThan(MINUTES_PER_DAY);
				} else expect(['required', 'format', 'range']).toContain(r.reason);
			}),
		);
	});

	test('property: "H:MM", "HH:MM" and the 12-hour form all read back the time they name', () => {
		fc.assert(
			fc.property(hourAndMinute, ([h, m]) => {
				const minutes = h * 60 + m;
				expect(parseClockTime(`${h}:${pad(m)}`)).toEqual({ ok: true, minutes });
				expect(parseClockTime(`${pad(h)}${pad(m)}`)).toEqual({ ok: true, minutes });
				expect(parseClockTime(twelve(h, m))).toEqual({ ok: true, minutes });
			}),
		);
	});
});

describe('formatClock', () => {
	test.each([
		[0, '00:00', '12:00 am'],
		[30, '00:30', '12:30 am'],
		[390, '06:30', '6:30 am'],
		[720, '12:00', '12:00 pm'],
		[765, '12:45', '12:45 pm'],
		[1365, '22:45', '10:45 pm'],
		[1439, '23:59', '11:59 pm'],
		[-30, '23:30', '11:30 pm'], // wraps to the day before
		[1440 + 75, '01:15', '1:15 am'], // and to the next day
	])('%d minutes is %s and %s', (minutes, h24, h12) => {
		expect(formatClock(minutes, '24')).toBe(h24);
		expect(formatClock(minutes, '12')).toBe(h12);
	});

	test('property: both formats name the hour and minute they were given', () => {
		fc.assert(
			fc.property(hourAndMinute, fc.integer({ min: -3, max: 3 }), ([h, m], days) => {
				const minutes = h * 60 + m + days * MINUTES_PER_DAY;
				expect(formatClock(minutes, '24')).toBe(`${pad(h)}:${pad(m)}`);
				expect(formatClock(minutes, '12')).toBe(twelve(h, m));
			}),
		);
	});
});

describe('formatDuration', () => {
	test.each([
		[0, '0 min'],
		[1, '1 min'],
		[45, '45 min'],
		[60, '1 h'],
		[90, '1 h 30 min'],
		[450, '7 h 30 min'],
		[510, '8 h 30 min'],
		[540, '9 h'],
		[840, '14 h'],
		[29.6, '30 min'],
		[59.6, '1 h'],
		[-5, '0 min'],
	])('%d minutes reads %s', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});

	test('property: the hours and minutes shown add back up to the whole minutes given', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), (minutes) => {
				const m = /^(?:(\d+) h)?(?: ?(\d+) min)?$/.exec(formatDuration(minutes));
				expect(m).not.toBeNull();
				const hours = Number(m![1] ?? 0);
				const mins = Number(m![2] ?? 0);
				expect(mins).toBeLessThan(60);
				expect(hours * 60 + mins).toBe(minutes);
			}),
		);
	});
});

describe('wrapMinutes', () => {
	test.each([
		[0, 0],
		[1439, 1439],
		[1440, 0],
		[-1, 1439],
		[-1440, 0],
		[-1441, 1439],
		[3000, 120],
		[29.6, 30],
		[-0, 0],
	])('%d wraps to %d', (minutes, wrapped) => {
		expect(wrapMinutes(minutes)).toBe(wrapped);
	});

	test('property: adding or taking away whole days never changes the time of day', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: -1000, max: 1000 }), (minutes, days) => {
				expect(wrapMinutes(minutes + days * MINUTES_PER_DAY)).toBe(minutes);
			}),
		);
	});
});

describe('clockFromHourCycle and detectClockFormat', () => {
	test.each([
		['h11', '12'],
		['h12', '12'],
		['h23', '24'],
		['h24', '24'],
		['', '24'],
		[undefined, '24'],
		['nonsense', '24'],
	])('hour cycle %j means a %s-hour clock', (cycle, clock) => {
		expect(clockFromHourCycle(cycle)).toBe(clock);
	});

	test('a locale picks its clock, and a locale Intl cannot read falls back to 24-hour', () => {
		expect(detectClockFormat('en-US')).toBe('12');
		expect(detectClockFormat('en-GB')).toBe('24');
		expect(detectClockFormat('de-DE')).toBe('24');
		expect(detectClockFormat('not a locale!')).toBe('24');
	});
});
