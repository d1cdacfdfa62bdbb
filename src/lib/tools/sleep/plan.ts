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
 * - The nightly need without one's own figure: the bottom of the age range, plus 30 min for a
 *   moderate and 60 min for a heavy training load, never above the range's top.
 * - Debt = 7 x (need - average), repaid at most REPAY_PER_NIGHT extra a night (the middle of the
 *   26-106 min that athletes managed), never above 1 h over the range's top; what a week cannot
 *   repay is reported, not chased.
 * - Race eve: the usual need, no repayment (the night before is not the night to chase sleep).
 * - The nap window moves with the wake-up time when it is outside 05:00-09:00.
 *
 * ARITHMETIC: lights out = wake - (sleep + time to fall asleep + time awake), in minutes modulo 1440.
 */
import { MINUTES_PER_DAY, parseClockTime, wrapMinutes } from '../../clock';
import { parseOptionalNumber } from '../../parse-number';
import type { Evaluation, FieldErrors } from '../contract';
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

export interface AgeBand {
	id: 'teen' | 'adult' | 'older-adult';
	label: string;
	minAge: number;
	maxAge: number;
	minHours: number;
	maxHours: number;
}

/**
 * Recommended hours for the ages this tool accepts. Teens 13-17: 8-10 h (AASM, Paruthi 2016 gives
 * 13-18; NSF gives 14-17). Adults 18-64: 7-9 h (NSF; AASM says 7 h or more). 65+: 7-8 h (NSF).
 */
export const AGE_BANDS: readonly AgeBand[] = [
	{ id: 'teen', label: 'teenagers (13–17)', minAge: 13, maxAge: 17, minHours: 8, maxHours: 10 },
	{ id: 'adult', label: 'adults (18–64)', minAge: 18, maxAge: 64, minHours: 7, maxHours: 9 },
	{ id: 'older-adult', label: 'adults 65 and over', minAge: 65, maxAge: 100, minHours: 7, maxHours: 8 },
];
/** Without an age, the adult range is used (and the answer says so). */
export const DEFAULT_BAND = AGE_BANDS[1]!;

/** Site rule of thumb: minutes added to the bottom of the range for each training load. */
export const LOAD_EXTRA: Record<TrainingLevel, number> = { light: 0, moderate: 30, heavy: 60 };
/** Site rule of thumb: the most extra sleep a night the plan asks for, in minutes (Silva 2020: 26-106 achieved). */
export const REPAY_PER_NIGHT = 60;
/** Watson 2015: more than 9 h may be appropriate when recovering from debt; the 1 h above the range is ours. */
export const MAX_ABOVE_RANGE = 60;
/** Nights the plan lists. */
export const PLAN_NIGHTS = 7;
/** Habitual sleep under 7 h raises susceptibility to respiratory infection (Walsh 2021). */
export const SHORT_SLEEP_HOURS = 7;
/** Sleep of 6 h or less lowered exercise performance by 7.56% on average (Craven 2022). */
export const RESTRICTED_SLEEP_HOURS = 6;
/** Naps (Mesas 2023, 22 RCTs): 30 to under 60 min, between 12:30 and 16:50, more than 1 h from waking to training. */
export const NAP = { minMinutes: 30, maxMinutes: 60, windowStart: 12 * 60 + 30, windowEnd: 16 * 60 + 50, gapMinutes: 60 } as const;
/** The wake-up times the published nap window was studied around; outside them it moves with the wake time. */
export const NAP_WAKE_RANGE = { from: 5 * 60, to: 9 * 60, reference: 7 * 60 } as const;

export const bandForAge = (age: number | undefined): AgeBand =>
	age === undefined ? DEFAULT_BAND : (AGE_BANDS.find((b) => age >= b.minAge && age <= b.maxAge) ?? AGE_BANDS[AGE_BANDS.length - 1]!);

/** The load a number of training hours a week counts as (site rule of thumb). */
export const levelForHours = (hours: number): TrainingLevel =>
	hours >= TRAINING_HOURS.heavy ? 'heavy' : hours >= TRAINING_HOURS.moderate ? 'moderate' : 'light';

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

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
	/** The nightly need, minutes. */
	needMinutes: number;
	needSource: 'age-band' | 'own-need';
	ownNeedHours?: number;
	/** Set when the own need was outside the range's bottom .. top + 1 h and was moved into it. */
	ownNeedAdjusted?: 'raised' | 'lowered';
	recentHours?: number;
	/** Undefined when no average was given, or on race eve. */
	debt?: Debt;
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

/** The nightly need in minutes, and where it came from. */
export function nightlyNeed(band: AgeBand, load: TrainingLevel, ownHours: number | undefined) {
	const bottom = band.minHours * 60;
	const top = band.maxHours * 60;
	if (ownHours === undefined) return { minutes: Math.min(top, bottom + LOAD_EXTRA[load]), source: 'age-band' as const };
	const wanted = roundTo(ownHours * 60, 5);
	const minutes = clamp(wanted, bottom, top + MAX_ABOVE_RANGE);
	const adjusted = wanted < bottom ? ('raised' as const) : wanted > top + MAX_ABOVE_RANGE ? ('lowered' as const) : undefined;
	return { minutes, source: 'own-need' as const, adjusted };
}

/** The week's debt against the need, repaid in even nightly steps within the room the range leaves. */
export function sleepDebt(needMinutes: number, recentHours: number, band: AgeBand): Debt {
	const perNight = Math.max(0, needMinutes - roundTo(recentHours * 60, 1));
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
	const debt = i.mode === 'usual' && i.recent !== undefined ? sleepDebt(need.minutes, i.recent, band) : undefined;
	const sleepMinutes = debt?.nights[0]?.sleepMinutes ?? need.minutes;
	const inBedMinutes = sleepMinutes + i.latency + i.awake;
	const lightsOut = wrapMinutes(i.wake - inBedMinutes);
	return {
		mode: i.mode,
		age: i.age,
		band,
		load: i.load,
		loadHours: i.loadHours,
		needMinutes: need.minutes,
		needSource: need.source,
		ownNeedHours: i.need,
		ownNeedAdjusted: need.source === 'own-need' ? need.adjusted : undefined,
		recentHours: i.recent,
		debt,
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
