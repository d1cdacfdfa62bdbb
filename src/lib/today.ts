/**
 * "What should I do today?": the recovery quiz's decision logic. Pure: no DOM, no Preact, no astro:*.
 *
 * WHAT IS ASKED (every answer optional except the warning signs)
 * - What the runner did in the last 24 hours, what comes next in their training, how their legs feel
 *   (0-10) and where, a fresh strain, sprain or knock in the last 48 hours (yes/no), hours slept last
 *   night, minutes available today (5, 15, 30, 60+) and the equipment they have.
 * - The warning signs from /red-flags/, or "none of these". This is the one required answer: a plan
 *   cannot be safe without it. When minutes are not given the plan assumes the shortest slot (5).
 *
 * HOW THE PLAN IS MADE
 * 1. Any warning sign overrides everything (even a malformed number elsewhere): the plan is to stop
 *    self-treating, at the urgency src/lib/red-flags.ts gives that sign (the same list the
 *    /red-flags/ page shows; research/evidence.md §5), with a link to its anchor. No method is
 *    suggested, so nothing can mask or worsen it.
 * 2. Otherwise a training call for today: rest, go easy or cross-train, or train as planned. The
 *    strictest rule that applies wins (CALL_RULES).
 * 3. Needs: goals from the vocabulary, each with a weight, derived from the answers (NEED_RULES).
 * 4. Each method is a candidate when it serves at least one need; none of its avoidWhen conditions
 *    is true today; any one of its equipment items is available ('none' always is); its minutes fit;
 *    it fits the day (on a rest day: it fits a rest day, the evening or bedtime and is not training
 *    itself, i.e. graded for 'fitness-maintenance'; on a day to train as planned: it is not only for
 *    rest days); and, when the runner named sore regions, it targets one of them or the whole body.
 * 5. Score = the weights of the needs it serves + how many of the sore regions it targets (at most
 *    3; a whole-body method counts 1) + GRADE_POINTS for its evidence grade for the outcome that
 *    matches the need (soreness -> 'soreness' ...), falling back to its best grade. Ties are broken
 *    by grade, then fewer minutes, then title, then slug, so a shared link gives the same plan.
 * 6. Short sleep brings in the best method with the goal 'sleep'; skin and chafing brings in the
 *    best method with the goal or region 'skin' (these two skip the day and region checks of step
 *    4). Then methods are added in score order, one per category, while their minutes fit (a
 *    hands-free method costs 0 minutes), up to MAX_METHODS; if fewer than MIN_METHODS fit, a second
 *    pass allows a second method of a category.
 *
 * WHAT IS PUBLISHED AND WHAT IS OUR RULE OF THUMB
 * - Published: the red flags and their urgency (research/evidence.md §5, e.g. CDC/NIOSH for
 *   rhabdomyolysis); adults need 7 h or more of sleep (AASM/SRS, Watson 2015) and habitual sleep
 *   under 7 h raises infection risk (Walsh 2021); 6 h or less cut exercise performance by 7.56%
 *   (Craven 2022). Each method's grades, dose and avoidWhen come from its guide, which cites them.
 * - This site's rule of thumb, not a published formula: the soreness thresholds for going easy or
 *   resting, going easy the day after a race or after 6 h of sleep or less, the need weights, the
 *   day and region checks, the scoring sum, one method per category, and 2 to 5 methods. They make
 *   the plan explainable and reproducible; no trial has tested a plan built this way.
 */
import type { MethodData } from './method-schema';
import { gradeRank, strongestEntry } from './methods';
import { numberTextCodec, listCodec, oneOfCodec, type Codecs } from './persisted-state';
import { parseOptionalNumber } from './parse-number';
import { RED_FLAGS, URGENCIES, URGENCY_LABELS, type Urgency } from './red-flags';
import {
	AVOID_CONDITIONS,
	AVOID_CONDITION_LABELS,
	EQUIPMENT,
	EQUIPMENT_LABELS,
	GOALS,
	GOAL_LABELS,
	OUTCOME_LABELS,
	REGIONS,
	REGION_LABELS,
	type AvoidCondition,
	type Category,
	type CostLevel,
	type Equipment,
	type Goal,
	type Grade,
	type Outcome,
	type Region,
	type Timing,
} from './vocabulary';

// ---------------------------------------------------------------------------------------------
// The questions
// ---------------------------------------------------------------------------------------------

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

