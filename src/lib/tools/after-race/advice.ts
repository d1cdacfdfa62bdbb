/**
 * The after-race timeline's sentences, as data, each with the bibliography ids behind it and a
 * label saying what kind of claim it is (a study, a coaching convention, or this site's rule).
 */
import type { Reason } from '../contract';
import type { Outcome } from '../../vocabulary';
import {
	EASY_RUN_MINUTES,
	FIRST_RUN_MINUTES,
	LATER_PERCENT,
	MASTERS_AGE,
	POST_RACE_FLAGS,
	WORKOUT_WEEK,
	type DayKind,
	type RedFlagId,
} from '../../situation';

/** The return-to-running checks before the first run (clinical conventions from injury rehab). */
export const CHECKS: readonly string[] = [
	'You walk normally: no limp, and no pain in one spot.',
	'A brisk 30-minute walk without pain.',
	'10 hops on each leg without pain, but only if no bone hurts when you press it and your groin and hip do not ache: never hop to test a sore bone or an aching hip (read the hip and bone stress red flags instead).',
	'20 single-leg calf raises on each side, about equal (or your usual number, if you know it).',
	'None of the red flags below.',
];

export const CHECK_REASONS: readonly Reason[] = [
	{
		text: 'Convention: pain-free walking is a core criterion for running again after a bone stress injury in a review of return-to-run protocols (expert opinion).',
		sources: ['george2024'],
	},
	{
		text: 'Convention: clinicians ask for 30 to 40 minutes of brisk, pain-free walking before a first run.',
		sources: ['precisionpt', 'saxena'],
	},
	{ text: 'Convention: pain-free hopping, and 20 single-leg heel raises, before running again.', sources: ['saxena', 'achievepodiatry'] },
	{
		text: 'Hopping loads a bone that may be cracked: a bone or hip that already hurts is checked by a clinician, not by hopping (a stress fracture of the thigh bone’s neck can break through).',
		sources: ['warden2014'],
	},
	{
		text: 'Study: healthy adults managed a median of 24 (men) and 21 (women) single-leg heel raises, so 20 is near some people’s limit.',
		sources: ['hebertlosier2017'],
	},
	{ text: 'These checks were designed for injured runners; none has been tested after a race.', sources: [] },
];

export const FIRST_DAYS: readonly string[] = [
	'Eat carbohydrate and protein soon after, then regular meals: about 0.25 g of protein per kg of body weight at each meal (20-40 g).',
	'If your next hard session is within 8 hours (rare after a race), 1.0-1.2 g of carbohydrate per kg each hour for the first 4 hours.',
	'Drink to thirst; do not force extra water.',
	'Leave ibuprofen and similar anti-inflammatory painkillers in the bag; if you want a painkiller in the first days, ask a pharmacist which one suits you.',
	'Protect the next two nights of sleep, and nap if you can. After an overnight ultra, do not drive home drowsy.',
];

export const FIRST_DAYS_REASONS: readonly Reason[] = [
	{ text: 'Study (position stand): protein of about 0.25 g/kg, or 20-40 g, per meal supports muscle repair.', sources: ['jager2017'] },
	{
		text: 'Review: 1.0-1.2 g/kg of carbohydrate an hour refills glycogen fastest when the next session is within hours; otherwise regular carbohydrate-rich meals over 24 hours are enough.',
		sources: ['wallis2022', 'alghannam2018'],
	},
	{
		text: 'Consensus: over-drinking is the main cause of low blood sodium after long races; drinking to thirst prevents it.',
		sources: ['hewbutler2015'],
	},
	{
		text: 'Study: ibuprofen taken during an ultramarathon raised the rate of acute kidney injury (52% against 34% on placebo; the confidence interval was wide). No trial has tested it after the finish, so the cautious reading is to leave it out; it also makes low blood sodium more likely.',
		sources: ['lipman2017', 'hewbutler2015'],
	},
	{ text: 'Review: a marathon may disturb the next night’s sleep, and ultras can cost days of sleep.', sources: ['nikolaidis2023'] },
];

export const AVOID: readonly Reason[] = [
	{
		text: 'Long or hard runs in the first week after a marathon: 40-45 minute runs on days 5-7 slowed the return of leg strength in one trial (easy 40-minute sessions from 48 hours did no harm to blood markers in another).',
		sources: ['sherman1984', 'martineznavarro2021'],
	},
	{
		text: 'An “active recovery” session straight after a half marathon or longer: runners who simply rested felt more recovered, straight away and the next day, than those who did one after the race.',
		sources: ['wiewelhove2018'],
	},
	{
		text: 'Racing again before the race-ready day: aerobic fitness comes back within a week, but muscle repair takes weeks.',
		sources: ['takayama2017', 'warhol1985'],
	},
	{
		text: 'Sitting still for hours on the way home: long travel plus a marathon raised a clotting marker; get up and walk, and know the signs of a clot.',
		sources: ['parker2011'],
	},
	{ text: 'Massage, rolling, compression or boots on a calf that is swollen on one side: it can be a clot.', sources: [] },
];

