/**
 * The sleep calculator's logic, loaded by the island when the reader first touches the form: the
 * plan (plan.ts) and its words (describe.ts, advice.ts), and every source they can cite.
 */
import type { ClockFormat } from '../../clock';
import type { ToolLogic } from '../contract';
import { SLEEP_ADVICE } from './advice';
import { describeSleep } from './describe';
import type { SleepField, SleepForm } from './form';
import { evaluateSleep, type SleepPlan } from './plan';

export const sleepLogic: ToolLogic<SleepForm, SleepPlan, SleepField, { clock: ClockFormat }> = {
	evaluate: evaluateSleep,
	describe: (plan, { clock }) => describeSleep(plan, clock),
	sources: [...new Set([...Object.values(SLEEP_ADVICE).flatMap((r) => r.sources), 'paruthi2016', 'hirshkowitz2015', 'watson2015'])],
};

export default sleepLogic;
