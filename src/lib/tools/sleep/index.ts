/**
 * The sleep calculator as a tool (src/lib/tools/contract.ts): lights out for a wake-up time, the
 * nightly need, the week's sleep debt and a realistic plan to repay it, race-eve advice, naps.
 * The form, its codecs and its shape are in form.ts; the arithmetic and its sources in plan.ts;
 * the words in describe.ts and advice.ts; logic.ts puts the rules together for the island.
 */
import type { ClockFormat } from '../../clock';
import type { Tool } from '../contract';
import { SLEEP_SHAPE, type SleepField, type SleepForm } from './form';
import { sleepLogic } from './logic';
import type { SleepPlan } from './plan';

export const sleepTool: Tool<SleepForm, SleepPlan, SleepField, { clock: ClockFormat }> = { ...SLEEP_SHAPE, ...sleepLogic };

export * from './form';
export { evaluateSleep, planSleep, AGE_BANDS, bandForAge, type SleepPlan } from './plan';