export const NEXT_UP = ['hard-tomorrow', 'race-week', 'easy', 'rest'] as const;
export type NextUp = (typeof NEXT_UP)[number];
export const NEXT_UP_LABELS: Record<NextUp, string> = {
	'hard-tomorrow': 'A hard session or race tomorrow',
	'race-week': 'A race within 7 days',
	easy: 'An easy day',
	rest: 'A rest day',
};

/** The regions the quiz asks about: the vocabulary's, less 'whole-body'. */
export type SoreRegion = Exclude<Region, 'whole-body'>;
export const SORE_REGIONS = REGIONS.filter((r): r is SoreRegion => r !== 'whole-body');

/** The warning signs listed on /red-flags/, each with the anchor of its entry there. */
export const WARNING_SIGNS = ['chest-pain', 'dark-urine', 'calf-swelling', 'hot-red-swelling', 'numbness', 'bone-pain', 'rest-pain'] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];
export type WarningAnswer = WarningSign | 'none';
export const WARNING_ANSWERS: readonly WarningAnswer[] = [...WARNING_SIGNS, 'none'];
export const WARNING_LABELS: Record<WarningAnswer, string> = {
	'chest-pain': 'Chest pain or fainting',
	'dark-urine': 'Dark or cola-coloured urine',
	'calf-swelling': 'Swelling in one calf only',
	'hot-red-swelling': 'A hot, red, swollen area',
	numbness: 'Numbness, or a cold, pale foot',
	'bone-pain': 'Pinpoint pain on a bone',
	'rest-pain': 'Pain at rest or at night',
	none: 'None of these',
};
/** The /red-flags/ anchor for each sign (research/evidence.md §5; ids in src/lib/red-flags.ts). */
export const WARNING_FLAG_IDS: Record<WarningSign, string> = {
	'chest-pain': 'cardiac',
	'dark-urine': 'rhabdomyolysis',
	'calf-swelling': 'clot',
	'hot-red-swelling': 'infection',
	numbness: 'numbness',
	'bone-pain': 'bone-stress',
	'rest-pain': 'rest-pain',
};

export const TIME_OPTIONS = ['5', '15', '30', '60'] as const;
export type TimeOption = (typeof TIME_OPTIONS)[number];
export const TIME_LABELS: Record<TimeOption, string> = { '5': '5 minutes', '15': '15 minutes', '30': '30 minutes', '60': '60 minutes or more' };
/** Minutes assumed when the runner does not say: the shortest option, so the plan never overruns. */
export const DEFAULT_MINUTES = 5;

/** Equipment the quiz asks about; 'none' is always available and not asked. */
export type KitItem = Exclude<Equipment, 'none'>;
export const KIT = EQUIPMENT.filter((e): e is KitItem => e !== 'none');

export const YES_NO = ['yes', 'no'] as const;
export const YES_NO_LABELS: Record<(typeof YES_NO)[number], string> = { yes: 'Yes', no: 'No' };

/** The form's answers as typed: numbers stay text so the reader sees what they typed. */
export interface TodayAnswers {
	last: LastActivity | '';
	next: NextUp | '';
	legs: string;
	where: SoreRegion[];
	injury: (typeof YES_NO)[number] | '';
	warnings: WarningAnswer[];
	sleep: string;
	time: TimeOption | '';
	kit: KitItem[];
}

export const EMPTY_ANSWERS: TodayAnswers = {
	last: '',
	next: '',
	legs: '',
	where: [],
	injury: '',
	warnings: [],
	sleep: '',
	time: '',
	kit: [],
};

/** URL and storage codecs: allow-lists only, so a crafted link or corrupt storage is dropped. */
export const TODAY_CODECS: Codecs<TodayAnswers> = {
	last: oneOfCodec<TodayAnswers['last']>(['', ...LAST_ACTIVITIES]),
	next: oneOfCodec<TodayAnswers['next']>(['', ...NEXT_UP]),
	legs: numberTextCodec(6),
	where: listCodec(SORE_REGIONS),
	injury: oneOfCodec<TodayAnswers['injury']>(['', ...YES_NO]),
	warnings: listCodec(WARNING_ANSWERS),
	sleep: numberTextCodec(8),
	time: oneOfCodec<TodayAnswers['time']>(['', ...TIME_OPTIONS]),
	kit: listCodec(KIT),
};

