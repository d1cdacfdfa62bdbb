/**
 * The sleep plan: tonight's target, the week's sleep debt and how fast it can be repaid, when to
 * turn the lights out for the wake-up time, race-eve advice, naps and cycle-aligned options.
 *
 * PUBLISHED
 * - Recommended hours by age: teenagers (13-17) 8-10 h (AASM, Paruthi 2016; NSF, Hirshkowitz 2015),
 *   adults 7 h or more (AASM/SRS, Watson 2015; NSF 7-9 h, older adults 7-8 h). More than 9 h may be
 *   appropriate when recovering from sleep debt (Watson 2015).
 * - An athlete's own sense of need beats a one-size rule (Walsh 2021); elite athletes felt they needed
 *   8.3 h on average (Sargent 2021). Sleep-extension studies in athletes added 26 to 106 min a night
 *   (Silva 2020). Debt takes several nights to clear (Klerman 2021).
 * - Naps of 30 to under 60 min between 12:30 and 16:50, more than 1 h before training (Mesas 2023).
 * - Poor sleep before a race is common (64% of 283 elite athletes, Juliff 2015); extra sleep over
 *   the nights before maintained endurance performance (Roberts 2019).
 *
 * THIS SITE'S RULE OF THUMB (no published formula exists)
 * - The nightly need and its training extra: the situation model (src/lib/situation/sleep.ts).
 * - Debt = 7 x (baseline - average), the baseline being the bottom of the age range or the runner's
 *   own need (the training extra is a target, not debt), repaid at most REPAY_PER_NIGHT extra a
 *   night on top of tonight's target (the middle of the 26-106 min that athletes managed), never
 *   above 1 h over the range's top; what a week cannot repay is reported, not chased.
 * - Race eve: the runner's usual night (their average, else the need), no repayment (the night
 *   before is not the night to chase sleep); the nights before it get the need plus up to
 *   REPAY_PER_NIGHT, as the extra sleep that helped in roberts2019.
 * - The nap window moves with the wake-up time when it is outside 05:00-09:00.
 *
 * ARITHMETIC: lights out = wake - (sleep + time to fall asleep + time awake), in minutes modulo 1440.
 */
import { MINUTES_PER_DAY, parseClockTime, wrapMinutes } from '../../clock';
import { parseOptionalNumber } from '../../parse-number';
import type { Evaluation, FieldErrors } from '../contract';
import {
	AGE_BANDS,
	DEFAULT_BAND,
	LOAD_EXTRA,
	MAX_ABOVE_RANGE,
	RESTRICTED_SLEEP_HOURS,
	SHORT_SLEEP_HOURS,
	bandForAge,
	nightlyNeed,
	type AgeBand,
} from '../../situation';
import { pick } from '../contract';
import {
	FIELDS,
	LATENCY_DEFAULT,
	TRAINING_HOURS,
	TRAINING_LEVELS,
	WAKE_MESSAGES,
	type Mode,
	type SleepField,
	type SleepForm,
	type TrainingLevel,
} from './form';

export { AGE_BANDS, DEFAULT_BAND, bandForAge, LOAD_EXTRA, MAX_ABOVE_RANGE, SHORT_SLEEP_HOURS, RESTRICTED_SLEEP_HOURS, nightlyNeed };
export type { AgeBand };
/** Site rule of thumb: the most extra sleep a night the plan asks for, in minutes (Silva 2020: 26-106 achieved). */
export const REPAY_PER_NIGHT = 60;
/** Nights the plan lists. */
export const PLAN_NIGHTS = 7;
/** Naps (Mesas 2023, 22 RCTs): 30 to under 60 min, between 12:30 and 16:50, more than 1 h from waking to training. */
export const NAP = { minMinutes: 30, maxMinutes: 60, windowStart: 12 * 60 + 30, windowEnd: 16 * 60 + 50, gapMinutes: 60 } as const;
/** The wake-up times the published nap window was studied around; outside them it moves with the wake time. */
export const NAP_WAKE_RANGE = { from: 5 * 60, to: 9 * 60, reference: 7 * 60 } as const;

/** The load a number of training hours a week counts as (site rule of thumb). */
export const levelForHours = (hours: number): TrainingLevel =>
	hours >= TRAINING_HOURS.heavy ? 'heavy' : hours >= TRAINING_HOURS.moderate ? 'moderate' : 'light';

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

export interface NightPlan {
	/** 1 is tonight. */
	night: number;
	extraMinutes: number;
	sleepMinutes: number;
}

