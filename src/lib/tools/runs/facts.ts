/**
 * The numbers of "Your runs" as its page and the guide "How we count your training" state them, by
 * name, so both read them (the guide through src/components/guide/RunsFact.astro) instead of typing
 * a copy that could drift from what the page computes.
 */
import { EDWARDS_ZONES, PACE_WEIGHT, TANAKA } from './load';
import { HARD, LONG_RUN, PICTURE_DAYS, RACE_MATCH } from './picture';
import { MOVING_SPEED, PAUSE_GAP_S } from './session';

const percent = (x: number) => `${Math.round(x * 100)}%`;

export const RUNS_FACTS = {
	pictureDays: PICTURE_DAYS,
	zonesFrom: percent(EDWARDS_ZONES[0].from),
	zoneWeights: EDWARDS_ZONES.map((z) => z.weight).join(', '),
	tanakaIntercept: TANAKA.intercept,
	tanakaPerYear: TANAKA.perYear,
	paceWeightMin: PACE_WEIGHT.min,
	paceWeightMax: PACE_WEIGHT.max,
	hardEffort: HARD.effort,
	hardHr: percent(HARD.hrFraction),
	hardHrMinutes: HARD.minutesHigh,
	hardFaster: percent(HARD.speedOver - 1),
	hardMinutes: HARD.minMinutes,
	longRunMinutes: LONG_RUN.minMinutes,
	longRunOfMedian: LONG_RUN.ofMedian,
	raceMatch: percent(RACE_MATCH),
	movingSpeed: MOVING_SPEED,
	pauseGap: PAUSE_GAP_S,
} as const;
export type RunsFactName = keyof typeof RUNS_FACTS;
