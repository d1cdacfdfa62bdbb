/**
 * What the quiz's rules read: the answers as facts (numbers parsed, lists allow-listed), and the
 * situation, the training call, the conditions and the needs they lead to.
 *
 * PUBLISHED
 * - Sleep of 6 h or less cut exercise performance by 7.56% on average (craven2022); adults need
 *   7 h or more, teenagers 8-10 h (watson2015, paruthi2016): src/lib/situation/sleep.ts.
 * - The days after a race: the situation model's milestones (src/lib/situation/recovery-days.ts,
 *   which says which are physiology and which are conventions), the same ones the after-race
 *   timeline shows. The quiz does not ask how hard the race was: it assumes all-out, the most
 *   cautious effort, and says so.
 * THIS SITE'S RULE OF THUMB
 * - The soreness thresholds (easy from 4/10, rest from 7/10); no hard session on any pain, a fresh
 *   knock, a race in the last 24 hours or in the next two days, or the day before race eve; the
 *   need weights; the situation's order.
 * - Illness (the "neck check", a convention): a cold above the neck, or an illness just over, means
 *   easy at most; fever or chest symptoms stop the plan (plan.ts).
 */
import {
	ASSUMED_EFFORT,
	LONG_RACE_KM,
	RACE_KM,
	RECENT_RACE_DAYS,
	RESTRICTED_SLEEP_HOURS,
	RESTRICTED_SLEEP_PERFORMANCE_DROP,
	SHORT_SLEEP_HOURS,
	MILESTONE_SOURCES,
	ILLNESS_EASY_DAYS,
	milestones,
	type Illness,
} from '../../situation';
import type { AvoidCondition, Goal, Situation } from '../../vocabulary';
import type { Reason } from '../contract';
import {
	type BodyRegion,
	type Feeling,
	type Finished,
	type QuizHealthCondition,
	type LastActivity,
	type NextUp,
	type RaceDistance,
	type TimeOption,
	type KitItem,
} from './form';

export interface DayFacts {
	last?: LastActivity;
	finished?: Finished;
	next?: NextUp;
	raceIn?: number;
	racedAgo?: number;
	raceDistance?: RaceDistance;
	age?: number;
	legs?: number;
	sleep?: number;
	wake?: number;
	where: Partial<Record<BodyRegion, Feeling>>;
	injury: boolean;
	health: QuizHealthCondition[];
	ill?: Illness;
	time?: TimeOption;
	kit: KitItem[];
}

/** Regions by how they feel. */
export const regionsFeeling = (f: Pick<DayFacts, 'where'>, feeling: Feeling) =>
	(Object.keys(f.where) as BodyRegion[]).filter((r) => f.where[r] === feeling && r !== 'skin');
export const painRegions = (f: Pick<DayFacts, 'where'>) => [...regionsFeeling(f, 'pain'), ...regionsFeeling(f, 'stride')];
const hasPain = (f: DayFacts) => painRegions(f).length > 0;
const hard = (f: DayFacts) => f.last === 'workout' || f.last === 'long-run' || f.last === 'race';
const light = (f: DayFacts) => f.last === 'rest' || f.last === 'easy-run' || f.last === 'cross-training';

/** Soreness (0-10) from which today is an easy day, and from which it is a rest day. Rule of thumb. */
export const LEGS_EASY_FROM = 4;
export const LEGS_REST_FROM = 7;
/** Sleep under this brings sleep into the plan (watson2015); at or under the second, go easy (craven2022). */
export const SHORT_SLEEP_BELOW = SHORT_SLEEP_HOURS;
export const VERY_SHORT_SLEEP_AT_MOST = RESTRICTED_SLEEP_HOURS;
export { RECENT_RACE_DAYS };

/** Days since the last race, when it counts for the after-race rules. */
export function racedDaysAgo(f: Pick<DayFacts, 'racedAgo' | 'last'>): number | undefined {
	const raced = f.racedAgo ?? (f.last === 'race' ? 0 : undefined);
	return raced === undefined || raced > RECENT_RACE_DAYS ? undefined : raced;
}

/**
 * The after-race milestones when the runner raced recently: the timeline's, for the same distance
 * and age, at the effort the quiz assumes (it does not ask). The distance is asked (plan.ts).
 */
export function afterRace(f: DayFacts) {
	const raced = racedDaysAgo(f);
	if (raced === undefined || !f.raceDistance) return undefined;
	return {
		daysAgo: raced,
		race: f.raceDistance,
		effort: ASSUMED_EFFORT,
		...milestones({ km: RACE_KM[f.raceDistance], effort: ASSUMED_EFFORT, age: f.age }),
	};
}

