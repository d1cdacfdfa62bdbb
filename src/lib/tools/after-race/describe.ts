/**
 * The timeline in words: the one-line answer first ("Marathon on 29 Nov: first easy run about
 * 3 Dec, normal training from about 24 Dec, race again from about 25 Dec"), then the checks before
 * the first run, the first two days, the days (runs of the same kind read as one line), the
 * recovery methods that fit, what to avoid, how the days were worked out, and the red flags.
 */
import { formatDayMonth, formatDayShort } from '../../civil-date';
import type { RedFlag } from '../../red-flags';
import {
	ILLNESS_EASY_DAYS,
	ILLNESS_SAID,
	SHORT_RECOVERY_WHY,
	WARNING_FLAG_IDS,
	WARNING_LABELS,
	easyRunMinutes,
	racesSoonAfterFirstWorkout,
} from '../../situation';
import type { Certainty, EffectSize, Grade, Outcome } from '../../vocabulary';
import { CERTAINTY_LABELS, EFFECT_SIZE_LABELS, OUTCOME_LABELS } from '../../vocabulary';
import { listText, type Description, type Item, type Reason, type Section } from '../contract';
import {
	AVOID,
	BASIS_REASONS as B,
	CHECKS,
	CHECK_REASONS,
	DAY_TEXT,
	easyRunText,
	FIRST_DAYS,
	FIRST_DAYS_REASONS,
	FIRST_RUN_TEXT,
	FIRST_WORKOUT_TEXT,
	METHODS_BY_DAY,
	RACE_DAY_TEXT,
	RED_FLAG_IDS,
} from './advice';
import type { AfterRaceResult, Timeline, TimelineDay, TimelineStop } from './timeline';

/** A method's grade for one outcome, handed in by the page from the method guides. */
export interface MethodGrade {
	title: string;
	outcome: Outcome;
	grade: Grade;
	size: EffectSize;
	certainty: Certainty;
}

export interface AfterRaceOptions {
	methods: Readonly<Record<string, MethodGrade>>;
	flags: readonly Pick<RedFlag, 'id' | 'title' | 'urgency' | 'action'>[];
}

export function describeAfterRace(result: AfterRaceResult, options: AfterRaceOptions): Description {
	if (result.kind === 'stop') return stopTimeline(result, options);
	if (result.kind === 'see-injury') return seeInjury(result.now.includes('limping'), options);
	const t = result;
	const illness = afterIllness(t);
	return {
		headline: headline(t),
		sections: [...(illness ? [illness] : []), checks(t), firstDays(), days(t), methods(options), avoid(), basis(t), redFlags(options)],
	};
}

/** The text of one day, as the list and the calendar show it. */
export function dayText(d: TimelineDay, t: Pick<Timeline, 'milestones'>): string {
	if (d.day === 0) return RACE_DAY_TEXT;
	if (d.checks) return FIRST_RUN_TEXT;
	if (d.day === t.milestones.normal) return FIRST_WORKOUT_TEXT;
	if (d.kind === 'Easy run') return easyRunText(easyRunMinutes(d.day, t.milestones));
	return DAY_TEXT[d.kind];
}

function headline(t: Timeline): string {
	const m = t.milestones;
	const on = (day: number) => formatDayMonth(t.raceDay + day, t.raceDay);
	const gap = m.raceAgain - m.normal;
	const why = racesSoonAfterFirstWorkout(m)
		? ` (${gap === 1 ? 'the day after' : `${gap} days after`} your first workout: ${SHORT_RECOVERY_WHY})`
		: '';
	return `${t.distanceLabel} on ${on(0)}: first easy run about ${on(m.firstRun)}, first workout about ${on(m.normal)}, race again from about ${on(m.raceAgain)}${why}.`;
}

function checks(t: Timeline): Section {
	const first = t.raceDay + t.milestones.firstRun;
	return {
		id: 'checks',
		title: 'Before your first run',
		answer: `On ${formatDayShort(first)} or later, run only if all five checks pass:`,
		items: CHECKS,
		reasons: CHECK_REASONS,
		basis: 'rule-of-thumb',
	};
}

