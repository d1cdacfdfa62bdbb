import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import TodayQuiz from '../../src/components/islands/TodayQuiz';
import type { QuizMethod } from '../../src/lib/today';

const STORAGE_KEY = 'runner-recovery:today';

const method = (over: Partial<QuizMethod>): QuizMethod => ({
	slug: 'rolling',
	title: 'Rolling',
	category: 'soft-tissue',
	goals: ['soreness', 'tightness'],
	regions: ['quads', 'calves-shins'],
	timing: ['post-run', 'evening', 'rest-day'],
	minutes: { min: 5, max: 15 },
	handsFree: false,
	dose: '1-3 rounds of 30-120 s per muscle group',
	equipment: ['foam-roller'],
	avoidWhen: ['hot-red-swelling'],
	best: { outcome: 'soreness', grade: 'B' },
	grades: [{ outcome: 'soreness', grade: 'B' }],
	cost: 'low',
	trains: false,
	...over,
});

const METHODS: QuizMethod[] = [
	method({}),
	method({
		slug: 'ice-baths',
		title: 'Ice baths',
		category: 'cold',
		equipment: ['bathtub'],
		minutes: { min: 10, max: 15 },
		avoidWhen: ['after-strength-session', 'race-within-48h'],
		best: { outcome: 'soreness', grade: 'A' },
		grades: [{ outcome: 'soreness', grade: 'A' }],
	}),
	method({
		slug: 'sleep',
		title: 'Sleep',
		category: 'rest-sleep',
		goals: ['sleep', 'fatigue'],
		regions: ['whole-body'],
		equipment: ['none'],
		handsFree: true,
		minutes: { min: 420, max: 540 },
		dose: '7 hours or more in bed, at regular times',
		best: { outcome: 'sleep', grade: 'A' },
		grades: [{ outcome: 'sleep', grade: 'A' }],
	}),
];

const renderQuiz = async () => {
	render(<TodayQuiz methods={METHODS} />);
	// Controls are disabled until the hook has read the link and storage.
	await waitFor(() => expect(screen.getByRole('button', { name: 'Get my plan' })).toBeEnabled());
};
const result = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Get my plan' }));

beforeEach(() => {
	window.history.replaceState(null, '', '/tools/today/');
});

