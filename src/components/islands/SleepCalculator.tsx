/**
 * The sleep calculator island: the form kit over src/lib/tools/sleep (which documents what is asked,
 * how the plan is made and on what sources). Works on /tools/sleep/ and embedded in the sleep guide:
 * ids come from useId, so two copies on one page never clash.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { SourceLink } from '../../lib/bibliography';
import { detectClockFormat, type ClockFormat } from '../../lib/clock';
import {
	AGE_MAX,
	AGE_MIN,
	CYCLE_MAX,
	CYCLE_MIN,
	MODES,
	MODE_LABELS,
	SLEEP_SHAPE,
	TRAINING_HOURS,
	TRAINING_LABELS,
	TRAINING_LEVELS,
	type SleepField,
	type SleepForm,
} from '../../lib/tools/sleep/form';
import ChoiceGroup from './form/ChoiceGroup';
import TextField from './form/TextField';
import ToolForm, { Fold } from './form/ToolForm';
import { useToolForm } from './form/useToolForm';
import './form/tool-form.css';

type Props = {
	/** Level of the result heading (2 on the tool page; 3 when embedded under a guide's h2). */
	headingLevel?: 2 | 3;
	/** The bibliography entries the calculator cites (src/components/tools/SleepTool.astro). */
	sources: Record<string, SourceLink>;
};

const CLOCK_LABELS = { '12': '12-hour (10:30 pm)', '24': '24-hour (22:30)' } as const;

export default function SleepCalculator({ headingLevel = 2, sources }: Props) {
	const f = useToolForm(SLEEP_SHAPE, useId(), { logic: () => import('../../lib/tools/sleep/logic').then((m) => m.sleepLogic) });
	const [detected, setDetected] = useState<ClockFormat>('24');
	useEffect(() => setDetected(detectClockFormat()), []);
	const clock = f.form.clock || detected;
	const shownClock = f.submitted?.clock || detected;

	const text = (field: SleepField & keyof SleepForm, label: string, hint?: string, inputmode?: 'text') => (
		<TextField {...f.textField(field)} label={label} hint={hint} inputmode={inputmode} />
	);

	return (
		<ToolForm
			tool={f}
			label="Sleep calculator"
			submitLabel="Work out my sleep"
			resultNoun="plan"
			withoutScript={
				<>
					This calculator needs JavaScript. Without it, the recommended hours for each age are in the{' '}
					<a href="/methods/sleep/">sleep guide</a>.
				</>
			}
			result={
				f.result &&
				f.logic &&
				f.Result && (
					<f.Result
						id={f.id('result')}
						shareNote={f.shareNote}
						title="Your sleep plan"
						description={f.logic.describe(f.result, { clock: shownClock })}
						sources={sources}
						level={headingLevel}
						headingRef={f.headingRef}
					/>
				)
			}
		>
			<ChoiceGroup {...f.oneOf('mode')} legend="Which night?" options={MODES} labels={MODE_LABELS} inline />
			{text('wake', 'Wake-up time', 'For example 06:30 or 6:30 am. The only answer you must give.', 'text')}
			<Fold title="About you (optional)" answered={f.answered(['age', 'need', 'load', 'loadHours', 'recent'])}>
				{text('age', 'Age', `In years, ${AGE_MIN} to ${AGE_MAX}. Without it, the adult range is used.`)}
				{text('need', 'Your sleep need', 'Hours a night you feel you need, if you know.')}
				<ChoiceGroup {...f.oneOf('load')} legend="Training load this week" options={TRAINING_LEVELS} labels={TRAINING_LABELS} inline />
				{text(
					'loadHours',
					'Training hours per week',
					`If given, this decides the load: under ${TRAINING_HOURS.moderate} h light, ${TRAINING_HOURS.moderate} to under ${TRAINING_HOURS.heavy} h moderate, ${TRAINING_HOURS.heavy} h or more heavy.`,
				)}
				{text('recent', 'Average sleep over the last 7 nights', 'Hours a night, for example 7.5 or 7,5. Needed to count sleep debt.')}
			</Fold>
			<Fold
				title="Time in bed and options"
				answered={f.answered(['latency', 'awake', 'clock', 'nap', 'cycles', f.form.cycles && 'cycleLength'])}
			>
				{text('latency', 'Minutes to fall asleep', 'How long it usually takes you. Many people take 10 to 20 minutes.')}
				{text('awake', 'Minutes awake in the night', 'If you often lie awake in the night, add the usual minutes.')}
				<ChoiceGroup
					{...f.choiceGroup('clock')}
					legend="Show times as"
					options={['12', '24'] as const}
					labels={CLOCK_LABELS}
					value={[clock]}
					inline
					onChange={([c]) => c && f.set({ clock: c })}
				/>
				<ChoiceGroup
					{...f.choiceGroup('extras')}
					legend="Also show"
					multiple
					options={['nap', 'cycles'] as const}
					labels={{ nap: 'A nap for today', cycles: 'Sleep-cycle alternatives (an approximation)' }}
					value={[...(f.form.nap ? ['nap' as const] : []), ...(f.form.cycles ? ['cycles' as const] : [])]}
					onChange={(on) => f.set({ nap: on.includes('nap'), cycles: on.includes('cycles') })}
				/>
				{f.form.cycles &&
					text(
						'cycleLength',
						'Sleep-cycle length (minutes)',
						`90 is the usual average; it varies between people, from about ${CYCLE_MIN} to ${CYCLE_MAX}.`,
					)}
			</Fold>
		</ToolForm>
	);
}
