/**
 * The after-race timeline's questions: the form as typed, its codecs (how things feel now is a
 * health answer: never in the link or stored), labels and field ranges.
 */
import { formatDayShort, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../../civil-date';
import { numberTextCodec, oneOfCodec, type FieldCodec, type PartialCodecs } from '../../persisted-state';
import type { NumberField } from '../../parse-number';
import type { Choice, ToolShape } from '../contract';
// The light modules of the situation model only: this file loads before the form is touched.
import { ageField } from '../../situation/ages';
import { ILLNESS, ILLNESS_HINT, ILLNESS_LABELS, POST_RACE_SIGNS, WARNING_LABELS, type Illness } from '../../situation/health';
import {
	DISTANCE_UNITS,
	DISTANCE_UNIT_LABELS,
	EFFORTS,
	EFFORT_LABELS,
	KM_PER_MILE,
	RACES,
	RACE_KM,
	RACE_LABELS,
	RECENT_RACE_DAYS,
	type DistanceUnit,
	type Effort,
	type Race,
} from '../../situation/races';

export const DISTANCES = [...RACES, 'other'] as const;
export type Distance = (typeof DISTANCES)[number];
export const DISTANCE_LABELS: Record<Distance, string> = { ...RACE_LABELS, other: 'Another distance' };
/** km for each named distance; an ultra without a typed distance counts as 50 km. */
export const DISTANCE_KM: Record<Race, number> = RACE_KM;

/** The situation model's distance units, under this form's names. */
export const UNITS = DISTANCE_UNITS;
export type Unit = DistanceUnit;
export const UNIT_LABELS = DISTANCE_UNIT_LABELS;
export { KM_PER_MILE, EFFORTS, EFFORT_LABELS, type Effort };

/**
 * How things are now: a limp or pain in one spot sends the runner to the injury guides; a post-race
 * warning sign stops the timeline at the urgency /red-flags/ gives. Health answers.
 */
export const NOW_ANSWERS = ['limping', 'spot-pain', ...POST_RACE_SIGNS, 'none'] as const;
export type NowAnswer = (typeof NOW_ANSWERS)[number];
export type PostRaceSign = (typeof POST_RACE_SIGNS)[number];
export const NOW_LABELS: Record<NowAnswer, string> = {
	limping: 'I am still limping',
	'spot-pain': 'Pain in one spot (a bone, a joint or a tendon)',
	...(Object.fromEntries(POST_RACE_SIGNS.map((s) => [s, WARNING_LABELS[s]])) as Record<PostRaceSign, string>),
	none: 'None of these: just sore and tired',
};
export const isPostRaceSign = (a: NowAnswer): a is PostRaceSign => (POST_RACE_SIGNS as readonly string[]).includes(a);

export { ILLNESS, ILLNESS_HINT, ILLNESS_LABELS, type Illness };

export interface AfterRaceForm {
	distance: Distance | '';
	/** A typed distance, for 'other' (required) and 'ultra' (optional). */
	km: string;
	unit: Unit;
	/** Race day, YYYY-MM-DD. */
	raceDay: string;
	effort: Effort;
	age: string;
	/** Usual weekly running, in `unit`. */
	weekly: string;
	/** Health answers: in memory on the page only. */
	now: NowAnswer[];
	ill: Illness | '';
	/** Today where the reader is, YYYY-MM-DD: set by the island, never persisted. */
	today: string;
}

export const AFTER_RACE_DEFAULTS: AfterRaceForm = {
	distance: '',
	km: '',
	unit: 'km',
	raceDay: '',
	effort: 'all-out',
	age: '',
	weekly: '',
	now: [],
	ill: '',
	today: '',
};

const isoDateCodec: FieldCodec<string> = {
	parse: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined),
	format: (value) => value,
};

export const AFTER_RACE_CODECS: PartialCodecs<AfterRaceForm> = {
	distance: oneOfCodec<AfterRaceForm['distance']>(['', ...DISTANCES]),
	km: numberTextCodec(8),
	unit: oneOfCodec(UNITS),
	raceDay: isoDateCodec,
	effort: oneOfCodec(EFFORTS),
	age: numberTextCodec(4),
	weekly: numberTextCodec(6),
};

export const AFTER_RACE_STORAGE_KEY = 'runner-recovery:after-race:v1';

export type AfterRaceField = 'distance' | 'km' | 'raceDay' | 'effort' | 'age' | 'weekly' | 'now' | 'ill';
export const AFTER_RACE_FIELD_ORDER: readonly AfterRaceField[] = ['distance', 'km', 'raceDay', 'effort', 'age', 'weekly', 'now', 'ill'];

/** Races shorter than this, or longer, are not races this tool can plan for. */
export const DISTANCE_LIMITS_KM = { min: 1, max: 500 } as const;
/** The oldest race the timeline plans from. */
export const MAX_DAYS_AGO = RECENT_RACE_DAYS;

/**
 * The race days a runner can choose, newest first: today back to MAX_DAYS_AGO days ago, the first
 * two named ("Today, Sun 6 Dec"), the year shown only when it is not this year's. A list rather
 * than a native date control: the first date control a page builds costs Chromium 25-35 ms of main
 * thread on this project's machine (the next one under 1 ms), in the parse and style passes after
 * first paint, which Lighthouse multiplies by 4; a list can only hold days the timeline plans for;
 * and "Sat 5 Dec" reads the same in every country, where a date control shows the browser's order
 * of day and month.
 *
 * A day already in the form that the list does not hold (from a link or an old visit: after today,
 * too long ago, or no real date) stays a choice of its own, in date order and marked, so the field
 * shows what was asked for beside the message that explains it. Before the island knows today
 * (`today` empty), that day is the only choice.
 */
export function raceDayChoices(today: string, current: string): Choice[] {
	const todayDate = parseIsoDate(today);
	const currentDate = parseIsoDate(current);
	if (!todayDate) return current ? [{ value: current, label: current }] : [];
	const t = toDayNumber(todayDate);
	const days: Choice[] = Array.from({ length: MAX_DAYS_AGO + 1 }, (_, ago) => {
		const n = t - ago;
		const name = ago === 0 ? 'Today, ' : ago === 1 ? 'Yesterday, ' : '';
		return { value: formatIsoDate(fromDayNumber(n)), label: `${name}${formatDayShort(n, t)}` };
	});
	if (current === '' || days.some((d) => d.value === current)) return days;
	if (!currentDate) return [...days, { value: current, label: `${current} (not a real date)` }];
	const n = toDayNumber(currentDate);
	return n > t
		? [{ value: current, label: `${formatDayShort(n, t)} (after today)` }, ...days]
		: [...days, { value: current, label: `${formatDayShort(n, t)} (more than ${MAX_DAYS_AGO / 7} weeks ago)` }];
}

export const NUMBER_FIELDS = {
	age: ageField('the timeline'),
	weekly: { label: 'Usual weekly running', min: 0, max: 400 },
} satisfies Record<string, NumberField>;

/** The timeline's shape: what the form needs before the logic loads. */
export const AFTER_RACE_SHAPE: ToolShape<AfterRaceForm, AfterRaceField> = {
	id: 'after-race',
	storageKey: AFTER_RACE_STORAGE_KEY,
	codecs: AFTER_RACE_CODECS,
	sensitive: ['now', 'ill'],
	defaults: AFTER_RACE_DEFAULTS,
	fieldOrder: AFTER_RACE_FIELD_ORDER,
};
