/**
 * "Your runs": the runner picks or drops their own activity files; a Web Worker reads them in this
 * browser (nothing is uploaded) and the picture's component loads with the first files. Before
 * that, this island is only the drop zone: the readers, the picture and the words all load on
 * first use. A remembered picture (only if the runner asked for it) is offered back.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SourceLink } from '../../lib/bibliography';
import { ACCEPTED_TEXT, PICTURE_DAYS, RUNS_DB, type FileSummary } from '../../lib/tools/runs/session';
import type { SettingsForm } from '../../lib/tools/runs/form';
import type { PictureProps, readSettings } from './runs/RunsPicture';
import { Choices, NumberText, Step } from './runs/fields';
import './runs/runs.css';

type Props = {
	sources: Record<string, SourceLink>;
	/** The site's public host for the calendar events, or '' when the build had no SITE_URL. */
	site: string;
};

const ACCEPT = '.fit,.gz,.gpx,.tcx,.zip';
/** The picture's first day at local midnight: files before it are listed but outside the picture. */
const pictureStartMs = () => {
	// A date, not clock maths: the Date constructor rolls "day minus 27" over months and years, and
	// keeps this page's first chunk free of the civil-date module the after-race page shares.
	const now = new Date();
	return new Date(now.getFullYear(), now.getMonth(), now.getDate() - (PICTURE_DAYS - 1)).getTime();
};

