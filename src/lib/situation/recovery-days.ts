/**
 * How many days recovery takes after a race, and what each day is for. Day 0 is race day. The quiz
 * (its training call and the days it names) and the after-race timeline (every day of it) both read
 * these, so they cannot give two answers for one race.
 *
 * Three milestones, each a day number, each with the sources it rests on (MILESTONE_SOURCES):
 *   firstRun   the earliest first easy run, and only if the return-to-running checks pass
 *   normal     the first workout: normal training is back
 *   raceAgain  ready to race again
 *
 * WHAT IS PUBLISHED (physiology; small studies, mostly men, mostly marathons)
 * - 5 km: a time trial 24 h later was about 10 s slower; 72 h later, no different (bosak2009, n = 12).
 * - Half: knee strength mostly back within 1-2 days (wang2025, n = 38).
 * - Marathon: aerobic fitness back within 7 days, soreness highest on day 1 and near baseline from
 *   day 4 (takayama2017, n = 11); strength still below pre-race on day 7, and 40-45 min runs on
 *   days 5-7 slowed it (sherman1984); easy 40 min sessions from 48 h did no harm to blood markers
 *   (martineznavarro2021); muscle repair over 3-4 weeks (warhol1985).
 * - 166 km: most strength back within 9 days, all by day 16 (millet2011).
 * - Age: masters recovered more slowly after a 55 km trail race (easthope2010), but not after
 *   downhill running or in the first 48 h in other studies (hayashi2019, markus2022): unsettled.
 *
 * COACHING CONVENTIONS (rules of thumb nobody has tested)
 * - Race again after one day per mile raced (Jack Foster, in henderson2013).
 * - After a marathon: a short run about day 4 (Higdon: higdon-novice, higdon-advanced); no running in
 *   week 1, runs of 45 min at most in weeks 2 and 3, workouts from week 4 (VDOT O2: vdoto2-2011).
 *
 * THIS SITE'S RULES OF THUMB
 * - The anchor days by distance (ANCHORS), read between anchors by straight lines; the milestones
 *   for 10 km, 50 km and longer, where there is no physiology.
 * - Effort: hard but controlled = 0.75 x the days to normal training and racing, first run a day
 *   earlier; a training effort = 0.5 x (first run from day 1 up to 10 km).
 * - Age 50 and over: normal training and racing 25% later (the earliest first run does not move).
 * - A usual week shorter than the race: first run a day later, normal training 25% later.
 * - A week of normal training before racing again (WORKOUT_WEEK), except after a race whose legs are
 *   back within days (normal training before SHORT_RECOVERY_DAYS): there the race-ready day may
 *   follow the first workout, and the page says why (bosak2009).
 * - In the first week after a half marathon or longer, easy runs of 30 min at most (sherman1984's
 *   40-45 min runs on days 5-7 slowed strength); after that, 45 min at most until workouts come back
 *   (vdoto2-2011).
 * Rounding is always up, so no modifier can make recovery shorter than the rule before it.
 */
import { isMasters } from './age-bands';
import { KM_PER_MILE, LONG_RACE_KM, type Effort } from './races';

export interface Anchor {
	km: number;
	/** No running, days 0 to this day. */
	restUntil: number;
	/** Walking until this day; cross-training from it (until the first run). */
	crossFrom: number;
	firstRun: number;
	normal: number;
}

/** The anchor days for an all-out race by a runner under 50 whose usual week is at least the race. */
export const ANCHORS: readonly Anchor[] = [
	{ km: 1, restUntil: 0, crossFrom: 1, firstRun: 1, normal: 2 },
	{ km: 5, restUntil: 1, crossFrom: 2, firstRun: 2, normal: 4 },
	{ km: 10, restUntil: 1, crossFrom: 2, firstRun: 2, normal: 6 },
	{ km: 21.1, restUntil: 2, crossFrom: 2, firstRun: 3, normal: 10 },
	{ km: 42.2, restUntil: 3, crossFrom: 2, firstRun: 4, normal: 25 },
	{ km: 50, restUntil: 4, crossFrom: 3, firstRun: 7, normal: 28 },
	{ km: 100, restUntil: 6, crossFrom: 4, firstRun: 10, normal: 35 },
	{ km: 166, restUntil: 8, crossFrom: 5, firstRun: 12, normal: 42 },
	{ km: 500, restUntil: 12, crossFrom: 7, firstRun: 16, normal: 56 },
];

/** Days between anchors, on a straight line, rounded up. */
function between(km: number, pick: (a: Anchor) => number): number {
	const first = ANCHORS[0]!;
	const last = ANCHORS[ANCHORS.length - 1]!;
	if (km <= first.km) return pick(first);
	if (km >= last.km) return pick(last);
	const i = ANCHORS.findIndex((a) => a.km >= km);
	const hi = ANCHORS[i]!;
	const lo = ANCHORS[i - 1]!;
	return Math.ceil(pick(lo) + ((pick(hi) - pick(lo)) * (km - lo.km)) / (hi.km - lo.km));
}

/** Foster's rule: race again after one day per mile raced. */
export const fosterDays = (km: number) => Math.round(km / KM_PER_MILE);

export const EFFORT_FACTOR: Record<Effort, number> = { 'all-out': 1, hard: 0.75, training: 0.5 };
export const LATER = 1.25;
/** Days of normal training before racing again (rule of thumb). */
export const WORKOUT_WEEK = 7;
/** Normal training back before this day: a short recovery, where racing may follow the first workout. */
export const SHORT_RECOVERY_DAYS = 7;