export interface Debt {
	/** Shortfall over the last 7 nights, minutes. */
	minutes: number;
	perNight: number;
	/** Extra minutes a night the plan adds (0 when there is no debt or no room). */
	extraPerNight: number;
	nights: NightPlan[];
	/** Debt the listed nights do not repay. */
	remainingMinutes: number;
}

export interface SleepPlan {
	mode: Mode;
	age?: number;
	band: AgeBand;
	load: TrainingLevel;
	loadHours?: number;
	/** The nightly need, minutes: tonight's target without repayment (the training extra included). */
	needMinutes: number;
	/** What sleep debt is counted against, minutes: the bottom of the age range, or the runner's own need. */
	debtBaselineMinutes: number;
	needSource: 'age-band' | 'own-need';
	ownNeedHours?: number;
	/** Set when the own need was outside the range's bottom .. top + 1 h and was moved into it. */
	ownNeedAdjusted?: 'raised' | 'lowered';
	recentHours?: number;
	/** Undefined when no average was given, or on race eve. */
	debt?: Debt;
	/** Race eve: the usual night and the nights before it. */
	raceEve?: RaceEvePlan;
	/** Tonight's sleep, minutes: the need plus tonight's repayment. */
	sleepMinutes: number;
	latency: number;
	awake: number;
	/** Sleep + time to fall asleep + time awake. */
	inBedMinutes: number;
	wake: number;
	lightsOut: number;
	asleepBy: number;
	cycleLength?: number;
	cycleOptions?: CycleOption[];
	nap: boolean;
	/** The nap window in minutes since midnight, and whether it moved with the wake-up time. */
	napWindow: { start: number; end: number; shifted: boolean };
}

export interface RaceEvePlan {
	/** The runner's usual night, minutes: their average when given, else the need. */
	usualMinutes: number;
	usualFrom: 'average' | 'need';
	/** The nights before race eve: sleep and lights out for the same alarm. */
	nightsBefore: { sleepMinutes: number; lightsOut: number };
}

export interface CycleOption {
	cycles: number;
	sleepMinutes: number;
	lightsOut: number;
	relation: 'shorter' | 'equal' | 'longer';
}

