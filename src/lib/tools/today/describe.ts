/**
 * Today's plan in words: the one-line answer first ("Go easy today: foam rolling now, legs up this
 * evening, lights out by 22:30"), then pain first (its injury guides), the call and its reasons,
 * the methods in the order of the day with today's dose and the grade for the outcome each was
 * picked for, tonight's sleep, what to avoid today, what was said and what would change it.
 */
import { detectClockFormat, formatClock, formatDuration, type ClockFormat } from '../../clock';
import { formatIsoDate, fromDayNumber } from '../../civil-date';
import {
	ILLNESS_SAID,
	MILESTONE_SOURCES,
	SHORT_RECOVERY_WHY,
	TEEN_BAND,
	afterRaceHref,
	isMasters,
	isTeen,
	racesSoonAfterFirstWorkout,
	sleepRangeText,
} from '../../situation';
import {
	AVOID_CONDITION_LABELS,
	CERTAINTY_LABELS,
	EFFECT_SIZE_LABELS,
	OUTCOME_LABELS,
	REGION_LABELS,
	SITUATION_LABELS,
} from '../../vocabulary';
import { URGENCY_LABELS } from '../../red-flags';
import { listText, plural, type Description, type Item, type Reason, type Section } from '../contract';
import { AGE_NOTES, AVOID_TODAY, HEALTH_NOTE, PAIN_REASON, SLEEP_REASON } from './advice';
import type { Ranked, Slot } from './choose';
import { CALL_LABELS, dayWord, LEGS_EASY_FROM, LEGS_REST_FROM, SHORT_SLEEP_BELOW, VERY_SHORT_SLEEP_AT_MOST } from './facts';
import { EQUIPMENT_LABELS } from '../../vocabulary';
import {
	FEELING_LABELS,
	HEALTH_LABELS,
	LAST_ACTIVITY_LABELS,
	NEXT_UP_LABELS,
	RACE_DISTANCE_LABELS,
	TIME_LABELS,
	TIME_OPTIONS,
	WARNING_LABELS,
	type BodyRegion,
	type WarningSign,
} from './form';
import type { MethodDetails } from './guide-index';
import { filledFromFiles } from '../../situation/links';
import type { RecoveryPlan, StopPlan, TodayResult } from './plan';

export interface TodayOptions {
	/** Title and doses of the methods the plan picked, fetched for them. */
	details: Readonly<Record<string, MethodDetails>>;
	/** Today where the reader is, as a day number (src/lib/civil-date.ts): dates the race in links. */
	today?: number;
	/** 12- or 24-hour times; by default the reader's locale's. */
	clock?: ClockFormat;
	/**
	 * The page's query string: answers "Your runs" filled from the runner's files are marked as such
	 * under "Because you said", while they still hold the value it gave.
	 */
	search?: string;
}

const SLOT_LABELS: Record<Slot, string> = { now: 'Now', today: 'Today', evening: 'This evening', bedtime: 'At bedtime' };
const lower = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleOf = (slug: string, o: TodayOptions) => o.details[slug]?.title ?? slug.replace(/-/g, ' ');

export function describeToday(result: TodayResult, options: TodayOptions): Description {
	return result.kind === 'stop'
		? describeStop(result)
		: describeRecovery(result, {
				...options,
				clock: options.clock ?? detectClockFormat(),
				today: options.today ?? NaN,
				search: options.search ?? '',
			});
}

const STOP_SAID: Record<string, string> = {
	stride: 'Pain that makes you limp or change how you run',
	weight: 'You cannot take four steps on a fresh injury',
	'ill-fever': 'A fever, chills or aching all over in the last few days',
	'ill-chest': 'Chest pain, palpitations or unusual breathlessness since an illness',
};

/** A fever stops training: no red flag of its own, so its own section (a convention, said as one). */
const FEVER_SECTION: Section = {
	id: 'illness',
	title: 'No training with a fever',
	answer: 'Rest until the fever has gone and you have felt well for a few days; then start with short, easy runs.',
	items: [
		'Chest pain, palpitations, fainting or unusual breathlessness, now or when you start again: stop, and get checked the same day.',
		'A fever that lasts, or that comes with a stiff neck, a rash or confusion: see a doctor.',
	],
	reasons: [{ text: 'No training with a fever is a coaching and medical convention, not a tested rule.', sources: [] }],
	basis: 'rule-of-thumb',
	tone: 'warning',
};