export const LEGS_FIELD = { label: 'Leg soreness', min: 0, max: 10, integer: true, rangeHint: 'Leg soreness must be between 0 (fresh) and 10 (worst ever)' };
export const SLEEP_FIELD = { label: 'Hours slept', min: 0, max: 24, unit: 'hours' };

// ---------------------------------------------------------------------------------------------
// Thresholds and tables
// ---------------------------------------------------------------------------------------------

/** Sleep under this many hours brings sleep into the plan. AASM/SRS: adults need 7 h or more (Watson 2015, doi:10.5664/jcsm.4758); Walsh 2021 (doi:10.1136/bjsports-2020-102025): habitual sleep under 7 h raises infection risk. */
export const SHORT_SLEEP_BELOW = 7;
/** At or under this many hours, go easy: 6 h or less cut exercise performance by 7.56% (Craven 2022, doi:10.1007/s40279-022-01706-y). Applying it to today's call is our rule of thumb. */
export const VERY_SHORT_SLEEP_AT_MOST = 6;
/** Soreness (0-10) from which today is an easy day, and from which it is a rest day. Rule of thumb. */
export const LEGS_EASY_FROM = 4;
export const LEGS_REST_FROM = 7;
/** Points for the evidence grade in the score. Rule of thumb: one point per step on the site's scale. */
export const GRADE_POINTS: Record<Grade, number> = { A: 3, B: 2, C: 1, D: 0 };
/** Most region matches that count, so a method listing every region does not swamp the goals. Rule of thumb. */
export const MAX_REGION_POINTS = 3;
export const MIN_METHODS = 2;
export const MAX_METHODS = 5;

/** Which graded outcome answers each need: soreness -> 'soreness' and so on (vocabulary OUTCOMES). */
export const NEED_OUTCOMES: Record<Goal, readonly Outcome[]> = {
	soreness: ['soreness', 'perceived-recovery'],
	swelling: ['swelling', 'pain'],
	tightness: ['flexibility'],
	fatigue: ['perceived-recovery'],
	mobility: ['flexibility'],
	'injury-prevention': ['injury-risk'],
	sleep: ['sleep'],
	skin: ['skin'],
};
const MATCHED_OUTCOMES = new Set<Outcome>(Object.values(NEED_OUTCOMES).flat());

/** Timings that fit a day without a run. */
const REST_DAY_TIMINGS: readonly Timing[] = ['rest-day', 'evening', 'bedtime'];

export type CallId = 'rest' | 'easy' | 'train';
export const CALL_LABELS: Record<CallId, string> = {
	rest: 'Rest today',
	easy: 'Go easy or cross-train',
	train: 'Train as planned',
};
const CALL_ORDER: readonly CallId[] = ['train', 'easy', 'rest'];

// ---------------------------------------------------------------------------------------------
// The methods, as the page hands them to the island
// ---------------------------------------------------------------------------------------------

export interface GradedOutcome {
	outcome: Outcome;
	grade: Grade;
}

/** What scoring needs from a guide; everything else stays out of the page's props. */
export interface QuizMethod {
	slug: string;
	title: string;
	category: Category;
	goals: Goal[];
	regions: Region[];
	timing: Timing[];
	minutes: { min: number; max: number };
	handsFree: boolean;
	dose: string;
	equipment: Equipment[];
	avoidWhen: AvoidCondition[];
	/** The strongest grade for any outcome (the first such in the guide's order). */
	best: GradedOutcome;
	/** Grades for the outcomes a need can match. */
	grades: GradedOutcome[];
	cost: CostLevel;
	/** Graded for keeping fitness ('fitness-maintenance'): it is training itself, so not on a rest day. */
	trains: boolean;
}

export function toQuizMethod(slug: string, data: MethodData): QuizMethod {
	const strongest = strongestEntry(data.evidence);
	const best: GradedOutcome = strongest ? { outcome: strongest.outcome, grade: strongest.grade } : { outcome: 'performance', grade: 'D' };
	return {
		slug,
		title: data.title,
		category: data.category,
		goals: [...data.goals],
		regions: [...data.regions],
		timing: [...data.timing],
		minutes: { min: data.minutes.min, max: data.minutes.max },
		handsFree: data.handsFree,
		dose: data.dose,
		equipment: [...data.equipment],
		avoidWhen: [...data.avoidWhen],
		best,
		grades: data.evidence.filter((e) => MATCHED_OUTCOMES.has(e.outcome)).map((e) => ({ outcome: e.outcome, grade: e.grade })),
		cost: data.cost.level,
		trains: data.evidence.some((e) => e.outcome === 'fitness-maintenance'),
	};
}