/** Checks the raw form and returns a plan or a message per bad field. */
export function evaluateSleep(form: SleepForm): Evaluation<SleepPlan, SleepField> {
	const errors: FieldErrors<SleepField> = {};
	const wake = parseClockTime(form.wake);
	if (!wake.ok) errors.wake = WAKE_MESSAGES[wake.reason];
	const read = (field: keyof typeof FIELDS, raw: string) => {
		const parsed = parseOptionalNumber(raw, FIELDS[field]);
		if (!parsed.ok) errors[field] = parsed.error;
		return parsed.ok ? parsed.value : undefined;
	};
	const age = read('age', form.age);
	const need = read('need', form.need);
	const loadHours = read('loadHours', form.loadHours);
	const recent = read('recent', form.recent);
	const latency = read('latency', form.latency) ?? LATENCY_DEFAULT;
	const awake = read('awake', form.awake) ?? 0;
	const cycleLength = form.cycles ? read('cycleLength', form.cycleLength) : undefined;
	if (!wake.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const mode = pick(['usual', 'race-eve'] as const, form.mode) ?? 'usual';
	const load = loadHours === undefined ? (pick(TRAINING_LEVELS, form.load) ?? 'moderate') : levelForHours(loadHours);
	return {
		ok: true,
		result: planSleep({
			mode,
			wake: wake.minutes,
			age,
			need,
			load,
			loadHours,
			recent,
			latency,
			awake,
			cycleLength,
			nap: form.nap === true,
		}),
	};
}

export interface SleepInputs {
	mode: Mode;
	wake: number;
	age?: number;
	need?: number;
	load: TrainingLevel;
	loadHours?: number;
	recent?: number;
	latency: number;
	awake: number;
	cycleLength?: number;
	nap: boolean;
}

/**
 * The week's debt against the baseline (the bottom of the age range, or the runner's own need: never
 * the training extra, which is a target), repaid in even nightly steps on top of tonight's target,
 * within the room the range leaves.
 */
export function sleepDebt(needMinutes: number, recentHours: number, band: AgeBand, baseline: number = needMinutes): Debt {
	const perNight = Math.max(0, baseline - roundTo(recentHours * 60, 1));
	const minutes = perNight * 7;
	const room = Math.max(0, band.maxHours * 60 + MAX_ABOVE_RANGE - needMinutes);
	const extraPerNight = Math.min(REPAY_PER_NIGHT, room, minutes);
	const nights: NightPlan[] = [];
	let remaining = minutes;
	for (let night = 1; night <= PLAN_NIGHTS && remaining > 0 && extraPerNight > 0; night++) {
		const extra = Math.min(extraPerNight, remaining);
		remaining -= extra;
		nights.push({ night, extraMinutes: extra, sleepMinutes: needMinutes + extra });
	}
	return { minutes, perNight, extraPerNight, nights, remainingMinutes: remaining };
}

/** The nap window for a wake-up time: the published one, moved with the wake time outside 05:00-09:00. */
export function napWindow(wake: number): SleepPlan['napWindow'] {
	if (wake >= NAP_WAKE_RANGE.from && wake <= NAP_WAKE_RANGE.to) return { start: NAP.windowStart, end: NAP.windowEnd, shifted: false };
	const shift = wake - NAP_WAKE_RANGE.reference;
	return { start: wrapMinutes(NAP.windowStart + shift), end: wrapMinutes(NAP.windowEnd + shift), shifted: true };
}

export function planSleep(i: SleepInputs): SleepPlan {
	const band = bandForAge(i.age);
	const need = nightlyNeed(band, i.load, i.need);
	const debt = i.mode === 'usual' && i.recent !== undefined ? sleepDebt(need.minutes, i.recent, band, need.debtBaseline) : undefined;
	const raceEve = i.mode === 'race-eve' ? raceEvePlan(i, need.minutes, band) : undefined;
	const sleepMinutes = raceEve?.usualMinutes ?? debt?.nights[0]?.sleepMinutes ?? need.minutes;
	const inBedMinutes = sleepMinutes + i.latency + i.awake;
	const lightsOut = wrapMinutes(i.wake - inBedMinutes);
	return {
		mode: i.mode,
		age: i.age,
		band,
		load: i.load,
		loadHours: i.loadHours,
		needMinutes: need.minutes,
		debtBaselineMinutes: need.debtBaseline,
		needSource: need.source,
		ownNeedHours: i.need,
		ownNeedAdjusted: need.source === 'own-need' ? need.adjusted : undefined,
		recentHours: i.recent,
		debt,
		raceEve,
		sleepMinutes,
		latency: i.latency,
		awake: i.awake,
		inBedMinutes,
		wake: i.wake,
		lightsOut,
		asleepBy: wrapMinutes(lightsOut + i.latency),
		cycleLength: i.cycleLength,
		cycleOptions: i.cycleLength === undefined ? undefined : cyclesFor(sleepMinutes, i.cycleLength, i.wake, i.latency + i.awake),
		nap: i.nap,
		napWindow: napWindow(i.wake),
	};
}

/** Race eve: the usual night (never chased), and the extra for the nights before it. */
function raceEvePlan(i: SleepInputs, needMinutes: number, band: AgeBand): RaceEvePlan {
	const average = i.recent === undefined ? undefined : roundTo(i.recent * 60, 5);
	const usualMinutes = average !== undefined && average > 0 ? average : needMinutes;
	const before = Math.min(needMinutes + REPAY_PER_NIGHT, band.maxHours * 60 + MAX_ABOVE_RANGE);
	return {
		usualMinutes,
		usualFrom: average !== undefined && average > 0 ? 'average' : 'need',
		nightsBefore: { sleepMinutes: before, lightsOut: wrapMinutes(i.wake - before - i.latency - i.awake) },
	};
}

/** Whole cycles just below and just above tonight's sleep (site rule of thumb: the two nearest counts). */
export function cyclesFor(sleepMinutes: number, cycleLength: number, wake: number, extraInBed: number): CycleOption[] {
	const low = Math.max(1, Math.floor(sleepMinutes / cycleLength));
	const high = Math.max(1, Math.ceil(sleepMinutes / cycleLength));
	return [...new Set([low, high])].map((cycles) => {
		const minutes = cycles * cycleLength;
		return {
			cycles,
			sleepMinutes: minutes,
			lightsOut: wrapMinutes(wake - minutes - extraInBed),
			relation: minutes < sleepMinutes ? 'shorter' : minutes > sleepMinutes ? 'longer' : 'equal',
		};
	});
}

/** How long before the alarm the lights go out, 0..1439 minutes. */
export const minutesBeforeWake = (plan: Pick<SleepPlan, 'wake' | 'lightsOut'>) =>
	(plan.wake - plan.lightsOut + MINUTES_PER_DAY) % MINUTES_PER_DAY;