function describeStop(plan: StopPlan): Description {
	const said = plan.because.map((b) => lower(STOP_SAID[b] ?? WARNING_LABELS[b as WarningSign]));
	const fever = plan.because.includes('ill-fever');
	return {
		headline: plan.flags.length > 0 ? `Stop self-treating. ${URGENCY_LABELS[plan.urgency]}.` : 'No training today: you have had a fever.',
		sections: [
			...(fever ? [FEVER_SECTION] : []),
			...plan.flags.map((f): Section => ({
				id: `flag-${f.id}`,
				title: f.title,
				answer: f.action,
				items: [
					...(f.escalate ? [`More urgent if: ${lower(f.escalate)}`] : []),
					{ text: `Red flags: ${lower(f.title)}`, href: `/red-flags/#${f.id}` },
				],
				reasons: [],
				basis: 'published',
				tone: 'warning',
			})),
			{
				id: 'because',
				title: 'Because you said',
				answer: `${capitalise(listText(said))}.`,
				items: [
					'Nothing else you answered changes this: a warning sign always comes first.',
					'Once a clinician has checked it and cleared you, untick it for a recovery plan.',
				],
				reasons: [],
				basis: 'published',
			},
		],
	};
}

function gradeText(r: Ranked): string {
	const g = r.grade;
	if (!g) return 'no graded evidence for this need';
	return `${g.grade} for ${OUTCOME_LABELS[g.outcome].toLowerCase()} · ${EFFECT_SIZE_LABELS[g.size].toLowerCase()} · ${CERTAINTY_LABELS[g.certainty].toLowerCase()}`;
}

function doseOf(r: Ranked, plan: RecoveryPlan, o: TodayOptions): string {
	const d = o.details[r.m.slug];
	if (!d) return '';
	return (plan.situation && d.doses[plan.situation]) || d.dose;
}

function whyOf(r: Ranked): string {
	if (r.because === 'sleep') return `you slept under ${SHORT_SLEEP_BELOW} hours`;
	if (r.because === 'skin') return 'skin and chafing';
	if (r.because === 'injury') return 'the guide to your pain says it helps';
	const where = r.regions.length ? ` in your ${listText(r.regions.map((x) => lower(REGION_LABELS[x])))}` : '';
	return `for ${listText(r.goals.map((g) => g.replace('-', ' ')))}${where}`;
}

function headline(plan: RecoveryPlan, o: Required<TodayOptions>): string {
	const parts = plan.choice.chosen.slice(0, 3).map((r) => `${lower(titleOf(r.m.slug, o))} ${SLOT_LABELS[r.slot].toLowerCase()}`);
	if (plan.sleep.lightsOut !== undefined) parts.push(`lights out by ${formatClock(plan.sleep.lightsOut, o.clock)}`);
	const call = plan.call === 'rest' ? 'Rest today' : plan.call === 'easy' ? 'Go easy today' : 'Train as planned';
	const pain = plan.injuries.length > 0 ? ' Pain first: read its guide below.' : '';
	return `${call}${parts.length ? `: ${listText(parts)}` : ''}.${pain}`;
}

function painSection(plan: RecoveryPlan): Section | undefined {
	if (plan.injuries.length === 0) return undefined;
	const regions = (Object.keys(plan.facts.where) as BodyRegion[]).filter((r) => plan.facts.where[r] === 'pain');
	return {
		id: 'pain',
		title: 'Pain first',
		answer: `Pain in one spot in your ${listText(regions.map((r) => lower(REGION_LABELS[r])))}: read the red flags and back-to-running advice in its guide before any recovery method.`,
		// The best match with its signs; the others one line each, so the page is not a wall of signs.
		items: plan.injuries.map((i, n) =>
			n === 0
				? { text: i.title, href: `/injuries/${i.slug}/`, note: `: ${i.signs.join('; ')}. Back to running when: ${lower(i.back)}` }
				: { text: i.title, href: `/injuries/${i.slug}/`, note: n === 1 ? '(also in this region)' : undefined },
		),
		reasons: [PAIN_REASON],
		basis: 'published',
		tone: 'warning',
	};
}

