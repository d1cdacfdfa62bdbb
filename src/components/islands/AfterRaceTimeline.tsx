/**
 * The after-race timeline island: the form kit over src/lib/tools/after-race (which documents how
 * the days are worked out and on what). "How things are now" is a health answer and stays in
 * memory on this page. The calendar file is made by the `ics` library, loaded only when asked for.
 */
import { useId, useState } from 'preact/hooks';
import type { SourceLink } from '../../lib/bibliography';
import { formatIsoDate, fromDayNumber, localToday } from '../../lib/civil-date';
import type { MethodGrade } from '../../lib/tools/after-race/describe';
import {
	AFTER_RACE_SHAPE,
	DISTANCES,
	DISTANCE_LABELS,
	EFFORTS,
	EFFORT_LABELS,
	NOW_ANSWERS,
	NOW_LABELS,
	UNITS,
	UNIT_LABELS,
	type AfterRaceForm,
} from '../../lib/tools/after-race/form';
import type { RedFlag } from '../../lib/red-flags';
import ChoiceGroup from './form/ChoiceGroup';
import TextField from './form/TextField';
import ToolErrors from './form/ToolErrors';
import ToolResult from './form/ToolResult';
import { useToolForm } from './form/useToolForm';
import './form/tool-form.css';

type Props = {
	headingLevel?: 2 | 3;
	sources: Record<string, SourceLink>;
	/** Grades of the recovery methods the timeline names, from their guides. */
	methods: Record<string, MethodGrade>;
	flags: Pick<RedFlag, 'id' | 'title'>[];
	/** The site's address, for the calendar events' ids. */
	site: string;
};

const iso = (dayNumber: number) => formatIsoDate(fromDayNumber(dayNumber));
const withToday = (form: AfterRaceForm): AfterRaceForm => ({ ...form, today: iso(localToday()) });

