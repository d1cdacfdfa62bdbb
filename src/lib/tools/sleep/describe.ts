/**
 * The sleep plan in words: the one-line answer first ("Lights out 22:15 for a 06:00 alarm"), then
 * tonight, the week's debt, race eve, naps, cycles and when to see a clinician, each section with
 * its reasons and bibliography ids. Times come in the reader's clock format.
 */
import { formatClock, formatDuration, type ClockFormat } from '../../clock';
import { plural, type Description, type Reason, type Section } from '../contract';
import { TRAINING_LABELS } from './form';
import { SLEEP_ADVICE as A } from './advice';
import {
	MAX_ABOVE_RANGE,
	NAP,
	PLAN_NIGHTS,
	RESTRICTED_SLEEP_HOURS,
	SHORT_SLEEP_HOURS,
	minutesBeforeWake,
	type Debt,
	type RaceEvePlan,
	type SleepPlan,
} from './plan';

const h = formatDuration;
const hoursText = (hours: number) => `${Number(hours.toFixed(2))} ${hours === 1 ? 'hour' : 'hours'}`;

export function describeSleep(plan: SleepPlan, clock: ClockFormat): Description {
	const t = (m: number) => formatClock(m, clock);
	const sections: Section[] = [tonight(plan, t)];
	if (plan.raceEve) sections.push(raceEve(plan.raceEve, t));
	else if (plan.debt) sections.push(debtSection(plan, plan.debt));
	if (plan.nap) sections.push(naps(plan, t));
	if (plan.cycleOptions && plan.cycleLength) sections.push(cycles(plan, t));
	sections.push({
		id: 'clinician',
		title: 'When to see a clinician',
		answer: 'If you are still sleepy in the day despite enough sleep, or you snore loudly, gasp or choke in your sleep.',
		items: [],
		reasons: [A.clinician],
		basis: 'published',
	});
	return { headline: headline(plan, t), sections };
}

function headline(plan: SleepPlan, t: (m: number) => string): string {
	const base = `Lights out ${t(plan.lightsOut)} for a ${t(plan.wake)} alarm`;
	if (plan.mode === 'race-eve') return `${base}: your usual night, no extra.`;
	const debt = plan.debt;
	if (!debt || debt.minutes === 0) return `${base}.`;
	if (debt.remainingMinutes > 0) return `${base}. About ${h(debt.remainingMinutes)} of sleep debt would remain after a week: keep going.`;
	return `${base}. Your sleep debt of ${h(debt.minutes)} is repaid in ${plural(debt.nights.length, 'night')}.`;
}

function tonight(plan: SleepPlan, t: (m: number) => string): Section {
	const inBed = [`${h(plan.sleepMinutes)} of sleep`];
	if (plan.latency > 0) inBed.push(`${plural(plan.latency, 'minute')} to fall asleep`);
	if (plan.awake > 0) inBed.push(`${plural(plan.awake, 'minute')} awake in the night`);
	return {
		id: 'tonight',
		title: 'Tonight',
		answer: `Lights out at ${t(plan.lightsOut)}, ${h(minutesBeforeWake(plan))} before your ${t(plan.wake)} alarm.`,
		items: [`Asleep by about ${t(plan.asleepBy)}`, `Time in bed: ${h(plan.inBedMinutes)} (${inBed.join(', ')})`],
		reasons: [...needReasons(plan), { text: 'Lights out is your wake-up time minus the time in bed above.', sources: [] }, A.dst],
		basis: plan.needSource === 'own-need' ? 'published' : 'mixed',
	};
}

function needReasons(plan: SleepPlan): Reason[] {
	const { band } = plan;
	const range: Reason = {
		text: `The recommendation for ${band.label} is ${band.minHours}–${band.maxHours} h a night; your need is set at ${h(plan.needMinutes)}.`,
		sources: band.id === 'teen' ? ['paruthi2016', 'hirshkowitz2015'] : ['watson2015', 'hirshkowitz2015'],
	};
	const reasons: Reason[] = [range];
	if (plan.age === undefined) reasons.push(A.noAge);
	if (plan.needSource === 'own-need') {
		reasons.push(A.ownNeed);
		if (plan.ownNeedAdjusted === 'raised')
			reasons.push({
				text: `${hoursText(plan.ownNeedHours ?? 0)} is below the recommended range, so the plan uses its bottom.`,
				sources: [],
			});
		if (plan.ownNeedAdjusted === 'lowered')
			reasons.push({
				text: `${hoursText(plan.ownNeedHours ?? 0)} is more than ${MAX_ABOVE_RANGE / 60} h above the range, so the plan uses ${h(plan.needMinutes)}. If you often feel you need this much, ask a clinician.`,
				sources: ['watson2015'],
			});
	} else {
		const load =
			plan.loadHours === undefined ? TRAINING_LABELS[plan.load].toLowerCase() : `${plan.loadHours} h a week, which counts as ${plan.load}`;
		reasons.push({ text: `Training load ${load}.`, sources: [] }, A.loadRule);
		if (plan.load === 'heavy') reasons.push(A.heavyLoad);
	}
	if (plan.sleepMinutes > plan.needMinutes)
		reasons.push(
			{ text: `Tonight adds ${h(plan.sleepMinutes - plan.needMinutes)} to start repaying your sleep debt.`, sources: [] },
			A.moreThanNine,
		);
	return reasons;
}

