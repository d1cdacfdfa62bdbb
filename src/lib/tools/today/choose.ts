/**
 * Which recovery methods join today's plan, and in what order.
 *
 * A method is a candidate when it serves a need; none of its avoidWhen codes is true today (for
 * 'local-pain', only when it targets a painful region or the whole body); no injury guide for a
 * painful region marks it 'avoid'; one of its equipment items is at hand; its minutes fit; it fits
 * the day's call; when regions were named, it targets one of them or the whole body; and its time
 * of day is still open (a method only for the 2 hours after a run needs a run in the last 2 hours).
 * Sleep after a short night, skin care for chafing, the methods an injury guide says help with the
 * runner's pain, and after a fresh knock the ones it says may help (its first aid: cold for pain, legs
 * up for swelling) are brought in whatever the other checks say (but never an avoided one).
 *
 * Score (this site's rule of thumb): the weights of the needs it serves, plus one per targeted region
 * (at most 3), plus 3 for an A down to 0 for a D in the outcome that matches the need. Ties: the
 * better grade, the shorter session, then the slug, so a shared link gives the same plan. Then one
 * method per category while the minutes last, 2 to 5 in all, and never cold and heat together.
 */
import { gradeRank } from '../../methods';
import { GOAL_OUTCOMES, type AvoidCondition, type Equipment, type Goal, type Grade, type Region, type Timing } from '../../vocabulary';
import type { DayFacts, CallId } from './facts';
import { painRegions, regionsFeeling } from './facts';
import { DEFAULT_MINUTES, type BodyRegion } from './form';
import type { GradedFor, QuizInjury, QuizMethod } from './guide-index';

export const GRADE_POINTS: Record<Grade, number> = { A: 3, B: 2, C: 1, D: 0 };
export const MAX_REGION_POINTS = 3;
export const MIN_METHODS = 2;
export const MAX_METHODS = 5;
/**
 * In the 48 hours before a race or key session, nothing new: only the basics (rest, sleep, legs up,
 * food) are suggested for the day's needs; care for a problem the runner has (chafing, a pain's
 * guide, a short night) still comes in. Rule of thumb: the quiz cannot know what a runner has tried.
 */
export const NEAR_RACE_CATEGORIES: readonly string[] = ['rest-sleep', 'nutrition'];
const REST_DAY_TIMINGS: readonly Timing[] = ['rest-day', 'evening', 'bedtime'];

/** When in the day a method goes: now (after a run), during the day (worn or eaten), this evening, at bedtime. */
export const SLOTS = ['now', 'today', 'evening', 'bedtime'] as const;
export type Slot = (typeof SLOTS)[number];

export interface Ranked {
	m: QuizMethod;
	score: number;
	grade: GradedFor | undefined;
	goals: Goal[];
	regions: BodyRegion[];
	cost: number;
	slot: Slot;
	because: 'need' | 'sleep' | 'skin' | 'injury';
}

export interface Choice {
	chosen: Ranked[];
	used: number;
	budget: number;
	/** Methods a condition or an injury guide kept out, with why. */
	leftOut: { slug: string; why: AvoidCondition | 'injury-avoid' }[];
	/** The best method that only time kept out. */
	missedForTime?: Ranked;
	/** The best method that only equipment kept out. */
	missedForKit?: Ranked;
	/** A method that only fits within 2 hours of a run. */
	missedWindow?: Ranked;
}

/** The grade for the outcome the method was picked for (the best such), else none. */
export function gradeFor(m: QuizMethod, goals: readonly Goal[]): GradedFor | undefined {
	let found: GradedFor | undefined;
	for (const g of goals)
		for (const e of m.grades)
			if (GOAL_OUTCOMES[g].includes(e.outcome) && (!found || gradeRank(e.grade) < gradeRank(found.grade))) found = e;
	return found;
}

function slotFor(m: QuizMethod, f: DayFacts, forced: boolean): Slot | undefined {
	// Only for the 2 hours after a run (worn or eaten, too): closed unless a run finished in the last 2
	// hours; but care the runner needs now (chafed skin, a pain's own guide) is never closed.
	if (m.timing.length > 0 && m.timing.every((t) => t === 'post-run') && f.finished !== 'under-2h') return forced ? 'today' : undefined;
	if (m.handsFree) return m.timing.includes('bedtime') && !m.timing.includes('post-run') ? 'bedtime' : 'today';
	if (m.timing.includes('post-run') && f.finished === 'under-2h') return 'now';
	if (m.timing.includes('evening') || m.timing.includes('rest-day')) return 'evening';
	if (m.timing.includes('bedtime')) return 'bedtime';
	return forced ? 'today' : undefined;
}

