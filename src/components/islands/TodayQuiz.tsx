/**
 * "What should I do today?": the quiz island. State and events only; the decision logic is
 * planToday in src/lib/today.ts, which documents what is asked and how the plan is made.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readQuery, toQuery } from '../../lib/persisted-state';
import {
	EMPTY_ANSWERS,
	KIT,
	LAST_ACTIVITIES,
	LAST_ACTIVITY_LABELS,
	NEXT_UP,
	NEXT_UP_LABELS,
	SORE_REGIONS,
	TIME_LABELS,
	TIME_OPTIONS,
	TODAY_CODECS,
	WARNING_ANSWERS,
	WARNING_LABELS,
	YES_NO,
	YES_NO_LABELS,
	planToday,
	type QuizMethod,
	type TodayPlan,
	type WarningAnswer,
} from '../../lib/today';
import { EQUIPMENT_LABELS, REGION_LABELS } from '../../lib/vocabulary';
import { Choices, TextField } from './TodayQuizFields';
import TodayQuizPlan from './TodayQuizPlan';
import { usePersistedState } from './usePersistedState';
import './TodayQuiz.css';

type Props = {
	/** The guides, projected by toQuizMethod on the page. */
	methods: QuizMethod[];
};

const STORAGE_KEY = 'runner-recovery:today';

export default function TodayQuiz({ methods }: Props) {
	const { state, update, reset, hydrated } = usePersistedState(TODAY_CODECS, EMPTY_ANSWERS, STORAGE_KEY);
	const [shown, setShown] = useState<{ plan: TodayPlan; query: string } | null>(null);
	const [tried, setTried] = useState(false);
	const [focusPlan, setFocusPlan] = useState(false);
	const heading = useRef<HTMLHeadingElement>(null);

	const result = planToday(state, methods);
	const errors = tried && !result.ok ? result.errors : {};
	const off = !hydrated;

	// A shared link shows its plan straight away (stored answers wait for the button). Runs once hydrated.
	useEffect(() => {
		if (!hydrated || Object.keys(readQuery(TODAY_CODECS, window.location.search)).length === 0) return;
		if (result.ok) setShown({ plan: result.plan, query: toQuery(TODAY_CODECS, state) });
		else setTried(true);
	}, [hydrated]); // eslint-disable-line react-hooks/exhaustive-deps

	useEffect(() => {
		if (focusPlan && shown) {
			heading.current?.focus();
			setFocusPlan(false);
		}
	}, [focusPlan, shown]);

	const onSubmit = (event: Event) => {
		event.preventDefault();
		setTried(true);
		if (result.ok) {
			setShown({ plan: result.plan, query: toQuery(TODAY_CODECS, state) });
			setFocusPlan(true);
			return;
		}
		const first = (['warnings', 'legs', 'sleep'] as const).find((f) => result.errors[f]);
		document.getElementById(first === 'warnings' ? 'warnings-none' : (first ?? 'legs'))?.focus();
	};

	const onReset = () => {
		reset();
		setShown(null);
		setTried(false);
	};

	// "None of these" and a warning sign exclude each other.
	const setWarnings = (next: WarningAnswer[]) => {
		const addedNone = next.includes('none') && !state.warnings.includes('none');
		update({ warnings: addedNone ? ['none'] : next.length > 1 ? next.filter((w) => w !== 'none') : next });
	};

	return (
		<div class="today-quiz" data-pagefind-ignore>
			<form class="today-form no-print" onSubmit={onSubmit} noValidate aria-label="Recovery questions">
				<Choices
					name="warnings"
					legend="Any of these warning signs? (required)"
					hint="Tick any that apply today. They come from our red-flags list."
					multiple
					options={WARNING_ANSWERS}
					labels={WARNING_LABELS}
					value={state.warnings}
					error={errors.warnings}
					disabled={off}
					onChange={setWarnings}
				/>
				<Choices
					name="last"
					legend="What did you do in the last 24 hours?"
					options={LAST_ACTIVITIES}
					labels={LAST_ACTIVITY_LABELS}
					value={state.last ? [state.last] : []}
					disabled={off}
					onChange={([last]) => update({ last: last ?? '' })}
				/>
				<Choices
					name="next"
					legend="What comes next in your training?"
					options={NEXT_UP}
					labels={NEXT_UP_LABELS}
					value={state.next ? [state.next] : []}
					disabled={off}
					onChange={([next]) => update({ next: next ?? '' })}
				/>
				<fieldset>
					<legend>Your legs</legend>
					<TextField
						id="legs"
						label="Leg soreness, 0 to 10"
						hint="0 is fresh, 10 the worst you have felt. Leave empty to skip."
						value={state.legs}
						error={errors.legs}
						disabled={off}
						onInput={(legs) => update({ legs })}
					/>
					<Choices
						name="where"
						legend="Where is it sore or tight?"
						multiple
						options={SORE_REGIONS}
						labels={REGION_LABELS}
						value={state.where}
						disabled={off}
						onChange={(where) => update({ where })}
					/>
				</fieldset>
				<Choices
					name="injury"
					legend="A fresh strain, sprain or knock in the last 48 hours?"
					options={YES_NO}
					labels={YES_NO_LABELS}
					value={state.injury ? [state.injury] : []}
					disabled={off}
					onChange={([injury]) => update({ injury: injury ?? '' })}
				/>
				<fieldset>
					<legend>Sleep and time</legend>
					<TextField
						id="sleep"
						label="Hours slept last night"
						hint="For example 7 or 6.5. Leave empty to skip."
						value={state.sleep}
						error={errors.sleep}
						disabled={off}
						onInput={(sleep) => update({ sleep })}
					/>
					<Choices
						name="time"
						legend="Time for recovery today"
						hint="If you skip this, the plan fits in 5 minutes."
						options={TIME_OPTIONS}
						labels={TIME_LABELS}
						value={state.time ? [state.time] : []}
						disabled={off}
						onChange={([time]) => update({ time: time ?? '' })}
					/>
				</fieldset>
				<Choices
					name="kit"
					legend="What do you have?"
					hint="Methods that need nothing are always included."
					multiple
					options={KIT}
					labels={EQUIPMENT_LABELS}
					value={state.kit}
					disabled={off}
					onChange={(kit) => update({ kit })}
				/>
				<div class="today-actions">
					<button type="submit" class="button" disabled={off}>
						Get my plan
					</button>
					<button type="button" class="button secondary" disabled={off} onClick={onReset}>
						Start again
					</button>
				</div>
			</form>
			<section class="today-result" aria-live="polite" aria-labelledby={shown ? 'today-plan' : undefined}>
				{shown && <TodayQuizPlan plan={shown.plan} headingRef={heading} stale={toQuery(TODAY_CODECS, state) !== shown.query} />}
			</section>
		</div>
	);
}
