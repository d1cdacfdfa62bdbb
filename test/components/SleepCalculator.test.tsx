/**
 * The sleep calculator island on the form kit (src/components/islands/form/). Queried as a reader
 * meets it: by label and role. Nothing here is health data, so every answer may be stored and linked.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import SleepCalculator from '../../src/components/islands/SleepCalculator';
import type { SourceLink } from '../../src/lib/bibliography';
import { describedBy, status, submitWith, type } from './support';

const KEY = 'runner-recovery:sleep:v2';
const PATH = '/tools/sleep/';
/** A small bibliography: the labels are made up, so a link with one came from this prop. */
const SOURCES: Record<string, SourceLink> = {
	watson2015: { label: 'Watson (fixture) 2015', url: 'https://example.org/watson', type: 'consensus' },
	hirshkowitz2015: { label: 'Hirshkowitz (fixture) 2015', url: 'https://example.org/nsf', type: 'consensus' },
};

const SUBMIT = 'Work out my sleep';
const submit = () => submitWith(SUBMIT);
const resultHeading = () => screen.queryByRole('heading', { name: 'Your sleep plan' });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, string> | null;

async function renderCalculator() {
	const view = render(<SleepCalculator sources={SOURCES} />);
	await waitFor(() => expect(screen.getByRole('button', { name: SUBMIT })).toBeEnabled());
	return view;
}

beforeEach(() => window.history.replaceState(null, '', PATH));

