/**
 * The sleep-need calculator island: holds the form's raw strings (shared link + localStorage through
 * usePersistedState), and on submit asks src/lib/sleep.ts for the plan or the per-field messages.
 * Works on /tools/sleep/ and embedded in the sleep guide: ids come from useId, so two copies on one
 * page never clash, and `headingLevel` fits the result heading into the host page's outline.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { readQuery } from '../../lib/persisted-state';
import {
	CYCLE_MAX,
	CYCLE_MIN,
	SLEEP_CODECS,
	SLEEP_DEFAULTS,
	SLEEP_STORAGE_KEY,
	TRAINING_HOURS,
	TRAINING_LABELS,
	TRAINING_LEVELS,
	detectClockFormat,
	evaluateSleep,
	type ClockFormat,
	type SleepField,
	type SleepForm,
} from '../../lib/sleep';
import { usePersistedState } from './usePersistedState';
import Field from './SleepCalculatorField';
import Result from './SleepCalculatorResult';
import './SleepCalculator.css';

type Props = {
	/** Level of the result heading (2 on the tool page; 3 when embedded under a guide's h2). */
	headingLevel?: 2 | 3;
};

const TEXT_FIELDS: SleepField[] = ['age', 'need', 'loadHours', 'recent', 'wake', 'latency', 'cycleLength'];

export default function SleepCalculator({ headingLevel = 2 }: Props) {
	const { state, update, reset, hydrated } = usePersistedState(SLEEP_CODECS, SLEEP_DEFAULTS, SLEEP_STORAGE_KEY);
	const [submitted, setSubmitted] = useState<SleepForm | null>(null);
	const [detected, setDetected] = useState<ClockFormat>('24');
	const [focusTick, setFocusTick] = useState(0);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const base = useId();
	const ids = Object.fromEntries(TEXT_FIELDS.map((f) => [f, `${base}-${f}`])) as Record<SleepField, string>;

	// Once hydrated: the reader's clock, and an answer straight away for a shared link or a complete stored plan.
	useEffect(() => {
		if (!hydrated) return;
		setDetected(detectClockFormat());
		const fromLink = Object.keys(readQuery(SLEEP_CODECS, window.location.search)).some((k) => k !== 'clock');
		if (fromLink || evaluateSleep(state).ok) setSubmitted(state);
		// Runs once, when the stored or linked state has just been read.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [hydrated]);

	useEffect(() => {
		if (focusTick > 0) headingRef.current?.focus();
	}, [focusTick]);

	const evaluation = useMemo(() => (submitted ? evaluateSleep(submitted) : null), [submitted]);
	const clock = state.clock || detected;
	// A message stays at its field until that field is edited or the form is sent again.
	const errorFor = (field: SleepField) =>
		evaluation && !evaluation.ok && submitted?.[field] === state[field] ? evaluation.errors[field] : undefined;
	const text = (field: SleepField & keyof SleepForm, label: string, hint?: string, inputmode?: 'text') => (
		<Field
			id={ids[field]}
			label={label}
			hint={hint}
			value={state[field]}
			error={errorFor(field)}
			disabled={!hydrated}
			inputmode={inputmode}
			onInput={(value) => update({ [field]: value })}
		/>
	);
	const choice = (name: string, checked: boolean, label: string, onChange: () => void, type: 'radio' | 'checkbox' = 'radio') => (
		<label class="sleep-calc__choice" key={label}>
			<input type={type} name={`${base}-${name}`} checked={checked} disabled={!hydrated} onChange={onChange} />
			{label}
		</label>
	);

	const onSubmit = (event: Event) => {
		event.preventDefault();
		setSubmitted({ ...state });
		setFocusTick((n) => n + 1);
	};

	return (
		<div class="sleep-calc" data-pagefind-ignore>
			{/* Shown only when scripting is off (CSS), so hydrating never shifts the layout. */}
			<p class="sleep-calc__needs-js callout js-off-only">
				This calculator needs JavaScript. Without it, the recommended hours for each age are in the{' '}
				<a href="/methods/sleep/">sleep guide</a>.
			</p>
			<form class="sleep-calc__form" noValidate onSubmit={onSubmit}>
				<fieldset>
					<legend>You</legend>
					{text('age', 'Age', 'In years, 13 to 100: this tool is for teens and adults.')}
					{text('need', 'Your sleep need (optional)', 'Hours a night you feel you need, if you know. Leave empty to use your age range.')}
				</fieldset>
				<fieldset>
					<legend>Training</legend>
					<fieldset class="sleep-calc__choices">
						<legend>Training load this week</legend>
						{TRAINING_LEVELS.map((level) => choice('load', state.load === level, TRAINING_LABELS[level], () => update({ load: level })))}
					</fieldset>
					{text(
						'loadHours',
						'Training hours per week (optional)',
						`If given, this decides the load: under ${TRAINING_HOURS.moderate} h light, ${TRAINING_HOURS.moderate} to under ${TRAINING_HOURS.heavy} h moderate, ${TRAINING_HOURS.heavy} h or more heavy.`,
					)}
				</fieldset>
				<fieldset>
					<legend>Recent sleep</legend>
					{text('recent', 'Average sleep over the last 7 nights', 'Hours a night, for example 7.5 or 7,5.')}
				</fieldset>
				<fieldset>
					<legend>Tomorrow</legend>
					{text('wake', 'Wake-up time', 'For example 06:30 or 6:30 am.', 'text')}
					{text('latency', 'Time to fall asleep (minutes)', 'How long it usually takes you. Many people take 10 to 20 minutes.')}
					<fieldset class="sleep-calc__choices">
						<legend>Show times as</legend>
						{choice('clock', clock === '12', '12-hour (10:30 pm)', () => update({ clock: '12' }))}
						{choice('clock', clock === '24', '24-hour (22:30)', () => update({ clock: '24' }))}
					</fieldset>
				</fieldset>
				<fieldset>
					<legend>Options</legend>
					{choice('nap', state.nap, 'A nap is possible today', () => update({ nap: !state.nap }), 'checkbox')}
					{choice('cycles', state.cycles, 'Also show sleep-cycle alternatives (an approximation)', () => update({ cycles: !state.cycles }), 'checkbox')}
					{state.cycles &&
						text('cycleLength', 'Sleep-cycle length (minutes)', `90 is the usual average; it varies between people, from about ${CYCLE_MIN} to ${CYCLE_MAX}.`)}
				</fieldset>
				<div class="sleep-calc__actions">
					<button type="submit" class="button" disabled={!hydrated}>
						Work out my sleep
					</button>
					<button
						type="button"
						class="button secondary"
						disabled={!hydrated}
						onClick={() => {
							reset();
							setSubmitted(null);
						}}
					>
						Clear answers
					</button>
				</div>
			</form>
			<div class="sleep-calc__result" role="status">
				{evaluation && <Result evaluation={evaluation} clock={clock} level={headingLevel} headingRef={headingRef} ids={ids} />}
			</div>
		</div>
	);
}