const byRank = (x: Ranked, y: Ranked) =>
	y.score - x.score ||
	gradeRank(x.grade?.grade ?? 'D') - gradeRank(y.grade?.grade ?? 'D') ||
	x.cost - y.cost ||
	(x.m.slug < y.m.slug ? -1 : x.m.slug > y.m.slug ? 1 : 0);

interface Context {
	f: DayFacts;
	call: CallId;
	needs: Map<Goal, number>;
	conditions: AvoidCondition[];
	injuries: QuizInjury[];
}

/**
 * The injury guides for the regions that hurt, the best match first: a guide about skin last unless
 * skin was ticked; after a fresh knock, a guide with first aid first; then a guide whose main region
 * (its first) hurts before one that only reaches it; then the narrower guide (fewer regions); then
 * by title.
 */
export function injuriesFor(f: DayFacts, injuries: readonly QuizInjury[]): QuizInjury[] {
	const pain = painRegions(f) as Region[];
	const key = (i: QuizInjury) => [
		i.regions.includes('skin') && !f.where.skin ? 1 : 0,
		// After a fresh knock, a guide with first aid (a sprain or a strain) before a slow-building pain.
		f.injury && i.mayHelp.length === 0 ? 1 : 0,
		pain.includes(i.regions[0]!) ? 0 : 1,
		i.regions.length,
	];
	const order = (a: QuizInjury, b: QuizInjury) => {
		const [ka, kb] = [key(a), key(b)];
		const i = ka.findIndex((v, n) => v !== kb[n]);
		return i >= 0 ? ka[i]! - kb[i]! : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
	};
	return injuries.filter((i) => pain.some((r) => i.regions.includes(r))).sort(order);
}

/** Why a method may not be suggested today, or undefined. */
function excluded(m: QuizMethod, c: Context, matched: QuizInjury[]): AvoidCondition | 'injury-avoid' | undefined {
	// After a fresh knock, the best-matching guide's first aid stands over another guide's caution
	// about a slow-building pain in the same region (ice for a sprained ankle, not for an Achilles
	// tendinopathy); the day's conditions still apply.
	const firstAid = c.f.injury && matched[0]?.mayHelp.includes(m.slug);
	if (!firstAid && matched.some((i) => i.avoid.includes(m.slug))) return 'injury-avoid';
	const pain = painRegions(c.f);
	return c.conditions.find(
		(code) =>
			m.avoidWhen.includes(code) && (code !== 'local-pain' || m.regions.some((r) => r === 'whole-body' || pain.includes(r as BodyRegion))),
	);
}

const nothingNew = (m: QuizMethod, c: Context) => c.conditions.includes('race-within-48h') && !NEAR_RACE_CATEGORIES.includes(m.category);

function fitsDay(m: QuizMethod, call: CallId): boolean {
	if (call === 'rest') return !m.trains && m.timing.some((t) => REST_DAY_TIMINGS.includes(t));
	if (call === 'train') return m.timing.some((t) => t !== 'rest-day');
	return true;
}

function rank(m: QuizMethod, c: Context, because: Ranked['because']): Ranked | undefined {
	const goals = [...c.needs.keys()].filter((g) => m.goals.includes(g));
	const named = [...regionsFeeling(c.f, 'sore'), ...painRegions(c.f)];
	const regions = named.filter((r) => m.regions.includes(r));
	const whole = named.length > 0 && m.regions.includes('whole-body') ? 1 : 0;
	const grade = gradeFor(m, goals);
	const slot = slotFor(m, c.f, because !== 'need');
	if (!slot) return undefined;
	const score =
		goals.reduce((s, g) => s + (c.needs.get(g) ?? 0), 0) +
		Math.min(MAX_REGION_POINTS, regions.length + whole) +
		GRADE_POINTS[grade?.grade ?? 'D'];
	return {
		m,
		score: because === 'need' ? score : score + 10,
		grade,
		goals,
		regions,
		cost: m.handsFree ? 0 : Math.max(0, m.minutes.min),
		slot,
		because,
	};
}

