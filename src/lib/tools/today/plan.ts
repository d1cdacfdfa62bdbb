/**
 * "What should I do today?": from the answers to a plan, in this order.
 * 1. Any warning sign, an illness with fever or chest symptoms, pain that makes the runner limp or
 *    change their stride, or a fresh knock they cannot put weight on stops the plan: see a
 *    clinician, at the urgency /red-flags/ gives, the most urgent first and the hip, then bone
 *    stress, first among pains. No method is suggested.
 * 2. The training call (facts.ts), the conditions of the day, the needs.
 * 3. The methods (choose.ts), with today's dose (the guide's dose for today's situation).
 * 4. Pain routes to the injury guides for that region (their red flags and back-to-running first).
 * 5. A bedtime, when the runner gives a wake-up time (the sleep calculator's need for their age).
 */
import { parseClockTime } from '../../clock';
import { parseOptionalNumber } from '../../parse-number';
import { RED_FLAGS, URGENCIES, type Urgency } from '../../red-flags';
import type { AvoidCondition, Situation } from '../../vocabulary';
import { pick, pickList, type Evaluation, type FieldErrors, type Reason } from '../contract';
import {
	ILLNESS,
	ILLNESS_STOPS,
	LATENCY_DEFAULT,
	WARNING_FLAG_IDS,
	bandForAge,
	nightlyNeed,
	type Effort,
	type Illness,
	type Race,
	type RedFlagId,
} from '../../situation';
import { wrapMinutes } from '../../clock';
import { chooseMethods, injuriesFor, type Choice } from './choose';
import {
	afterRace,
	callFor,
	conditionsFor,
	needsFor,
	painRegions,
	racedDaysAgo,
	regionsFeeling,
	situationOf,
	type CallId,
	type DayFacts,
} from './facts';
import {
	BODY_REGIONS,
	FEELINGS,
	FINISHED,
	HEALTH_ANSWERS,
	KIT,
	LAST_ACTIVITIES,
	NEXT_UP,
	NUMBER_FIELDS,
	RACE_DISTANCES,
	TIME_OPTIONS,
	WARNING_ANSWERS,
	WARNING_SIGNS,
	type BodyRegion,
	type Feeling,
	type QuizHealthCondition,
	type TodayField,
	type TodayForm,
	type WarningSign,
} from './form';
import type { QuizInjury, QuizMethod } from './guide-index';

export interface StopFlag {
	id: RedFlagId;
	title: string;
	urgency: Urgency;
	action: string;
	escalate?: string;
}

export interface StopPlan {
	kind: 'stop';
	urgency: Urgency;
	/** Most urgent first. */
	flags: StopFlag[];
	/** What was answered that stopped it. */
	because: string[];
}

export interface RecoveryPlan {
	kind: 'recover';
	call: CallId;
	callReasons: Reason[];
	situation?: Situation;
	conditions: AvoidCondition[];
	choice: Choice;
	injuries: QuizInjury[];
	afterRace?: { daysAgo: number; race: Race; effort: Effort; firstRun: number; normal: number; raceAgain: number };
	/** Tonight's sleep need, and lights out when a wake-up time was given. */
	sleep: { needMinutes: number; lightsOut?: number; wake?: number; teen: boolean };
	facts: DayFacts;
}

export type TodayResult = StopPlan | RecoveryPlan;

/** Among flags of one urgency, the hip first, then bone stress: the pains that can get worse by the step. */
const STOP_ORDER = (id: RedFlagId) => (id === 'hip-groin' ? -2 : id === 'bone-stress' ? -1 : 0);

function stopPlan(ids: RedFlagId[], because: string[]): StopPlan {
	const flags = [...new Set(ids)]
		.map((id): StopFlag => {
			const flag = RED_FLAGS.find((f) => f.id === id);
			if (!flag) throw new Error(`The quiz names red flag "${id}", which /red-flags/ does not have`);
			return { id, title: flag.title, urgency: flag.urgency, action: flag.action, escalate: flag.escalate };
		})
		.sort((x, y) => URGENCIES.indexOf(x.urgency) - URGENCIES.indexOf(y.urgency) || STOP_ORDER(x.id) - STOP_ORDER(y.id));
	// A fever alone names no red flag: no training today, and a clinician if it does not settle.
	return { kind: 'stop', urgency: flags[0]?.urgency ?? 'soon', flags, because };
}

