/**
 * The picture from the runner's files (loaded with the first files): what each file held, the
 * 28-day load in one unit with a chart and its table, this week against the usual, races to
 * confirm, the quiz filled from the files, the week ahead as a calendar, "Remember on this
 * device", and how every number was worked out. The rules are in src/lib/tools/runs.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SourceLink } from '../../../lib/bibliography';
import { formatDayShort, formatIsoDate, fromDayNumber, localToday, parseIsoDate, toDayNumber } from '../../../lib/civil-date';
import { afterRaceHref, todayHref } from '../../../lib/situation/links';
import {
	DISTANCE_UNITS,
	DISTANCE_UNIT_LABELS,
	EFFORTS,
	EFFORT_LABELS,
	RACES,
	RACE_LABELS,
	type Effort,
	type Race,
} from '../../../lib/situation/races';
import { unitForLocale, type DistanceUnit } from '../../../lib/tools/runs/units';
import {
	countsText,
	hardBecause,
	quizAnswers,
	sessionText,
	sessionWorkings,
	weekWords,
	type ConfirmedRace,
} from '../../../lib/tools/runs/describe';
import { LOAD_UNIT_LABELS, type LoadUnit } from '../../../lib/tools/runs/load';
import { PICTURE_DAYS, picture, type PictureSession } from '../../../lib/tools/runs/picture';
import type { FileSummary } from '../../../lib/tools/runs/session';
import { readSettings, type SettingsForm } from '../../../lib/tools/runs/form';

/** Loaded with the picture, so the page's first chunk does not carry the rules that check the fields. */
export { readSettings };
import { PLANNED, PLANNED_LABELS, WEEK_AHEAD, WEEK_CALENDAR, weekEvents, weekPlan, type Planned } from '../../../lib/tools/runs/week';
import { Choices } from './fields';
import RunsChart from './RunsChart';

export type PictureProps = {
	id: string;
	files: FileSummary[];
	efforts: Record<string, number>;
	setEfforts: (e: Record<string, number>) => void;
	/** Age and maximum heart rate as typed in the form (optional). */
	settingsForm: SettingsForm;
	/** "Remember on this device" is ticked: keep the summaries and efforts in IndexedDB as they change. */
	remember: boolean;
	sources: Record<string, SourceLink>;
	site: string;
	onForget: () => void;
};

const EFFORT_VALUES = ['', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
const when = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
});
const iso = (day: number) => formatIsoDate(fromDayNumber(day));
const dayOf = (ms: number) => localToday(new Date(ms));