export const BASIS_REASONS = {
	physiology: {
		text: 'Study: after a marathon, aerobic fitness was back within 7 days and soreness near normal from day 4; the wait is for the legs, not the lungs.',
		sources: ['takayama2017'],
	},
	repair: { text: 'Study: muscle fibres damaged in a marathon were repaired over 3 to 4 weeks.', sources: ['warhol1985'] },
	strength: { text: 'Study: leg strength was still below its pre-race level 7 days after a marathon.', sources: ['sherman1984'] },
	short: {
		text: 'Study: after a 5 km time trial, a second one was slower at 24 hours but not at 72 hours; after a half marathon, knee strength was mostly back within 2 days.',
		sources: ['bosak2009', 'wang2025'],
	},
	ultra: {
		text: 'Study: after a 166 km mountain race, most strength came back within 9 days and all of it by day 16.',
		sources: ['millet2011'],
	},
	foster: { text: 'Convention: race again after one day per mile raced (Jack Foster’s rule).', sources: ['henderson2013'] },
	workoutWeek: {
		text: `Our rule: ${WORKOUT_WEEK} days of normal training between the first workout and the next race, so the race is not your first hard effort back. Muscle repair after a marathon takes 3 to 4 weeks.`,
		sources: ['warhol1985'],
	},
	shortRecovery: {
		text: 'After a race this short, racing may come the day after the first workout: a second 5 km time trial was no slower at 72 hours, so the legs are back within days.',
		sources: ['bosak2009'],
	},
	firstWeek: {
		text: 'Study: in the first week after a marathon, 40-45 minute runs on days 5-7 slowed the return of leg strength, so easy runs stay short that week; later, 45 minutes at most until workouts are back (a convention).',
		sources: ['sherman1984', 'vdoto2-2011'],
	},
	marathon: {
		text: 'Convention: a first short run about day 4 (Higdon); no running in week 1, easy runs of 45 minutes at most in weeks 2 and 3, workouts from week 4 (VDOT O2).',
		sources: ['higdon-novice', 'higdon-advanced', 'vdoto2-2011'],
	},
	ours: {
		text: 'Our rule of thumb: the days for 10 km, for ultras and between the anchor distances, and the effort, age and volume adjustments, are this site’s choices. No study followed runners from race day to their next race.',
		sources: [],
	},
	masters: {
		text: `Age ${MASTERS_AGE} and over: normal training and racing ${LATER_PERCENT} later (our rule). One study found masters recovered more slowly after a 55 km trail race; others found no difference: the studies disagree.`,
		sources: ['easthope2010', 'hayashi2019', 'markus2022'],
	},
	lowVolume: {
		text: `Your usual week is shorter than the race: a day later for the first run and ${LATER_PERCENT} later for normal training (our rule; no study).`,
		sources: [],
	},
} as const satisfies Record<string, Reason>;

/** What each kind of day means, after the first run and the first workout. An easy run's length depends on the day. */
export const DAY_TEXT: Record<Exclude<DayKind, 'Easy run'>, string> = {
	Rest: 'No running; a short walk if you like',
	Walk: 'Walk 20-30 min if it feels good; no running',
	'Cross-train': 'Optional: 20-30 min easy bike, swim or pool running, or a walk',
	'Steady run': 'Easy or steady runs of your usual length, no hard efforts',
	Workout: 'Normal training: workouts are back',
	'Race ready': 'Ready to race again',
};
export const easyRunText = (maxMinutes: number) => `Easy run at chatting pace, up to ${maxMinutes} min`;
/** Every easy-run text the timeline can show (for tests and the calendar). */
export const EASY_RUN_TEXTS = [EASY_RUN_MINUTES.firstWeekAfterLongRace, EASY_RUN_MINUTES.later].map(easyRunText);
export const RACE_DAY_TEXT = 'Race day: refuel, drink to thirst, sleep';
export const FIRST_RUN_TEXT = `Easy run, ${FIRST_RUN_MINUTES.min}-${FIRST_RUN_MINUTES.max} min at chatting pace on the flat, only if the checks above pass; if not, walk or cross-train and check again tomorrow`;
export const FIRST_WORKOUT_TEXT = 'First workout back: start with fartlek (2-3 min pick-ups)';

/** The site's recovery methods that fit the first days, by slug, with when and the outcome they help. */
export const METHODS_BY_DAY: readonly { slug: string; days: string; outcome: Outcome }[] = [
	{ slug: 'rest-easy-days', days: 'days 0-1', outcome: 'perceived-recovery' },
	{ slug: 'nutrition', days: 'days 0-1', outcome: 'strength-recovery' },
	{ slug: 'sleep', days: 'days 0-2', outcome: 'perceived-recovery' },
	{ slug: 'compression-garments', days: 'days 0-3, optional', outcome: 'soreness' },
	{ slug: 'ice-baths', days: 'day 0, optional, within hours', outcome: 'soreness' },
	{ slug: 'elevation', days: 'days 0-3, optional', outcome: 'swelling' },
	{ slug: 'massage-sticks', days: 'days 1-4, optional', outcome: 'soreness' },
	{ slug: 'cross-training', days: 'from the first cross-training day', outcome: 'fitness-maintenance' },
];

/** Red flags after a race: /red-flags/ ids (the situation model's list). */
export const RED_FLAG_IDS: readonly RedFlagId[] = POST_RACE_FLAGS;
