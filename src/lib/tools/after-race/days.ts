/**
 * How many days recovery takes after a race, by distance, effort, age and usual volume. Day 0 is
 * race day. Three milestones, each a day number:
 *   firstRun   the earliest first easy run, and only if the return-to-running checks pass
 *   normal     workouts come back (normal training)
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
 *   week 1, workouts from week 4 (VDOT O2: vdoto2-2011).
 *
 * THIS SITE'S RULES OF THUMB
 * - The anchor days by distance (ANCHORS), read between anchors by straight lines; the milestones
 *   for 10 km, 50 km and longer, where there is no physiology.
 * - Effort: hard but controlled = 0.75 x the days to normal training and racing, first run a day
 *   earlier; a training effort = 0.5 x (first run from day 1 up to 10 km).
 * - Age 50 and over: normal training and racing 25% later (the earliest first run does not move).
 * - A usual week shorter than the race: first run a day later, normal training 25% later.
 * Rounding is always up, so no modifier can make recovery shorter than the rule before it.
 */
import { KM_PER_MILE, type Effort } from './form';

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
export const MASTERS_AGE = 50;
export const LATER = 1.25;

export interface Milestones {
	restUntil: number;
	crossFrom: number;
	firstRun: number;
	normal: number;
	raceAgain: number;
	/** Which modifiers applied, for the reasons. */
	masters: boolean;
	lowVolume: boolean;
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
	const masters = age !== undefined && age >= MASTERS_AGE;
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
	let raceAgain = Math.ceil(fosterDays(km) * factor);
	if (masters) raceAgain = Math.ceil(raceAgain * LATER);
	raceAgain = Math.max(raceAgain, normal + 1);
	return { restUntil, crossFrom, firstRun, normal, raceAgain, masters, lowVolume };
}
