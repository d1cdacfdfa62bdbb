/**
 * "What should I do today?": the quiz island, the form kit over src/lib/tools/today (which documents
 * what is asked and how the plan is made). The questions come in short, folding steps, safety
 * first. Warning signs and health answers stay in memory on this page. The guides arrive as a
 * compact index fetched with the rules on first touch (/tools/today/guides.json), so the page is
 * the same size at any guide count; the titles and doses of the few methods a plan picks are
 * fetched from /tools/today/m/<slug>.json.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { SourceLink } from '../../lib/bibliography';
import {
	BODY_REGIONS,
	FEELINGS,
	FEELING_LABELS,
	FINISHED,
	FINISHED_LABELS,
	HEALTH_ANSWERS,
	HEALTH_LABELS,
	ILLNESS,
	ILLNESS_HINT,
	ILLNESS_LABELS,
	KIT,
	LAST_ACTIVITIES,
	LAST_ACTIVITY_LABELS,
	NEXT_UP,
	NEXT_UP_LABELS,
	RACE_DISTANCES,
	RACE_DISTANCE_LABELS,
	TIME_LABELS,
	TIME_OPTIONS,
	WARNING_ANSWERS,
	WARNING_LABELS,
	TODAY_GUIDES_URL,
	TODAY_SHAPE,
	methodDetailsUrl,
	YES_NO,
	YES_NO_LABELS,
	type BodyRegion,
	type TodayForm,
} from '../../lib/tools/today/form';
import type { MethodDetails } from '../../lib/tools/today/guide-index';
import { fetchJson } from './fetch-json';
import { EQUIPMENT_LABELS, REGION_LABELS } from '../../lib/vocabulary';
import ChoiceGroup from './form/ChoiceGroup';
import TextField from './form/TextField';
import ToolForm, { Fold } from './form/ToolForm';
import { useToolForm } from './form/useToolForm';
import './form/tool-form.css';

type Props = {
	sources: Record<string, SourceLink>;
};

/** Titles and doses for the methods a plan picked; what is already here is not fetched again. */
function useDetails(slugs: readonly string[]) {
	const [details, setDetails] = useState<Record<string, MethodDetails>>({});
	const [failed, setFailed] = useState(false);
	const key = slugs.join(',');
	useEffect(() => {
		const missing = slugs.filter((s) => !details[s]);
		if (missing.length === 0) return;
		Promise.all(missing.map((s) => fetchJson(methodDetailsUrl(s)) as Promise<MethodDetails>))
			.then((found) => setDetails((d) => ({ ...d, ...Object.fromEntries(missing.map((s, i) => [s, found[i]!])) })))
			.catch(() => setFailed(true));
	}, [key]); // eslint-disable-line react-hooks/exhaustive-deps
	return { details, ready: slugs.every((s) => details[s]), failed };
}