function firstDays(): Section {
	return {
		id: 'first-days',
		title: 'Days 0 and 1: refuel and sleep',
		answer: 'Eat, drink to thirst and sleep: the first two days are for that.',
		items: FIRST_DAYS,
		reasons: FIRST_DAYS_REASONS,
		basis: 'mixed',
	};
}

/** Consecutive days of one kind and text, as one line. */
export function dayLines(t: Timeline): string[] {
	const runs: { first: TimelineDay; last: TimelineDay; text: string }[] = [];
	for (const d of t.days) {
		const text = dayText(d, t);
		const run = runs.at(-1);
		if (run && run.text === text && run.last.kind === d.kind && run.last.day === d.day - 1) run.last = d;
		else runs.push({ first: d, last: d, text });
	}
	return runs.map(({ first, last, text }) => {
		const today = t.today >= first.date && t.today <= last.date ? ' (today)' : '';
		const when =
			first === last
				? `Day ${first.day} · ${formatDayShort(first.date)}`
				: `Days ${first.day}-${last.day} · ${formatDayShort(first.date)} to ${formatDayShort(last.date)}`;
		return `${when}${today} · ${first.kind}: ${text}`;
	});
}

function days(t: Timeline): Section {
	const m = t.milestones;
	return {
		id: 'days',
		title: 'Day by day',
		answer: `${m.raceAgain + 1} days, from race day to race ready. The checks, not the calendar, decide your first run.`,
		items: dayLines(t),
		reasons: [B.ours],
		basis: 'mixed',
	};
}

const gradeText = (g: MethodGrade) =>
	`${g.grade} for ${OUTCOME_LABELS[g.outcome].toLowerCase()} · ${EFFECT_SIZE_LABELS[g.size].toLowerCase()} · ${CERTAINTY_LABELS[g.certainty].toLowerCase()}`;

function methods(options: AfterRaceOptions): Section {
	const items: Item[] = METHODS_BY_DAY.flatMap((m) => {
		const g = options.methods[m.slug];
		return g ? [{ text: g.title, href: `/methods/${m.slug}/`, note: `(${m.days}; ${gradeText(g)})` }] : [];
	});
	return {
		id: 'methods',
		title: 'Recovery methods that fit',
		answer: 'The basics first; the rest are optional extras with small effects.',
		items,
		reasons: [],
		basis: 'published',
	};
}

function avoid(): Section {
	return {
		id: 'avoid',
		title: 'What to avoid, and why',
		answer: 'In the first days after a race:',
		items: [],
		reasons: AVOID,
		basis: 'mixed',
	};
}

function basis(t: Timeline): Section {
	const m = t.milestones;
	const reasons: Reason[] = [t.km < 20 ? B.short : t.km > 60 ? B.ultra : B.physiology, B.repair, B.strength, B.foster];
	if (m.raceAgainRule === 'workout-week') reasons.push(B.workoutWeek);
	if (m.raceAgainRule === 'short-recovery') reasons.push(B.shortRecovery);
	if (m.longRace) reasons.push(B.firstWeek);
	if (t.km > 30 && t.km < 60) reasons.push(B.marathon);
	reasons.push(B.ours);
	if (t.milestones.masters) reasons.push(B.masters);
	if (t.milestones.lowVolume) reasons.push(B.lowVolume);
	return {
		id: 'basis',
		title: 'How these days were worked out',
		answer: 'Some of it is physiology from small studies; most of it is coaching convention. Each line says which.',
		items: [],
		reasons,
		basis: 'mixed',
	};
}