export default function RunsTool({ sources, site }: Props) {
	const id = `runs${useId()}`;
	const [files, setFiles] = useState<FileSummary[] | null>(null);
	const [efforts, setEfforts] = useState<Record<string, number>>({});
	const [status, setStatus] = useState('');
	const [over, setOver] = useState(false);
	const [busy, setBusy] = useState(false);
	const [remembered, setRemembered] = useState(false);
	const [remember, setRemember] = useState(false);
	const [ready, setReady] = useState(false);
	const [error, setError] = useState('');
	const [picture, setPicture] = useState<{ Picture: ComponentType<PictureProps>; readSettings: typeof readSettings } | null>(null);
	const [settingsForm, setSettingsForm] = useState<SettingsForm>({ age: '', maxHr: '' });
	// The fields' messages come with the picture's module: before any file is read there is nothing to check them for.
	const checked = picture?.readSettings(settingsForm);
	const settingsErrors = checked && !checked.ok ? checked.errors : {};
	const Picture = picture?.Picture;
	const input = useRef<HTMLInputElement>(null);

	const showPicture = async () => {
		const loaded = await import('./runs/RunsPicture');
		setPicture({ Picture: loaded.default, readSettings: loaded.readSettings });
	};

	useEffect(() => {
		setReady(true);
		// Only look into IndexedDB when this page's database exists: looking must not create it.
		if (typeof indexedDB === 'undefined' || !indexedDB.databases) return;
		void indexedDB
			.databases()
			.then((dbs) => setRemembered(dbs.some((d) => d.name === RUNS_DB)))
			.catch(() => undefined);
	}, []);

	const read = async (picked: File[]) => {
		if (busy) return;
		if (picked.length === 0) {
			setError('Choose at least one file first: ' + ACCEPTED_TEXT + '.');
			input.current?.focus();
			return;
		}
		setError('');
		setBusy(true);
		setStatus(`Reading ${picked.length === 1 ? '1 file' : `${picked.length} files`} in this browser…`);
		const worker = new Worker(new URL('./runs/read-worker.ts', import.meta.url), { type: 'module' });
		const [result] = await Promise.all([
			new Promise<{ files: FileSummary[] }>((resolve) => {
				worker.onmessage = (event) => resolve(event.data);
				worker.onerror = () =>
					resolve({
						files: picked.map((f) => ({
							name: f.name,
							format: 'unknown',
							sessions: [],
							notes: [],
							problem: 'This file could not be read.',
						})),
					});
				worker.postMessage({ files: picked, fromMs: pictureStartMs() });
			}),
			showPicture(),
		]);
		worker.terminate();
		const sessions = result.files.reduce((n, f) => n + f.sessions.length, 0);
		setFiles((before) => [...(before ?? []), ...result.files]);
		setStatus(
			`Read ${picked.length === 1 ? '1 file' : `${picked.length} files`}: ${sessions === 1 ? '1 session' : `${sessions} sessions`}.`,
		);
		setBusy(false);
		if (input.current) input.current.value = '';
	};

	const restore = async () => {
		const [{ loadRuns }] = await Promise.all([import('./runs/remember'), showPicture()]);
		const stored = await loadRuns();
		if (!stored) return setStatus('Nothing remembered could be read back; pick your files again.');
		setEfforts(stored.efforts);
		setFiles(stored.files);
		setRemember(true);
		setStatus('Your remembered runs are back.');
	};

	return (
		<div class="tool runs-tool" data-pagefind-ignore>
			<p class="callout js-off-only">Reading your files needs JavaScript; without it, nothing of them can be read on this page.</p>
			<form
				class="tool-form"
				noValidate
				aria-label="Your runs"
				onSubmit={(e) => {
					e.preventDefault();
					void read([...(input.current?.files ?? [])]);
				}}
			>
				<div
					class={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
					onDragOver={(e) => {
						e.preventDefault();
						setOver(true);
					}}
					onDragLeave={() => setOver(false)}
					onDrop={(e) => {
						e.preventDefault();
						setOver(false);
						void read([...(e.dataTransfer?.files ?? [])]);
					}}
				>
					<label for={`${id}-files`} class="drop-zone__label">
						Your activity files
					</label>
					<p id={`${id}-hint`} class="tool-hint">
						{ACCEPTED_TEXT}; several at once, or drop them here. They are read in this browser and never uploaded.
					</p>
					<input
						ref={input}
						id={`${id}-files`}
						type="file"
						multiple
						accept={ACCEPT}
						disabled={!ready || busy}
						aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
						aria-invalid={error ? 'true' : undefined}
						onChange={() => setError('')}
					/>
					{error && (
						<p id={`${id}-error`} class="field-error">
							{error}
						</p>
					)}
				</div>
				<Choices
					id={`${id}-keep`}
					legend="On this device"
					multiple
					options={['remember'] as const}
					labels={{ remember: 'Remember on this device (a summary of each session and your efforts; never a route or a file)' }}
					value={remember ? ['remember'] : []}
					disabled={!ready}
					onChange={(next) => {
						const keep = next.includes('remember');
						setRemember(keep);
						// Unticking forgets what was kept: remembering is a standing choice, not a one-off save.
						if (!keep) void import('./runs/remember').then((m) => m.forgetRuns());
					}}
				/>
				<Step title="About you (optional)" answered={[settingsForm.age, settingsForm.maxHr].filter(Boolean).length}>
					<p class="tool-hint">For heart-rate load. Kept on this page only, never saved or put in a link.</p>
					<NumberText
						id={`${id}-age`}
						label="Age"
						hint="In years: estimates your maximum heart rate if you do not know it."
						value={settingsForm.age}
						error={settingsErrors.age}
						disabled={!ready}
						onInput={(age) => setSettingsForm({ ...settingsForm, age })}
					/>
					<NumberText
						id={`${id}-maxhr`}
						label="Maximum heart rate"
						hint="Beats a minute, from a test or a hard race finish."
						value={settingsForm.maxHr}
						error={settingsErrors.maxHr}
						disabled={!ready}
						onInput={(maxHr) => setSettingsForm({ ...settingsForm, maxHr })}
					/>
				</Step>
				<div class="tool-actions">
					<button type="submit" class="button" disabled={!ready || busy}>
						Read my files
					</button>
					{remembered && !files && (
						<button type="button" class="button secondary" onClick={restore}>
							Show my remembered runs
						</button>
					)}
				</div>
			</form>
			<p class="sr-only" role="status">
				{status}
			</p>
			<div class="tool-result">
				{files && Picture && (
					<Picture
						id={id}
						files={files}
						efforts={efforts}
						setEfforts={setEfforts}
						settingsForm={settingsForm}
						remember={remember}
						sources={sources}
						site={site}
						onForget={() => {
							setFiles(null);
							setEfforts({});
							setRemember(false);
							setRemembered(false);
							setStatus('Your runs are forgotten: nothing of them is kept on this device.');
						}}
					/>
				)}
			</div>
		</div>
	);
}