export default function TodayQuiz({ sources }: Props) {
	const f = useToolForm(TODAY_SHAPE, `tq${useId()}`, {
		// The rules and the guide index they decide from load together on first touch; the index's
		// version is checked, and a stale one fetched again or the page reloaded (logic.ts).
		logic: () =>
			Promise.all([import('../../lib/tools/today/logic'), fetchJson(TODAY_GUIDES_URL)]).then(([m, first]) =>
				m.loadTodayLogic({ first, fetchJson, reload: () => location.reload(), storage: sessionStorage }),
			),
	});
	const { form } = f;
	// The address as the page opened, before the form rewrites it: it may say which answers came from files.
	const [opened] = useState(() => (typeof location === 'undefined' ? '' : location.search));
	const chosen = f.result?.kind === 'recover' ? f.result.choice.chosen.map((r) => r.m.slug) : [];
	const { details, ready, failed } = useDetails(chosen);

	const radio = <T extends string>(
		field: keyof TodayForm & string,
		legend: string,
		options: readonly T[],
		labels: Record<T, string>,
		hint?: string,
	) => <ChoiceGroup {...f.oneOf(field)} legend={legend} hint={hint} options={options} labels={labels} />;
	const text = (field: 'legs' | 'sleep' | 'age' | 'raceIn' | 'racedAgo' | 'wake', label: string, hint: string) => (
		<TextField {...f.textField(field)} label={label} hint={hint} inputmode={field === 'wake' ? 'text' : 'decimal'} />
	);
	const ticked = Object.keys(form.where) as BodyRegion[];
	const showDistance = Boolean(form.racedAgo || form.last === 'race');

	return (
		<ToolForm
			tool={f}
			label="Recovery questions"
			submitLabel="Get my plan"
			resultNoun="plan"
			result={
				f.result &&
				f.logic &&
				f.Result &&
				(ready || failed) && (
					<f.Result
						id={f.id('result')}
						shareNote={f.shareNote}
						title="Your plan for today"
						description={f.logic.describe(f.result, { details, search: opened })}
						sources={sources}
						level={2}
						headingRef={f.headingRef}
					>
						{failed && !ready && <p class="field-error">Some method details could not be loaded; their guides have the doses.</p>}
					</f.Result>
				)
			}
		>
			<fieldset>
				<legend>Safety first (required)</legend>
				<p class="tool-privacy">Never saved or put in the link.</p>
				<ChoiceGroup
					{...f.anyOf('warnings')}
					legend="Any of these warning signs today?"
					none="none"
					options={WARNING_ANSWERS}
					labels={WARNING_LABELS}
					hint="Any one of them replaces the plan."
				/>
				<ChoiceGroup
					{...f.anyOf('health')}
					legend="Does any of these apply to you?"
					none="none"
					options={HEALTH_ANSWERS}
					labels={HEALTH_LABELS}
					hint="Methods not safe with these are left out."
				/>
				<ChoiceGroup
					{...f.oneOf('ill')}
					legend="Have you been ill in the last two weeks?"
					options={ILLNESS}
					labels={ILLNESS_LABELS}
					hint={ILLNESS_HINT}
					inline
				/>
			</fieldset>
			<Fold
				title="Your training"
				answered={f.answered([
					'last',
					form.last !== 'rest' && 'finished',
					'next',
					'raceIn',
					'racedAgo',
					showDistance && 'raceDistance',
					'age',
				])}
			>
				{radio('last', 'What did you do in the last 24 hours?', LAST_ACTIVITIES, LAST_ACTIVITY_LABELS)}
				{form.last && form.last !== 'rest' && radio('finished', 'When did you finish it?', FINISHED, FINISHED_LABELS)}
				{radio('next', 'What comes next in your training?', NEXT_UP, NEXT_UP_LABELS)}
				{text('raceIn', 'Days until your next race', 'Optional. 1 for tomorrow, 0 for today.')}
				{text('racedAgo', 'Days since your last race', 'Optional. 0 if you raced today.')}
				{showDistance && radio('raceDistance', 'How far was that race?', RACE_DISTANCES, RACE_DISTANCE_LABELS)}
				{text('age', 'Age', 'Optional. It changes sleep need and recovery after races.')}
			</Fold>
			<Fold title="How you feel" answered={f.answered(['legs', 'where', 'injury', form.injury === 'yes' && 'weight'])}>
				{text('legs', 'Leg soreness, 0 to 10', '0 is fresh, 10 the worst you have felt. Leave empty to skip.')}
				<ChoiceGroup
					{...f.choiceGroup('where')}
					legend="Where is it sore, tight or painful?"
					multiple
					options={BODY_REGIONS}
					labels={REGION_LABELS}
					value={ticked}
					onChange={(regions) => f.set({ where: Object.fromEntries(regions.map((r) => [r, form.where[r] ?? 'sore'])) })}
				/>
				{ticked
					.filter((r) => r !== 'skin')
					.map((r) => (
						<ChoiceGroup
							key={r}
							{...f.choiceGroup(`feel-${r}`)}
							legend={`${REGION_LABELS[r]}: how does it feel?`}
							options={FEELINGS}
							labels={FEELING_LABELS}
							value={[form.where[r] ?? 'sore']}
							onChange={([v]) => v && f.set({ where: { ...form.where, [r]: v } })}
						/>
					))}
				{radio('injury', 'A fresh strain, sprain or knock in the last 48 hours?', YES_NO, YES_NO_LABELS)}
				{form.injury === 'yes' &&
					radio(
						'weight',
						'Can you take four steps on it?',
						YES_NO,
						YES_NO_LABELS,
						'If not, it needs checking today (this answer is not saved).',
					)}
			</Fold>
			<Fold title="Sleep, time and kit" answered={f.answered(['sleep', 'wake', 'time', 'kit'])}>
				{text('sleep', 'Hours slept last night', 'For example 7 or 6.5.')}
				{text('wake', 'Wake-up time tomorrow', 'Optional, for a lights-out time. For example 06:30.')}
				{radio(
					'time',
					'Time for recovery today',
					TIME_OPTIONS,
					TIME_LABELS,
					`If you skip this, the plan fits in ${TIME_LABELS[TIME_OPTIONS[0]]}.`,
				)}
				<ChoiceGroup
					{...f.anyOf('kit')}
					legend="What do you have?"
					options={KIT}
					labels={EQUIPMENT_LABELS}
					hint="Methods that need nothing are always included."
				/>
			</Fold>
		</ToolForm>
	);
}