/** The warning signs, illness, strides and weight answers that stop the plan, as red-flag ids with what was said. */
function stops(form: TodayForm): { ids: RedFlagId[]; because: string[] } {
	const signs = pickList(WARNING_SIGNS, form.warnings) as WarningSign[];
	const ids: RedFlagId[] = signs.map((s) => WARNING_FLAG_IDS[s]);
	const because: string[] = [...signs];
	const ill = pick(ILLNESS, form.ill);
	if (ill !== undefined && ILLNESS_STOPS.includes(ill)) {
		// Fever: no training, whatever else was said; chest symptoms after an illness: the cardiac flag.
		if (ill === 'chest') ids.push('cardiac');
		because.push(`ill-${ill}`);
	}
	const where = readWhere(form.where);
	const stride = BODY_REGIONS.filter((r) => where[r] === 'stride');
	if (stride.length > 0) {
		ids.push('bone-stress');
		because.push('stride');
	}
	// A hip or groin that changes the stride is the urgent hip flag, not only bone stress.
	if (stride.includes('hips-glutes')) ids.push('hip-groin');
	if (form.injury === 'yes' && form.weight === 'no') {
		ids.push('cant-bear-weight');
		because.push('weight');
	}
	return { ids, because };
}

const readWhere = (raw: unknown): Partial<Record<BodyRegion, Feeling>> => {
	const out: Partial<Record<BodyRegion, Feeling>> = {};
	if (raw && typeof raw === 'object')
		for (const r of BODY_REGIONS) {
			const v = pick(FEELINGS, (raw as Record<string, unknown>)[r]);
			if (v) out[r] = v;
		}
	return out;
};

function readFacts(form: TodayForm, errors: FieldErrors<TodayField>): DayFacts {
	const num = (field: keyof typeof NUMBER_FIELDS) => {
		const parsed = parseOptionalNumber(form[field], NUMBER_FIELDS[field]);
		if (!parsed.ok) errors[field] = parsed.error;
		return parsed.ok ? parsed.value : undefined;
	};
	const wake = typeof form.wake !== 'string' || form.wake.trim() === '' ? undefined : parseClockTime(form.wake);
	if (wake && !wake.ok) errors.wake = 'Wake-up time must be a time like 06:30 or 6:30 am, or empty.';
	return {
		last: pick(LAST_ACTIVITIES, form.last),
		finished: pick(FINISHED, form.finished),
		next: pick(NEXT_UP, form.next),
		raceIn: num('raceIn'),
		racedAgo: num('racedAgo'),
		raceDistance: pick(RACE_DISTANCES, form.raceDistance),
		age: num('age'),
		legs: num('legs'),
		sleep: num('sleep'),
		wake: wake?.ok ? wake.minutes : undefined,
		where: readWhere(form.where),
		injury: form.injury === 'yes',
		health: pickList(HEALTH_ANSWERS, form.health).filter((h): h is QuizHealthCondition => h !== 'none'),
		ill: pick(ILLNESS, form.ill) as Exclude<Illness, 'fever' | 'chest'> | undefined,
		time: pick(TIME_OPTIONS, form.time),
		kit: pickList(KIT, form.kit),
	};
}

/** The plan for the answers, from the compact guide index. */
export function planToday(
	form: TodayForm,
	methods: readonly QuizMethod[],
	injuries: readonly QuizInjury[],
): Evaluation<TodayResult, TodayField> {
	const stop = stops(form);
	if (stop.because.length > 0) return { ok: true, result: stopPlan(stop.ids, stop.because) };
	const errors: FieldErrors<TodayField> = {};
	if (pickList(WARNING_ANSWERS, form.warnings).length === 0) errors.warnings = 'Warning signs: tick any that apply, or “None of these”.';
	if (pickList(HEALTH_ANSWERS, form.health).length === 0) errors.health = 'Health: tick any that apply to you, or “None of these”.';
	if (pick(ILLNESS, form.ill) === undefined)
		errors.ill = 'Illness: choose an answer (“No” if you have not been ill in the last two weeks).';
	const facts = readFacts(form, errors);
	if (racedDaysAgo(facts) !== undefined && !facts.raceDistance)
		errors.raceDistance = 'Race distance: choose how far that race was, so the days after it can be counted.';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, result: recoveryPlan(facts, methods, injuries) };
}

function recoveryPlan(f: DayFacts, methods: readonly QuizMethod[], injuries: readonly QuizInjury[]): RecoveryPlan {
	const { call, reasons } = callFor(f);
	const conditions = conditionsFor(f);
	const choice = chooseMethods(methods, { f, call, needs: needsFor(f), conditions, injuries: [...injuries] });
	const race = afterRace(f);
	const band = bandForAge(f.age);
	const need = nightlyNeed(band, 'moderate', undefined).minutes;
	return {
		kind: 'recover',
		call,
		callReasons: reasons,
		situation: situationOf(f, call),
		conditions,
		choice,
		injuries: injuriesFor(f, injuries),
		afterRace: race && {
			daysAgo: race.daysAgo,
			race: race.race,
			effort: race.effort,
			firstRun: race.firstRun,
			normal: race.normal,
			raceAgain: race.raceAgain,
		},
		sleep: {
			needMinutes: need,
			wake: f.wake,
			lightsOut: f.wake === undefined ? undefined : wrapMinutes(f.wake - need - LATENCY_DEFAULT),
			teen: band.id === 'teen',
		},
		facts: f,
	};
}

export { painRegions, regionsFeeling };
