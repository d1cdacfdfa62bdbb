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
	ILLNESS,
	ILLNESS_HINT,
	ILLNESS_LABELS,
	MAX_DAYS_AGO,
	NOW_ANSWERS,
	NOW_LABELS,
	UNITS,
	UNIT_LABELS,
	raceDayChoices,
	type AfterRaceForm,
} from '../../lib/tools/after-race/form';
import type { RedFlag } from '../../lib/red-flags';
import ChoiceGroup from './form/ChoiceGroup';
import SelectField from './form/SelectField';
import TextField from './form/TextField';
import ToolForm, { Fold } from './form/ToolForm';
import { useToolForm } from './form/useToolForm';
import './form/tool-form.css';

type Props = {
	headingLevel?: 2 | 3;
	sources: Record<string, SourceLink>;
	/** Grades of the recovery methods the timeline names, from their guides. */
	methods: Record<string, MethodGrade>;
	flags: Pick<RedFlag, 'id' | 'title' | 'urgency' | 'action'>[];
	/** The site's public host for the calendar events, or '' when the build had no SITE_URL. */
	site: string;
};

const withToday = (form: AfterRaceForm): AfterRaceForm => ({ ...form, today: formatIsoDate(fromDayNumber(localToday())) });

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
		// The calendar file and the `ics` library behind it load only now.
		const [{ saveCalendar }, { CALENDAR_NAME, PRODUCT_ID, calendarEvents }] = await Promise.all([
			import('./calendar-file'),
			import('../../lib/tools/after-race/calendar'),
		]);
		if (!saveCalendar(calendarEvents(f.result, site), { productId: PRODUCT_ID, calName: CALENDAR_NAME }, 'after-the-race.ics'))
			setCalendarError('The calendar file could not be made; the plan above still stands.');
	};

	return (
		<ToolForm
			tool={f}
			label="After-race timeline"
			submitLabel="Show my timeline"
			resultNoun="timeline"
			withoutScript={
				<>
					The timeline needs JavaScript. The <a href="/after-the-race/">after-the-race guide</a> explains the same days by distance.
				</>
			}
			result={
				f.result &&
				f.logic &&
				f.Result && (
					<f.Result
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
					</f.Result>
				)
			}
		>
			<ChoiceGroup {...f.oneOf('distance')} legend="Race distance (required)" options={DISTANCES} labels={DISTANCE_LABELS} />
			{typed && (
				<fieldset>
					<legend>{form.distance === 'ultra' ? 'Ultra distance (optional)' : 'Distance (required)'}</legend>
					<ChoiceGroup {...f.oneOf('unit')} legend="Unit" options={UNITS} labels={UNIT_LABELS} inline />
					<TextField
						{...f.textField('km')}
						label={`Distance (${form.unit})`}
						hint={form.distance === 'ultra' ? 'Without it, 50 km is used.' : 'For example 30 or 15.5.'}
					/>
				</fieldset>
			)}
			<SelectField
				{...f.textField('raceDay')}
				label="Race day (required)"
				hint={`The day you raced: today or up to ${MAX_DAYS_AGO / 7} weeks ago.`}
				placeholder="Choose the day"
				options={raceDayChoices(form.today, form.raceDay)}
			/>
			<ChoiceGroup {...f.oneOf('effort')} legend="How hard was it?" options={EFFORTS} labels={EFFORT_LABELS} />
			<Fold title="About you (optional)" answered={f.answered(['age', 'weekly'])}>
				<TextField {...f.textField('age')} label="Age" hint="In years." />
				<TextField {...f.textField('weekly')} label={`Usual weekly running (${form.unit})`} hint="Before the race taper." />
			</Fold>
			<ChoiceGroup
				{...f.anyOf('now')}
				legend="How are things now?"
				none="none"
				options={NOW_ANSWERS}
				labels={NOW_LABELS}
				hint="This answer stays on this page: it is never saved or put in the link."
			/>
			<ChoiceGroup
				{...f.oneOf('ill')}
				legend="Have you been ill in the last two weeks?"
				options={ILLNESS}
				labels={ILLNESS_LABELS}
				hint={ILLNESS_HINT}
				inline
			/>
		</ToolForm>
	);
}
