/**
 * "What should I do today?" as a tool (src/lib/tools/contract.ts). It needs the guides to decide, so
 * it is made from the compact guide index (guide-index.ts) the page hands the island. What is asked
 * is in form.ts; the rules and their sources in facts.ts, choose.ts and plan.ts; the words in
 * describe.ts and advice.ts.
 */
import type { Reason, Tool, ToolLogic } from '../contract';
import { MILESTONE_SOURCES } from '../../situation';
import { AGE_NOTES, AVOID_TODAY, HEALTH_NOTE, PAIN_REASON, SLEEP_REASON } from './advice';
import { describeToday, type TodayOptions } from './describe';
import { CALL_RULES, type DayFacts } from './facts';
import { TODAY_SHAPE, type TodayField, type TodayForm } from './form';
import type { QuizInjury, QuizMethod } from './guide-index';
import { planToday, type TodayResult } from './plan';

/** Every sentence with sources the quiz can show (the call rules' reasons need facts to be made). */
const staticReasons: readonly Reason[] = [
	...Object.values(AVOID_TODAY),
	HEALTH_NOTE,
	PAIN_REASON,
	SLEEP_REASON,
	...Object.values(AGE_NOTES).map((n) => n.reason),
];
/** The call rules' sources: short sleep (craven2022) and the days after a race (the situation model's). */
const ruleSources = ['craven2022', ...Object.values(MILESTONE_SOURCES).flat()];

export const TODAY_SOURCES: readonly string[] = [...new Set([...staticReasons.flatMap((r) => r.sources), ...ruleSources])];

/** The quiz's rules over the guides it is given: what the island loads when the form is first touched. */
export function todayLogic(
	methods: readonly QuizMethod[],
	injuries: readonly QuizInjury[],
): ToolLogic<TodayForm, TodayResult, TodayField, TodayOptions> {
	return { evaluate: (form) => planToday(form, methods, injuries), describe: describeToday, sources: TODAY_SOURCES };
}

export function todayTool(
	methods: readonly QuizMethod[],
	injuries: readonly QuizInjury[],
): Tool<TodayForm, TodayResult, TodayField, TodayOptions> {
	return { ...TODAY_SHAPE, ...todayLogic(methods, injuries) };
}

/** For the "How this works" section: the rules as the page states them. */
export const CALL_RULE_LIST = CALL_RULES.map((r) => ({ call: r.call, when: r.when }));
export type { DayFacts };
export * from './form';
export {
	GUIDE_INDEX_VERSION,
	StaleGuideIndex,
	encodeMethods,
	decodeMethods,
	toQuizMethod,
	toQuizInjury,
	readGuideIndex,
	type GuideIndexWire,
	type QuizMethod,
	type QuizInjury,
	type MethodDetails,
} from './guide-index';
export { planToday, type TodayResult, type RecoveryPlan, type StopPlan } from './plan';
export { NEED_RULES, LEGS_EASY_FROM, LEGS_REST_FROM, SHORT_SLEEP_BELOW, VERY_SHORT_SLEEP_AT_MOST, CALL_LABELS } from './facts';
export { GRADE_POINTS, MAX_REGION_POINTS, MIN_METHODS, MAX_METHODS } from './choose';
