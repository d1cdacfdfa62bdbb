/**
 * "Your runs" by label and role: the form before any file (the file field first in the tab order,
 * so the drop zone works by keyboard; a press of "Read my files" with nothing chosen puts the
 * message at the field and focus on it), and the picture for a set of sessions: its heading takes
 * focus, an effort changes the unit, a race is a race only once confirmed, the quiz link carries
 * only the quiz's own answers, the fields' messages sit at the fields. The worker is not run here
 * (the e2e layer reads real files through it); the picture gets its sessions as props.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import RunsTool from '../../src/components/islands/RunsTool';
import RunsPicture from '../../src/components/islands/runs/RunsPicture';
import type { FileSummary, RunSession } from '../../src/lib/tools/runs/session';
import { allStorage } from './support';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
	vi.useRealTimers();
	localStorage.clear();
});

describe('the form, before any file', () => {
	test('the file field is labelled and comes first by keyboard; "Read my files" with nothing chosen puts the message at the field and focus on it', async () => {
		render(<RunsTool sources={{}} site="" />);
		const field = screen.getByLabelText('Your activity files');
		await waitFor(() => expect(screen.getByRole('button', { name: 'Read my files' })).toBeEnabled());
		const focusable = [...document.querySelectorAll<HTMLElement>('input, button, select, summary, a[href]')].filter(
			(el) => !el.hasAttribute('disabled'),
		);
		expect(focusable[0]).toBe(field);
		expect(field.getAttribute('accept')).toBe('.fit,.gz,.gpx,.tcx,.zip');
		fireEvent.click(screen.getByRole('button', { name: 'Read my files' }));
		await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
		expect(document.activeElement).toBe(field);
		const message = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[1]!)!;
		expect(message.textContent).toMatch(/^Choose at least one file first: \.fit, \.fit\.gz, \.gpx/);
		expect(allStorage()).toBe('');
	});

	test('"About you" is an optional fold, and "Remember on this device" is unticked', () => {
		render(<RunsTool sources={{}} site="" />);
		expect(screen.getByText('About you (optional)').tagName).toBe('SUMMARY');
		expect(screen.getByLabelText('Age')).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /^Remember on this device/ })).not.toBeChecked();
	});
});

const run = (daysAgo: number, over: Partial<RunSession> = {}): RunSession => ({
	sport: 'running',
	start: NOW - daysAgo * DAY - 4 * 3600_000,
	elapsedS: 3000,
	movingS: 3000,
	distanceM: 9000,
	avgHr: 150,
	hr: [[150, 3000]],
	...over,
});
const FILES: FileSummary[] = [
	{ name: 'a.fit', format: 'fit', notes: [], sessions: [run(1), run(3), run(10), run(20)] },
	{ name: 'race.fit', format: 'fit', notes: [], sessions: [run(6, { movingS: 2400, elapsedS: 2400, distanceM: 10_000 })] },
	{
		name: 'old.gpx',
		format: 'gpx',
		notes: ['The track does not say its sport: it is listed as "other" until you say.'],
		sessions: [run(90, { sport: 'other' })],
	},
	{
		name: 'Settings.fit',
		format: 'fit',
		notes: [],
		sessions: [],
		problem: 'This FIT file holds no activity (it may be device settings, a course or a workout plan).',
	},
];

function Harness({ settings = { age: '', maxHr: '' } }: { settings?: { age: string; maxHr: string } }) {
	const [efforts, setEfforts] = useState<Record<string, number>>({});
	return (
		<RunsPicture
			id="t"
			files={FILES}
			efforts={efforts}
			setEfforts={setEfforts}
			settingsForm={settings}
			remember={false}
			sources={{}}
			site=""
			onForget={() => undefined}
		/>
	);
}

describe('the picture', () => {
	test('its heading takes focus; each file says what it holds; older sessions are marked outside the picture', async () => {
		render(<Harness />);
		const heading = screen.getByRole('heading', { name: 'What your files hold' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect(screen.getByText(/This FIT file holds no activity/)).toBeInTheDocument();
		expect(screen.getByText(/Outside the 28-day picture/)).toBeInTheDocument();
		expect(screen.getByText('5 sessions, 0 long runs, 1 hard.')).toBeInTheDocument();
	});

	test('units: minutes by pace until every session has an effort, then session effort is offered', () => {
		render(<Harness />);
		const units = screen.getByRole('group', { name: 'Count load as' });
		expect(
			within(units)
				.getAllByRole('radio')
				.map((r) => (r as HTMLInputElement).labels![0]!.textContent),
		).toEqual(['Minutes weighted by pace']);
		for (const select of screen.getAllByLabelText(/How hard did it feel\?/).slice(0, 5))
			fireEvent.change(select, { target: { value: '5' } });
		expect(within(units).getByLabelText('Session effort (effort × minutes)')).toBeChecked();
	});

	test('a maximum heart rate makes heart-rate load available; a bad one gets its message at the field, outside this component', () => {
		render(<Harness settings={{ age: '', maxHr: '190' }} />);
		expect(within(screen.getByRole('group', { name: 'Count load as' })).getByLabelText('Heart-rate load (TRIMP)')).toBeChecked();
	});

	test('a race is a race only once confirmed; its link carries distance, date and effort; the quiz link only the quiz’s answers', () => {
		render(<Harness />);
		expect(screen.queryByRole('link', { name: 'Open the after-race timeline' })).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Yes, it was a race' }));
		const race = screen.getByRole('group', { name: 'The race' });
		expect((within(race).getByLabelText('Distance') as HTMLSelectElement).value).toBe('10k');
		fireEvent.change(within(race).getByLabelText('Effort'), { target: { value: 'hard' } });
		fireEvent.click(screen.getByRole('button', { name: 'Confirm the race' }));
		expect(screen.getByRole('link', { name: 'Open the after-race timeline' }).getAttribute('href')).toBe(
			'/tools/after-race/?distance=10k&raceDay=2026-11-24&effort=hard',
		);
		const quiz = new URL(screen.getByRole('link', { name: 'Use in today’s plan' }).getAttribute('href')!, 'https://x.invalid');
		// Nothing ended in the last 24 hours ("rest"), and the race was 6 days ago.
		expect(Object.fromEntries(quiz.searchParams)).toEqual({
			last: 'rest',
			racedAgo: '6',
			raceDistance: '10k',
			filled: 'last,racedAgo,raceDistance',
		});
		expect(quiz.search).not.toMatch(/name|fit|hr|9000/);
	});

	test('files all older than the picture: it says so and offers the 28 days that end with the newest file, and back to today', async () => {
		const old: FileSummary[] = [{ name: 'old.fit', format: 'fit', notes: [], sessions: [run(60), run(65)] }];
		render(
			<RunsPicture
				id="o"
				files={old}
				efforts={{}}
				setEfforts={() => undefined}
				settingsForm={{ age: '', maxHr: '' }}
				remember={false}
				sources={{}}
				site=""
				onForget={() => undefined}
			/>,
		);
		expect(screen.getByText(/None of your sessions is from the last 28 days: the picture ends today\./)).toBeInTheDocument();
		fireEvent.click(screen.getByRole('button', { name: /^Show the 28 days that end on .*, your newest file$/ }));
		expect(screen.getByText(/^This picture ends on .*, the day of your newest file, not today\./)).toBeInTheDocument();
		expect(screen.getByText('2 sessions, 0 long runs, 0 hard.')).toBeInTheDocument();
		fireEvent.click(screen.getByRole('button', { name: 'End it today' }));
		expect(screen.getByText(/None of your sessions is from the last 28 days/)).toBeInTheDocument();
	});
});
