/**
 * The after-race timeline island on the form kit. "Today" is the reader's date, set once hydrated:
 * the tests fix it with a fake Date (only Date: Preact's and waitFor's timers stay real). "How are
 * things now" is health data: never stored, never in the address.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import AfterRaceTimeline from '../../src/components/islands/AfterRaceTimeline';
import type { SourceLink } from '../../src/lib/bibliography';
import type { MethodGrade } from '../../src/lib/tools/after-race';
import { allStorage, describedBy, status, submitWith, type } from './support';

const KEY = 'runner-recovery:after-race:v1';
const PATH = '/tools/after-race/';
/**
 * Wednesday 20 May 2026 at noon UTC: the same calendar day in every time zone from UTC-11 to
 * UTC+11 (an instant, not a local time).
 */
const NOW = Date.UTC(2026, 4, 20, 12);
const TODAY = '2026-05-20';
const YESTERDAY = '2026-05-19';
/** How the race-day list names them. */
const TODAY_CHOICE = 'Today, Wed 20 May';
const YESTERDAY_CHOICE = 'Yesterday, Tue 19 May';

const SOURCES: Record<string, SourceLink> = {
	takayama2017: { label: 'Takayama (fixture) 2017', url: 'https://example.org/takayama', type: 'rct' },
};
const METHODS: Record<string, MethodGrade> = {
	sleep: { title: 'Sleep (fixture)', outcome: 'perceived-recovery', grade: 'A', size: 'moderate', certainty: 'moderate' },
	'ice-baths': { title: 'Ice baths (fixture)', outcome: 'soreness', grade: 'B', size: 'small', certainty: 'low' },
};
const FLAGS = [
	{ id: 'rhabdomyolysis', title: 'Dark urine (fixture)', urgency: 'urgent', action: 'Get care straight away (fixture).' },
	{ id: 'bone-stress', title: 'Pinpoint bone pain (fixture)', urgency: 'soon', action: 'See a clinician within days (fixture).' },
	{ id: 'cant-bear-weight', title: 'Cannot bear weight (fixture)', urgency: 'urgent', action: 'Get it checked today (fixture).' },
	{ id: 'cardiac', title: 'Chest pain (fixture)', urgency: 'emergency', action: 'Call for help (fixture).' },
	{ id: 'hip-groin', title: 'Deep groin pain (fixture)', urgency: 'urgent', action: 'Weight off the leg (fixture).' },
] as const;
const SITE = 'runner-recovery.example';

const SUBMIT = 'Show my timeline';
const TITLE = 'Your recovery timeline';
const RACE_DAY = 'Race day (required)';
const DISTANCE = 'Race distance (required)';
const NOW_GROUP = 'How are things now?';
const ILL_GROUP = 'Have you been ill in the last two weeks?';

const click = (role: 'button' | 'radio' | 'checkbox', name: string) => fireEvent.click(screen.getByRole(role, { name }));
const submit = () => submitWith(SUBMIT);
const group = (name: string) => screen.getByRole('group', { name });
/** "Not ill": the safety question every timeline needs answered (never kept, so asked again each visit). */
const notIll = () => fireEvent.click(within(group(ILL_GROUP)).getByRole('radio', { name: 'No' }));
/** Chooses the race day from the list by what its choice says, as a runner does. */
function chooseDay(name: string) {
	const list = screen.getByLabelText<HTMLSelectElement>(RACE_DAY);
	const option = within(list).getByRole<HTMLOptionElement>('option', { name });
	fireEvent.input(list, { target: { value: option.value } });
}
const dayChoices = () => within(screen.getByLabelText(RACE_DAY)).getAllByRole<HTMLOptionElement>('option');
const chosenDay = () => dayChoices().find((o) => o.selected)?.textContent;
const headline = () => screen.getByRole('heading', { name: TITLE }).nextElementSibling;