/** Easy-run length caps: in the first week after a long race (sherman1984), then until workouts (vdoto2-2011). */
export const EASY_RUN_MINUTES = { firstWeekAfterLongRace: 30, firstWeekUntilDay: 7, later: 45 } as const;
/** The first run's length, minutes. */
export const FIRST_RUN_MINUTES = { min: 20, max: 30 } as const;

export interface Milestones {
	restUntil: number;
	crossFrom: number;
	firstRun: number;
	normal: number;
	raceAgain: number;
	/** Why the race-ready day falls where it does. */
	raceAgainRule: 'foster' | 'workout-week' | 'short-recovery';
	/** Which modifiers applied, for the reasons. */
	masters: boolean;
	lowVolume: boolean;
	/** A half marathon or longer: easy runs are shorter in the first week. */
	longRace: boolean;
}

export interface Runner {
	km: number;
	effort: Effort;
	age?: number;
	/** Usual weekly running, km. */
	weeklyKm?: number;
}

export function milestones({ km, effort, age, weeklyKm }: Runner): Milestones {
	const factor = EFFORT_FACTOR[effort];
	const masters = isMasters(age);
	const lowVolume = weeklyKm !== undefined && weeklyKm < km;
	// The all-out days first; an easier effort can only bring them forward, never push them back.
	const allOutRest = between(km, (a) => a.restUntil);
	const allOutFirst = Math.max(
		between(km, (a) => a.firstRun),
		allOutRest + 1,
	);
	const floor = effort === 'training' && km <= 10 ? 1 : 2;
	let firstRun = effort === 'all-out' ? allOutFirst : Math.min(allOutFirst, Math.max(floor, allOutFirst - 1));
	const restUntil = Math.min(Math.ceil(allOutRest * factor), firstRun - 1);
	const crossFrom = Math.min(
		between(km, (a) => a.crossFrom),
		restUntil + 1,
	);
	if (lowVolume) firstRun += 1;
	let normal = Math.ceil(between(km, (a) => a.normal) * factor);
	if (masters) normal = Math.ceil(normal * LATER);
	if (lowVolume) normal = Math.ceil(normal * LATER);
	normal = Math.max(normal, firstRun + 1);
	let foster = Math.ceil(fosterDays(km) * factor);
	if (masters) foster = Math.ceil(foster * LATER);
	const shortRecovery = normal < SHORT_RECOVERY_DAYS;
	const earliest = shortRecovery ? normal + 1 : normal + WORKOUT_WEEK;
	const raceAgain = Math.max(foster, earliest);
	const raceAgainRule = foster >= earliest ? 'foster' : shortRecovery ? 'short-recovery' : 'workout-week';
	return { restUntil, crossFrom, firstRun, normal, raceAgain, raceAgainRule, masters, lowVolume, longRace: km >= LONG_RACE_KM };
}

/** The kinds of day, one per day (the timeline's legend and the calendar use these words). */
export const DAY_KINDS = ['Rest', 'Walk', 'Cross-train', 'Easy run', 'Steady run', 'Workout', 'Race ready'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Kinds of day on which there is no running. */
export const NO_RUN_KINDS: readonly DayKind[] = ['Rest', 'Walk', 'Cross-train'];

/**
 * The kind of day `day` after a race with these milestones (rule of thumb, after the conventions
 * above): race day is a rest day; walking until cross-training is allowed; the first easy run behind
 * the return checks; for a week after it, runs every other day with cross-training between; then
 * easy runs; steady runs in the last third before workouts come back; normal training; race ready.
 */
export function dayKind(day: number, m: Milestones): DayKind {
	if (day === 0) return 'Rest';
	if (day >= m.raceAgain) return 'Race ready';
	if (day >= m.normal) return 'Workout';
	if (day < m.crossFrom) return 'Walk';
	if (day < m.firstRun) return 'Cross-train';
	const sinceFirst = day - m.firstRun;
	if (sinceFirst < 7) return sinceFirst % 2 === 0 ? 'Easy run' : 'Cross-train';
	const steadyFrom = m.normal - Math.ceil((m.normal - m.firstRun) / 3);
	return day >= steadyFrom ? 'Steady run' : 'Easy run';
}

/** The longest easy run on `day`, minutes. */
export const easyRunMinutes = (day: number, m: Pick<Milestones, 'longRace'>) =>
	m.longRace && day <= EASY_RUN_MINUTES.firstWeekUntilDay ? EASY_RUN_MINUTES.firstWeekAfterLongRace : EASY_RUN_MINUTES.later;

/** The bibliography ids behind each milestone: what the page cites where it names the day. */
export const MILESTONE_SOURCES = {
	firstRun: ['higdon-novice', 'higdon-advanced', 'takayama2017'],
	normal: ['vdoto2-2011', 'sherman1984'],
	raceAgain: ['henderson2013', 'warhol1985'],
} as const satisfies Record<string, readonly string[]>;

/** "25%": how much later a modifier makes normal training and racing, in words. */
export const LATER_PERCENT = `${Math.round((LATER - 1) * 100)}%`;
/** "a quarter", "half": an effort's shortening of the later milestones, in words. */
export const fractionWord = (f: number) => ({ 0.25: 'a quarter', 0.5: 'half', 0.75: 'three quarters' })[f] ?? `${Math.round(f * 100)}%`;

/** Racing comes within a week of the first workout: the page must say why (after a short race). */
export const racesSoonAfterFirstWorkout = (m: Pick<Milestones, 'normal' | 'raceAgain'>) => m.raceAgain - m.normal < WORKOUT_WEEK;
/** Why racing may come so soon after the first workout, as both tools say it (bosak2009). */
export const SHORT_RECOVERY_WHY = 'after a race this short, the legs are back within days';
