/**
 * Saves all-day events as an .ics file (RFC 5545, written by the `ics` library). Islands import
 * this module only when the runner asks for the file, so neither it nor `ics` is in a page's first
 * load. Resolves false when the file could not be made: the island says so beside its button.
 */
import { createEvents } from 'ics';
import type { CalendarEvent } from '../../lib/calendar';

export function saveCalendar(events: CalendarEvent[], calendar: { productId: string; calName: string }, fileName: string): boolean {
	const { error, value } = createEvents(events, calendar);
	if (error || !value) return false;
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([value], { type: 'text/calendar' }));
	link.download = fileName;
	link.click();
	URL.revokeObjectURL(link.href);
	return true;
}
