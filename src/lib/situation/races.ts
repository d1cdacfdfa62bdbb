/**
 * Races as every tool and guide names them: the distances, their lengths and how hard they were run.
 * One table, so the quiz, the after-race timeline and the guides cannot disagree on what a half
 * marathon is.
 *
 * PUBLISHED: the road distances (World Athletics: 21.0975 km and 42.195 km); a mile is 1.609344 km.
 * THIS SITE'S RULE OF THUMB: an ultra without a typed distance counts as 50 km, its shortest usual
 * distance (recovery grows with distance, so the shortest is the least cautious assumption and the
 * page says so; a runner who types the distance gets its own days).
 */
export const KM_PER_MILE = 1.609344;

/** The distance units the tools offer. */
export const DISTANCE_UNITS = ['km', 'mi'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];
export const DISTANCE_UNIT_LABELS: Record<DistanceUnit, string> = { km: 'Kilometres', mi: 'Miles' };

export const RACES = ['5k', '10k', 'half', 'marathon', 'ultra'] as const;
export type Race = (typeof RACES)[number];

export const RACE_LABELS: Record<Race, string> = {
	'5k': '5K',
	'10k': '10K',
	half: 'Half marathon',
	marathon: 'Marathon',
	ultra: 'Ultra (50K and beyond)',
};

/** The length of each named race, km. */
export const RACE_KM: Record<Race, number> = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195, ultra: 50 };

/** The usual race distances in miles, as runners type them (5K, 10K, half, marathon), for unit mix-ups. */
export const RACE_MILES_TYPED: readonly number[] = [3.1, 6.2, 13.1, 26.2];
/** The usual road distances in km, as runners type them, for unit mix-ups. */
export const RACE_KM_TYPED: readonly number[] = [21.1, RACE_KM.half, 42.2, RACE_KM.marathon];

/** How hard the race was run. */
export const EFFORTS = ['all-out', 'hard', 'training'] as const;
export type Effort = (typeof EFFORTS)[number];
export const EFFORT_LABELS: Record<Effort, string> = {
	'all-out': 'Raced all-out',
	hard: 'Hard but controlled',
	training: 'A training effort',
};
/** The effort assumed when a tool does not ask: the most cautious one (the page says so). */
export const ASSUMED_EFFORT: Effort = 'all-out';

/** Races this long or longer count as long races for doses ("in the days after a half marathon or longer"). */
export const LONG_RACE_KM = RACE_KM.half;

/** The longest any tool counts the days after a race (8 weeks): the last anchor's normal training and more. */
export const RECENT_RACE_DAYS = 56;
