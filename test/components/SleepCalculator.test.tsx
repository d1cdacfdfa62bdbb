import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import SleepCalculator from '../../src/components/islands/SleepCalculator';
import { SLEEP_STORAGE_KEY, detectClockFormat } from '../../src/lib/sleep';

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Work out my sleep' }));
const result = () => screen.getByRole('status');

function fillValid() {
	type('Age', '30');
	type('Average sleep over the last 7 nights', '7,5');
	type('Wake-up time', '06:30');
	fireEvent.click(screen.getByLabelText('24-hour (22:30)'));
}

beforeEach(() => window.history.replaceState(null, '', '/tools/sleep/'));
afterEach(() => window.history.replaceState(null, '', '/tools/sleep/'));

describe('SleepCalculator', () => {
	test('every control is labelled, grouped and enabled once hydrated', () => {
		render(<SleepCalculator />);
		for (const label of [
			'Age',
			'Your sleep need (optional)',
			'Training hours per week (optional)',
			'Average sleep over the last 7 nights',
			'Wake-up time',
			'Time to fall asleep (minutes)',
		]) {
			const input = screen.getByLabelText(label);
			expect(input).toHaveAttribute('type', 'text');
			expect(input).toBeEnabled();
		}
		expect(screen.getByLabelText('Age')).toHaveAttribute('inputmode', 'decimal');
		expect(screen.getByLabelText('Time to fall asleep (minutes)')).toHaveValue('15');
		for (const legend of ['You', 'Training', 'Training load this week', 'Recent sleep', 'Tomorrow', 'Show times as', 'Options'])
			expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
		const load = screen.getByRole('group', { name: 'Training load this week' });
		expect(within(load).getByLabelText('Moderate')).toBeChecked();
		expect(screen.getByLabelText('A nap is possible today')).not.toBeChecked();
		// The no-JavaScript note stays in the DOM but only shows under @media (scripting: none).
		expect(screen.getByText(/needs JavaScript/)).toHaveClass('js-off-only');
		expect(result()).toBeEmptyDOMElement();
		expect(screen.getByRole('button', { name: 'Work out my sleep' }).closest('[data-pagefind-ignore]')).not.toBeNull();
	});

	test('typing and submitting shows the plan in the live region and moves focus to its heading', () => {
		render(<SleepCalculator />);
		fillValid();
		submit();
		const heading = within(result()).getByRole('heading', { level: 2, name: 'Your sleep plan' });
		expect(heading).toHaveFocus();
		// Moderate adult: 8 h 30 min, plus 1 h towards a 7-hour weekly debt; 06:30 - 9 h 30 min - 15 min.
		expect(result()).toHaveTextContent('9 h 30 min of sleep');
		expect(result()).toHaveTextContent('About 7 h, repaid over 7 nights');
		expect(result()).toHaveTextContent('Lights out at 20:45');
		expect(result()).toHaveTextContent('When to see a clinician');
		expect(result()).toHaveTextContent("This site's rule of thumb");
		expect(within(result()).getByRole('link', { name: 'NSF, Hirshkowitz 2015' })).toHaveAttribute(
			'href',
			'https://doi.org/10.1016/j.sleh.2014.12.010',
		);
		expect(within(result()).queryByRole('heading', { name: 'Nap today' })).toBeNull();
	});

	test('the answers go into the link and into localStorage', () => {
		render(<SleepCalculator />);
		fillValid();
		const params = new URLSearchParams(window.location.search);
		expect(params.get('age')).toBe('30');
		expect(params.get('recent')).toBe('7,5');
		expect(params.get('clock')).toBe('24');
		expect(JSON.parse(localStorage.getItem(SLEEP_STORAGE_KEY) ?? '{}')).toMatchObject({ age: '30', wake: '06:30' });
	});

	test('a bad value gets a message at its field, linked from the summary, and the message goes once the field is edited', () => {
		render(<SleepCalculator />);
		fillValid();
		type('Age', '12');
		type('Time to fall asleep (minutes)', '7,5');
		submit();
		const age = screen.getByLabelText('Age');
		const message = 'Age must be between 13 and 100 years: this tool is for teens and adults.';
		expect(age).toHaveAttribute('aria-invalid', 'true');
		expect(age).toHaveAccessibleDescription(expect.stringContaining(message));
		expect(screen.getByLabelText('Time to fall asleep (minutes)')).toHaveAccessibleDescription(
			expect.stringContaining('Time to fall asleep must be a whole number of minutes.'),
		);
		const heading = within(result()).getByRole('heading', { name: 'Check your answers' });
		expect(heading).toHaveFocus();
		expect(within(result()).getByRole('link', { name: message })).toHaveAttribute('href', `#${age.id}`);
		expect(screen.getByLabelText('Wake-up time')).not.toHaveAttribute('aria-invalid');

		type('Age', '13');
		expect(age).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(message, { selector: '.field-error' })).toBeNull();
	});

	test('empty required fields and an impossible time each get a message', () => {
		render(<SleepCalculator />);
		type('Wake-up time', '25:00');
		submit();
		expect(screen.getByLabelText('Age')).toHaveAccessibleDescription(expect.stringContaining('Age is required'));
		expect(screen.getByLabelText('Average sleep over the last 7 nights')).toHaveAccessibleDescription(
			expect.stringContaining('Average sleep over the last 7 nights is required'),
		);
		expect(screen.getByLabelText('Wake-up time')).toHaveAccessibleDescription(
			expect.stringContaining('Wake-up time must be a real time of day'),
		);
	});

	test('state in the link is restored before the first answer, and the plan shows at once', () => {
		window.history.replaceState(null, '', '/tools/sleep/?age=30&recent=7.5&wake=6%3A30+am&load=heavy&nap=1&clock=12');
		render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveValue('30');
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('6:30 am');
		expect(screen.getByLabelText('Heavy')).toBeChecked();
		expect(screen.getByLabelText('A nap is possible today')).toBeChecked();
		expect(screen.getByLabelText('12-hour (10:30 pm)')).toBeChecked();
		// Heavy adult: 9 h plus 1 h of debt repayment = 10 h; 6:30 am - 10 h 15 min.
		expect(result()).toHaveTextContent('10 h of sleep');
		expect(result()).toHaveTextContent('Lights out at 8:15 pm');
		expect(result()).toHaveTextContent('Nap for 30 to under 60 minutes, between 12:30 pm and 4:50 pm');
		// Restored, not submitted: focus stays where the reader is.
		expect(document.activeElement).toBe(document.body);
	});

	test('the clock starts in the reader’s own format', () => {
		render(<SleepCalculator />);
		const label = detectClockFormat() === '12' ? '12-hour (10:30 pm)' : '24-hour (22:30)';
		expect(screen.getByLabelText(label)).toBeChecked();
		expect(new URLSearchParams(window.location.search).has('clock')).toBe(false);
	});

	test('the clock switch re-formats the times', () => {
		window.history.replaceState(null, '', '/tools/sleep/?age=30&recent=12&wake=0900&load=light&clock=24');
		render(<SleepCalculator />);
		expect(result()).toHaveTextContent('Lights out at 00:45 (after midnight)');
		fireEvent.click(screen.getByLabelText('12-hour (10:30 pm)'));
		expect(result()).toHaveTextContent('Lights out at 12:45 am (after midnight)');
		expect(new URLSearchParams(window.location.search).get('clock')).toBe('12');
	});

	test('a link with values out of range shows their messages', () => {
		window.history.replaceState(null, '', '/tools/sleep/?age=150&recent=20&wake=7%3A60');
		render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByLabelText('Average sleep over the last 7 nights')).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByLabelText('Wake-up time')).toHaveAttribute('aria-invalid', 'true');
		expect(within(result()).getByRole('heading', { name: 'Check your answers' })).toBeInTheDocument();
	});

	test('hostile link values are ignored and never rendered', () => {
		window.history.replaceState(
			null,
			'',
			'/tools/sleep/?age=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&wake=javascript%3Aalert(1)&load=__proto__&nap=true&clock=xx',
		);
		const { container } = render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.getByLabelText('Wake-up time')).toHaveValue('');
		expect(screen.getByLabelText('Moderate')).toBeChecked();
		expect(container.querySelector('img')).toBeNull();
		expect(result()).toBeEmptyDOMElement();
	});

	test('a stored plan is restored; corrupt storage is ignored', () => {
		localStorage.setItem(SLEEP_STORAGE_KEY, JSON.stringify({ age: '40', recent: '8', wake: '07:00', clock: '24' }));
		const first = render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveValue('40');
		expect(result()).toHaveTextContent('Lights out at');
		first.unmount();

		localStorage.setItem(SLEEP_STORAGE_KEY, '{not json');
		const second = render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(result()).toBeEmptyDOMElement();
		second.unmount();

		localStorage.setItem(SLEEP_STORAGE_KEY, '{"age":"<script>alert(1)</script>","load":"heavy","__proto__":{"polluted":"yes"}}');
		render(<SleepCalculator />);
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(screen.getByLabelText('Heavy')).toBeChecked();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('cycle alternatives ask for a cycle length and are labelled approximate', () => {
		render(<SleepCalculator />);
		fillValid();
		expect(screen.queryByLabelText('Sleep-cycle length (minutes)')).toBeNull();
		fireEvent.click(screen.getByLabelText('Also show sleep-cycle alternatives (an approximation)'));
		type('Sleep-cycle length (minutes)', '60');
		submit();
		expect(screen.getByLabelText('Sleep-cycle length (minutes)')).toHaveAccessibleDescription(
			expect.stringContaining('Sleep-cycle length must be between 70 and 120 minutes.'),
		);
		type('Sleep-cycle length (minutes)', '96');
		submit();
		expect(within(result()).getByRole('heading', { name: 'Cycle-aligned alternatives (approximate)' })).toBeInTheDocument();
		expect(result()).toHaveTextContent('With 96-minute cycles');
	});

	test('clear answers empties the form, the link and the result', () => {
		render(<SleepCalculator />);
		fillValid();
		submit();
		fireEvent.click(screen.getByRole('button', { name: 'Clear answers' }));
		expect(screen.getByLabelText('Age')).toHaveValue('');
		expect(window.location.search).toBe('');
		expect(result()).toBeEmptyDOMElement();
	});

	test('embedded under a guide heading, the result heading is one level down and ids stay unique', () => {
		render(
			<>
				<SleepCalculator headingLevel={3} />
				<SleepCalculator headingLevel={3} />
			</>,
		);
		const ages = screen.getAllByLabelText('Age');
		expect(ages).toHaveLength(2);
		expect(ages[0]!.id).not.toBe(ages[1]!.id);
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		expect(new Set(ids).size).toBe(ids.length);
		fireEvent.input(ages[0]!, { target: { value: '30' } });
		fireEvent.input(screen.getAllByLabelText('Average sleep over the last 7 nights')[0]!, { target: { value: '8' } });
		fireEvent.input(screen.getAllByLabelText('Wake-up time')[0]!, { target: { value: '7:00' } });
		fireEvent.click(screen.getAllByRole('button', { name: 'Work out my sleep' })[0]!);
		expect(screen.getByRole('heading', { level: 3, name: 'Your sleep plan' })).toHaveFocus();
		expect(screen.getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(3);
	});
});
