/**
 * The sleep calculator's questions: the form as typed (numbers stay text so the reader sees what
 * they typed), its codecs for the link and storage, and the fields' ranges and messages.
 */
import { booleanCodec, numberTextCodec, oneOfCodec, type FieldCodec, type PartialCodecs } from '../../persisted-state';
import type { NumberField } from '../../parse-number';
import type { ToolShape } from '../contract';
// The light modules of the situation model only: this file loads before the form is touched.
import { AGE_RANGE, ageField } from '../../situation/ages';
import { LATENCY_DEFAULT, TRAINING_LEVELS, type TrainingLevel } from '../../situation/sleep';

export const MODES = ['usual', 'race-eve'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, string> = {
	usual: 'A usual night',
	'race-eve': 'The night before a race',
};

export { TRAINING_LEVELS, type TrainingLevel };
export const TRAINING_LABELS: Record<TrainingLevel, string> = { light: 'Light', moderate: 'Moderate', heavy: 'Heavy' };

export const CLOCKS = ['', '12', '24'] as const;

export interface SleepForm {
	mode: Mode;
	/** Tomorrow's wake-up time as typed: "06:30", "6:30 am", "18:45". The one required answer. */
	wake: string;
	/** Years; optional (the adult range is assumed without it). */
	age: string;
	/** Own sense of sleep need, hours; optional. */
	need: string;
	load: TrainingLevel;
	/** Training hours a week; optional, decides the load when given. */
	loadHours: string;
	/** Average sleep over the last 7 nights, hours; optional (no debt is counted without it). */
	recent: string;
	/** Minutes to fall asleep. */
	latency: string;
	/** Minutes usually awake in the night. */
	awake: string;
	nap: boolean;
	cycles: boolean;
	cycleLength: string;
	/** '' follows the reader's locale. */
	clock: (typeof CLOCKS)[number];
}

/** The ages this tool answers for: teens and adults (the situation model's range). */
export const AGE_MIN = AGE_RANGE.min;
export const AGE_MAX = AGE_RANGE.max;
/** Accepted range for typed sleep hours (average and own need). */
export const SLEEP_HOURS_MAX = 16;
/** Minutes to fall asleep when not given (the situation model's convention). */
export { LATENCY_DEFAULT };
export const LATENCY_MAX = 120;
export const AWAKE_MAX = 240;
/** Sleep-cycle length: 90 is the usual average; Cajochen 2024 measured a median of 96 with a 70-120 spread. */
export const CYCLE_DEFAULT = 90;
export const CYCLE_MIN = 70;
export const CYCLE_MAX = 120;
/** Site rule of thumb: training hours a week from which the load counts as moderate, and as heavy. */
export const TRAINING_HOURS = { moderate: 4, heavy: 8, max: 50 } as const;

export const SLEEP_DEFAULTS: SleepForm = {
	mode: 'usual',
	wake: '',
	age: '',
	need: '',
	load: 'moderate',
	loadHours: '',
	recent: '',
	latency: String(LATENCY_DEFAULT),
	awake: '0',
	nap: false,
	cycles: false,
	cycleLength: String(CYCLE_DEFAULT),
	clock: '',
};

/** A time as typed: digits, separators and am/pm letters only, at most 10 characters. */
export const timeTextCodec: FieldCodec<string> = {
	parse: (raw) => (raw.length <= 10 && /^[0-9:. apmAPM]*$/.test(raw) ? raw : undefined),
	format: (value) => value,
};

/** Nothing here is health data: every answer may travel in the link and be remembered. */
export const SLEEP_CODECS: PartialCodecs<SleepForm> = {
	mode: oneOfCodec(MODES),
	wake: timeTextCodec,
	age: numberTextCodec(),
	need: numberTextCodec(),
	load: oneOfCodec(TRAINING_LEVELS),
	loadHours: numberTextCodec(),
	recent: numberTextCodec(),
	latency: numberTextCodec(),
	awake: numberTextCodec(),
	nap: booleanCodec,
	cycles: booleanCodec,
	cycleLength: numberTextCodec(),
	clock: oneOfCodec(CLOCKS),
};

/** v2: the wake time became the one required answer and awake time was added. */
export const SLEEP_STORAGE_KEY = 'runner-recovery:sleep:v2';

export type SleepField = 'wake' | 'age' | 'need' | 'loadHours' | 'recent' | 'latency' | 'awake' | 'cycleLength';
export const SLEEP_FIELD_ORDER: readonly SleepField[] = ['wake', 'age', 'need', 'loadHours', 'recent', 'latency', 'awake', 'cycleLength'];

/** Field labels as messages use them; each message starts with one. */
export const FIELDS = {
	age: ageField('this tool'),
	need: { label: 'Your sleep need', min: 4, max: SLEEP_HOURS_MAX, unit: 'hours' },
	loadHours: { label: 'Training hours per week', min: 0, max: TRAINING_HOURS.max, unit: 'hours' },
	recent: { label: 'Average sleep over the last 7 nights', min: 0, max: SLEEP_HOURS_MAX, unit: 'hours' },
	latency: { label: 'Time to fall asleep', min: 0, max: LATENCY_MAX, unit: 'minutes', integer: true },
	awake: { label: 'Time awake in the night', min: 0, max: AWAKE_MAX, unit: 'minutes', integer: true },
	cycleLength: { label: 'Sleep-cycle length', min: CYCLE_MIN, max: CYCLE_MAX, unit: 'minutes', integer: true },
} satisfies Record<string, NumberField>;

export const WAKE_MESSAGES = {
	required: 'Wake-up time is required: enter a time like 06:30 or 6:30 am.',
	format: 'Wake-up time must be a time like 06:30, 18:45 or 6:30 am.',
	range: 'Wake-up time must be a real time of day: hours 0 to 23 (or 1 to 12 with am or pm) and minutes 0 to 59.',
} as const;

/** The calculator's shape: what the form needs before the logic loads. */
export const SLEEP_SHAPE: ToolShape<SleepForm, SleepField> = {
	id: 'sleep',
	storageKey: SLEEP_STORAGE_KEY,
	codecs: SLEEP_CODECS,
	sensitive: [],
	defaults: SLEEP_DEFAULTS,
	fieldOrder: SLEEP_FIELD_ORDER,
};