// ---------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------

export interface FlagAdvice {
	sign: WarningSign;
	label: string;
	title: string;
	urgency: Urgency;
	action: string;
	escalate?: string;
	href: string;
}

export interface StopPlan {
	kind: 'stop';
	urgency: Urgency;
	urgencyLabel: string;
	/** Most urgent first. */
	flags: FlagAdvice[];
	training: string;
	because: string[];
	changes: string[];
}

export interface PlannedMethod {
	slug: string;
	title: string;
	href: string;
	dose: string;
	minutes: { min: number; max: number };
	handsFree: boolean;
	/** Minutes charged against the time available: 0 when hands-free, else minutes.min. */
	cost: number;
	grade: Grade;
	gradeFor: string;
	why: string;
}

export interface RecoveryPlan {
	kind: 'recover';
	call: CallId;
	callLabel: string;
	callReasons: string[];
	methods: PlannedMethod[];
	minutesAvailable: number;
	minutesUsed: number;
	conditions: AvoidCondition[];
	/** Relevant methods left out by an avoidWhen condition, with why. */
	leftOut: string[];
	sleepLink: boolean;
	because: string[];
	changes: string[];
}

export type TodayPlan = StopPlan | RecoveryPlan;
export type TodayField = 'legs' | 'sleep' | 'warnings';
export type TodayResult = { ok: true; plan: TodayPlan } | { ok: false; errors: Partial<Record<TodayField, string>> };

const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
	typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const pickList = <T extends string>(value: unknown, allowed: readonly T[]): T[] =>
	Array.isArray(value) ? allowed.filter((a) => value.includes(a)) : [];
/** "Foam roller" -> "foam roller", but "IT band" stays. */
const lower = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
/** "a, b and c"; with a comma before the last item when an item has its own "and" or "or". */
const list = (items: string[], conj = 'and') => {
	if (items.length <= 1) return items[0] ?? '';
	const comma = items.some((i) => / (and|or) /.test(i)) ? ',' : '';
	return `${items.slice(0, -1).join(', ')}${comma} ${conj} ${items[items.length - 1]}`;
};

/** The answers with anything outside the allow-lists dropped, so any input gives a plan or errors. */
function normalise(input: Partial<Record<keyof TodayAnswers, unknown>>) {
	const a = input && typeof input === 'object' ? input : {};
	return {
		last: pick(a.last, LAST_ACTIVITIES),
		next: pick(a.next, NEXT_UP),
		legs: typeof a.legs === 'string' ? a.legs : '',
		where: pickList(a.where, SORE_REGIONS),
		injury: a.injury === 'yes',
		warnings: pickList(a.warnings, WARNING_ANSWERS),
		sleep: typeof a.sleep === 'string' ? a.sleep : '',
		time: pick(a.time, TIME_OPTIONS),
		kit: pickList(a.kit, KIT),
	};
}
type Clean = ReturnType<typeof normalise>;

export function stopPlan(signs: WarningSign[]): StopPlan {
	const flags = signs
		.map((sign): FlagAdvice => {
			const id = WARNING_FLAG_IDS[sign];
			const flag = RED_FLAGS.find((f) => f.id === id);
			return {
				sign,
				label: WARNING_LABELS[sign],
				title: flag?.title ?? WARNING_LABELS[sign],
				urgency: flag?.urgency ?? 'urgent',
				action: flag?.action ?? 'Stop self-treating and get checked by a clinician today.',
				escalate: flag?.escalate,
				href: `/red-flags/#${id}`,
			};
		})
		.sort((x, y) => URGENCIES.indexOf(x.urgency) - URGENCIES.indexOf(y.urgency));
	const urgency = flags[0]?.urgency ?? 'urgent';
	return {
		kind: 'stop',
		urgency,
		urgencyLabel: URGENCY_LABELS[urgency],
		flags,
		training:
			urgency === 'soon'
				? 'Stop running on it until a clinician has checked it, and do not treat it yourself meanwhile.'
				: 'No running, training or recovery methods today: get help first.',
		because: [`You ticked: ${list(signs.map((s) => lower(WARNING_LABELS[s])))}.`],
		changes: [
			'Nothing else you answered changes this: a warning sign always comes first.',
			'Once a clinician has checked it and cleared you, untick it for a recovery plan.',
		],
	};
}

