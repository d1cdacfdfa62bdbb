/**
 * Time of day as minutes since midnight, modulo 1440. No Date is ever built from a local time, so
 * a daylight-saving change cannot shift an answer (a night with a change is one hour off, and the
 * tools say so). Used by the sleep calculator and the quiz's bedtime line.
 */

import { toAsciiDigits } from './digits';

export const MINUTES_PER_DAY = 1440;

/** Minutes since midnight in 0..1439 for any whole number of minutes, negative ones included. */
export const wrapMinutes = (minutes: number): number => ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;

export type ClockFormat = '12' | '24';

export type ClockParse = { ok: true; minutes: number } | { ok: false; reason: 'required' | 'format' | 'range' };

/** Reads "06:30", "6:30", "6.30", "0630", "7", "6:30 am", "6 pm", "6:30 p.m." into minutes since midnight. */
export function parseClockTime(input: unknown): ClockParse {
	const text = typeof input === 'string' ? toAsciiDigits(input).trim().toLowerCase() : '';
	if (text === '') return { ok: false, reason: 'required' };
	const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
	if (!match || text.length > 10) return { ok: false, reason: 'format' };
	const hours = Number(match[1]);
	const minutes = match[2] === undefined ? 0 : Number(match[2]);
	const meridiem = match[3]?.[0];
	if (minutes > 59) return { ok: false, reason: 'range' };
	if (meridiem) {
		if (hours < 1 || hours > 12) return { ok: false, reason: 'range' };
		return { ok: true, minutes: (hours % 12) * 60 + minutes + (meridiem === 'p' ? 720 : 0) };
	}
	if (hours > 23) return { ok: false, reason: 'range' };
	return { ok: true, minutes: hours * 60 + minutes };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day in the reader's format: "22:45" or "10:45 pm" (midnight is "12:00 am", noon "12:00 pm"). */
export function formatClock(minutes: number, clock: ClockFormat): string {
	const t = wrapMinutes(minutes);
	const h = Math.floor(t / 60);
	const m = t % 60;
	if (clock === '24') return `${pad(h)}:${pad(m)}`;
	return `${h % 12 === 0 ? 12 : h % 12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`;
}

/** A length of time: "8 h 30 min", "9 h", "45 min". */
export function formatDuration(minutes: number): string {
	const total = Math.max(0, Math.round(minutes));
	const h = Math.floor(total / 60);
	const m = total % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** 12- or 24-hour clock from Intl's hourCycle (h11 and h12 are 12-hour clocks). */
export const clockFromHourCycle = (hourCycle: string | undefined): ClockFormat =>
	hourCycle === 'h11' || hourCycle === 'h12' ? '12' : '24';

/** The clock a locale uses (the browser's when no locale is given); 24-hour if Intl cannot tell. */
export function detectClockFormat(locale?: string): ClockFormat {
	try {
		return clockFromHourCycle(new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle);
	} catch {
		return '24';
	}
}