export default function RunsPicture({ id, files, efforts, setEfforts, settingsForm, remember, sources, site, onForget }: PictureProps) {
	const realToday = localToday();
	// The picture ends today, unless every file is older and the runner asks for the 28 days that end with the newest.
	const [endDay, setEndDay] = useState<number | undefined>();
	const today = endDay ?? realToday;
	const [unit, setUnit] = useState<DistanceUnit>(() => unitForLocale(navigator.language));
	const [loadUnit, setLoadUnit] = useState<LoadUnit | undefined>();
	const [race, setRace] = useState<(ConfirmedRace & { sessionId: string }) | undefined>();
	const [draft, setDraft] = useState<{ sessionId: string; race: Race; date: string; effort: Effort } | undefined>();
	const [week, setWeek] = useState<Planned[]>(() => Array.from({ length: WEEK_AHEAD }, () => 'easy'));
	const [calendarError, setCalendarError] = useState('');

	const heading = useRef<HTMLHeadingElement>(null);
	// New files or a remembered picture: the reader's focus goes to what they now hold.
	useEffect(() => heading.current?.focus(), [files]);

	const read = readSettings(settingsForm);
	// A field with a message counts as not given until it is put right (the message is at the field).
	const settings = read.ok ? read.settings : { maxHrEstimated: false };
	const sessions: PictureSession[] = useMemo(
		() =>
			files.flatMap((f, fi) =>
				f.sessions.map((s, si) => {
					const sid = `${fi}.${si}`;
					return { ...s, id: sid, day: dayOf(s.start), ...(efforts[sid] !== undefined ? { effort: efforts[sid] } : {}) };
				}),
			),
		[files, efforts],
	);
	const p = picture({ sessions, today, maxHr: settings.maxHr, unit: loadUnit });
	const byId = new Map(sessions.map((s) => [s.id, s]));
	const words = weekWords(p);
	const answers = quizAnswers(sessions, p, Date.now(), realToday, race, settings.maxHr);
	const lastHeavy = endDay === undefined && (p.daysSinceHard === 0 || p.longRuns.some((sid) => byId.get(sid)!.day === today));
	const plan = weekPlan(realToday + 1, week, lastHeavy);
	const newest = sessions.length ? Math.max(...sessions.map((s) => s.day)) : undefined;

	useEffect(() => {
		if (!remember) return;
		void import('./remember').then(({ saveRuns }) => saveRuns({ v: 1, files, efforts }));
	}, [remember, files, efforts]);

	const forget = async () => {
		const { forgetRuns } = await import('./remember');
		await forgetRuns();
		onForget();
	};

	const download = async () => {
		const { saveCalendar } = await import('../calendar-file');
		if (!saveCalendar(weekEvents(plan, site), { productId: WEEK_CALENDAR.productId, calName: WEEK_CALENDAR.name }, 'my-training-week.ics'))
			setCalendarError('The calendar file could not be made; the week above still stands.');
	};

	const sessionLine = (s: PictureSession) => sessionText(s, unit, when.format);
	const outside = new Set(p.outside);

	return (
		<div class="runs-picture">
			<section aria-labelledby={`${id}-files-h`}>
				<h2 id={`${id}-files-h`} ref={heading} tabIndex={-1}>
					What your files hold
				</h2>
				<Choices
					id={`${id}-unit`}
					legend="Distances in"
					options={DISTANCE_UNITS}
					labels={DISTANCE_UNIT_LABELS}
					value={[unit]}
					disabled={false}
					onChange={([u]) => u && setUnit(u)}
					inline
				/>
				<ul class="runs-files">
					{files.map((f, fi) => (
						<li key={`${fi}-${f.name}`}>
							<p class="runs-file-name">{f.name}</p>
							{f.problem && <p class="runs-problem">{f.problem}</p>}
							{f.notes.map((n) => (
								<p class="tool-hint" key={n}>
									{n}
								</p>
							))}
							{f.sessions.length > 0 && (
								<ul>
									{f.sessions.map((_, si) => {
										const s = byId.get(`${fi}.${si}`)!;
										return (
											<li key={s.id}>
												<p>
													{sessionLine(s)}
													{outside.has(s.id) && <strong class="runs-outside"> Outside the {PICTURE_DAYS}-day picture.</strong>}
												</p>
												<label class="runs-effort">
													How hard did it feel? (0-10, optional){' '}
													<select
														value={s.effort === undefined ? '' : String(s.effort)}
														onChange={(e) => {
															const v = e.currentTarget.value;
															const next = { ...efforts };
															if (v === '') delete next[s.id];
															else next[s.id] = Number(v);
															setEfforts(next);
														}}
													>
														{EFFORT_VALUES.map((v) => (
															<option value={v} key={v}>
																{v === '' ? 'Not given' : v}
															</option>
														))}
													</select>
												</label>
											</li>
										);
									})}
								</ul>
							)}
						</li>
					))}
				</ul>
			</section>

			<section aria-labelledby={`${id}-picture-h`}>
				<h2 id={`${id}-picture-h`}>Your last {PICTURE_DAYS} days</h2>
				{endDay !== undefined && (
					<p>
						This picture ends on {formatDayShort(endDay)}, the day of your newest file, not today.{' '}
						<button type="button" class="button secondary" onClick={() => setEndDay(undefined)}>
							End it today
						</button>
					</p>
				)}
				{p.inside.length === 0 ? (
					<>
						<p>None of your sessions is from the last {PICTURE_DAYS} days: the picture ends today.</p>
						{newest !== undefined && newest < today && (
							<p class="tool-actions">
								<button type="button" class="button secondary" onClick={() => setEndDay(newest)}>
									Show the {PICTURE_DAYS} days that end on {formatDayShort(newest)}, your newest file
								</button>
							</p>
						)}
					</>
				) : (
					<>
						<p>{countsText(p)}.</p>
						<Choices
							id={`${id}-load`}
							legend="Count load as"
							hint="Only the units every session in the picture has; different units are never added together."
							options={p.units}
							labels={LOAD_UNIT_LABELS}
							value={[p.unit]}
							disabled={false}
							onChange={([u]) => setLoadUnit(u)}
						/>
						<RunsChart id={id} days={p.days} unit={p.unit} />
						<dl class="runs-week">
							<dt>This week (the last 7 days)</dt>
							<dd>{words.thisWeek}</dd>
							<dt>Your usual week (the mean of the 3 weeks before)</dt>
							<dd>{words.usual}</dd>
						</dl>
						<p>{words.sentence}</p>
						<h3>Long runs and hard sessions</h3>
						<ul>
							{p.longRuns.map((sid) => (
								<li key={`l${sid}`}>Long run: {sessionLine(byId.get(sid)!)}</li>
							))}
							{p.hard.map((sid) => (
								<li key={`h${sid}`}>
									Hard: {sessionLine(byId.get(sid)!)}, because {hardBecause(byId.get(sid)!, settings.maxHr, p.usualSpeed)}
								</li>
							))}
							{p.longRuns.length + p.hard.length === 0 && <li>None in the last {PICTURE_DAYS} days.</li>}
						</ul>
						<p>
							{p.daysSinceHard === undefined
								? 'No hard session in the picture.'
								: p.daysSinceHard === 0
									? 'Your last hard session was today.'
									: `Days since your last hard session: ${p.daysSinceHard}.`}
						</p>
					</>
				)}
			</section>

			{p.maybeRaces.length > 0 && (
				<section aria-labelledby={`${id}-race-h`}>
					<h2 id={`${id}-race-h`}>Was one of these a race?</h2>
					<p class="tool-hint">A run about a race’s distance, faster than your usual. Nothing counts as a race until you say so.</p>
					{p.maybeRaces.map(({ id: sid, race: r }) => {
						const s = byId.get(sid)!;
						const open = draft?.sessionId === sid;
						return (
							<div key={sid} class="runs-race">
								<p>{sessionLine(s)}</p>
								{race?.sessionId === sid ? (
									<p>
										Confirmed: {RACE_LABELS[race.race]} on {formatDayShort(race.day)}, {EFFORT_LABELS[race.effort].toLowerCase()}.{' '}
										<a href={afterRaceHref({ distance: race.race, raceDay: iso(race.day), effort: race.effort })}>
											Open the after-race timeline
										</a>
									</p>
								) : open ? (
									<fieldset>
										<legend>The race</legend>
										<label>
											Distance{' '}
											<select value={draft.race} onChange={(e) => setDraft({ ...draft, race: e.currentTarget.value as Race })}>
												{RACES.map((x) => (
													<option value={x} key={x}>
														{RACE_LABELS[x]}
													</option>
												))}
											</select>
										</label>{' '}
										<label>
											Date <input type="date" value={draft.date} onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })} />
										</label>{' '}
										<label>
											Effort{' '}
											<select value={draft.effort} onChange={(e) => setDraft({ ...draft, effort: e.currentTarget.value as Effort })}>
												{EFFORTS.map((x) => (
													<option value={x} key={x}>
														{EFFORT_LABELS[x]}
													</option>
												))}
											</select>
										</label>
										<p class="tool-actions">
											<button
												type="button"
												class="button"
												onClick={() => {
													const date = parseIsoDate(draft.date);
													setRace({ sessionId: sid, race: draft.race, effort: draft.effort, day: date ? toDayNumber(date) : s.day });
													setDraft(undefined);
												}}
											>
												Confirm the race
											</button>
										</p>
									</fieldset>
								) : (
									<p class="tool-actions">
										<button
											type="button"
											class="button secondary"
											onClick={() => setDraft({ sessionId: sid, race: r, date: iso(s.day), effort: 'all-out' })}
										>
											Yes, it was a race
										</button>
									</p>
								)}
							</div>
						);
					})}
				</section>
			)}

			<section aria-labelledby={`${id}-today-h`}>
				<h2 id={`${id}-today-h`}>Today’s plan from your files</h2>
				<p>
					The quiz opens with what your files say about your training filled in: the last 24 hours
					{answers.racedAgo !== undefined ? ' and your race' : ''}. You can change any of them, and its plan says which came from your
					files. It always asks the health questions itself: illness and warning signs come before anything your files suggest.
				</p>
				<p class="tool-actions">
					<a class="button" href={todayHref(answers)}>
						Use in today’s plan
					</a>
				</p>
			</section>

			<section aria-labelledby={`${id}-week-h`}>
				<h2 id={`${id}-week-h`}>Your week ahead</h2>
				<p class="tool-hint">
					Say what each day holds and recovery is placed around it (this site’s rules of thumb; each links to its guide).
				</p>
				<ol class="runs-week-plan">
					{plan.map((d, i) => (
						<li key={d.day}>
							<label>
								{formatDayShort(d.day)}{' '}
								<select value={d.planned} onChange={(e) => setWeek(week.map((w, j) => (j === i ? (e.currentTarget.value as Planned) : w)))}>
									{PLANNED.map((x) => (
										<option value={x} key={x}>
											{PLANNED_LABELS[x]}
										</option>
									))}
								</select>
							</label>
							<ul>
								{d.recovery.map((r) => (
									<li key={r.text}>
										<a href={r.href}>{r.text}</a>
									</li>
								))}
								{d.note && <li class="runs-note">{d.note}</li>}
							</ul>
						</li>
					))}
				</ol>
				<p class="tool-actions">
					<button type="button" class="button secondary" onClick={download}>
						Add the week to my calendar (.ics)
					</button>
					{calendarError && <span class="field-error">{calendarError}</span>}
				</p>
			</section>

			<section aria-labelledby={`${id}-keep-h`}>
				<h2 id={`${id}-keep-h`}>On this device</h2>
				<p>
					{remember
						? 'A summary of each session and your efforts are kept on this device, as you asked.'
						: 'Nothing of your runs is kept on this device: tick “Remember on this device” above the picture to keep a summary.'}
				</p>
				<p class="tool-actions">
					<button type="button" class="button secondary" onClick={forget}>
						Forget my runs
					</button>
				</p>
			</section>

			<section aria-labelledby={`${id}-how-h`}>
				<h2 id={`${id}-how-h`}>How this was worked out</h2>
				{sessions.map((s) => (
					<details key={s.id}>
						<summary>{sessionLine(s)}</summary>
						<table>
							<thead>
								<tr>
									<th scope="col">Number</th>
									<th scope="col">Value</th>
									<th scope="col">Formula</th>
									<th scope="col">Inputs</th>
									<th scope="col">Constants</th>
									<th scope="col">Sources</th>
								</tr>
							</thead>
							<tbody>
								{sessionWorkings(s, settings, p.usualSpeed, unit).map((w) => (
									<tr key={w.what}>
										<th scope="row">{w.what}</th>
										<td>{w.value}</td>
										<td>{w.formula}</td>
										<td>{w.inputs}</td>
										<td>{w.constants}</td>
										<td>
											{w.sources.length === 0
												? 'This site’s rule of thumb'
												: w.sources.map((src) => (
														<a key={src} href={sources[src]?.url ?? `/evidence/#ref-${src}`}>
															{sources[src]?.label ?? src}
														</a>
													))}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</details>
				))}
			</section>
		</div>
	);
}