/** What the debt is counted against, in words: the runner's own need, or the bottom of their age range. */
const baselineText = (plan: SleepPlan) =>
	plan.needSource === 'own-need'
		? `your need of ${h(plan.debtBaselineMinutes)}`
		: `the ${h(plan.debtBaselineMinutes)} at the bottom of the range for ${plan.band.label}`;

/** The training extra is a target, not a debt: said whenever tonight's target is above the baseline. */
const targetNote = (plan: SleepPlan): Reason[] =>
	plan.needMinutes > plan.debtBaselineMinutes
		? [
				{
					text: `The extra ${h(plan.needMinutes - plan.debtBaselineMinutes)} for your training is a target for tonight, not a debt.`,
					sources: [],
				},
			]
		: [];

function debtSection(plan: SleepPlan, debt: Debt): Section {
	const recent = hoursText(plan.recentHours ?? 0);
	if (debt.minutes === 0)
		return {
			id: 'debt',
			title: 'Sleep debt this week',
			answer: 'No sleep debt.',
			items: [],
			reasons: [{ text: `You averaged ${recent} a night, which meets ${baselineText(plan)}.`, sources: [] }, ...targetNote(plan)],
			basis: 'arithmetic',
		};
	const reasons: Reason[] = [
		{
			text: `You averaged ${recent} a night against ${baselineText(plan)}: ${h(debt.perNight)} short a night, ${h(debt.minutes)} over 7 nights.`,
			sources: [],
		},
		...targetNote(plan),
		A.debtNights,
		A.repayRate,
	];
	if ((plan.recentHours ?? 0) < SHORT_SLEEP_HOURS) reasons.push(A.shortHabit);
	if ((plan.recentHours ?? 0) <= RESTRICTED_SLEEP_HOURS) reasons.push(A.restricted);
	const answer =
		debt.extraPerNight === 0
			? `About ${h(debt.minutes)}. Your need is already at the most this tool suggests, so keep to it each night and nap when you can.`
			: debt.remainingMinutes > 0
				? `About ${h(debt.minutes)}. At ${h(debt.extraPerNight)} extra a night, about ${h(debt.remainingMinutes)} would remain after ${plural(PLAN_NIGHTS, 'night')}: keep going.`
				: `About ${h(debt.minutes)}, repaid in ${plural(debt.nights.length, 'night')} at up to ${h(debt.extraPerNight)} extra a night.`;
	return { id: 'debt', title: 'Sleep debt this week', answer, items: nightItems(debt), reasons, basis: 'mixed' };
}

/** Runs of nights with the same extra, so seven equal nights read as one line. */
function nightItems(debt: Debt): string[] {
	const runs: { first: number; last: number; extra: number; sleep: number }[] = [];
	for (const n of debt.nights) {
		const last = runs.at(-1);
		if (last && last.extra === n.extraMinutes && last.last === n.night - 1) last.last = n.night;
		else runs.push({ first: n.night, last: n.night, extra: n.extraMinutes, sleep: n.sleepMinutes });
	}
	const name = (n: number) => (n === 1 ? 'Tonight' : `Night ${n}`);
	return runs.map((r) =>
		r.first === r.last
			? `${name(r.first)}: ${h(r.sleep)} (${h(r.extra)} extra)`
			: `${name(r.first)} to ${r.last === 1 ? 'tonight' : `night ${r.last}`}: ${h(r.sleep)} a night (${h(r.extra)} extra)`,
	);
}

function raceEve(eve: RaceEvePlan, t: (m: number) => string): Section {
	const usual =
		eve.usualFrom === 'average'
			? `your usual night, ${h(eve.usualMinutes)} (your average)`
			: `your usual night (about ${h(eve.usualMinutes)}, your need: give your average to use your own)`;
	return {
		id: 'race-eve',
		title: 'The night before a race',
		answer: `Aim for ${usual}, at your usual bedtime; do not chase extra sleep tonight. The nights before count more.`,
		items: [
			`The two or three nights before race eve: ${h(eve.nightsBefore.sleepMinutes)} of sleep, lights out about ${t(eve.nightsBefore.lightsOut)} for the same alarm.`,
			'If nerves keep you awake, rest quietly: one short night rarely decides a race.',
			'Lay out your kit and plan the morning early, so there is less to think about in bed.',
		],
		reasons: [A.raceEveNoChase, A.raceEveCommon, A.raceEveNightsBefore],
		basis: 'mixed',
	};
}

function naps(plan: SleepPlan, t: (m: number) => string): Section {
	const w = plan.napWindow;
	return {
		id: 'nap',
		title: 'Nap today',
		answer: `Nap for ${NAP.minMinutes} to under ${NAP.maxMinutes} minutes, between ${t(w.start)} and ${t(w.end)}.`,
		items: [`Leave more than ${plural(NAP.gapMinutes / 60, 'hour')} between waking from the nap and training.`],
		reasons: [A.nap, ...(w.shifted ? [A.napShifted] : []), A.napDebt],
		basis: w.shifted ? 'mixed' : 'published',
	};
}

function cycles(plan: SleepPlan, t: (m: number) => string): Section {
	return {
		id: 'cycles',
		title: 'Cycle-aligned alternatives (approximate)',
		answer: `With ${plan.cycleLength}-minute cycles:`,
		items: (plan.cycleOptions ?? []).map(
			(o) =>
				`${plural(o.cycles, 'cycle')} (${h(o.sleepMinutes)}, ${o.relation === 'equal' ? 'your target' : `${o.relation} than your target`}): lights out at ${t(o.lightsOut)}`,
		),
		reasons: [A.cycles],
		basis: 'approximation',
	};
}