describe('TodayQuiz', () => {
	it('labels every control and groups them in fieldsets with legends', async () => {
		await renderQuiz();
		expect(screen.getByRole('group', { name: /any of these warning signs/i })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: /last 24 hours/i })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: /what do you have/i })).toBeInTheDocument();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveAttribute('inputmode', 'decimal');
		expect(screen.getByLabelText('Hours slept last night')).toHaveAttribute('type', 'text');
		expect(screen.getByRole('radio', { name: 'Long run' })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: 'Foam roller' })).toBeInTheDocument();
		expect(screen.queryByRole('checkbox', { name: 'Nothing needed' })).toBeNull();
	});

	it('asks for the warning signs before giving a plan, at the field', async () => {
		await renderQuiz();
		submit();
		const group = screen.getByRole('group', { name: /any of these warning signs/i });
		const message = within(group).getByText(/^Warning signs: tick any that apply/);
		expect(group.getAttribute('aria-describedby')).toContain(message.id);
		expect(screen.getByRole('checkbox', { name: 'None of these' })).toHaveFocus();
		expect(result()).toBeEmptyDOMElement();
	});

	it('shows a number error at the field with aria-invalid and aria-describedby', async () => {
		await renderQuiz();
		fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
		const legs = screen.getByLabelText('Leg soreness, 0 to 10');
		fireEvent.input(legs, { target: { value: '12' } });
		submit();
		expect(legs).toHaveAttribute('aria-invalid', 'true');
		const error = document.getElementById(legs.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
		expect(error).toHaveTextContent('Leg soreness must be between 0 (fresh) and 10');
		expect(legs).toHaveFocus();
		// Fixing it clears the message.
		fireEvent.input(legs, { target: { value: '5' } });
		expect(legs).not.toHaveAttribute('aria-invalid');
	});

	it('gives a plan in the live region and moves focus to its heading', async () => {
		await renderQuiz();
		fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
		fireEvent.click(screen.getByRole('radio', { name: 'Long run' }));
		fireEvent.input(screen.getByLabelText('Leg soreness, 0 to 10'), { target: { value: '5' } });
		fireEvent.click(screen.getByRole('checkbox', { name: 'Quads' }));
		fireEvent.input(screen.getByLabelText('Hours slept last night'), { target: { value: '5,5' } });
		fireEvent.click(screen.getByRole('radio', { name: '15 minutes' }));
		fireEvent.click(screen.getByRole('checkbox', { name: 'Foam roller' }));
		submit();
		const heading = await within(result()).findByRole('heading', { level: 2, name: /your plan for today: go easy or cross-train/i });
		await waitFor(() => expect(heading).toHaveFocus());
		const region = within(result());
		expect(region.getByRole('link', { name: 'Rolling' })).toHaveAttribute('href', '/methods/rolling/');
		expect(region.getByRole('link', { name: 'Sleep' })).toHaveAttribute('href', '/methods/sleep/');
		expect(region.queryByRole('link', { name: 'Ice baths' })).toBeNull();
		expect(region.getByRole('link', { name: 'sleep calculator' })).toHaveAttribute('href', '/tools/sleep/');
		expect(region.getByText('Recovery: 5 of 15 minutes')).toBeInTheDocument();
		expect(region.getByText('Sleep last night: 5.5 hours.')).toBeInTheDocument();
		expect(region.getByText('For ice baths, you would need: bathtub.')).toBeInTheDocument();
		// The answers are in the link and in storage.
		expect(window.location.search).toContain('legs=5');
		expect(window.location.search).toContain('kit=foam-roller');
		expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ last: 'long-run', sleep: '5,5' });
	});

	it('a warning sign replaces the plan and unticks "None of these"', async () => {
		await renderQuiz();
		fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
		fireEvent.click(screen.getByRole('checkbox', { name: 'Chest pain or fainting' }));
		expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
		fireEvent.click(screen.getByRole('checkbox', { name: 'Foam roller' }));
		submit();
		const region = within(result());
		expect(await region.findByRole('heading', { level: 2, name: /stop self-treating\. emergency/i })).toBeInTheDocument();
		expect(region.getByRole('link', { name: /red flags: chest pain/i })).toHaveAttribute('href', '/red-flags/#cardiac');
		expect(region.queryByRole('link', { name: 'Rolling' })).toBeNull();
	});

	it('restores answers from a shared link and shows its plan at once', async () => {
		window.history.replaceState(null, '', '/tools/today/?last=strength&legs=3&warnings=none&time=30&kit=bathtub,foam-roller');
		await renderQuiz();
		expect(screen.getByRole('radio', { name: 'Strength session' })).toBeChecked();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('3');
		expect(screen.getByRole('checkbox', { name: 'Bathtub' })).toBeChecked();
		const region = within(result());
		expect(await region.findByRole('heading', { level: 2, name: /train as planned/i })).toBeInTheDocument();
		expect(region.queryByRole('link', { name: 'Ice baths' })).toBeNull();
		expect(region.getByText('Ice baths: left out straight after a strength session.')).toBeInTheDocument();
	});

	it('ignores hostile values in the link', async () => {
		window.history.replaceState(null, '', '/tools/today/?last=%3Cimg%20src%3Dx%3E&legs=%3Cb%3E&kit=laser&warnings=none');
		await renderQuiz();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		for (const radio of within(screen.getByRole('group', { name: /last 24 hours/i })).getAllByRole('radio')) expect(radio).not.toBeChecked();
		expect(document.body.innerHTML).not.toContain('<img src');
	});

	it('restores stored answers and ignores corrupt storage', async () => {
		localStorage.setItem(STORAGE_KEY, JSON.stringify({ sleep: '6', where: 'feet,nonsense', legs: { $gt: 1 } }));
		await renderQuiz();
		expect(screen.getByLabelText('Hours slept last night')).toHaveValue('6');
		expect(screen.getByRole('checkbox', { name: 'Feet and arches' })).toBeChecked();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		// Stored answers wait for the button: no plan yet.
		expect(result()).toBeEmptyDOMElement();
	});

	it('starts cleanly when storage is not JSON', async () => {
		localStorage.setItem(STORAGE_KEY, '{not json');
		await renderQuiz();
		expect(screen.getByLabelText('Hours slept last night')).toHaveValue('');
		expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
	});

	it('"Start again" clears the answers, the plan and the link', async () => {
		window.history.replaceState(null, '', '/tools/today/?warnings=none&legs=2');
		await renderQuiz();
		await within(result()).findByRole('heading', { level: 2 });
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		expect(result()).toBeEmptyDOMElement();
		expect(window.location.search).toBe('');
	});

	it('says when the answers have changed since the plan', async () => {
		window.history.replaceState(null, '', '/tools/today/?warnings=none&legs=2');
		await renderQuiz();
		await within(result()).findByRole('heading', { level: 2 });
		fireEvent.input(screen.getByLabelText('Leg soreness, 0 to 10'), { target: { value: '8' } });
		expect(within(result()).getByText(/you have changed your answers/i)).toBeInTheDocument();
		submit();
		expect(await within(result()).findByRole('heading', { level: 2, name: /rest today/i })).toBeInTheDocument();
		expect(within(result()).queryByText(/you have changed your answers/i)).toBeNull();
	});
});
