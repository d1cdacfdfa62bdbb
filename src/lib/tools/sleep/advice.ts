/**
 * The sleep calculator's fixed sentences, as data: each with the bibliography ids behind it.
 * src/lib/tools/sleep/describe.ts picks and fills them; nothing here computes.
 */
import type { Reason } from '../contract';
import { ADULT_BAND, RESTRICTED_SLEEP_HOURS, RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED, TEEN_BAND, sleepRangeText } from '../../situation';

export const SLEEP_ADVICE = {
	ownNeed: {
		text: `You gave your own sleep need: the 2021 athlete-sleep consensus prefers a runner’s own sense of need to a one-size ${sleepRangeText(ADULT_BAND, '–', ' h')} rule, so the plan starts from it.`,
		sources: ['walsh2021'],
	},
	heavyLoad: {
		text: 'Elite athletes in one study felt they needed 8.3 h a night on average, more than the 7 h minimum for adults.',
		sources: ['sargent2021'],
	},
	loadRule: {
		text: 'How much a training load adds (30 min for moderate, 60 for heavy) is this site’s rule of thumb: no study has measured it.',
		sources: [],
	},
	noAge: {
		text: `You did not give your age, so the plan uses the adult range. Teenagers need more (${sleepRangeText(TEEN_BAND, '–', ' h')}).`,
		sources: ['paruthi2016'],
	},
	debtNights: {
		text: 'Repaying sleep debt takes several nights, so the plan adds a little each night instead of one long lie-in.',
		sources: ['klerman2021'],
	},
	repayRate: {
		text: 'In sleep-extension studies of athletes, people managed 26 to 106 extra minutes a night; the plan asks for at most 60.',
		sources: ['silva2020'],
	},
	moreThanNine: {
		text: 'More than 9 h may be appropriate while recovering from sleep debt.',
		sources: ['watson2015'],
	},
	shortHabit: {
		text: 'Habitual sleep under 7 h raises susceptibility to respiratory infection.',
		sources: ['walsh2021'],
	},
	restricted: {
		text: `In studies, ${RESTRICTED_SLEEP_HOURS} h of sleep or less lowered exercise performance, endurance included, by about ${RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED}% on average.`,
		sources: ['craven2022'],
	},
	raceEveCommon: {
		text: 'Sleeping badly before a race is common: 64% of 283 elite athletes had done so in the past year, mostly lying awake with thoughts of the race.',
		sources: ['juliff2015'],
	},
	raceEveNightsBefore: {
		text: 'Extra sleep over the nights before helped: in trained cyclists, three nights of longer sleep maintained endurance performance better than usual sleep.',
		sources: ['roberts2019'],
	},
	raceEveNoChase: {
		text: 'Going to bed much earlier than usual the night before tends to mean more time lying awake; keep your usual bedtime and get the extra sleep in the nights before.',
		sources: [],
	},
	nap: {
		text: 'A meta-analysis of 22 small trials found naps in that window improved physical and mental performance and reduced fatigue, most with 30 to under 60 min naps and more than 1 h from waking to training.',
		sources: ['mesas2023'],
	},
	napShifted: {
		text: 'The trials napped between 12:30 and 16:50 after a morning wake-up; for your wake-up time the window is moved by the same amount (this site’s rule of thumb).',
		sources: [],
	},
	napDebt: {
		text: 'Whether naps repay sleep debt still needs research.',
		sources: ['walsh2021'],
	},
	cycles: {
		text: 'The 90-minute cycle is an average, not a rule: in 6,064 measured cycles the median was 96 min, with large differences between people, and the first cycle of the night is shorter. Prefer the target above.',
		sources: ['cajochen2024'],
	},
	clinician: {
		text: 'The calculator cannot spot a sleep disorder. Anyone worried that they sleep too little or too much should see a clinician.',
		sources: ['watson2015'],
	},
	dst: {
		text: 'On a night when the clocks change, move lights out by the hour the clocks move.',
		sources: [],
	},
} as const satisfies Record<string, Reason>;
