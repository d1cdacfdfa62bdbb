/**
 * The 28-day picture: load by day in one unit, this week against the runner's usual, long runs,
 * hard sessions, days since the last hard one, and races the runner may confirm. No readiness
 * score and no injury risk: the acute:chronic ratio behind such scores does not hold up
 * (impellizzeri2020), so the page gives two numbers and a sentence, never a ratio.
 *
 * PUBLISHED: see load.ts for the units.
 * THIS SITE'S RULES OF THUMB (the page states each):
 *  - "your usual week" is the mean of the three weeks before this one;
 *  - a long run is a run of at least LONG_RUN.minMinutes and at least LONG_RUN.ofMedian times the
 *    runner's median run;
 *  - a hard session is one with an effort of HARD.effort or more, else HARD.minutesHigh minutes at
 *    HARD.hrFraction of maximum heart rate or above, else (a run without heart rate) a moving speed
 *    HARD.speedOver times the usual or faster for HARD.minMinutes or more;
 *  - a race may be a run within RACE_MATCH of a race distance run faster than usual; it counts only
 *    once the runner confirms it.
 */
import { RACES, RACE_KM, type Race } from '../../situation/races';
import { LOAD_UNITS, median, movingSpeed, sessionLoad, type LoadUnit } from './load';
import { PICTURE_DAYS, type RunSession } from './session';

export { PICTURE_DAYS };

export const WEEK_DAYS = 7;
export const LONG_RUN = { minMinutes: 60, ofMedian: 1.5 } as const;
export const HARD = { effort: 7, hrFraction: 0.85, minutesHigh: 10, speedOver: 1.08, minMinutes: 15 } as const;
/** A run within 3% of a race's distance may be that race (a GPS distance is rarely exact). */
export const RACE_MATCH = 0.03;
/** Over this, a run is an ultra. */
export const ULTRA_FROM_KM = 45;

export interface PictureSession extends RunSession {
	/** A stable id for the page (file and index). */
	id: string;
	/** The runner's effort, 0-10, when given. */
	effort?: number;
	/** The runner's own day for it (their time zone), a day number. */
	day: number;
}

export interface PictureInput {
	sessions: readonly PictureSession[];
	today: number;
	/** Maximum heart rate, given or estimated (undefined: no heart-rate load). */
	maxHr?: number;
	/** The unit the runner asked for, if it is available. */
	unit?: LoadUnit;
}

export interface DayLoad {
	day: number;
	load: number;
	sessions: number;
}

export interface Picture {
	unit: LoadUnit;
	/** Units every session in the picture has: the runner may switch between them. */
	units: LoadUnit[];
	days: DayLoad[];
	thisWeek: number;
	/** The mean of the three weeks before this one; undefined when the files do not reach back that far. */
	usualWeek?: number;
	usualSpeed?: number;
	longRuns: string[];
	hard: string[];
	daysSinceHard?: number;
	/** Sessions that may be races, newest first, with the race they match. */
	maybeRaces: { id: string; race: Race }[];
	/** Sessions inside the picture, and outside it (older, or dated after today). */
	inside: string[];
	outside: string[];
}

const inPicture = (s: PictureSession, today: number) => s.day <= today && s.day > today - PICTURE_DAYS;

/** The runner's usual running speed: the median of their runs' moving speeds. */
export const usualSpeedOf = (sessions: readonly PictureSession[]) =>
	median(
		sessions
			.filter((s) => s.sport === 'running')
			.map(movingSpeed)
			.filter((v): v is number => v !== undefined),
	);

export function isHard(s: PictureSession, maxHr: number | undefined, usualSpeed: number | undefined): boolean {
	if (s.effort !== undefined) return s.effort >= HARD.effort;
	if (s.hr && maxHr) {
		const highSeconds = s.hr.filter(([bpm]) => bpm / maxHr >= HARD.hrFraction).reduce((sum, [, sec]) => sum + sec, 0);
		return highSeconds / 60 >= HARD.minutesHigh;
	}
	const speed = movingSpeed(s);
	return (
		s.sport === 'running' &&
		speed !== undefined &&
		usualSpeed !== undefined &&
		speed >= usualSpeed * HARD.speedOver &&
		s.movingS / 60 >= HARD.minMinutes
	);
}

/** The race a run's distance matches, if any. */
export function raceFor(distanceM: number | null): Race | undefined {
	if (distanceM === null) return undefined;
	const km = distanceM / 1000;
	if (km >= ULTRA_FROM_KM) return 'ultra';
	return RACES.find((r) => r !== 'ultra' && Math.abs(km - RACE_KM[r]) <= RACE_KM[r] * RACE_MATCH);
}

export function picture(input: PictureInput): Picture {
	const { today, maxHr } = input;
	// In time order (then by id), whatever order the files came in: sums and lists come out the same.
	const ordered = [...input.sessions].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const inside = ordered.filter((s) => inPicture(s, today));
	const usualSpeed = usualSpeedOf(inside);
	const context = (s: PictureSession) => ({ effort: s.effort, maxHr, usualSpeed });
	const units = LOAD_UNITS.filter((u) => inside.every((s) => sessionLoad(s, u, context(s)) !== undefined));
	const unit = input.unit && units.includes(input.unit) ? input.unit : units[0]!;
	const days: DayLoad[] = Array.from({ length: PICTURE_DAYS }, (_, i) => ({ day: today - PICTURE_DAYS + 1 + i, load: 0, sessions: 0 }));
	for (const s of inside) {
		const d = days[s.day - days[0]!.day]!;
		d.load += sessionLoad(s, unit, context(s)) ?? 0;
		d.sessions++;
	}
	const weekSum = (weeksAgo: number) =>
		days.slice(PICTURE_DAYS - WEEK_DAYS * (weeksAgo + 1), PICTURE_DAYS - WEEK_DAYS * weeksAgo).reduce((sum, d) => sum + d.load, 0);
	const firstDay = Math.min(...inside.map((s) => s.day));
	const reachesBack = inside.length > 0 && firstDay <= today - PICTURE_DAYS + 1 + WEEK_DAYS - 1;
	const runMinutes = median(inside.filter((s) => s.sport === 'running').map((s) => s.movingS / 60));
	const longRuns = inside
		.filter(
			(s) =>
				s.sport === 'running' &&
				s.movingS / 60 >= LONG_RUN.minMinutes &&
				runMinutes !== undefined &&
				s.movingS / 60 >= LONG_RUN.ofMedian * runMinutes,
		)
		.map((s) => s.id);
	const hardSessions = inside.filter((s) => isHard(s, maxHr, usualSpeed));
	const lastHard = Math.max(...hardSessions.map((s) => s.day));
	const maybeRaces = inside
		.filter((s) => s.sport === 'running' && raceFor(s.distanceM) && usualSpeed !== undefined && (movingSpeed(s) ?? 0) > usualSpeed)
		.sort((a, b) => b.start - a.start)
		.map((s) => ({ id: s.id, race: raceFor(s.distanceM)! }));
	return {
		unit,
		units,
		days,
		thisWeek: weekSum(0),
		...(reachesBack ? { usualWeek: (weekSum(1) + weekSum(2) + weekSum(3)) / 3 } : {}),
		...(usualSpeed !== undefined ? { usualSpeed } : {}),
		longRuns,
		hard: hardSessions.map((s) => s.id),
		...(hardSessions.length ? { daysSinceHard: today - lastHard } : {}),
		maybeRaces,
		inside: inside.map((s) => s.id),
		outside: ordered.filter((s) => !inPicture(s, today)).map((s) => s.id),
	};
}
