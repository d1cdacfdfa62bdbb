/**
 * Ages: the range every tool accepts and the bands that change an answer (sleep need, recovery
 * time, the notes for teenagers and for masters runners).
 *
 * PUBLISHED
 * - Sleep by age: teenagers (13-17) 8-10 h (AASM, Paruthi 2016 gives 13-18; NSF, Hirshkowitz 2015
 *   gives 14-17); adults 18-64 7-9 h (NSF; AASM/SRS, Watson 2015: 7 h or more); 65 and over 7-8 h (NSF).
 * - Masters runners: slower recovery after a 55 km trail race (easthope2010), but not after downhill
 *   running or in the first 48 h in other studies (hayashi2019, markus2022): unsettled.
 * THIS SITE'S RULE OF THUMB
 * - The tools answer for ages 13 to 100: younger runners need a clinician or coach who knows
 *   growing bones, not a calculator.
 * - From 50 ("masters"), normal training and racing come back 25% later after a race.
 */
export const AGE_RANGE = { min: 13, max: 100 } as const;

export const MASTERS_AGE = 50;

export interface AgeBand {
	id: 'teen' | 'adult' | 'older-adult';
	label: string;
	minAge: number;
	maxAge: number;
	/** The recommended nightly sleep for the band, hours. */
	minHours: number;
	maxHours: number;
}

export const AGE_BANDS: readonly AgeBand[] = [
	{ id: 'teen', label: 'teenagers (13–17)', minAge: AGE_RANGE.min, maxAge: 17, minHours: 8, maxHours: 10 },
	{ id: 'adult', label: 'adults (18–64)', minAge: 18, maxAge: 64, minHours: 7, maxHours: 9 },
	{ id: 'older-adult', label: 'adults 65 and over', minAge: 65, maxAge: AGE_RANGE.max, minHours: 7, maxHours: 8 },
];
/** Without an age, the adult band is used (and the answer says so). */
export const DEFAULT_BAND = AGE_BANDS[1]!;

export const bandForAge = (age: number | undefined): AgeBand =>
	age === undefined ? DEFAULT_BAND : (AGE_BANDS.find((b) => age >= b.minAge && age <= b.maxAge) ?? AGE_BANDS[AGE_BANDS.length - 1]!);

export const isTeen = (age: number | undefined) => age !== undefined && age <= AGE_BANDS[0]!.maxAge;
export const isMasters = (age: number | undefined) => age !== undefined && age >= MASTERS_AGE;

/** The age field every tool asks, with the one range and the one message. */
export const ageField = (who: string) =>
	({
		label: 'Age',
		min: AGE_RANGE.min,
		max: AGE_RANGE.max,
		unit: 'years',
		integer: true,
		rangeHint: `Age must be between ${AGE_RANGE.min} and ${AGE_RANGE.max} years: ${who} is for teens and adults`,
	}) as const;

export const TEEN_BAND = AGE_BANDS[0]!;
export const ADULT_BAND = AGE_BANDS[1]!;
/** "8 to 10 hours": a band's recommended sleep in words. */
export const sleepRangeText = (band: AgeBand, to = ' to ', unit = ' hours') => `${band.minHours}${to}${band.maxHours}${unit}`;