function methodsSection(plan: RecoveryPlan, o: TodayOptions): Section {
	const c = plan.choice;
	const items: Item[] = c.chosen.map((r) => ({
		text: `${SLOT_LABELS[r.slot]} · ${titleOf(r.m.slug, o)}`,
		href: `/methods/${r.m.slug}/`,
		note: `: ${doseOf(r, plan, o)} (${r.m.handsFree ? 'hands-free' : formatDuration(r.m.minutes.min)}; ${whyOf(r)}; ${gradeText(r)})`,
	}));
	const answer =
		c.chosen.length === 0
			? 'No guide fits your time, kit and needs today: eat, rest and sleep well.'
			: `${plural(c.chosen.length, 'method')}, ${c.used} of ${c.budget} minutes${plan.situation ? `; doses for: ${lower(SITUATION_LABELS[plan.situation])}` : ''}.`;
	return {
		id: 'methods',
		title: 'Recovery today',
		answer,
		items,
		reasons: [
			{
				text: 'The grade shown is for the outcome each method was picked for, with the size of the effect and the certainty apart.',
				sources: [],
			},
		],
		basis: 'mixed',
	};
}

function sleepSection(plan: RecoveryPlan, o: Required<TodayOptions>): Section {
	const s = plan.sleep;
	const answer =
		s.lightsOut !== undefined && s.wake !== undefined
			? `Lights out by ${formatClock(s.lightsOut, o.clock)} for a ${formatClock(s.wake, o.clock)} alarm: about ${formatDuration(s.needMinutes)} of sleep.`
			: `Aim for about ${formatDuration(s.needMinutes)} of sleep tonight${s.teen ? ` (teenagers need ${sleepRangeText(TEEN_BAND)})` : ''}.`;
	return {
		id: 'sleep',
		title: 'Tonight',
		answer,
		items: [{ text: 'Work out your bedtime and any sleep debt', href: '/tools/sleep/' }],
		reasons: [SLEEP_REASON],
		basis: 'published',
	};
}

function avoidSection(plan: RecoveryPlan, o: TodayOptions): Section | undefined {
	const reasons: Reason[] = plan.conditions.flatMap((c) => (AVOID_TODAY[c] ? [AVOID_TODAY[c]!] : []));
	if (plan.facts.health.length > 0) reasons.push(HEALTH_NOTE);
	const items = plan.choice.leftOut.map(
		({ slug, why }) =>
			`${titleOf(slug, o)}: left out ${why === 'injury-avoid' ? 'because the guide to your pain says to avoid it or found no benefit' : AVOID_CONDITION_LABELS[why]}.`,
	);
	if (reasons.length === 0 && items.length === 0) return undefined;
	return {
		id: 'avoid',
		title: 'Avoid today',
		answer: reasons[0]?.text ?? 'These methods do not suit today:',
		items,
		reasons,
		basis: 'mixed',
	};
}

function afterRaceSection(plan: RecoveryPlan, o: Required<TodayOptions>): Section | undefined {
	const r = plan.afterRace;
	if (!r) return undefined;
	const distance = RACE_DISTANCE_LABELS[r.race].toLowerCase();
	const raceDay = Number.isFinite(o.today) ? formatIsoDate(fromDayNumber(o.today - r.daysAgo)) : undefined;
	return {
		id: 'after-race',
		title: 'After your race',
		answer: `You raced ${dayWord(r.daysAgo)}: first easy run about day ${r.firstRun} (if the checks pass), first workout about day ${r.normal}, race again from about day ${r.raceAgain}${racesSoonAfterFirstWorkout(r) ? ` (${SHORT_RECOVERY_WHY})` : ''}. These are the days after a race run all-out: the timeline asks how hard it was.`,
		items: [
			{ text: `Your day-by-day timeline after the ${distance}`, href: afterRaceHref({ distance: r.race, raceDay, effort: r.effort }) },
		],
		reasons: [
			{
				text: 'The days come from the same model as the after-race timeline, which says which are physiology and which are coaching conventions.',
				sources: [...MILESTONE_SOURCES.firstRun, ...MILESTONE_SOURCES.normal, ...MILESTONE_SOURCES.raceAgain],
			},
		],
		basis: 'mixed',
	};
}

/** Notes for teenagers and masters runners, where the sources say something a runner can act on. */
function ageSection(plan: RecoveryPlan): Section | undefined {
	const age = plan.facts.age;
	const band = isTeen(age) ? 'teen' : isMasters(age) ? 'masters' : undefined;
	if (age === undefined || band === undefined) return undefined;
	const note = AGE_NOTES[band];
	return {
		id: 'age',
		title: `At ${age}`,
		answer: note.answer,
		items: note.items,
		reasons: [note.reason],
		basis: band === 'teen' ? 'mixed' : 'rule-of-thumb',
	};
}