/** The reason a method is brought in whatever the other checks say, if any. */
function forcedBecause(m: QuizMethod, c: Context, matched: QuizInjury[]): Ranked['because'] | undefined {
	if (c.needs.has('sleep') && m.goals.includes('sleep')) return 'sleep';
	if (c.f.where.skin && (m.goals.includes('skin') || m.regions.includes('skin'))) return 'skin';
	// The guide to the pain: what it says helps; and, for a fresh knock, its first aid (what it says may help).
	if (matched.some((i) => i.helps.includes(m.slug)) || (c.f.injury && matched[0]?.mayHelp.includes(m.slug))) return 'injury';
	return undefined;
}

export function chooseMethods(methods: readonly QuizMethod[], c: Context): Choice {
	const budget = c.f.time ? Number(c.f.time) : DEFAULT_MINUTES;
	const have = new Set<Equipment>(['none', ...c.f.kit]);
	const matched = injuriesFor(c.f, c.injuries);
	const named = [...regionsFeeling(c.f, 'sore'), ...painRegions(c.f)];
	const candidates: Ranked[] = [];
	const leftOut: Choice['leftOut'] = [];
	const byTime: Ranked[] = [];
	const byKit: Ranked[] = [];
	let missedWindow: Ranked | undefined;
	const seen = new Set<string>();
	for (const m of methods) {
		if (seen.has(m.slug)) continue;
		seen.add(m.slug);
		const because = forcedBecause(m, c, matched) ?? 'need';
		const serves = [...c.needs.keys()].some((g) => m.goals.includes(g));
		if (because === 'need' && !serves) continue;
		// Even a method the guide to your pain recommends must fit the day: no training on a rest day.
		if (because !== 'sleep' && because !== 'skin' && !fitsDay(m, c.call)) continue;
		if (because === 'need' && named.length > 0 && !m.regions.some((r) => r === 'whole-body' || named.includes(r as BodyRegion))) continue;
		const why = excluded(m, c, matched);
		if (why) {
			leftOut.push({ slug: m.slug, why });
			continue;
		}
		// Said once under "Avoid today" ("nothing new before a race"), not method by method.
		if (because === 'need' && nothingNew(m, c)) continue;
		const r = rank(m, c, because);
		if (!r) {
			if (m.timing.includes('post-run') && (!missedWindow || byRank(rankOrThrow(m, c), missedWindow) < 0)) missedWindow = rankOrThrow(m, c);
			continue;
		}
		if (!m.equipment.some((e) => have.has(e))) byKit.push(r);
		else if (r.cost > budget) byTime.push(r);
		else candidates.push(r);
	}
	candidates.sort(byRank);
	const { chosen, used } = pick(candidates, budget);
	const missedForTime = [...candidates, ...byTime]
		.sort(byRank)
		.find((r) => !chosen.includes(r) && used + r.cost > budget && !chosen.some((x) => x.m.category === r.m.category));
	return {
		chosen: chosen.sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot) || byRank(a, b)),
		used,
		budget,
		leftOut,
		missedForTime: chosen.length < MAX_METHODS ? missedForTime : undefined,
		missedForKit: byKit.filter((r) => r.cost <= budget).sort(byRank)[0],
		missedWindow,
	};
}

/** A method ranked as if its time of day were open (to say what a run in the last 2 hours would add). */
function rankOrThrow(m: QuizMethod, c: Context): Ranked {
	const r = rank(m, { ...c, f: { ...c.f, finished: 'under-2h' } }, 'need');
	if (!r) throw new Error(`${m.slug}: no slot even within 2 hours of a run`);
	return r;
}

/** The forced ones first, then by rank, one per category, within the time; never cold and heat together. */
function pick(candidates: Ranked[], budget: number) {
	const chosen: Ranked[] = [];
	let used = 0;
	const take = (r: Ranked) => {
		if (chosen.includes(r) || chosen.length >= MAX_METHODS || used + r.cost > budget) return;
		const clash = (a: string, b: string) =>
			(r.m.category === a && chosen.some((x) => x.m.category === b)) || (r.m.category === b && chosen.some((x) => x.m.category === a));
		if (clash('cold', 'heat')) return;
		chosen.push(r);
		used += r.cost;
	};
	for (const r of candidates) if (r.because !== 'need') take(r);
	for (const r of candidates) if (!chosen.some((c) => c.m.category === r.m.category)) take(r);
	if (chosen.length < MIN_METHODS) for (const r of candidates) if (chosen.length < MIN_METHODS) take(r);
	return { chosen, used };
}
