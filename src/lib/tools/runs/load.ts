/**
 * Training load per session, in three units that are never added together (one unit per picture):
 *
 * PUBLISHED:
 *  - session-RPE load: the runner's effort for the whole session on a 0-10 scale times its minutes
 *    (foster2001);
 *  - heart-rate load: Edwards' zone TRIMP, minutes in each tenth of maximum heart rate from 50%
 *    up, weighted 1 to 5 (edwards1993). Chosen over Banister's TRIMP because Banister's weighting
 *    differs for men and women, and this page does not ask the runner's sex;
 *  - maximum heart rate from age, when the runner does not give theirs: 208 - 0.7 x age
 *    (tanaka2001), an estimate the page labels as one (one runner can sit well above or below it).
 * THIS SITE'S RULE OF THUMB:
 *  - without effort or heart rate, a run's minutes are weighted by its speed against the runner's
 *    usual running speed (the median of their runs), so a run 10% faster than usual counts 1.1
 *    minutes a minute, between 0.5 and 2; other sports count their minutes as they are.
 */
import type { HeartRateSeconds, RunSession } from './session';

export const LOAD_UNITS = ['rpe', 'trimp', 'minutes'] as const;
export type LoadUnit = (typeof LOAD_UNITS)[number];
export const LOAD_UNIT_LABELS: Record<LoadUnit, string> = {
	rpe: 'Session effort (effort × minutes)',
	trimp: 'Heart-rate load (TRIMP)',
	minutes: 'Minutes weighted by pace',
};
export const LOAD_UNIT_SHORT: Record<LoadUnit, string> = { rpe: 'effort units', trimp: 'TRIMP', minutes: 'weighted minutes' };

/** Edwards' zones: from this fraction of maximum heart rate, minutes count this many times. */
export const EDWARDS_ZONES = [
	{ from: 0.5, weight: 1 },
	{ from: 0.6, weight: 2 },
	{ from: 0.7, weight: 3 },
	{ from: 0.8, weight: 4 },
	{ from: 0.9, weight: 5 },
] as const;
export const TANAKA = { intercept: 208, perYear: 0.7 } as const;
export const PACE_WEIGHT = { min: 0.5, max: 2 } as const;

export const LOAD_SOURCES: Record<LoadUnit, readonly string[]> = { rpe: ['foster2001'], trimp: ['edwards1993'], minutes: [] };

/** Effort (0-10) times moving minutes. */
export const sessionRpeLoad = (effort: number, movingMinutes: number) => effort * movingMinutes;

/** Maximum heart rate estimated from age (Tanaka). */
export const maxHrFromAge = (age: number) => Math.round(TANAKA.intercept - TANAKA.perYear * age);

/** The zone weight for a heart rate as a fraction of maximum: 0 below 50%. */
export function edwardsWeight(fraction: number): number {
	let weight = 0;
	for (const z of EDWARDS_ZONES) if (fraction >= z.from) weight = z.weight;
	return weight;
}

/** Edwards' TRIMP: the minutes at each heart rate times their zone's weight. */
export function edwardsTrimp(hr: HeartRateSeconds, maxHr: number): number {
	let load = 0;
	for (const [bpm, seconds] of hr) load += edwardsWeight(bpm / maxHr) * (seconds / 60);
	return load;
}

/** Minutes in each of Edwards' zones (index 0 = 50-60%), for the "how this was worked out" row. */
export function minutesByZone(hr: HeartRateSeconds, maxHr: number): number[] {
	const out = EDWARDS_ZONES.map(() => 0);
	for (const [bpm, seconds] of hr) {
		const w = edwardsWeight(bpm / maxHr);
		if (w > 0) out[w - 1]! += seconds / 60;
	}
	return out;
}

/** m/s over the moving time, or undefined without a distance. */
export const movingSpeed = (s: Pick<RunSession, 'distanceM' | 'movingS'>) =>
	s.distanceM !== null && s.movingS > 0 ? s.distanceM / s.movingS : undefined;

/** The weight a run's minutes get for its speed against the usual; 1 without a speed to compare. */
export function paceWeight(speed: number | undefined, usualSpeed: number | undefined): number {
	if (speed === undefined || usualSpeed === undefined || !(usualSpeed > 0)) return 1;
	return Math.min(PACE_WEIGHT.max, Math.max(PACE_WEIGHT.min, speed / usualSpeed));
}

export interface LoadContext {
	/** The runner's effort for this session, 0-10, when given. */
	effort?: number;
	/** Maximum heart rate, given or estimated. */
	maxHr?: number;
	/** The runner's usual running speed, m/s. */
	usualSpeed?: number;
}

/** The session's load in a unit, or undefined when the session lacks what that unit needs. */
export function sessionLoad(s: RunSession, unit: LoadUnit, c: LoadContext): number | undefined {
	const minutes = s.movingS / 60;
	if (unit === 'rpe') return c.effort === undefined ? undefined : sessionRpeLoad(c.effort, minutes);
	if (unit === 'trimp') return s.hr && c.maxHr ? edwardsTrimp(s.hr, c.maxHr) : undefined;
	return minutes * (s.sport === 'running' ? paceWeight(movingSpeed(s), c.usualSpeed) : 1);
}

/** The middle value (the mean of the two middle ones for an even count), or undefined for none. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
