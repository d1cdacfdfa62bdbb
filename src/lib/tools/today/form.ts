/**
 * "What should I do today?": the questions, as the form holds them (numbers stay text so the
 * reader sees what they typed), their labels, and the codecs for the link and storage. Warning
 * signs, the health screen and "can you put weight on it?" are health answers: they have no codec,
 * so they are never put in the link or stored.
 */
import { listCodec, numberTextCodec, oneOfCodec, type FieldCodec, type PartialCodecs } from '../../persisted-state';
import type { NumberField } from '../../parse-number';
import type { ToolShape } from '../contract';
import { EQUIPMENT, REGIONS, type Equipment, type Region } from '../../vocabulary';
// The light modules of the situation model only: this file loads before the form is touched.
import { ageField } from '../../situation/ages';
import {
	HEALTH_LABELS,
	ILLNESS,
	ILLNESS_HINT,
	ILLNESS_LABELS,
	WARNING_LABELS,
	WARNING_SIGNS,
	type HealthCondition,
	type Illness,
	type WarningSign,
} from '../../situation/health';
import { RACES, RACE_LABELS, type Race } from '../../situation/races';

export const LAST_ACTIVITIES = ['rest', 'easy-run', 'workout', 'long-run', 'race', 'strength', 'cross-training'] as const;
export type LastActivity = (typeof LAST_ACTIVITIES)[number];
export const LAST_ACTIVITY_LABELS: Record<LastActivity, string> = {
	rest: 'Rest',
	'easy-run': 'Easy run',
	workout: 'Workout (intervals, tempo, hills)',
	'long-run': 'Long run',
	race: 'Race',
	strength: 'Strength session',
	'cross-training': 'Cross-training',
};

export const FINISHED = ['under-2h', 'earlier'] as const;
export type Finished = (typeof FINISHED)[number];
export const FINISHED_LABELS: Record<Finished, string> = { 'under-2h': 'In the last 2 hours', earlier: 'More than 2 hours ago' };

export const NEXT_UP = ['hard-today', 'hard-tomorrow', 'easy', 'rest'] as const;
export type NextUp = (typeof NEXT_UP)[number];
export const NEXT_UP_LABELS: Record<NextUp, string> = {
	'hard-today': 'A hard session later today (within 8 hours)',
	'hard-tomorrow': 'A hard session tomorrow',
	easy: 'An easy day',
	rest: 'A rest day',
};

/** The race distances the quiz offers: the situation model's races. */
export const RACE_DISTANCES = RACES;
export type RaceDistance = Race;
export const RACE_DISTANCE_LABELS = RACE_LABELS;

/** The regions the quiz asks about: the vocabulary's, less 'whole-body'. */
export type BodyRegion = Exclude<Region, 'whole-body'>;
export const BODY_REGIONS = REGIONS.filter((r): r is BodyRegion => r !== 'whole-body');

/** For each region ticked: general muscle soreness, pain in one spot (a joint or a tendon), or pain that changes how you run. */
export const FEELINGS = ['sore', 'pain', 'stride'] as const;
export type Feeling = (typeof FEELINGS)[number];
export const FEELING_LABELS: Record<Feeling, string> = {
	sore: 'General muscle soreness or tightness',
	pain: 'Pain in one spot, a joint or a tendon',
	stride: 'Pain that makes me limp or change how I run',
};

/** The warning signs (the situation model's list); any one stops the plan. */
export { WARNING_SIGNS, WARNING_LABELS, type WarningSign };
export type WarningAnswer = WarningSign | 'none';
export const WARNING_ANSWERS: readonly WarningAnswer[] = [...WARNING_SIGNS, 'none'];

/** The health screen the quiz asks: the conditions whose answer changes which methods are safe. */
export const QUIZ_HEALTH = [
	'heart-or-blood-pressure',
	'pregnancy',
	'cold-sensitivity',
	'artery-disease',
	'diabetes-neuropathy',
	'clot-or-blood-thinners',
] as const satisfies readonly HealthCondition[];
export type QuizHealthCondition = (typeof QUIZ_HEALTH)[number];
export type HealthAnswer = QuizHealthCondition | 'none';
export const HEALTH_ANSWERS: readonly HealthAnswer[] = [...QUIZ_HEALTH, 'none'];
export { HEALTH_LABELS };

export { ILLNESS, ILLNESS_HINT, ILLNESS_LABELS, type Illness };

export const TIME_OPTIONS = ['5', '15', '30', '60'] as const;
export type TimeOption = (typeof TIME_OPTIONS)[number];
export const TIME_LABELS: Record<TimeOption, string> = {
	'5': '5 minutes',
	'15': '15 minutes',
	'30': '30 minutes',
	'60': '60 minutes or more',
};
/** Minutes assumed when the runner does not say: the shortest option, so the plan never overruns. */
export const DEFAULT_MINUTES = Number(TIME_OPTIONS[0]);

/** Equipment the quiz asks about; 'none' is always available and not asked. */
export type KitItem = Exclude<Equipment, 'none'>;
export const KIT = EQUIPMENT.filter((e): e is KitItem => e !== 'none');

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
export const YES_NO_LABELS: Record<YesNo, string> = { yes: 'Yes', no: 'No' };