/**
 * Which answer makes each avoidWhen condition true today. The hot-red-swelling and numbness
 * conditions come from warning signs, which stop the plan before any method is considered.
 */
export const CONDITION_RULES: Record<AvoidCondition, (f: DayFacts) => boolean> = {
	'race-within-48h': (f) => f.next === 'hard-tomorrow',
	'after-strength-session': (f) => f.last === 'strength',
	'acute-injury-48h': (f) => f.injury,
	'open-skin': (f) => f.where.includes('skin'),
	'hot-red-swelling': () => false,
	numbness: () => false,
};

/** What the needs and the training call are worked out from. */
export interface DayFacts {
	last: LastActivity | undefined;
	next: NextUp | undefined;
	where: SoreRegion[];
	injury: boolean;
	legs: number | undefined;
	sleep: number | undefined;
}
const soreOf = (f: DayFacts) => f.where.filter((r) => r !== 'skin');
const hard = (f: DayFacts) => f.last === 'workout' || f.last === 'long-run' || f.last === 'race';
const light = (f: DayFacts) => f.last === 'rest' || f.last === 'easy-run' || f.last === 'cross-training';

/**
 * Which needs the answers raise, and how strongly (3 strong, 2 some, 1 slight); a need takes the
 * highest weight of the rules that apply. This site's rule of thumb.
 */
export const NEED_RULES: readonly { goal: Goal; weight: number; when: string; applies: (f: DayFacts) => boolean }[] = [
	{ goal: 'soreness', weight: 3, when: `legs at ${LEGS_EASY_FROM}/10 or worse`, applies: (f) => (f.legs ?? 0) >= LEGS_EASY_FROM },
	{ goal: 'soreness', weight: 2, when: 'any soreness, a sore region, or a workout, long run or race', applies: (f) => (f.legs ?? 0) > 0 || soreOf(f).length > 0 || hard(f) },
	{ goal: 'soreness', weight: 1, when: 'a strength session', applies: (f) => f.last === 'strength' },
	{ goal: 'tightness', weight: 1, when: 'any soreness or a sore region', applies: (f) => (f.legs ?? 0) > 0 || soreOf(f).length > 0 },
	{ goal: 'fatigue', weight: 2, when: 'a long run or race, or a hard session or race coming', applies: (f) => f.last === 'long-run' || f.last === 'race' || f.next === 'hard-tomorrow' || f.next === 'race-week' },
	{ goal: 'fatigue', weight: 1, when: 'a workout or strength session', applies: (f) => f.last === 'workout' || f.last === 'strength' },
	{ goal: 'mobility', weight: 1, when: 'rest, an easy run or cross-training', applies: light },
	{ goal: 'injury-prevention', weight: 1, when: 'rest, an easy run or cross-training', applies: light },
	{ goal: 'swelling', weight: 2, when: 'a fresh strain, sprain or knock', applies: (f) => f.injury },
	{ goal: 'sleep', weight: 3, when: `under ${SHORT_SLEEP_BELOW} hours of sleep`, applies: (f) => f.sleep !== undefined && f.sleep < SHORT_SLEEP_BELOW },
	{ goal: 'skin', weight: 3, when: 'skin and chafing', applies: (f) => f.where.includes('skin') },
];
/** When no rule applies: general recovery after running. Rule of thumb. */
export const DEFAULT_NEEDS: readonly Goal[] = ['soreness', 'fatigue'];

/** The goals the runner needs today, with weights, in vocabulary order. */
export function needsFor(f: DayFacts): { goal: Goal; weight: number }[] {
	const w: Partial<Record<Goal, number>> = {};
	for (const rule of NEED_RULES) if (rule.applies(f)) w[rule.goal] = Math.max(w[rule.goal] ?? 0, rule.weight);
	if (Object.keys(w).length === 0) for (const g of DEFAULT_NEEDS) w[g] = 1;
	return GOALS.filter((g) => w[g]).map((g) => ({ goal: g, weight: w[g] ?? 0 }));
}

/**
 * The training call: the strictest rule that applies wins (rest over easy over train). Sources:
 * the sleep rule follows Craven 2022 (see VERY_SHORT_SLEEP_AT_MOST); the rest are rules of thumb.
 */