/** Today's situation for doses, the most pressing first (vocabulary SITUATIONS). */
export function situationOf(f: DayFacts, call: CallId): Situation | undefined {
	if (f.raceIn === 0 || f.raceIn === 1) return 'race-tomorrow';
	if (f.raceIn === 2 || f.raceIn === 3) return 'race-in-2-3-days';
	if (f.next === 'hard-today') return 'hard-within-8h';
	const race = afterRace(f);
	if (race && race.daysAgo < race.normal && RACE_KM[race.race] >= LONG_RACE_KM) return 'after-long-race';
	if (call === 'rest') return 'rest-day';
	return undefined;
}

export type CallId = 'rest' | 'easy' | 'train';
export const CALL_LABELS: Record<CallId, string> = { rest: 'Rest today', easy: 'Go easy or cross-train', train: 'Train as planned' };
export const CALL_ORDER: readonly CallId[] = ['train', 'easy', 'rest'];

export interface CallRule {
	call: CallId;
	when: string;
	applies: (f: DayFacts) => boolean;
	reason: (f: DayFacts) => Reason;
}

const said = (text: string): Reason => ({ text, sources: [] });

/** The training call: the strictest rule that applies wins (rest over easy over train). */
export const CALL_RULES: readonly CallRule[] = [
	{
		call: 'rest',
		when: `legs at ${LEGS_REST_FROM}/10 or worse`,
		applies: (f) => (f.legs ?? 0) >= LEGS_REST_FROM,
		reason: (f) => said(`Your legs are at ${f.legs}/10: at ${LEGS_REST_FROM} or more, rest.`),
	},
	{
		call: 'rest',
		when: 'a rest day in your plan',
		applies: (f) => f.next === 'rest',
		reason: () => said('Your plan has a rest day: take it.'),
	},
	{
		call: 'rest',
		when: 'before the first run after a race',
		applies: (f) => {
			const r = afterRace(f);
			return r !== undefined && r.daysAgo < r.firstRun;
		},
		reason: (f) => ({
			text: `You raced ${dayWord(afterRace(f)!.daysAgo)}: no running before day ${afterRace(f)!.firstRun} after a race run all-out (the quiz assumes all-out; the after-race timeline asks); walk or cross-train gently.`,
			sources: [...MILESTONE_SOURCES.firstRun],
		}),
	},
	{
		call: 'rest',
		when: 'a race today',
		applies: (f) => f.raceIn === 0,
		reason: () => said('You race today: nothing else today but the race and its warm-up.'),
	},
	{
		call: 'easy',
		when: `legs from ${LEGS_EASY_FROM} to ${LEGS_REST_FROM - 1}/10`,
		applies: (f) => (f.legs ?? 0) >= LEGS_EASY_FROM && (f.legs ?? 0) < LEGS_REST_FROM,
		reason: (f) => said(`Your legs are at ${f.legs}/10: from ${LEGS_EASY_FROM} to ${LEGS_REST_FROM - 1}, keep it easy.`),
	},
	{
		call: 'easy',
		when: 'pain in one spot, a joint or a tendon',
		applies: hasPain,
		reason: () => said('Pain in one spot: no hard session on it today; easy and pain-free, or cross-train.'),
	},
	{
		call: 'easy',
		when: 'a fresh strain, sprain or knock',
		applies: (f) => f.injury,
		reason: () =>
			said('A fresh strain, sprain or knock: no running on it; walk on it as pain allows, and cross-train only if that is pain-free.'),
	},
	{
		call: 'easy',
		when: `${VERY_SHORT_SLEEP_AT_MOST} hours of sleep or less`,
		applies: (f) => f.sleep !== undefined && f.sleep <= VERY_SHORT_SLEEP_AT_MOST,
		reason: (f) => ({
			text: `You slept ${hoursWord(f.sleep ?? 0)}: ${VERY_SHORT_SLEEP_AT_MOST} hours or less cut exercise performance by ${RESTRICTED_SLEEP_PERFORMANCE_DROP}% on average in trials, so keep it easy.`,
			sources: ['craven2022'],
		}),
	},
	{
		call: 'easy',
		when: 'the weeks after a race, before workouts come back',
		applies: (f) => {
			const r = afterRace(f);
			return r !== undefined && r.daysAgo >= r.firstRun && r.daysAgo < r.normal;
		},
		reason: (f) => ({
			text: `You raced ${dayWord(afterRace(f)!.daysAgo)}: easy runs only until your first workout, about day ${afterRace(f)!.normal}.`,
			sources: [...MILESTONE_SOURCES.normal],
		}),
	},
	{
		call: 'easy',
		when: 'a race tomorrow',
		applies: (f) => f.raceIn === 1,
		reason: () => said('You race tomorrow: a short, easy shake-out at most.'),
	},
	{
		call: 'easy',
		when: 'a race in 2 days',
		applies: (f) => f.raceIn === 2,
		reason: (f) =>
			said(
				f.next === 'hard-today' || f.next === 'hard-tomorrow'
					? 'You race in 2 days: no hard session today or tomorrow (tomorrow is race eve’s eve); keep both short and easy.'
					: 'You race in 2 days: keep today and tomorrow short and easy.',
			),
	},
	{
		call: 'easy',
		when: 'a cold above the neck, or an illness just over',
		applies: (f) => f.ill === 'above-neck' || f.ill === 'recovering',
		reason: (f) =>
			said(
				f.ill === 'above-neck'
					? 'A cold above the neck: easy running at most, and stop if it spreads to your chest or you get a fever (a coaching convention, not a tested rule).'
					: `You have been ill: keep it easy until you have been free of symptoms for ${ILLNESS_EASY_DAYS} days (a rule of thumb).`,
			),
	},
];

