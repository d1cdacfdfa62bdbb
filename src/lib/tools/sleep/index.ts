/**
 * The sleep calculator as a tool (src/lib/tools/contract.ts): lights out for a wake-up time, the
 * nightly need, the week's sleep debt and a realistic plan to repay it, race-eve advice, naps.
 * The form and its codecs are in form.ts, the arithmetic and its sources in plan.ts, the words in
 * describe.ts and advice.ts.
 */
import type { ClockFormat } from '../../clock';
import type { Tool } from '../contract';
import { SLEEP_ADVICE } from './advice';
import { describeSleep } from './describe';
import { SLEEP_CODECS, SLEEP_DEFAULTS, SLEEP_FIELD_ORDER, SLEEP_STORAGE_KEY, type SleepField, type SleepForm } from './form';
import { evaluateSleep, type SleepPlan } from './plan';

export const sleepTool: Tool<SleepForm, SleepPlan, SleepField, { clock: ClockFormat }> = {
	id: 'sleep',
	storageKey: SLEEP_STORAGE_KEY,
	codecs: SLEEP_CODECS,
	sensitive: [],
	defaults: SLEEP_DEFAULTS,
	fieldOrder: SLEEP_FIELD_ORDER,
	evaluate: evaluateSleep,
	describe: (plan, { clock }) => describeSleep(plan, clock),
	sources: [
		...new Set([...Object.values(SLEEP_ADVICE).flatMap((r) => r.sources), 'paruthi2016', 'hirshkowitz2015', 'watson2015']),
	],
};

export * from './form';
export { evaluateSleep, planSleep, AGE_BANDS, bandForAge, type SleepPlan } from './plan';