describe('SleepCalculator', () => {
	test('controls are disabled until hydrated, then enabled', async () => {
		// Preact's own render, outside act(): the hook's effect has not run yet, as in the server's HTML.
		const container = document.body.appendChild(document.createElement('div'));
		preactRender(<SleepCalculator sources={SOURCES} />, container);
		const controls = [
			screen.getByRole('button', { name: SUBMIT }),
			screen.getByRole('button', { name: 'Start again' }),
			screen.getByLabelText('Wake-up time'),
			screen.getByLabelText('Age'),
			screen.getByRole('radio', { name: 'A usual night' }),
			screen.getByRole('checkbox', { name: 'A nap for today' }),
		];
		for (const c of controls) expect(c).toBeDisabled();
		await waitFor(() => {
			for (const c of controls) expect(c).toBeEnabled();
		});
		preactRender(null, container);
		container.remove();
	});

	test('filling the form and submitting shows the plan: its heading takes focus and the one-line answer comes first', async () => {
		await renderCalculator();
		type('Wake-up time', '06:30');
		type('Age', '30');
		type('Average sleep over the last 7 nights', '6.5');
		fireEvent.click(screen.getByRole('radio', { name: '24-hour (22:30)' }));
		expect(resultHeading()).toBeNull();
		await submit();
		const heading = screen.getByRole('heading', { level: 2, name: 'Your sleep plan' });
		expect(heading).toHaveFocus();
		// Adult, moderate load: a target of 7 h + 30 min. Debt against the 7 h bottom of the adult range:
		// 6.5 h slept is 30 min short x 7 = 3 h 30 min, repaid 60 min a night (60, 60, 60, 30: 4 nights).
		// Tonight 8 h 30 min + 15 min to fall asleep = 8 h 45 min before 06:30 = 21:45.
		expect(heading.nextElementSibling).toHaveTextContent(
			/^Lights out 21:45 for a 06:30 alarm\. Your sleep debt of 3 h 30 min is repaid in 4 nights\.$/,
		);
		expect(screen.getByRole('heading', { level: 3, name: 'Tonight' })).toBeInTheDocument();
		expect(screen.getByRole('heading', { level: 3, name: 'When to see a clinician' })).toBeInTheDocument();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		// The sources in "Why" are the entries handed in, linked to their address.
		const links = screen.getAllByRole('link', { name: 'Watson (fixture) 2015' });
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toHaveAttribute('href', 'https://example.org/watson');
	});

	test('the answers are stored as typed and go into the address only with a result', async () => {
		await renderCalculator();
		type('Wake-up time', '6:30 am');
		type('Age', '30');
		expect(stored()).toMatchObject({ wake: '6:30 am', age: '30' });
		expect(window.location.search).toBe('');
		await submit();
		const params = new URLSearchParams(window.location.search);
		expect(params.get('wake')).toBe('6:30 am');
		expect(params.get('age')).toBe('30');
		expect(window.location.pathname).toBe(PATH);
	});

	test('a submit with bad fields focuses the first, marks each at the field and lists them', async () => {
		await renderCalculator();
		type('Age', '12');
		await submit();
		const wake = screen.getByLabelText('Wake-up time');
		const age = screen.getByLabelText('Age');
		const wakeMessage = 'Wake-up time is required: enter a time like 06:30 or 6:30 am.';
		const ageMessage = 'Age must be between 13 and 100 years: this tool is for teens and adults.';
		// The wake-up time comes first in the form's order.
		expect(wake).toHaveFocus();
		expect(wake).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(wake)).toContain(wakeMessage);
		expect(age).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(age)).toContain(ageMessage);
		expect(screen.getByLabelText('Your sleep need')).not.toHaveAttribute('aria-invalid');
		// The problems list names both, each a link to its field.
		expect(screen.getByText('2 answers need a fix:')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: wakeMessage })).toHaveAttribute('href', `#${wake.id}`);
		expect(screen.getByRole('link', { name: ageMessage })).toHaveAttribute('href', `#${age.id}`);
		expect(status()).toHaveTextContent(/^2 answers need a fix\.$/);
		expect(resultHeading()).toBeNull();
		// A failed submit leaves the address alone.
		expect(window.location.search).toBe('');
	});

	test('a message stays until its own field is edited', async () => {
		await renderCalculator();
		type('Wake-up time', '25:00');
		type('Minutes to fall asleep', '7,5');
		await submit();
		const wake = screen.getByLabelText('Wake-up time');
		const latency = screen.getByLabelText('Minutes to fall asleep');
		expect(wake).toHaveFocus();
		expect(describedBy(wake)).toContain(
			'Wake-up time must be a real time of day: hours 0 to 23 (or 1 to 12 with am or pm) and minutes 0 to 59.',
		);
		expect(describedBy(latency)).toContain('Time to fall asleep must be a whole number of minutes.');

		type('Minutes to fall asleep', '20');
		expect(latency).not.toHaveAttribute('aria-invalid');
		expect(wake).toHaveAttribute('aria-invalid', 'true');
		type('Wake-up time', '7:00');
		expect(wake).not.toHaveAttribute('aria-invalid');
		expect(describedBy(wake).join(' ')).not.toContain('real time of day');
		// Only a plan can go out of date: after a failed submit there is none to be stale.
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		await submit();
		expect(screen.getByRole('heading', { name: 'Your sleep plan' })).toHaveFocus();
	});

	test('after an edit the plan is marked out of date until the next submit', async () => {
		await renderCalculator();
		type('Wake-up time', '07:00');
		await submit();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		type('Age', '40');
		expect(screen.getByText(/You have changed your answers since this plan/)).toBeInTheDocument();
		// The plan shown is still the one submitted: editing does not redraw it.
		expect(screen.getByRole('heading', { name: 'Your sleep plan' })).toBeInTheDocument();
		// Typing the same answer back makes it current again.
		type('Age', '');
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		type('Age', '40');
		await submit();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
	});

	test('the status line says one short thing per submit', async () => {
		await renderCalculator();
		expect(status().textContent).toBe('');
		await submit();
		expect(status()).toHaveTextContent(/^One answer needs a fix\.$/);
		type('Wake-up time', '06:00');
		await submit();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		type('Age', '7');
		type('Your sleep need', '30');
		await submit();
		expect(status()).toHaveTextContent(/^2 answers need a fix\.$/);
	});

	test('"Start again" clears the form, the plan, the address and the stored answers', async () => {
		await renderCalculator();
		type('Wake-up time', '06:00');
		type('Age', '30');
		fireEvent.click(screen.getByRole('radio', { name: 'Heavy' }));
		await submit();
		expect(window.location.search).not.toBe('');
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('');
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.getByRole('radio', { name: 'Moderate' })).toBeChecked();
		expect(screen.getByLabelText('Minutes to fall asleep')).toHaveValue('15');
		expect(resultHeading()).toBeNull();
		expect(status().textContent).toBe('');
		expect(window.location.search).toBe('');
		expect(window.location.pathname).toBe(PATH);
		expect(stored()).toEqual({});
	});

	test('a shared link shows its plan without a click and without moving focus', async () => {
		window.history.replaceState(null, '', `${PATH}?wake=7%3A00&age=40&load=light&clock=24&nap=1`);
		await renderCalculator();
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('7:00');
		expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'A nap for today' })).toBeChecked();
		const heading = await screen.findByRole('heading', { name: 'Your sleep plan' });
		// Light load: 7 h, + 15 min = 7 h 15 min before 07:00.
		expect(heading.nextElementSibling).toHaveTextContent('Lights out 23:45 for a 07:00 alarm.');
		expect(screen.getByRole('heading', { level: 3, name: /nap/i })).toBeInTheDocument();
		expect(document.activeElement).toBe(document.body);
		// Nothing was submitted, so nothing is announced.
		expect(status().textContent).toBe('');
	});

	test('stored answers come back on a plain visit, without a plan', async () => {
		localStorage.setItem(KEY, JSON.stringify({ wake: '06:15', age: '35', load: 'heavy', clock: '24' }));
		await renderCalculator();
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('06:15');
		expect(screen.getByLabelText('Age')).toHaveValue('35');
		expect(screen.getByRole('radio', { name: 'Heavy' })).toBeChecked();
		expect(resultHeading()).toBeNull();
		await submit();
		expect(screen.getByRole('heading', { name: 'Your sleep plan' })).toHaveFocus();
	});

	test('hostile links and corrupt storage are ignored and never rendered', async () => {
		localStorage.setItem(KEY, '{"age":"<img src=x onerror=alert(1)>","load":"heavy","__proto__":{"polluted":"yes"}}');
		const first = await renderCalculator();
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.getByRole('radio', { name: 'Heavy' })).toBeChecked();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		first.unmount();

		window.history.replaceState(
			null,
			'',
			`${PATH}?age=%3Cscript%3Ealert(1)%3C%2Fscript%3E&wake=javascript%3Aalert(1)&load=__proto__&clock=xx`,
		);
		const { container } = await renderCalculator();
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('');
		expect(container.querySelector('script, img')).toBeNull();
		expect(resultHeading()).toBeNull();
	});

	test('the sleep-cycle length is asked only when cycle alternatives are wanted', async () => {
		await renderCalculator();
		expect(screen.queryByLabelText('Sleep-cycle length (minutes)')).toBeNull();
		fireEvent.click(screen.getByRole('checkbox', { name: 'Sleep-cycle alternatives (an approximation)' }));
		type('Wake-up time', '06:30');
		type('Sleep-cycle length (minutes)', '60');
		await submit();
		const cycle = screen.getByLabelText('Sleep-cycle length (minutes)');
		expect(cycle).toHaveFocus();
		expect(describedBy(cycle)).toContain('Sleep-cycle length must be between 70 and 120 minutes.');
	});

	test('two copies on one page keep their ids apart, and embedded results use h3', async () => {
		render(
			<>
				<SleepCalculator headingLevel={3} sources={SOURCES} />
				<SleepCalculator headingLevel={3} sources={SOURCES} />
			</>,
		);
		await waitFor(() => expect(screen.getAllByRole('button', { name: SUBMIT })[1]).toBeEnabled());
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		expect(new Set(ids).size).toBe(ids.length);
		const [first] = screen.getAllByRole('form', { name: 'Sleep calculator' });
		fireEvent.input(within(first!).getByLabelText('Wake-up time'), { target: { value: '7:00' } });
		fireEvent.click(within(first!).getByRole('button', { name: SUBMIT }));
		const heading = await screen.findByRole('heading', { level: 3, name: 'Your sleep plan' });
		await waitFor(() => expect(heading).toHaveFocus());
		expect(screen.getAllByRole('heading', { name: 'Your sleep plan' })).toHaveLength(1);
	});
});
