/**
 * The nightly need: what the sleep calculator and the quiz both aim for.
 *
 * THIS SITE'S RULE OF THUMB (no published formula exists)
 * - The nightly need without one's own figure: the bottom of the age range, plus 30 min for a
 *   moderate and 60 min for a heavy training load, never above the range's top. The extra for
 *   training is a target, not a need: sleep debt is counted against the bottom of the range (or the
 *   runner's own need), never against the training extra.
 * PUBLISHED: more than 9 h may be appropriate when recovering from sleep debt (watson2015); an
 * athlete's own sense of need beats a one-size rule (walsh2021).
 */
import type { AgeBand } from './age-bands';
import type { TrainingLevel } from './sleep';

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
