/**
 * The timeline as calendar events: one all-day event per day, whose summary starts with the day's
 * kind ("Easy run: ..."). The island hands these to the `ics` library (RFC 5545) when the runner
 * asks for the file, so the library loads only then.
 */
import { allDay, type CalendarEvent } from '../../calendar';
import { dayText } from './describe';
import type { Timeline } from './timeline';

export type { CalendarEvent };

export const CALENDAR_NAME = 'After the race';
export const PRODUCT_ID = 'runner-recovery/after-race';

/** Where the plan came from: the public page, or, from a build without its address, a local copy. */
const planFrom = (site: string) =>
	site ? `Plan from ${site}/tools/after-race/` : 'Plan from a local copy of this site (the after-race page, /tools/after-race/)';

/**
 * `site` is the public host, or '' when the build had none (no SITE_URL): the events then say
 * their link is local instead of naming a placeholder domain, and their ids use "local".
 */
export function calendarEvents(t: Timeline, site: string): CalendarEvent[] {
	return t.days.map((d) => ({
		uid: `after-race-${t.raceDay}-${d.day}@${site || 'local'}`,
		...allDay(d.date),
		title: `${d.kind}: day ${d.day} after the ${t.distanceLabel.toLowerCase()}`,
		description: `${dayText(d, t)}. ${planFrom(site)} (general guidance, not medical advice).`,
	}));
}
