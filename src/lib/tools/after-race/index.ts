/**
 * The after-race timeline as a tool (src/lib/tools/contract.ts): from a race's distance, day and
 * effort, a day-by-day plan back to normal training and to racing, with a gate before the first run.
 * How the days are worked out, and on what, is in days.ts; the words in advice.ts and describe.ts.
 */
import type { Reason, Tool } from '../contract';
import { AVOID, BASIS_REASONS, CHECK_REASONS, FIRST_DAYS_REASONS } from './advice';
import { describeAfterRace, type AfterRaceOptions } from './describe';
import { AFTER_RACE_CODECS, AFTER_RACE_DEFAULTS, AFTER_RACE_FIELD_ORDER, AFTER_RACE_STORAGE_KEY, type AfterRaceField, type AfterRaceForm } from './form';
import { evaluateAfterRace, type AfterRaceResult } from './timeline';

const allReasons: readonly Reason[] = [...CHECK_REASONS, ...FIRST_DAYS_REASONS, ...AVOID, ...Object.values(BASIS_REASONS)];

export const afterRaceTool: Tool<AfterRaceForm, AfterRaceResult, AfterRaceField, AfterRaceOptions> = {
	id: 'after-race',
	storageKey: AFTER_RACE_STORAGE_KEY,
	codecs: AFTER_RACE_CODECS,
	sensitive: ['now'],
	defaults: AFTER_RACE_DEFAULTS,
	fieldOrder: AFTER_RACE_FIELD_ORDER,
	evaluate: evaluateAfterRace,
	describe: describeAfterRace,
	sources: [...new Set(allReasons.flatMap((r) => r.sources))],
};

export * from './form';
export { milestones, fosterDays, ANCHORS } from './days';
export { evaluateAfterRace, timelineDays, dayKind, DAY_KINDS, type AfterRaceResult, type Timeline, type TimelineDay, type DayKind } from './timeline';
export { dayText, dayLines, type MethodGrade } from './describe';
export { METHODS_BY_DAY, RED_FLAG_IDS } from './advice';