/** Links to the red flags the page was handed, by id, in the order given; `withAction` adds what to do. */
const flagLinks = (options: AfterRaceOptions, ids: readonly string[], withAction = false): Item[] =>
	ids.flatMap((id) => {
		const flag = options.flags.find((f) => f.id === id);
		if (!flag) return [];
		return [
			withAction ? { text: flag.title, href: `/red-flags/#${id}`, note: flag.action } : { text: flag.title, href: `/red-flags/#${id}` },
		];
	});

function redFlags(options: AfterRaceOptions): Section {
	const items = flagLinks(options, RED_FLAG_IDS);
	return {
		id: 'red-flags',
		title: 'Red flags after a race',
		answer: 'Any of these: stop the timeline and get checked.',
		items,
		reasons: [],
		basis: 'published',
		tone: 'warning',
	};
}

/** A post-race warning sign or an illness with fever or chest symptoms: no timeline, the flags first. */
function stopTimeline(stop: TimelineStop, options: AfterRaceOptions): Description {
	const ids = [...new Set([...stop.signs.map((s) => WARNING_FLAG_IDS[s]), ...(stop.illness === 'chest' ? ['cardiac'] : [])])];
	const flags = flagLinks(options, ids, true);
	const urgent = ids.some((id) => options.flags.find((f) => f.id === id)?.urgency === 'emergency');
	const said = [
		...stop.signs.map((s) => WARNING_LABELS[s].toLowerCase()),
		...(stop.illness && stop.illness !== 'none' ? [ILLNESS_SAID[stop.illness]] : []),
	];
	const illnessItems: Item[] =
		stop.illness === 'fever'
			? [
					'No running or training while you have a fever or ache all over, and until you have felt well for a few days: then start again gently.',
				]
			: stop.illness === 'chest'
				? ['Chest pain, palpitations or unusual breathlessness after an illness can come from the heart: get checked before any running.']
				: [];
	return {
		headline: `${urgent ? 'Get help now' : 'Get checked today'}: no timeline while you have ${listText(said)}.`,
		sections: [
			{
				id: 'stop',
				title: 'Stop: this comes before any recovery plan',
				answer: urgent
					? 'One of these is an emergency: call your local emergency number.'
					: 'Get medical care today; the timeline can wait.',
				items: [...flags, ...illnessItems],
				reasons: [],
				basis: ids.length > 0 ? 'published' : 'rule-of-thumb',
				tone: 'warning',
			},
		],
	};
}

/** After an illness that has eased, or a cold above the neck: the timeline, with a gentler start (rule of thumb). */
function afterIllness(t: Timeline): Section | undefined {
	if (t.illness !== 'above-neck' && t.illness !== 'recovering') return undefined;
	return {
		id: 'illness',
		title: 'After your illness',
		answer:
			t.illness === 'above-neck'
				? 'A cold above the neck: easy runs at most while it lasts, and stop if it spreads to your chest or you get a fever.'
				: `You have been ill: keep every run easy until you have been free of symptoms for ${ILLNESS_EASY_DAYS} days, even where the days below say more.`,
		items: ['Chest pain, palpitations, fainting or unusual breathlessness on a run: stop, and get checked before running again.'],
		reasons: [{ text: 'This is a coaching convention (the “neck check”), not a tested rule.', sources: [] }],
		basis: 'rule-of-thumb',
		tone: 'warning',
	};
}

function seeInjury(limping: boolean, options: AfterRaceOptions): Description {
	const flags = flagLinks(options, ['hip-groin', 'bone-stress', 'cant-bear-weight']);
	return {
		headline: `${limping ? 'Still limping' : 'Pain in one spot'}: no timeline yet. No running until it is checked or it settles.`,
		sections: [
			{
				id: 'injury',
				title: 'Pain first, timeline later',
				answer:
					'Soreness spreads through a muscle and eases by the day; pain in one spot, or a limp, can be an injury. Find it in the guides to common running pains, and check the red flags.',
				items: [{ text: 'Where it hurts: guides to common running pains', href: '/injuries/' }, ...flags],
				reasons: [],
				basis: 'published',
				tone: 'warning',
			},
		],
	};
}