export const CALL_RULES: readonly { call: CallId; when: string; applies: (f: DayFacts) => boolean; reason: (f: DayFacts) => string }[] = [
	{ call: 'rest', when: `legs at ${LEGS_REST_FROM}/10 or worse`, applies: (f) => (f.legs ?? 0) >= LEGS_REST_FROM, reason: (f) => `Your legs are at ${f.legs}/10: at ${LEGS_REST_FROM} or more, rest.` },
	{ call: 'rest', when: 'a rest day in your plan', applies: (f) => f.next === 'rest', reason: () => 'Your plan has a rest day: take it.' },
	{
		call: 'easy',
		when: `legs from ${LEGS_EASY_FROM} to ${LEGS_REST_FROM - 1}/10`,
		applies: (f) => (f.legs ?? 0) >= LEGS_EASY_FROM && (f.legs ?? 0) < LEGS_REST_FROM,
		reason: (f) => `Your legs are at ${f.legs}/10: from ${LEGS_EASY_FROM} to ${LEGS_REST_FROM - 1}, keep it easy.`,
	},
	{ call: 'easy', when: 'a fresh strain, sprain or knock', applies: (f) => f.injury, reason: () => 'A fresh strain, sprain or knock: keep off it; cross-train only if that is pain-free.' },
	{
		call: 'easy',
		when: `${VERY_SHORT_SLEEP_AT_MOST} hours of sleep or less`,
		applies: (f) => f.sleep !== undefined && f.sleep <= VERY_SHORT_SLEEP_AT_MOST,
		reason: (f) => `You slept ${f.sleep} hours: ${VERY_SHORT_SLEEP_AT_MOST} hours or less cut exercise performance by 7.56% in trials, so keep it easy.`,
	},
	{ call: 'easy', when: 'a race in the last 24 hours', applies: (f) => f.last === 'race', reason: () => 'You raced in the last 24 hours: easy days come first.' },
];

interface Ranked {
	m: QuizMethod;
	score: number;
	grade: GradedOutcome;
	goals: Goal[];
	regions: SoreRegion[];
	cost: number;
}

function gradeFor(m: QuizMethod, goals: Goal[]): GradedOutcome {
	let found: GradedOutcome | undefined;
	for (const g of goals)
		for (const e of m.grades)
			if (NEED_OUTCOMES[g].includes(e.outcome) && (!found || gradeRank(e.grade) < gradeRank(found.grade))) found = e;
	return found ?? m.best;
}

const byRank = (x: Ranked, y: Ranked) =>
	y.score - x.score ||
	gradeRank(x.grade.grade) - gradeRank(y.grade.grade) ||
	x.cost - y.cost ||
	(x.m.title < y.m.title ? -1 : x.m.title > y.m.title ? 1 : 0) ||
	(x.m.slug < y.m.slug ? -1 : x.m.slug > y.m.slug ? 1 : 0);

export function planToday(input: Partial<Record<keyof TodayAnswers, unknown>>, methods: readonly QuizMethod[]): TodayResult {
	const a = normalise(input);
	const signs = WARNING_SIGNS.filter((s) => a.warnings.includes(s));
	if (signs.length > 0) return { ok: true, plan: stopPlan(signs) };

	const errors: Partial<Record<TodayField, string>> = {};
	const legs = parseOptionalNumber(a.legs, LEGS_FIELD);
	const sleep = parseOptionalNumber(a.sleep, SLEEP_FIELD);
	if (!legs.ok) errors.legs = legs.error;
	if (!sleep.ok) errors.sleep = sleep.error;
	if (a.warnings.length === 0) errors.warnings = 'Warning signs: tick any that apply, or “None of these”.';
	if (!legs.ok || !sleep.ok || errors.warnings) return { ok: false, errors };
	return { ok: true, plan: recoveryPlan(a, legs.value, sleep.value, Array.isArray(methods) ? methods : []) };
}