export default function AfterRaceTimeline({ headingLevel = 2, sources, methods, flags, site }: Props) {
	const f = useToolForm(AFTER_RACE_SHAPE, `ar${useId()}`, {
		logic: () => import('../../lib/tools/after-race/logic').then((m) => m.afterRaceLogic),
		withContext: withToday,
	});
	const [calendarError, setCalendarError] = useState('');
	const { form } = f;
	const typed = form.distance === 'other' || form.distance === 'ultra';

	const download = async () => {
		if (!f.result || f.result.kind !== 'timeline') return;
		// The calendar format (RFC 5545) comes from the `ics` library, loaded only now.
		const [{ createEvents }, { CALENDAR_NAME, PRODUCT_ID, calendarEvents }] = await Promise.all([
			import('ics'),
			import('../../lib/tools/after-race/calendar'),
		]);
		const { error, value } = createEvents(calendarEvents(f.result, site), { productId: PRODUCT_ID, calName: CALENDAR_NAME });
		if (error || !value) return setCalendarError('The calendar file could not be made; the plan above still stands.');
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([value], { type: 'text/calendar' }));
		link.download = 'after-the-race.ics';
		link.click();
		URL.revokeObjectURL(link.href);
	};

	return (
		<div class="tool" data-pagefind-ignore>
			<p class="callout js-off-only">
				The timeline needs JavaScript. The <a href="/after-the-race/">after-the-race guide</a> explains the same days by distance.
			</p>
			<form ref={f.formRef} class="tool-form" noValidate aria-label="After-race timeline" onSubmit={f.submit} {...f.prefetch}>
				<ChoiceGroup
					id={f.id('distance')}
					field="distance"
					legend="Race distance (required)"
					options={DISTANCES}
					labels={DISTANCE_LABELS}
					value={form.distance ? [form.distance] : []}
					error={f.errorFor('distance')}
					disabled={f.disabled}
					onChange={([distance]) => distance && f.set({ distance })}
				/>
				{typed && (
					<fieldset>
						<legend>{form.distance === 'ultra' ? 'Ultra distance (optional)' : 'Distance (required)'}</legend>
						<ChoiceGroup
							id={f.id('unit')}
							field="unit"
							legend="Unit"
							options={UNITS}
							labels={UNIT_LABELS}
							value={[form.unit]}
							inline
							disabled={f.disabled}
							onChange={([unit]) => unit && f.set({ unit })}
						/>
						<TextField
							id={f.id('km')}
							field="km"
							label={`Distance (${form.unit})`}
							hint={form.distance === 'ultra' ? 'Without it, 50 km is used.' : 'For example 30 or 15.5.'}
							value={form.km}
							error={f.errorFor('km')}
							disabled={f.disabled}
							onInput={(km) => f.set({ km })}
						/>
					</fieldset>
				)}
				<TextField
					id={f.id('raceDay')}
					field="raceDay"
					type="date"
					label="Race day (required)"
					hint="The day you raced: today or up to 8 weeks ago."
					value={form.raceDay}
					error={f.errorFor('raceDay')}
					disabled={f.disabled}
					onInput={(raceDay) => f.set({ raceDay })}
				>
					<p class="tool-actions">
						<button type="button" class="button secondary" disabled={f.disabled} onClick={() => f.set({ raceDay: iso(localToday()) })}>
							Today
						</button>
						<button type="button" class="button secondary" disabled={f.disabled} onClick={() => f.set({ raceDay: iso(localToday() - 1) })}>
							Yesterday
						</button>
					</p>
				</TextField>
				<ChoiceGroup
					id={f.id('effort')}
					field="effort"
					legend="How hard was it?"
					options={EFFORTS}
					labels={EFFORT_LABELS}
					value={[form.effort]}
					disabled={f.disabled}
					onChange={([effort]) => effort && f.set({ effort })}
				/>
				<details class="tool-step">
					<summary>About you (optional)</summary>
					<TextField
						id={f.id('age')}
						field="age"
						label="Age"
						hint="In years."
						value={form.age}
						error={f.errorFor('age')}
						disabled={f.disabled}
						onInput={(age) => f.set({ age })}
					/>
					<TextField
						id={f.id('weekly')}
						field="weekly"
						label={`Usual weekly running (${form.unit})`}
						hint="Before the race taper."
						value={form.weekly}
						error={f.errorFor('weekly')}
						disabled={f.disabled}
						onInput={(weekly) => f.set({ weekly })}
					/>
				</details>
				<ChoiceGroup
					id={f.id('now')}
					field="now"
					legend="How are things now?"
					multiple
					none="none"
					options={NOW_ANSWERS}
					labels={NOW_LABELS}
					value={form.now}
					disabled={f.disabled}
					onChange={(now) => f.set({ now })}
					hint="This answer stays on this page: it is never saved or put in the link."
				/>
				<div class="tool-actions">
					<button type="submit" class="button" disabled={f.disabled}>
						Show my timeline
					</button>
					<button type="button" class="button secondary" disabled={f.disabled} onClick={f.reset}>
						Start again
					</button>
				</div>
				<ToolErrors errors={f.errors} order={AFTER_RACE_SHAPE.fieldOrder} fieldId={f.id} />
			</form>
			<p class="sr-only" role="status">
				{f.announcement}
			</p>
			<div class="tool-result">
				{f.result && f.logic && (
					<ToolResult
						id={f.id('result')}
						shareNote={f.shareNote}
						title="Your recovery timeline"
						description={f.logic.describe(f.result, { methods, flags })}
						sources={sources}
						level={headingLevel}
						headingRef={f.headingRef}
					>
						{f.result.kind === 'timeline' && (
							<p class="tool-actions no-print">
								<button type="button" class="button secondary" onClick={download}>
									Add to my calendar (.ics)
								</button>
								<button type="button" class="button secondary" onClick={() => window.print()}>
									Print
								</button>
								{calendarError && <span class="field-error">{calendarError}</span>}
							</p>
						)}
					</ToolResult>
				)}
			</div>
			{f.stale && (
				<p class="tool-stale callout">You have changed your answers since this timeline: press “Show my timeline” to update it.</p>
			)}
		</div>
	);
}