function becauseSection(plan: RecoveryPlan, o: TodayOptions): Section {
	const f = plan.facts;
	const items: string[] = [];
	const given = filledFromFiles(o.search ?? '');
	const files = (filled: boolean) => (filled ? ' (from your files)' : '');
	if (f.last) items.push(`Last 24 hours: ${lower(LAST_ACTIVITY_LABELS[f.last])}${files(given.last === f.last)}.`);
	if (f.next) items.push(`Next: ${lower(NEXT_UP_LABELS[f.next])}.`);
	if (f.raceIn !== undefined) items.push(`Next race: in ${plural(f.raceIn, 'day')}.`);
	if (plan.afterRace)
		items.push(
			`Last race: ${lower(RACE_DISTANCE_LABELS[plan.afterRace.race])}, ${dayWord(plan.afterRace.daysAgo)}${files(given.racedAgo === String(plan.afterRace.daysAgo) && given.raceDistance === plan.afterRace.race)}.`,
		);
	if (f.age !== undefined) items.push(`Age: ${f.age}.`);
	if (f.ill && f.ill !== 'none') items.push(`Illness: ${ILLNESS_SAID[f.ill]} (not saved).`);
	if (f.legs !== undefined) items.push(`Legs: ${f.legs}/10.`);
	for (const r of Object.keys(f.where) as BodyRegion[]) items.push(`${REGION_LABELS[r]}: ${lower(FEELING_LABELS[f.where[r]!])}.`);
	if (f.sleep !== undefined) items.push(`Sleep last night: ${plural(f.sleep, 'hour')}.`);
	if (f.health.length > 0) items.push(`Health: ${listText(f.health.map((h) => lower(HEALTH_LABELS[h])))} (not saved).`);
	items.push(
		f.time ? `Time today: ${lower(TIME_LABELS[f.time])}.` : `Time today: not given, so the plan fits in ${TIME_LABELS[TIME_OPTIONS[0]]}.`,
	);
	items.push(
		f.kit.length
			? `Kit: ${listText(f.kit.map((k) => lower(EQUIPMENT_LABELS[k])))}.`
			: 'Kit: none ticked, so only methods that need nothing.',
	);
	return {
		id: 'because',
		title: 'Because you said',
		answer: 'Your answers, as the plan read them:',
		items,
		reasons: [],
		basis: 'arithmetic',
	};
}

function changesSection(plan: RecoveryPlan, o: TodayOptions): Section {
	const f = plan.facts;
	const c = plan.choice;
	const items: string[] = [];
	if (plan.call === 'rest' && (f.legs ?? 0) >= LEGS_REST_FROM)
		items.push(`Legs below ${LEGS_REST_FROM}/10 would make it an easy day instead.`);
	if (plan.call === 'train')
		items.push(
			`Legs at ${LEGS_EASY_FROM}/10 or worse, ${VERY_SHORT_SLEEP_AT_MOST} hours of sleep or less, or pain in one spot would make it an easy day.`,
		);
	if (c.missedForTime) {
		const more = TIME_OPTIONS.find((t) => Number(t) >= c.used + c.missedForTime!.cost);
		if (more) items.push(`With ${TIME_LABELS[more]}, ${lower(titleOf(c.missedForTime.m.slug, o))} could join the plan.`);
	}
	if (c.missedForKit)
		items.push(
			`For ${lower(titleOf(c.missedForKit.m.slug, o))} you would need: ${listText(
				c.missedForKit.m.equipment.map((e) => lower(EQUIPMENT_LABELS[e])),
				'or',
			)}.`,
		);
	if (c.missedWindow) items.push(`Within 2 hours of a run, ${lower(titleOf(c.missedWindow.m.slug, o))} could join the plan.`);
	if (f.sleep === undefined) items.push(`Sleep under ${SHORT_SLEEP_BELOW} hours last night would bring sleep into the plan.`);
	items.push('Any warning sign would replace this plan with: stop self-treating and get checked.');
	return {
		id: 'changes',
		title: 'What would change it',
		answer: 'The plan follows your answers:',
		items,
		reasons: [],
		basis: 'rule-of-thumb',
	};
}

function describeRecovery(plan: RecoveryPlan, o: Required<TodayOptions>): Description {
	const call: Section = {
		id: 'call',
		title: 'Training today',
		answer: `${CALL_LABELS[plan.call]}.`,
		items: [],
		reasons: plan.callReasons,
		basis: 'mixed',
	};
	const sections = [
		painSection(plan),
		call,
		afterRaceSection(plan, o),
		ageSection(plan),
		methodsSection(plan, o),
		sleepSection(plan, o),
		avoidSection(plan, o),
		becauseSection(plan, o),
		changesSection(plan, o),
	];
	return { headline: headline(plan, o), sections: sections.filter((s): s is Section => s !== undefined) };
}