export interface TodayForm {
	/** Health answers: never in the link or storage. */
	warnings: WarningAnswer[];
	health: HealthAnswer[];
	/** Ill in the last two weeks? */
	ill: Illness | '';
	/** After a fresh knock to a foot or ankle: can you take four steps on it? */
	weight: YesNo | '';
	last: LastActivity | '';
	finished: Finished | '';
	next: NextUp | '';
	/** Days until the next race, as typed; optional. */
	raceIn: string;
	/** Days since the last race, as typed; optional. */
	racedAgo: string;
	raceDistance: RaceDistance | '';
	age: string;
	legs: string;
	/** Regions ticked, each with how it feels ("feet:pain,quads:sore"). */
	where: Partial<Record<BodyRegion, Feeling>>;
	injury: YesNo | '';
	sleep: string;
	/** Tomorrow's wake-up time, for a lights-out time; optional. */
	wake: string;
	time: TimeOption | '';
	kit: KitItem[];
}

export const TODAY_DEFAULTS: TodayForm = {
	warnings: [],
	health: [],
	ill: '',
	weight: '',
	last: '',
	finished: '',
	next: '',
	raceIn: '',
	racedAgo: '',
	raceDistance: '',
	age: '',
	legs: '',
	where: {},
	injury: '',
	sleep: '',
	wake: '',
	time: '',
	kit: [],
};

/**
 * Feelings that may be kept in the link and storage. 'stride' (pain that changes how you run) stops
 * the plan, like a warning sign, so it is a health answer: never kept, asked again.
 */
const KEPT_FEELINGS: readonly Feeling[] = ['sore', 'pain'];

/** Regions with how each feels, "feet:pain,quads:sore", in the vocabulary's order; unknown parts and 'stride' are dropped. */
export const whereCodec: FieldCodec<Partial<Record<BodyRegion, Feeling>>> = {
	parse: (raw) => {
		const out: Partial<Record<BodyRegion, Feeling>> = {};
		for (const part of raw.split(',')) {
			const [region, feeling] = part.split(':');
			if ((BODY_REGIONS as readonly string[]).includes(region ?? '') && (KEPT_FEELINGS as readonly string[]).includes(feeling ?? ''))
				out[region as BodyRegion] = feeling as Feeling;
		}
		return out;
	},
	format: (where) =>
		BODY_REGIONS.filter((r) => where[r] && KEPT_FEELINGS.includes(where[r]))
			.map((r) => `${r}:${where[r]}`)
			.join(','),
};

export const TODAY_CODECS: PartialCodecs<TodayForm> = {
	last: oneOfCodec<TodayForm['last']>(['', ...LAST_ACTIVITIES]),
	finished: oneOfCodec<TodayForm['finished']>(['', ...FINISHED]),
	next: oneOfCodec<TodayForm['next']>(['', ...NEXT_UP]),
	raceIn: numberTextCodec(4),
	racedAgo: numberTextCodec(4),
	raceDistance: oneOfCodec<TodayForm['raceDistance']>(['', ...RACE_DISTANCES]),
	age: numberTextCodec(4),
	legs: numberTextCodec(6),
	where: whereCodec,
	injury: oneOfCodec<TodayForm['injury']>(['', ...YES_NO]),
	sleep: numberTextCodec(8),
	wake: { parse: (raw) => (raw.length <= 10 && /^[0-9:. apmAPM]*$/.test(raw) ? raw : undefined), format: (v) => v },
	time: oneOfCodec<TodayForm['time']>(['', ...TIME_OPTIONS]),
	kit: listCodec(KIT),
};

/** v2: warnings and health answers are never stored; regions carry how they feel. (The illness answer is never stored either.) */
export const TODAY_STORAGE_KEY = 'runner-recovery:today:v2';
/** The guide index the quiz decides from, fetched with its rules (src/pages/tools/today/guides.json.ts). */
export const TODAY_GUIDES_URL = '/tools/today/guides.json';
/** A picked method's title and doses (src/pages/tools/today/m/[slug].json.ts). */
export const methodDetailsUrl = (slug: string) => `/tools/today/m/${slug}.json`;

export type TodayField =
	'warnings' | 'health' | 'ill' | 'weight' | 'raceIn' | 'racedAgo' | 'raceDistance' | 'age' | 'legs' | 'sleep' | 'wake';
export const TODAY_FIELD_ORDER: readonly TodayField[] = [
	'warnings',
	'health',
	'ill',
	'weight',
	'raceIn',
	'racedAgo',
	'raceDistance',
	'age',
	'legs',
	'sleep',
	'wake',
];

export const NUMBER_FIELDS = {
	legs: { label: 'Leg soreness', min: 0, max: 10, integer: true, rangeHint: 'Leg soreness must be between 0 (fresh) and 10 (worst ever)' },
	sleep: { label: 'Hours slept', min: 0, max: 24, unit: 'hours' },
	age: ageField('the quiz'),
	raceIn: { label: 'Days until your next race', min: 0, max: 365, unit: 'days', integer: true },
	racedAgo: { label: 'Days since your last race', min: 0, max: 365, unit: 'days', integer: true },
} satisfies Record<string, NumberField>;

/** The quiz's shape: what the form needs before the logic loads. */
export const TODAY_SHAPE: ToolShape<TodayForm, TodayField> = {
	id: 'today',
	storageKey: TODAY_STORAGE_KEY,
	codecs: TODAY_CODECS,
	sensitive: ['warnings', 'health', 'ill', 'weight'],
	defaults: TODAY_DEFAULTS,
	fieldOrder: TODAY_FIELD_ORDER,
};