const timeline = () => <AfterRaceTimeline sources={SOURCES} methods={METHODS} flags={[...FLAGS]} site={SITE} />;
async function renderTimeline() {
	const view = render(timeline());
	await waitFor(() => expect(screen.getByRole('button', { name: SUBMIT })).toBeEnabled());
	return view;
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(NOW);
	window.history.replaceState(null, '', PATH);
});
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('AfterRaceTimeline', () => {
	test('controls are disabled until hydrated, then enabled', async () => {
		const container = document.body.appendChild(document.createElement('div'));
		preactRender(timeline(), container);
		const controls = [
			screen.getByRole('button', { name: SUBMIT }),
			screen.getByRole('button', { name: 'Start again' }),
			screen.getByRole('radio', { name: 'Marathon' }),
			screen.getByLabelText(RACE_DAY),
		];
		for (const c of controls) expect(c).toBeDisabled();
		await waitFor(() => {
			for (const c of controls) expect(c).toBeEnabled();
		});
		preactRender(null, container);
		container.remove();
	});

	test('the race day is chosen from a list of today back 8 weeks, newest first, that names today and yesterday', async () => {
		await renderTimeline();
		const raceDay = screen.getByLabelText(RACE_DAY);
		expect(raceDay).toHaveValue('');
		expect(chosenDay()).toBe('Choose the day');
		// The empty choice, then 57 days: 20 May back to 25 March (56 days before).
		expect(
			dayChoices()
				.slice(0, 4)
				.map((o) => o.textContent),
		).toEqual(['Choose the day', TODAY_CHOICE, YESTERDAY_CHOICE, 'Mon 18 May']);
		expect(dayChoices().at(-1)).toHaveTextContent(/^Wed 25 Mar$/);
		expect(dayChoices()).toHaveLength(58);
		chooseDay(TODAY_CHOICE);
		expect(raceDay).toHaveValue(TODAY);
		chooseDay(YESTERDAY_CHOICE);
		expect(raceDay).toHaveValue(YESTERDAY);
		expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({ raceDay: YESTERDAY });
	});

	test('filling the form and submitting shows the timeline: its heading takes focus and the one-line answer comes first', async () => {
		await renderTimeline();
		click('radio', '5K');
		chooseDay(TODAY_CHOICE);
		notIll();
		await submit();
		const heading = screen.getByRole('heading', { level: 2, name: TITLE });
		expect(heading).toHaveFocus();
		// 5 km all-out (an anchor): first run day 2, workouts day 4, race again day 5 (Foster's 3 days,
		// but never before the day after workouts come back; so soon after them, with the reason).
		expect(headline()).toHaveTextContent(
			/^5K on 20 May: first easy run about 22 May, first workout about 24 May, race again from about 25 May \(the day after your first workout: after a race this short, the legs are back within days\)\.$/,
		);
		expect(
			screen.getByText('6 days, from race day to race ready. The checks, not the calendar, decide your first run.'),
		).toBeInTheDocument();
		expect(screen.getByText(/^Day 0 · Wed 20 May \(today\) · Rest:/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Sleep (fixture)' })).toHaveAttribute('href', '/methods/sleep/');
		expect(screen.getByRole('link', { name: 'Pinpoint bone pain (fixture)' })).toHaveAttribute('href', '/red-flags/#bone-stress');
		for (const link of screen.getAllByRole('link', { name: 'Takayama (fixture) 2017' }))
			expect(link).toHaveAttribute('href', 'https://example.org/takayama');
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		expect(new URLSearchParams(window.location.search).get('raceDay')).toBe(TODAY);
	});

	test('a marathon yesterday counts its days from yesterday', async () => {
		await renderTimeline();
		click('radio', 'Marathon');
		chooseDay(YESTERDAY_CHOICE);
		notIll();
		await submit();
		// Marathon: first run day 4, workouts day 25, race again day 32 (Foster's 26, but a week of workouts first).
		expect(headline()).toHaveTextContent(
			'Marathon on 19 May: first easy run about 23 May, first workout about 13 Jun, race again from about 20 Jun.',
		);
		expect(screen.getByText(/^Day 1 · Wed 20 May \(today\) ·/)).toBeInTheDocument();
	});

	test('an empty submit focuses the first field with a message, marks both and lists them', async () => {
		await renderTimeline();
		await submit();
		const distance = group(DISTANCE);
		const raceDay = screen.getByLabelText(RACE_DAY);
		expect(screen.getByRole('radio', { name: '5K' })).toHaveFocus();
		expect(describedBy(distance)).toContain('Race distance: choose one, or “Another distance” and type it.');
		expect(raceDay).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(raceDay)).toContain('Race day is required: choose the day you raced.');
		expect(describedBy(group(ILL_GROUP))).toContain('Illness: choose an answer (“No” if you have not been ill).');
		expect(screen.getByText('3 answers need a fix:')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Race day is required: choose the day you raced.' })).toHaveAttribute('href', `#${raceDay.id}`);
		expect(status()).toHaveTextContent(/^3 answers need a fix\.$/);
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
	});

	test.each([
		[
			'a race that has not happened yet',
			'2026-05-21',
			'Thu 21 May (after today)',
			'That race hasn’t happened yet: choose the day you raced, today or earlier.',
		],
		[
			'a race more than 8 weeks ago',
			'2026-03-24',
			'Tue 24 Mar (more than 8 weeks ago)',
			'That race was more than 8 weeks ago: by now your usual training applies. The timeline plans the first 8 weeks.',
		],
		['a day that does not exist', '2026-02-30', '2026-02-30 (not a real date)', 'Race day must be a real date, like 2026-11-29.'],
	])('%s, from a link, is shown in the list as asked and refused at the field, which takes focus', async (_, day, choice, message) => {
		window.history.replaceState(null, '', `${PATH}?distance=10k&raceDay=${day}`);
		await renderTimeline();
		const raceDay = screen.getByLabelText(RACE_DAY);
		expect(raceDay).toHaveValue(day);
		expect(chosenDay()).toBe(choice);
		notIll();
		await submit();
		expect(raceDay).toHaveFocus();
		expect(raceDay).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(raceDay)).toContain(message);
		expect(status()).toHaveTextContent(/^One answer needs a fix\.$/);
	});

	test('the oldest race planned is 8 weeks (56 days) ago, the last day in the list', async () => {
		await renderTimeline();
		click('radio', '10K');
		expect(dayChoices().at(-1)).toHaveValue('2026-03-25');
		chooseDay('Wed 25 Mar');
		notIll();
		await submit();
		expect(screen.getByRole('heading', { name: TITLE })).toHaveFocus();
	});

	test('a distance in miles typed as km gets a message that stays until that field is edited', async () => {
		await renderTimeline();
		click('radio', 'Another distance');
		chooseDay(TODAY_CHOICE);
		notIll();
		type('Distance (km)', '13.1');
		await submit();
		const km = screen.getByLabelText('Distance (km)');
		expect(km).toHaveFocus();
		expect(describedBy(km)).toContain(
			'13.1 km is not a usual race distance, but 13.1 miles is: did you mean miles? Switch the unit to miles if so.',
		);
		// Other answers do not clear it.
		type('Age', '40');
		expect(km).toHaveAttribute('aria-invalid', 'true');
		type('Distance (km)', '13.2');
		expect(km).not.toHaveAttribute('aria-invalid');
		type('Distance (km)', '13.1');
		click('radio', 'Miles');
		await submit();
		expect(headline()).toHaveTextContent(/^13\.1 mi on 20 May:/);
	});

	test('after an edit the timeline is marked out of date until the next submit', async () => {
		await renderTimeline();
		click('radio', '10K');
		chooseDay(TODAY_CHOICE);
		notIll();
		await submit();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		click('radio', 'Hard but controlled');
		expect(screen.getByText(/You have changed your answers since this timeline/)).toBeInTheDocument();
		await submit();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
	});

	test('"None of these" unticks the others, and any other unticks it', async () => {
		await renderTimeline();
		const box = (name: string) => within(group(NOW_GROUP)).getByRole('checkbox', { name });
		fireEvent.click(box('I am still limping'));
		fireEvent.click(box('Pain in one spot (a bone, a joint or a tendon)'));
		fireEvent.click(box('None of these: just sore and tired'));
		expect(box('None of these: just sore and tired')).toBeChecked();
		expect(box('I am still limping')).not.toBeChecked();
		expect(box('Pain in one spot (a bone, a joint or a tendon)')).not.toBeChecked();
		fireEvent.click(box('I am still limping'));
		expect(box('None of these: just sore and tired')).not.toBeChecked();
	});

	test('how things are now is never stored or put in the address, even after a result', async () => {
		await renderTimeline();
		click('radio', 'Half marathon');
		chooseDay(YESTERDAY_CHOICE);
		notIll();
		fireEvent.click(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'Pain in one spot (a bone, a joint or a tendon)' }));
		await submit();
		expect(screen.getByRole('heading', { name: TITLE })).toHaveFocus();
		expect(headline()).toHaveTextContent('Pain in one spot: no timeline yet. No running until it is checked or it settles.');
		expect(screen.getByRole('link', { name: 'Cannot bear weight (fixture)' })).toHaveAttribute('href', '/red-flags/#cant-bear-weight');
		// No timeline, so nothing to add to a calendar.
		expect(screen.queryByRole('button', { name: /Add to my calendar/ })).toBeNull();
		expect(window.location.search).toContain('distance=half');
		expect(window.location.search).not.toMatch(/now|spot-pain|today=/);
		expect(allStorage()).toContain('half');
		expect(allStorage()).not.toMatch(/"now"|spot-pain|"today"/);

		fireEvent.click(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'None of these: just sore and tired' }));
		await submit();
		expect(headline()).toHaveTextContent(/^Half marathon on 19 May:/);
		expect(window.location.search).not.toMatch(/now|none/);
		expect(allStorage()).not.toMatch(/"now"|none/);
	});

	test('"Start again" clears the form, the timeline, the address and the stored answers, and still knows today', async () => {
		await renderTimeline();
		click('radio', '10K');
		chooseDay(TODAY_CHOICE);
		notIll();
		type('Age', '55');
		await submit();
		expect(window.location.search).not.toBe('');
		click('button', 'Start again');
		expect(screen.getByRole('radio', { name: '10K' })).not.toBeChecked();
		expect(screen.getByLabelText(RACE_DAY)).toHaveValue('');
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(status().textContent).toBe('');
		expect(window.location.search).toBe('');
		expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({});
		// Today is the reader's, not an answer: it survives the reset, so a race today still plans.
		click('radio', '5K');
		chooseDay(TODAY_CHOICE);
		notIll();
		await submit();
		expect(headline()).toHaveTextContent(/^5K on 20 May:/);
	});

	test('a shared link fills its answers but asks the illness question again before a timeline, moving no focus', async () => {
		// A "today" in a link is not an answer and is ignored: the reader's own date is used.
		window.history.replaceState(null, '', `${PATH}?distance=10k&raceDay=2026-05-18&effort=hard&today=2020-01-01&ill=none`);
		await renderTimeline();
		expect(screen.getByRole('radio', { name: '10K' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Hard but controlled' })).toBeChecked();
		expect(screen.getByLabelText(RACE_DAY)).toHaveValue('2026-05-18');
		// The illness answer is never taken from a link.
		expect(within(group(ILL_GROUP)).getByRole('radio', { name: 'No' })).not.toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(document.activeElement).toBe(document.body);
		notIll();
		await submit();
		expect(headline()).toHaveTextContent(/^10K on 18 May: first easy run about/);
		expect(screen.getByText(/\(today\)/)).toBeInTheDocument();
	});

	test('dark urine after the race stops the timeline and names the flag; so does a fever, whatever else is answered', async () => {
		await renderTimeline();
		click('radio', 'Marathon');
		chooseDay(YESTERDAY_CHOICE);
		notIll();
		fireEvent.click(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'Dark, tea- or cola-coloured urine' }));
		await submit();
		expect(screen.getByRole('heading', { name: TITLE })).toHaveFocus();
		expect(headline()).toHaveTextContent('Get checked today: no timeline while you have dark, tea- or cola-coloured urine.');
		expect(screen.getByRole('link', { name: 'Dark urine (fixture)' })).toHaveAttribute('href', '/red-flags/#rhabdomyolysis');
		expect(screen.queryByRole('button', { name: /Add to my calendar/ })).toBeNull();
		fireEvent.click(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'None of these: just sore and tired' }));
		fireEvent.click(within(group(ILL_GROUP)).getByRole('radio', { name: 'Fever' }));
		await submit();
		expect(headline()).toHaveTextContent(/^Get checked today: no timeline while you have a fever/);
		expect(window.location.search).not.toMatch(/ill|fever|urine/);
		expect(allStorage()).not.toMatch(/fever|"ill"|dark-urine/);
	});

	test('hostile values in a link are dropped and never rendered', async () => {
		window.history.replaceState(null, '', `${PATH}?distance=__proto__&km=%3Cscript%3E&raceDay=javascript%3Aalert(1)&unit=xx&now=limping`);
		const { container } = await renderTimeline();
		for (const radio of within(group(DISTANCE)).getAllByRole('radio')) expect(radio).not.toBeChecked();
		expect(screen.getByLabelText(RACE_DAY)).toHaveValue('');
		expect(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'I am still limping' })).not.toBeChecked();
		expect(container.querySelector('script')).toBeNull();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
	});

	test('stored answers come back on a plain visit, without a timeline; a stored "now" is ignored', async () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({ distance: 'ultra', km: '80', raceDay: '2026-05-10', effort: 'training', now: 'limping', today: '2020-01-01' }),
		);
		await renderTimeline();
		expect(screen.getByRole('radio', { name: 'Ultra (50K and beyond)' })).toBeChecked();
		expect(screen.getByLabelText('Distance (km)')).toHaveValue('80');
		expect(screen.getByLabelText(RACE_DAY)).toHaveValue('2026-05-10');
		expect(screen.getByRole('radio', { name: 'A training effort' })).toBeChecked();
		expect(within(group(NOW_GROUP)).getByRole('checkbox', { name: 'I am still limping' })).not.toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		notIll();
		await submit();
		expect(headline()).toHaveTextContent(/^80 km on 10 May:/);
	});

	test('corrupt storage is ignored', async () => {
		localStorage.setItem(KEY, '[{"distance":"5k"}]');
		await renderTimeline();
		for (const radio of within(group(DISTANCE)).getAllByRole('radio')) expect(radio).not.toBeChecked();
	});

	test('after a timeline, "Add to my calendar" hands a text/calendar file to the browser, and "Print" prints', async () => {
		const blobs: Blob[] = [];
		const createObjectURL = vi.fn((blob: Blob) => {
			blobs.push(blob);
			return 'blob:after-the-race';
		});
		const revokeObjectURL = vi.fn();
		const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
		URL.createObjectURL = createObjectURL;
		URL.revokeObjectURL = revokeObjectURL;
		const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		// happy-dom has no window.print: stand one in.
		const print = vi.fn();
		const originalPrint = window.print;
		window.print = print;
		try {
			await renderTimeline();
			expect(screen.queryByRole('button', { name: 'Add to my calendar (.ics)' })).toBeNull();
			click('radio', '5K');
			chooseDay(TODAY_CHOICE);
			notIll();
			await submit();
			click('button', 'Add to my calendar (.ics)');
			await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
			expect(blobs[0]!.type).toBe('text/calendar');
			expect(await blobs[0]!.text()).toMatch(/^BEGIN:VCALENDAR/);
			expect(anchorClick).toHaveBeenCalledTimes(1);
			expect(anchorClick.mock.contexts[0]).toHaveAttribute('download', 'after-the-race.ics');
			expect(revokeObjectURL).toHaveBeenCalledWith('blob:after-the-race');
			expect(screen.queryByText(/could not be made/)).toBeNull();

			click('button', 'Print');
			expect(print).toHaveBeenCalledTimes(1);
		} finally {
			URL.createObjectURL = original.create;
			URL.revokeObjectURL = original.revoke;
			window.print = originalPrint;
		}
	});
});
