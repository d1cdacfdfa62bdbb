/**
 * The after-race timeline's questions: the form as typed, its codecs (how things feel now is a
 * health answer: never in the link or stored), labels and field ranges.
 */
import { numberTextCodec, oneOfCodec, type FieldCodec, type PartialCodecs } from '../../persisted-state';
import type { NumberField } from '../../parse-number';
import type { ToolShape } from '../contract';

export const DISTANCES = ['5k', '10k', 'half', 'marathon', 'ultra', 'other'] as const;
export type Distance = (typeof DISTANCES)[number];
export const DISTANCE_LABELS: Record<Distance, string> = {
	'5k': '5K',
	'10k': '10K',
	half: 'Half marathon',
	marathon: 'Marathon',
	ultra: 'Ultra (50K and beyond)',
	other: 'Another distance',
};
/** km for each named distance; an ultra without a typed distance counts as 50 km. */
export const DISTANCE_KM: Record<Exclude<Distance, 'other'>, number> = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195, ultra: 50 };

export const UNITS = ['km', 'mi'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_LABELS: Record<Unit, string> = { km: 'Kilometres', mi: 'Miles' };
export const KM_PER_MILE = 1.609344;

export const EFFORTS = ['all-out', 'hard', 'training'] as const;
export type Effort = (typeof EFFORTS)[number];
export const EFFORT_LABELS: Record<Effort, string> = {
	'all-out': 'Raced all-out',
	hard: 'Hard but controlled',
	training: 'A training effort',
};

/** How things are now: either one sends the runner to the injury guides instead of a timeline. */
export const NOW_ANSWERS = ['limping', 'spot-pain', 'none'] as const;
export type NowAnswer = (typeof NOW_ANSWERS)[number];
export const NOW_LABELS: Record<NowAnswer, string> = {
	limping: 'I am still limping',
	'spot-pain': 'Pain in one spot (a bone, a joint or a tendon)',
	none: 'Neither: just sore and tired',
};

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
	/** Health answer: in memory on the page only. */
	now: NowAnswer[];
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

export type AfterRaceField = 'distance' | 'km' | 'raceDay' | 'effort' | 'age' | 'weekly' | 'now';
export const AFTER_RACE_FIELD_ORDER: readonly AfterRaceField[] = ['distance', 'km', 'raceDay', 'effort', 'age', 'weekly', 'now'];

/** Races shorter than this, or longer, are not races this tool can plan for. */
export const DISTANCE_LIMITS_KM = { min: 1, max: 500 } as const;
/** The oldest race the timeline plans from. */
export const MAX_DAYS_AGO = 56;

export const NUMBER_FIELDS = {
	age: { label: 'Age', min: 13, max: 100, unit: 'years', integer: true, rangeHint: 'Age must be between 13 and 100 years' },
	weekly: { label: 'Usual weekly running', min: 0, max: 400 },
} satisfies Record<string, NumberField>;

/** The timeline's shape: what the form needs before the logic loads. */
export const AFTER_RACE_SHAPE: ToolShape<AfterRaceForm, AfterRaceField> = {
	id: 'after-race',
	storageKey: AFTER_RACE_STORAGE_KEY,
	codecs: AFTER_RACE_CODECS,
	sensitive: ['now'],
	defaults: AFTER_RACE_DEFAULTS,
	fieldOrder: AFTER_RACE_FIELD_ORDER,
};
