/**
 * The week ahead: the runner says what each of the next 7 days holds, and recovery is placed
 * around it. THIS SITE'S RULES OF THUMB (the page says so): the day after a hard session, a long run
 * or a race is easy or rest; two hard days in a row get a note to split them; a hard day or a long
 * run is followed by food and sleep, each linked to its guide (where the evidence is). Exported as
 * an .ics calendar (RFC 5545 via the `ics` library, loaded when asked for).
 */
import { allDay, type CalendarEvent } from '../../calendar';

export const PLANNED = ['rest', 'easy', 'hard', 'long', 'race'] as const;
export type Planned = (typeof PLANNED)[number];
export const PLANNED_LABELS: Record<Planned, string> = {
	rest: 'Rest',
	easy: 'Easy run',
	hard: 'Hard session',
	long: 'Long run',
	race: 'Race',
};
export const WEEK_AHEAD = 7;

const HEAVY: readonly Planned[] = ['hard', 'long', 'race'];

export interface WeekDay {
	day: number;
	planned: Planned;
	/** Recovery for the day, each with the guide or tool it comes from. */
	recovery: { text: string; href: string }[];
	note?: string;
}

/**
 * The week from tomorrow (`first`), given what each day holds; `heavyBefore` says whether the day
 * before the first was hard, long or a race (from the files).
 */
export function weekPlan(first: number, planned: readonly Planned[], heavyBefore: boolean): WeekDay[] {
	return planned.slice(0, WEEK_AHEAD).map((p, i) => {
		const afterHeavy = i === 0 ? heavyBefore : HEAVY.includes(planned[i - 1]!);
		const recovery: WeekDay['recovery'] = [];
		if (afterHeavy && p !== 'rest')
			recovery.push({ text: 'Keep it easy: the day after a hard day is for recovery', href: '/methods/rest-easy-days/' });
		if (HEAVY.includes(p)) recovery.push({ text: 'Eat and drink to refuel afterwards', href: '/methods/nutrition/' });
		if (p === 'race') recovery.push({ text: 'Plan the days after with the after-race timeline', href: '/tools/after-race/' });
		recovery.push({ text: HEAVY.includes(p) ? 'Sleep your full need tonight' : 'Sleep your usual need', href: '/tools/sleep/' });
		const note = afterHeavy && HEAVY.includes(p) ? 'Two hard days in a row: if you can, put an easy day between them.' : undefined;
		return { day: first + i, planned: p, recovery, ...(note ? { note } : {}) };
	});
}

export const WEEK_CALENDAR = { name: 'My training week', productId: 'runner-recovery/runs' } as const;

/** One all-day event a day; `site` is the public host, or '' for a build without one. */
export function weekEvents(week: readonly WeekDay[], site: string): CalendarEvent[] {
	const from = site ? `${site}/tools/runs/` : 'a local copy of this site (/tools/runs/)';
	return week.map((d) => ({
		uid: `runs-week-${d.day}@${site || 'local'}`,
		...allDay(d.day),
		title: `${PLANNED_LABELS[d.planned]}${d.note ? ' (see note)' : ''}`,
		description:
			[...d.recovery.map((r) => r.text), ...(d.note ? [d.note] : []), `From ${from}; general guidance, not medical advice`].join('. ') +
			'.',
	}));
}