const hoursWord = (h: number) => `${h} ${h === 1 ? 'hour' : 'hours'}`;
export const dayWord = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

/** The call and the reasons of the rules that decided it. */
export function callFor(f: DayFacts): { call: CallId; reasons: Reason[] } {
	const applying = CALL_RULES.filter((r) => r.applies(f));
	const call = applying.reduce<CallId>((c, r) => (CALL_ORDER.indexOf(r.call) > CALL_ORDER.indexOf(c) ? r.call : c), 'train');
	const reasons = applying.filter((r) => r.call === call).map((r) => r.reason(f));
	return { call, reasons: reasons.length > 0 ? reasons : [said('Nothing you said calls for a change.')] };
}

/** Which avoidWhen codes are true today. Warning signs stop the plan before any method is considered. */
export function conditionsFor(f: DayFacts): AvoidCondition[] {
	const out: AvoidCondition[] = [...f.health];
	if (f.raceIn !== undefined && f.raceIn <= 2) out.push('race-within-48h');
	if (f.next === 'hard-today' || f.next === 'hard-tomorrow') out.push('race-within-48h');
	if (f.last === 'strength') out.push('after-strength-session');
	if (f.injury) out.push('acute-injury-48h');
	if (f.where.skin) out.push('open-skin');
	if (hasPain(f)) out.push('local-pain');
	return [...new Set(out)];
}

/** Which needs the answers raise, and how strongly (3 strong, 2 some, 1 slight). Rule of thumb. */
export const NEED_RULES: readonly { goal: Goal; weight: number; when: string; applies: (f: DayFacts) => boolean }[] = [
	{ goal: 'soreness', weight: 3, when: `legs at ${LEGS_EASY_FROM}/10 or worse`, applies: (f) => (f.legs ?? 0) >= LEGS_EASY_FROM },
	{
		goal: 'soreness',
		weight: 2,
		when: 'any soreness, a sore region, or a workout, long run or race',
		applies: (f) => (f.legs ?? 0) > 0 || regionsFeeling(f, 'sore').length > 0 || hard(f),
	},
	{ goal: 'soreness', weight: 1, when: 'a strength session', applies: (f) => f.last === 'strength' },
	{ goal: 'tightness', weight: 1, when: 'a sore or tight region', applies: (f) => regionsFeeling(f, 'sore').length > 0 },
	{
		goal: 'fatigue',
		weight: 2,
		when: 'a long run or race, or a hard session or race coming',
		applies: (f) =>
			f.last === 'long-run' ||
			f.last === 'race' ||
			f.next === 'hard-today' ||
			f.next === 'hard-tomorrow' ||
			(f.raceIn !== undefined && f.raceIn <= 7),
	},
	{ goal: 'fatigue', weight: 1, when: 'a workout or strength session', applies: (f) => f.last === 'workout' || f.last === 'strength' },
	{ goal: 'mobility', weight: 1, when: 'rest, an easy run or cross-training', applies: light },
	{ goal: 'injury-prevention', weight: 1, when: 'rest, an easy run or cross-training', applies: light },
	{ goal: 'injury-prevention', weight: 2, when: 'pain in one spot', applies: hasPain },
	{ goal: 'swelling', weight: 2, when: 'a fresh strain, sprain or knock', applies: (f) => f.injury },
	{
		goal: 'sleep',
		weight: 3,
		when: `under ${SHORT_SLEEP_BELOW} hours of sleep`,
		applies: (f) => f.sleep !== undefined && f.sleep < SHORT_SLEEP_BELOW,
	},
	{ goal: 'skin', weight: 3, when: 'skin and chafing', applies: (f) => f.where.skin !== undefined },
];
/** When no rule applies: general recovery after running. */
export const DEFAULT_NEEDS: readonly Goal[] = ['soreness', 'fatigue'];

export function needsFor(f: DayFacts): Map<Goal, number> {
	const w = new Map<Goal, number>();
	for (const rule of NEED_RULES) if (rule.applies(f)) w.set(rule.goal, Math.max(w.get(rule.goal) ?? 0, rule.weight));
	if (w.size === 0) for (const g of DEFAULT_NEEDS) w.set(g, 1);
	return w;
}
