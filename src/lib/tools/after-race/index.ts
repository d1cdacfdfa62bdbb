/**
 * The after-race timeline as a tool (src/lib/tools/contract.ts): from a race's distance, day and
 * effort, a day-by-day plan back to normal training and to racing, with a gate before the first run.
 * How the days are worked out, and on what, is in days.ts; the words in advice.ts and describe.ts;
 * form.ts holds the questions and the shape, logic.ts what the island loads on use.
 */
import type { Tool } from '../contract';
import type { AfterRaceOptions } from './describe';
import { AFTER_RACE_SHAPE, type AfterRaceField, type AfterRaceForm } from './form';
import { afterRaceLogic } from './logic';
import type { AfterRaceResult } from './timeline';

export const afterRaceTool: Tool<AfterRaceForm, AfterRaceResult, AfterRaceField, AfterRaceOptions> = {
	...AFTER_RACE_SHAPE,
	...afterRaceLogic,
};

export * from './form';
export { milestones, fosterDays, ANCHORS } from '../../situation';
export {
	evaluateAfterRace,
	timelineDays,
	dayKind,
	DAY_KINDS,
	type AfterRaceResult,
	type Timeline,
	type TimelineDay,
	type DayKind,
} from './timeline';
export { dayText, dayLines, type MethodGrade, type AfterRaceOptions } from './describe';
export { METHODS_BY_DAY, RED_FLAG_IDS } from './advice';
