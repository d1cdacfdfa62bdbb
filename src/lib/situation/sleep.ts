/**
 * Sleep facts the quiz and the sleep calculator both state.
 *
 * PUBLISHED
 * - Habitual sleep under 7 h is short for adults, and raises susceptibility to respiratory infection
 *   in athletes (watson2015, walsh2021).
 * - Nights of 6 h or less cut exercise performance by 7.56% on average across 69 studies (craven2022).
 * - The recommended range by age band (ages.ts). More than 9 h may be appropriate when recovering
 *   from sleep debt (watson2015); an athlete's own sense of need beats a one-size rule (walsh2021).
 * CONVENTION: 15 minutes to fall asleep when not given (calculators use 14-15; NSF 10-20 min).
 * THIS SITE'S RULE OF THUMB (no published formula exists)
 * - The nightly need without one's own figure: the bottom of the age range, plus 30 min for a
 *   moderate and 60 min for a heavy training load, never above the range's top. The extra for
 *   training is a target, not a need: sleep debt is counted against the bottom of the range (or the
 *   runner's own need), never against the training extra.
 */
import type { AgeBand } from './ages';

export const SHORT_SLEEP_HOURS = 7;
export const RESTRICTED_SLEEP_HOURS = 6;
/** Craven 2022's pooled fall in performance after restricted sleep, percent. */
export const RESTRICTED_SLEEP_PERFORMANCE_DROP = 7.56;
/** The same figure as the guides round it. */
export const RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED = Math.round(RESTRICTED_SLEEP_PERFORMANCE_DROP * 10) / 10;
export const LATENCY_DEFAULT = 15;

export const TRAINING_LEVELS = ['light', 'moderate', 'heavy'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
/** Minutes added to the bottom of the range for each training load (rule of thumb). */
export const LOAD_EXTRA: Record<TrainingLevel, number> = { light: 0, moderate: 30, heavy: 60 };
/** Watson 2015: more than 9 h may be appropriate when recovering from debt; the 1 h above the range is ours. */
export const MAX_ABOVE_RANGE = 60;

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface NightlyNeed {
	/** Tonight's target, minutes: the need plus the training extra. */
	minutes: number;
	/** What sleep debt is counted against, minutes: the bottom of the range, or the runner's own need. */
	debtBaseline: number;
	source: 'age-band' | 'own-need';
	/** Set when the own need was outside the range's bottom .. top + 1 h and was moved into it. */
	adjusted?: 'raised' | 'lowered';
}

/** The nightly need in minutes, what debt is counted against, and where they came from. */
export function nightlyNeed(band: AgeBand, load: TrainingLevel, ownHours: number | undefined): NightlyNeed {
	const bottom = band.minHours * 60;
	const top = band.maxHours * 60;
	if (ownHours === undefined) return { minutes: Math.min(top, bottom + LOAD_EXTRA[load]), debtBaseline: bottom, source: 'age-band' };
	const wanted = roundTo(ownHours * 60, 5);
	const minutes = clamp(wanted, bottom, top + MAX_ABOVE_RANGE);
	const adjusted = wanted < bottom ? ('raised' as const) : wanted > top + MAX_ABOVE_RANGE ? ('lowered' as const) : undefined;
	return { minutes, debtBaseline: minutes, source: 'own-need', adjusted };
}
