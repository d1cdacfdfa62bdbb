/**
 * Calendar files: one all-day event per day, in the shape the `ics` library (RFC 5545) takes. The
 * after-race timeline and the week ahead of "Your runs" both write them; the islands hand these to
 * `ics` when the runner asks for the file, so the library loads only then.
 */
import { fromDayNumber } from './civil-date';

export interface CalendarEvent {
	uid: string;
	/** All-day: [year, month, day]; the end is the next day (exclusive), as RFC 5545 wants. */
	start: [number, number, number];
	end: [number, number, number];
	title: string;
	description: string;
}

const ymd = (n: number): [number, number, number] => {
	const d = fromDayNumber(n);
	return [d.year, d.month, d.day];
};

/** The start and (exclusive) end of an all-day event on a day number. */
export const allDay = (day: number): Pick<CalendarEvent, 'start' | 'end'> => ({ start: ymd(day), end: ymd(day + 1) });
