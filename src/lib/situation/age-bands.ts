/**
 * The age bands that change an answer: sleep need, recovery time, the notes for teenagers and for
 * masters runners (sources in ages.ts's header).
 */
import { AGE_RANGE } from './ages';

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

export const TEEN_BAND = AGE_BANDS[0]!;
export const ADULT_BAND = AGE_BANDS[1]!;
/** "8 to 10 hours": a band's recommended sleep in words. */
export const sleepRangeText = (band: AgeBand, to = ' to ', unit = ' hours') => `${band.minHours}${to}${band.maxHours}${unit}`;