function recoveryPlan(a: Clean, legs: number | undefined, sleep: number | undefined, methods: readonly QuizMethod[]): RecoveryPlan {
	const shortSleep = sleep !== undefined && sleep < SHORT_SLEEP_BELOW;
	const budget = a.time ? Number(a.time) : DEFAULT_MINUTES;

	const facts: DayFacts = { last: a.last, next: a.next, where: a.where, injury: a.injury, legs, sleep };
	const applying = CALL_RULES.filter((r) => r.applies(facts));
	const call = applying.reduce<CallId>((c, r) => (CALL_ORDER.indexOf(r.call) > CALL_ORDER.indexOf(c) ? r.call : c), 'train');
	const callReasons = applying.filter((r) => r.call === call).map((r) => r.reason(facts));
	if (call === 'train') callReasons.push('Nothing you said calls for a change.');

	const conditions = AVOID_CONDITIONS.filter((c) => CONDITION_RULES[c](facts));
	const needs = needsFor(facts);
	const weight = (g: Goal) => needs.find((n) => n.goal === g)?.weight ?? 0;
	const sore = a.where.filter((r) => r !== 'skin');
	const have = new Set<Equipment>(['none', ...a.kit]);
	const sleepCare = (m: QuizMethod) => shortSleep && m.goals.includes('sleep');
	const skinCare = (m: QuizMethod) => a.where.includes('skin') && (m.goals.includes('skin') || m.regions.includes('skin'));
	// Fits today's call: nothing that is training itself on a rest day, nothing only for rest days on a training day.
	const fitsDay = (m: QuizMethod) =>
		call === 'rest'
			? !m.trains && m.timing.some((t) => REST_DAY_TIMINGS.includes(t))
			: call === 'train'
				? m.timing.some((t) => t !== 'rest-day')
				: true;

	const avoidedBy: [Ranked, AvoidCondition][] = [];
	const byTime: Ranked[] = [];
	const byKit: Ranked[] = [];
	const candidates: Ranked[] = [];
	const seen = new Set<string>();
	for (const m of methods) {
		if (!m || typeof m.slug !== 'string' || seen.has(m.slug)) continue;
		seen.add(m.slug);
		const goals = needs.map((n) => n.goal).filter((g) => m.goals.includes(g));
		// Sleep after a short night and skin care for chafing are brought in whatever the day.
		const forced = sleepCare(m) || skinCare(m);
		if (!forced) {
			// It must serve a need, fit the day and, when you said where it hurts, aim there or at the whole body.
			if (goals.length === 0 || !fitsDay(m)) continue;
			if (sore.length > 0 && !m.regions.some((r) => r === 'whole-body' || (sore as Region[]).includes(r))) continue;
		}
		const regions = sore.filter((r) => m.regions.includes(r));
		const regionPoints = Math.min(MAX_REGION_POINTS, regions.length + (sore.length > 0 && m.regions.includes('whole-body') ? 1 : 0));
		const grade = gradeFor(m, goals);
		const cost = m.handsFree ? 0 : Math.max(0, m.minutes.min);
		const ranked: Ranked = { m, goals, regions, grade, cost, score: goals.reduce((s, g) => s + weight(g), 0) + regionPoints + GRADE_POINTS[grade.grade] };
		const avoided = conditions.find((c) => m.avoidWhen.includes(c));
		const kitOk = m.equipment.some((e) => have.has(e));
		if (avoided) {
			if (kitOk) avoidedBy.push([ranked, avoided]);
		} else if (!kitOk) byKit.push(ranked);
		else if (cost > budget) byTime.push(ranked);
		else candidates.push(ranked);
	}
	candidates.sort(byRank);
	const leftOut = avoidedBy
		.sort(([x], [y]) => byRank(x, y))
		.map(([r, c]) => `${r.m.title}: left out ${AVOID_CONDITION_LABELS[c]}.`);

	// Choose: the forced ones first, then by rank, one per category, within the time.
	const chosen: Ranked[] = [];
	let used = 0;
	const take = (r: Ranked | undefined) => {
		if (!r || chosen.includes(r) || chosen.length >= MAX_METHODS || used + r.cost > budget) return;
		chosen.push(r);
		used += r.cost;
	};
	take(candidates.find((r) => sleepCare(r.m) && used + r.cost <= budget));
	take(candidates.find((r) => skinCare(r.m) && used + r.cost <= budget));
	for (const r of candidates) if (!chosen.some((c) => c.m.category === r.m.category)) take(r);
	if (chosen.length < MIN_METHODS) for (const r of candidates) if (chosen.length < MIN_METHODS) take(r);
	chosen.sort(byRank);
	// The best method that only time kept out (not one the one-per-category rule left out).
	const missedForTime =
		chosen.length < MAX_METHODS
			? [...candidates, ...byTime]
					.sort(byRank)
					.find((r) => !chosen.includes(r) && used + r.cost > budget && !chosen.some((c) => c.m.category === r.m.category))
			: undefined;

	const planned = chosen.map(
		(r): PlannedMethod => ({
			slug: r.m.slug,
			title: r.m.title,
			href: `/methods/${r.m.slug}/`,
			dose: r.m.dose,
			minutes: r.m.minutes,
			handsFree: r.m.handsFree,
			cost: r.cost,
			grade: r.grade.grade,
			gradeFor: OUTCOME_LABELS[r.grade.outcome],
			why: whyLine(r, sleepCare(r.m), skinCare(r.m)),
		}),
	);

	const because: string[] = [];
	if (a.last) because.push(`Last 24 hours: ${lower(LAST_ACTIVITY_LABELS[a.last])}.`);
	if (a.next) because.push(`Next: ${lower(NEXT_UP_LABELS[a.next])}.`);
	if (legs !== undefined) because.push(`Legs: ${legs}/10.`);
	if (a.where.length > 0) because.push(`Sore or tight: ${list(a.where.map((r) => lower(REGION_LABELS[r])))}.`);
	if (a.injury) because.push('A fresh strain, sprain or knock in the last 48 hours.');
	if (sleep !== undefined) because.push(`Sleep last night: ${sleep} hours.`);
	because.push(a.time ? `Time today: ${lower(TIME_LABELS[a.time])}.` : `Time today: not given, so the plan fits in ${DEFAULT_MINUTES} minutes.`);
	because.push(a.kit.length ? `Equipment: ${list(a.kit.map((k) => lower(EQUIPMENT_LABELS[k])))}.` : 'Equipment: none ticked, so only methods that need nothing.');
	because.push('Warning signs: none.');

	const changes: string[] = [];
	if (call === 'rest' && legs !== undefined && legs >= LEGS_REST_FROM)
		changes.push(`Legs below ${LEGS_REST_FROM}/10 would make it an easy day instead of rest.`);
	else if (call === 'easy' && legs !== undefined && legs >= LEGS_EASY_FROM)
		changes.push(`Legs below ${LEGS_EASY_FROM}/10, with nothing else in the way, would mean training as planned.`);
	else if (call === 'train')
		changes.push(`Legs at ${LEGS_EASY_FROM}/10 or worse, or ${VERY_SHORT_SLEEP_AT_MOST} hours of sleep or less, would make it an easy day.`);
	if (call !== 'train' && a.next === 'hard-tomorrow')
		changes.push(`If your legs are still at ${LEGS_EASY_FROM}/10 or worse tomorrow, move the hard session.`);
	if (missedForTime) {
		const more = TIME_OPTIONS.find((t) => Number(t) >= used + missedForTime.cost);
		if (more) changes.push(`With ${TIME_LABELS[more]}, ${lower(missedForTime.m.title)} could join the plan.`);
	}
	const missedForKit = byKit.filter((r) => r.cost <= budget).sort(byRank)[0];
	if (missedForKit)
		changes.push(
			`For ${lower(missedForKit.m.title)}, you would need: ${list(missedForKit.m.equipment.map((e) => lower(EQUIPMENT_LABELS[e])), 'or')}.`,
		);
	if (sleep === undefined) changes.push(`Sleep under ${SHORT_SLEEP_BELOW} hours last night would bring sleep into the plan.`);

	return {
		kind: 'recover',
		call,
		callLabel: CALL_LABELS[call],
		callReasons,
		methods: planned,
		minutesAvailable: budget,
		minutesUsed: used,
		conditions,
		leftOut,
		sleepLink: shortSleep,
		because,
		changes,
	};
}

function whyLine(r: Ranked, forSleep: boolean, forSkin: boolean): string {
	if (forSleep) return `You slept under ${SHORT_SLEEP_BELOW} hours; adults need ${SHORT_SLEEP_BELOW} or more.`;
	if (forSkin) return 'You ticked skin and chafing: look after it before your next run.';
	const goals = list(r.goals.map((g) => lower(GOAL_LABELS[g])));
	const where = r.regions.length ? ` in your ${list(r.regions.map((x) => lower(REGION_LABELS[x])))}` : '';
	return `For ${goals}${where}.`;
}
