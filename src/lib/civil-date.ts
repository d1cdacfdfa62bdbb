/**
 * Calendar dates as day numbers (days since 1970-01-01), with integer arithmetic only: no Date is
 * built from a local time, so time zones and daylight saving cannot move a day. The conversion is
 * Howard Hinnant's days-from-civil algorithm, valid for the proleptic Gregorian calendar.
 */

export interface CivilDate {
	year: number;
	month: number;
	day: number;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;

/** "2026-11-29" to a date, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: unknown): CivilDate | undefined {
	const m = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim()) : null;
	if (!m) return undefined;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const formatIsoDate = (d: CivilDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber({ year, month, day }: CivilDate): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 1970-01-01 was a Thursday. */
export const weekday = (n: number) => WEEKDAYS[(((n + 3) % 7) + 7) % 7]!;

/** "3 Dec", with the year when it differs from `yearOf` ("3 Jan 2027"). */
export function formatDayMonth(n: number, yearOf?: number): string {
	const d = fromDayNumber(n);
	const year = yearOf !== undefined && fromDayNumber(yearOf).year !== d.year ? ` ${d.year}` : '';
	return `${d.day} ${MONTHS[d.month - 1]}${year}`;
}

/** "Thu 3 Dec", with the year when it differs from `yearOf` ("Sun 3 Jan 2027"). */
export const formatDayShort = (n: number, yearOf?: number): string => `${weekday(n)} ${formatDayMonth(n, yearOf)}`;

/** Today's date where the reader is, as a day number (the one place a Date is read: for its local fields). */
export function localToday(now = new Date()): number {
	return toDayNumber({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
