/**
 * The after-race timeline's logic, loaded by the island when the reader first touches the form:
 * the days (days.ts, timeline.ts), their words (describe.ts, advice.ts) and every source cited.
 */
import type { Reason, ToolLogic } from '../contract';
import { AVOID, BASIS_REASONS, CHECK_REASONS, FIRST_DAYS_REASONS } from './advice';
import { describeAfterRace, type AfterRaceOptions } from './describe';
import type { AfterRaceField, AfterRaceForm } from './form';
import { evaluateAfterRace, type AfterRaceResult } from './timeline';

const allReasons: readonly Reason[] = [...CHECK_REASONS, ...FIRST_DAYS_REASONS, ...AVOID, ...Object.values(BASIS_REASONS)];

export const afterRaceLogic: ToolLogic<AfterRaceForm, AfterRaceResult, AfterRaceField, AfterRaceOptions> = {
	evaluate: evaluateAfterRace,
	describe: describeAfterRace,
	sources: [...new Set(allReasons.flatMap((r) => r.sources))],
};

export default afterRaceLogic;
