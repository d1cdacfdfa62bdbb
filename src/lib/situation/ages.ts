/**
 * Ages: the range every tool accepts and its field (read by the forms); the bands that change an
 * answer are in age-bands.ts (read by the rules).
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
