/**
 * "What should I do today?" on the form kit. The island gets the guides as an encoded index and
 * fetches the titles and doses of the methods a plan picks: fetch is stubbed to answer from the
 * fixtures below. Warning signs, the health screen and "can you take four steps on it?" are health
 * answers: never stored, never in the address.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import TodayQuiz from '../../src/components/islands/TodayQuiz';
import type { SourceLink } from '../../src/lib/bibliography';
import { LOAD_FAILED } from '../../src/components/islands/form/useToolForm';
import {
	GUIDE_INDEX_VERSION,
	TODAY_GUIDES_URL,
	encodeMethods,
	type MethodDetails,
	type QuizInjury,
	type QuizMethod,
} from '../../src/lib/tools/today';
import { allStorage, describedBy, status, submitWith, type } from './support';

const KEY = 'runner-recovery:today:v2';
const PATH = '/tools/today/';

const method = (slug: string, over: Partial<QuizMethod>): QuizMethod => ({
	slug,
	category: 'soft-tissue',
	goals: ['soreness'],
	regions: ['whole-body'],
	timing: ['post-run', 'evening', 'rest-day'],
	minutes: { min: 5, max: 15 },
	handsFree: false,
	equipment: ['none'],
	avoidWhen: [],
	grades: [],
	trains: false,
	...over,
});

const METHODS: QuizMethod[] = [
	method('foam-rolling', {
		goals: ['soreness', 'tightness'],
		regions: ['quads', 'calves-shins'],
		equipment: ['foam-roller'],
		avoidWhen: ['local-pain', 'hot-red-swelling'],
		grades: [{ outcome: 'soreness', grade: 'B', size: 'small', certainty: 'low' }],
	}),
	method('easy-walking', {
		category: 'movement',
		goals: ['soreness', 'fatigue', 'mobility'],
		minutes: { min: 5, max: 30 },
		avoidWhen: ['acute-injury-48h'],
		grades: [{ outcome: 'perceived-recovery', grade: 'C', size: 'small', certainty: 'low' }],
	}),
	method('sleep', {
		category: 'rest-sleep',
		goals: ['sleep', 'fatigue'],
		timing: ['bedtime'],
		minutes: { min: 420, max: 540 },
		handsFree: true,
		grades: [{ outcome: 'perceived-recovery', grade: 'A', size: 'moderate', certainty: 'moderate' }],
	}),
	method('ice-baths', {
		category: 'cold',
		timing: ['post-run', 'evening'],
		minutes: { min: 10, max: 15 },
		equipment: ['bathtub'],
		avoidWhen: ['after-strength-session', 'cold-sensitivity', 'heart-or-blood-pressure'],
		grades: [{ outcome: 'soreness', grade: 'B', size: 'small', certainty: 'low' }],
	}),
];
const METHOD_INDEX = encodeMethods(METHODS);

const DETAILS: Record<string, MethodDetails> = {
	'foam-rolling': { title: 'Foam rolling', dose: '1 to 3 rounds of 30 to 120 seconds a muscle', doses: {} },
	'easy-walking': { title: 'Easy walking', dose: '10 to 30 minutes at a chatty pace', doses: {} },
	sleep: { title: 'Sleep', dose: '7 hours or more in bed', doses: {} },
	'ice-baths': { title: 'Ice baths', dose: '10 to 15 minutes at 11 to 15 °C', doses: {} },
};

const INJURIES: QuizInjury[] = [
	{
		slug: 'runners-knee',
		title: 'Runner’s knee (fixture)',
		regions: ['knees'],
		signs: ['Pain around the kneecap'],
		flags: ['bone-stress'],
		back: 'Stairs are pain-free',
		avoid: ['foam-rolling'],
		helps: [],
		mayHelp: [],
	},
];

const SOURCES: Record<string, SourceLink> = {
	watson2015: { label: 'Watson (fixture) 2015', url: 'https://example.org/watson', type: 'consensus' },
};

/** The guide index as /tools/today/guides.json serves it. */
const guidesResponse = () => ({
	ok: true,
	statusText: 'OK',
	json: async () => ({ version: GUIDE_INDEX_VERSION, methods: METHOD_INDEX, injuries: INJURIES }),
});
/** fetch, answering the guide index, and /tools/today/m/<slug>.json from DETAILS (404 for an unknown slug). */
const fetchFromFixtures = vi.fn(async (url: string) => {
	if (url === TODAY_GUIDES_URL) return guidesResponse();
	const slug = /^\/tools\/today\/m\/([a-z0-9-]+)\.json$/.exec(url)?.[1] ?? '';
	const found = DETAILS[slug];
	return { ok: found !== undefined, statusText: found ? 'OK' : 'Not Found', json: async () => found };
});
/** The method details a mock was asked for (the guide index aside). */
const detailFetches = (mock: ReturnType<typeof vi.fn>) =>
	mock.mock.calls.map(([url]) => String(url)).filter((url) => url !== TODAY_GUIDES_URL);

const SUBMIT = 'Get my plan';
const TITLE = 'Your plan for today';
const submit = () => submitWith(SUBMIT);
const group = (name: string | RegExp) => screen.getByRole('group', { name });
const tickIn = (groupName: string | RegExp, option: string) => fireEvent.click(within(group(groupName)).getByLabelText(option));
const WARNINGS = 'Any of these warning signs today?';
const HEALTH = 'Does any of these apply to you?';
const WHERE = 'Where is it sore, tight or painful?';
const ILL = 'Have you been ill in the last two weeks?';

async function renderQuiz() {
	const view = render(<TodayQuiz sources={SOURCES} />);
	await waitFor(() => expect(screen.getByRole('button', { name: SUBMIT })).toBeEnabled());
	return view;
}

/** The safety answers (no warning sign, no condition, not ill), then a long run with legs at 5/10, 15 minutes and a foam roller. */
function answerLongRun() {
	tickIn(WARNINGS, 'None of these');
	tickIn(HEALTH, 'None of these');
	tickIn(ILL, 'No');
	fireEvent.click(screen.getByRole('radio', { name: 'Long run' }));
	type('Leg soreness, 0 to 10', '5');
	fireEvent.click(screen.getByRole('radio', { name: '15 minutes' }));
	fireEvent.click(screen.getByRole('checkbox', { name: 'Foam roller' }));
}

beforeEach(() => {
	window.history.replaceState(null, '', PATH);
	fetchFromFixtures.mockClear();
	vi.stubGlobal('fetch', fetchFromFixtures);
});
afterEach(() => vi.unstubAllGlobals());

describe('TodayQuiz', () => {
	test('each fold says, in its summary, how many of its questions are answered', async () => {
		await renderQuiz();
		const summary = (title: string) => screen.getByText(title, { selector: 'summary', exact: false });
		expect(summary('Your training').textContent).toBe('Your training');
		answerLongRun();
		expect(summary('Your training').textContent).toBe('Your training1 answered');
		expect(summary('How you feel').textContent).toBe('How you feel1 answered');
		expect(summary('Sleep, time and kit').textContent).toBe('Sleep, time and kit2 answered');
		// A question that goes out of sight takes its answer out of the count.
		fireEvent.click(screen.getByRole('radio', { name: 'In the last 2 hours' }));
		expect(summary('Your training').textContent).toBe('Your training2 answered');
		fireEvent.click(screen.getByRole('radio', { name: 'Rest' }));
		expect(summary('Your training').textContent).toBe('Your training1 answered');
	});

	test('controls are disabled until hydrated, then enabled', async () => {
		const container = document.body.appendChild(document.createElement('div'));
		preactRender(<TodayQuiz sources={SOURCES} />, container);
		const controls = [
			screen.getByRole('button', { name: SUBMIT }),
			screen.getByRole('button', { name: 'Start again' }),
			within(group(WARNINGS)).getByLabelText('None of these'),
			screen.getByRole('radio', { name: 'Long run' }),
			screen.getByLabelText('Leg soreness, 0 to 10'),
			screen.getByRole('checkbox', { name: 'Foam roller' }),
		];
		for (const c of controls) expect(c).toBeDisabled();
		await waitFor(() => {
			for (const c of controls) expect(c).toBeEnabled();
		});
		preactRender(null, container);
		container.remove();
	});

	test('answering and submitting shows the plan with the fetched titles and doses; its heading takes focus, the one-line answer first', async () => {
		await renderQuiz();
		answerLongRun();
		await submit();
		const heading = await screen.findByRole('heading', { level: 2, name: TITLE });
		await waitFor(() => expect(heading).toHaveFocus());
		// Legs 5/10: an easy day. Walking scores highest (soreness 3 + fatigue 2 + grade C 1), then sleep
		// and rolling tie at 5 (sleep's A beats rolling's B); one per category, 10 of 15 minutes; in the
		// order of the day.
		expect(heading.nextElementSibling).toHaveTextContent(
			/^Go easy today: easy walking this evening, foam rolling this evening and sleep at bedtime\.$/,
		);
		expect(screen.getByRole('link', { name: 'This evening · Foam rolling' })).toHaveAttribute('href', '/methods/foam-rolling/');
		expect(screen.getByText(/1 to 3 rounds of 30 to 120 seconds a muscle/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'At bedtime · Sleep' })).toHaveAttribute('href', '/methods/sleep/');
		// Only the picked methods are fetched, each once.
		expect(detailFetches(fetchFromFixtures).sort()).toEqual([
			'/tools/today/m/easy-walking.json',
			'/tools/today/m/foam-rolling.json',
			'/tools/today/m/sleep.json',
		]);
		// The bathtub was the missing kit.
		expect(screen.getByText('For ice baths you would need: bathtub.')).toBeInTheDocument();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		expect(screen.queryByText(/could not be loaded/)).toBeNull();
		for (const link of screen.getAllByRole('link', { name: 'Watson (fixture) 2015' }))
			expect(link).toHaveAttribute('href', 'https://example.org/watson');
	});

	test('when the method details cannot be fetched, the plan still shows, with a message', async () => {
		const failing = vi.fn(async (url: string) => {
			if (url === TODAY_GUIDES_URL) return guidesResponse();
			throw new TypeError('Failed to fetch');
		});
		vi.stubGlobal('fetch', failing);
		await renderQuiz();
		answerLongRun();
		await submit();
		const heading = await screen.findByRole('heading', { name: TITLE });
		await waitFor(() => expect(heading).toHaveFocus());
		expect(screen.getByText('Some method details could not be loaded; their guides have the doses.')).toBeInTheDocument();
		// The plan names the methods by their slugs and still links their guides.
		expect(heading.nextElementSibling).toHaveTextContent(
			/^Go easy today: easy walking this evening, foam rolling this evening and sleep at bedtime\.$/,
		);
		expect(screen.getByRole('link', { name: 'This evening · foam rolling' })).toHaveAttribute('href', '/methods/foam-rolling/');
		expect(detailFetches(failing).length).toBeGreaterThan(0);

		// A later plan whose details do load no longer carries the message.
		vi.stubGlobal('fetch', fetchFromFixtures);
		fireEvent.click(screen.getByRole('radio', { name: '5 minutes' }));
		await submit();
		await waitFor(() => expect(screen.getByRole('link', { name: 'This evening · Easy walking' })).toBeInTheDocument());
		expect(screen.queryByText(/could not be loaded/)).toBeNull();
	});

	test('the guide index is fetched once, with the rules, on the first touch of the form', async () => {
		await renderQuiz();
		expect(fetchFromFixtures).not.toHaveBeenCalled();
		fireEvent.focusIn(within(group(WARNINGS)).getByLabelText('None of these'));
		await waitFor(() => expect(fetchFromFixtures).toHaveBeenCalledWith(TODAY_GUIDES_URL));
		answerLongRun();
		await submit();
		await screen.findByRole('heading', { name: TITLE });
		fireEvent.click(screen.getByRole('radio', { name: '5 minutes' }));
		await submit();
		expect(fetchFromFixtures.mock.calls.filter(([url]) => url === TODAY_GUIDES_URL)).toHaveLength(1);
	});

	test.each([
		['is unreachable', async () => Promise.reject(new TypeError('Failed to fetch'))],
		['answers 404', async () => ({ ok: false, statusText: 'Not Found', json: async () => ({}) })],
		['is malformed', async () => ({ ok: true, statusText: 'OK', json: async () => ({ methods: 7 }) })],
	])('when the guide index %s, the form says so, keeps the answers, and the next submit tries again', async (_, broken) => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => (url === TODAY_GUIDES_URL ? broken() : fetchFromFixtures(url))),
		);
		await renderQuiz();
		answerLongRun();
		fireEvent.click(screen.getByRole('button', { name: SUBMIT }));
		await waitFor(() => expect(status()).toHaveTextContent(LOAD_FAILED));
		expect(screen.getByText(LOAD_FAILED, { selector: 'p.field-error' })).toBeInTheDocument();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('5');
		vi.stubGlobal('fetch', fetchFromFixtures);
		await submit();
		expect(await screen.findByRole('heading', { name: TITLE })).toHaveFocus();
	});

	test('a detail that answers 404 counts as a failure too', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) =>
				url === TODAY_GUIDES_URL ? guidesResponse() : { ok: false, statusText: 'Not Found', json: async () => ({}) },
			),
		);
		await renderQuiz();
		answerLongRun();
		await submit();
		expect(await screen.findByText(/Some method details could not be loaded/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: TITLE })).toBeInTheDocument();
	});

	test('without the safety answers, the first warning sign takes focus and each group carries its message', async () => {
		await renderQuiz();
		await submit();
		const warnings = group(WARNINGS);
		expect(within(warnings).getAllByRole('checkbox')[0]).toHaveFocus();
		expect(describedBy(warnings)).toContain('Warning signs: tick any that apply, or “None of these”.');
		expect(describedBy(group(HEALTH))).toContain('Health: tick any that apply to you, or “None of these”.');
		expect(describedBy(group(ILL))).toContain('Illness: choose an answer (“No” if you have not been ill in the last two weeks).');
		for (const box of within(warnings).getAllByRole('checkbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByText('3 answers need a fix:')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Warning signs: tick any that apply, or “None of these”.' })).toHaveAttribute(
			'href',
			`#${warnings.id}`,
		);
		expect(status()).toHaveTextContent(/^3 answers need a fix\.$/);
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(detailFetches(fetchFromFixtures)).toEqual([]);
	});

	test('a bad number focuses its field, marked and described, and its message stays until it is edited', async () => {
		await renderQuiz();
		tickIn(WARNINGS, 'None of these');
		tickIn(HEALTH, 'None of these');
		tickIn(ILL, 'No');
		type('Leg soreness, 0 to 10', '12');
		type('Hours slept last night', '7,5,5');
		await submit();
		const legs = screen.getByLabelText('Leg soreness, 0 to 10');
		const sleep = screen.getByLabelText('Hours slept last night');
		expect(legs).toHaveFocus();
		expect(legs).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(legs)).toContain('Leg soreness must be between 0 (fresh) and 10 (worst ever).');
		expect(screen.getByRole('link', { name: 'Leg soreness must be between 0 (fresh) and 10 (worst ever).' })).toHaveAttribute(
			'href',
			`#${legs.id}`,
		);
		expect(sleep).toHaveAttribute('aria-invalid', 'true');
		// Editing another field leaves the legs' message.
		type('Hours slept last night', '7.5');
		expect(sleep).not.toHaveAttribute('aria-invalid');
		expect(legs).toHaveAttribute('aria-invalid', 'true');
		type('Leg soreness, 0 to 10', '2');
		expect(legs).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
	});

	test('after an edit the plan is marked out of date until the next submit; the status line says one thing per submit', async () => {
		await renderQuiz();
		await submit();
		expect(status()).toHaveTextContent(/^3 answers need a fix\.$/);
		answerLongRun();
		await submit();
		await screen.findByRole('heading', { name: TITLE });
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		type('Leg soreness, 0 to 10', '8');
		expect(screen.getByText(/You have changed your answers since this plan/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: TITLE }).nextElementSibling).toHaveTextContent(/^Go easy today/);
		await submit();
		await waitFor(() => expect(screen.getByRole('heading', { name: TITLE }).nextElementSibling).toHaveTextContent(/^Rest today/));
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
	});

	test('"None of these" unticks the others, and any other unticks it, in each safety group', async () => {
		await renderQuiz();
		for (const [name, other] of [
			[WARNINGS, 'Dark, tea- or cola-coloured urine'],
			[HEALTH, 'Pregnancy'],
		] as const) {
			const box = (label: string) => within(group(name)).getByLabelText(label);
			tickIn(name, other);
			tickIn(name, 'None of these');
			expect(box('None of these')).toBeChecked();
			expect(box(other)).not.toBeChecked();
			tickIn(name, other);
			expect(box(other)).toBeChecked();
			expect(box('None of these')).not.toBeChecked();
		}
	});

	test('health answers are never stored or put in the address, even after a plan', async () => {
		await renderQuiz();
		tickIn(WARNINGS, 'None of these');
		tickIn(HEALTH, 'Pregnancy');
		tickIn(HEALTH, 'A past blood clot (DVT or pulmonary embolism), or blood thinners');
		tickIn(ILL, 'Better now');
		tickIn('A fresh strain, sprain or knock in the last 48 hours?', 'Yes');
		tickIn('Can you take four steps on it?', 'Yes');
		type('Leg soreness, 0 to 10', '3');
		await submit();
		await screen.findByRole('heading', { name: TITLE });
		expect(
			screen.getByText('Health: pregnancy, and a past blood clot (DVT or pulmonary embolism), or blood thinners (not saved).'),
		).toBeInTheDocument();
		expect(screen.getByText('Illness: been ill, better now (not saved).')).toBeInTheDocument();
		const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
		expect(kept).toMatchObject({ legs: '3', injury: 'yes' });
		for (const key of ['warnings', 'health', 'weight', 'ill']) {
			expect(kept).not.toHaveProperty(key);
			expect(new URLSearchParams(window.location.search).has(key)).toBe(false);
		}
		expect(allStorage()).not.toMatch(/pregnancy|clot|warnings/);
		expect(window.location.search).toContain('legs=3');
		expect(window.location.search).not.toMatch(/pregnancy|clot|warnings|health|weight|ill=|recovering/);
		expect(allStorage()).not.toMatch(/recovering/);
		// And the note under the plan says so, rather than promising the link brings the plan back.
		expect(
			screen.getByText(/except the health ones, which never leave this page: whoever opens it answers those again/),
		).toBeInTheDocument();
	});

	test('a fresh knock they cannot take four steps on stops the plan', async () => {
		await renderQuiz();
		expect(screen.queryByRole('group', { name: 'Can you take four steps on it?' })).toBeNull();
		tickIn('A fresh strain, sprain or knock in the last 48 hours?', 'Yes');
		tickIn('Can you take four steps on it?', 'No');
		await submit();
		const heading = screen.getByRole('heading', { name: TITLE });
		expect(heading).toHaveFocus();
		expect(heading.nextElementSibling).toHaveTextContent('Stop self-treating. Urgent: get medical care today.');
		expect(window.location.search).not.toContain('weight');
		expect(allStorage()).not.toContain('weight');
	});

	test('each ticked region gets its own "how does it feel?" question, and a limp there gives the stop plan', async () => {
		await renderQuiz();
		expect(screen.queryByRole('group', { name: 'Knees: how does it feel?' })).toBeNull();
		tickIn(WHERE, 'Knees');
		tickIn(WHERE, 'Quads');
		tickIn(WHERE, 'Skin and chafing');
		expect(within(group('Knees: how does it feel?')).getByLabelText('General muscle soreness or tightness')).toBeChecked();
		expect(group('Quads: how does it feel?')).toBeInTheDocument();
		// Skin is not a muscle: no such question for it.
		expect(screen.queryByRole('group', { name: 'Skin and chafing: how does it feel?' })).toBeNull();
		tickIn(WHERE, 'Quads');
		expect(screen.queryByRole('group', { name: 'Quads: how does it feel?' })).toBeNull();

		tickIn('Knees: how does it feel?', 'Pain that makes me limp or change how I run');
		await submit();
		// A limp stops the plan before anything else is asked for (the warning signs included).
		const heading = screen.getByRole('heading', { name: TITLE });
		expect(heading).toHaveFocus();
		expect(heading.nextElementSibling).toHaveTextContent('Stop self-treating. Soon: stop running on it and book a clinician within days.');
		expect(screen.getByRole('link', { name: 'Red flags: pinpoint bone pain (possible stress fracture)' })).toHaveAttribute(
			'href',
			'/red-flags/#bone-stress',
		);
		expect(detailFetches(fetchFromFixtures)).toEqual([]);
		// A limp stops the plan like a warning sign: a health answer, never in the link (the rest is).
		expect(new URLSearchParams(window.location.search).get('where')).toBe('skin:sore');
		expect(allStorage()).not.toContain('stride');
	});

	test('pain in one spot puts its injury guide first and keeps rolling off it', async () => {
		await renderQuiz();
		tickIn(WARNINGS, 'None of these');
		tickIn(HEALTH, 'None of these');
		tickIn(ILL, 'No');
		tickIn(WHERE, 'Knees');
		tickIn('Knees: how does it feel?', 'Pain in one spot, a joint or a tendon');
		fireEvent.click(screen.getByRole('checkbox', { name: 'Foam roller' }));
		await submit();
		const heading = await screen.findByRole('heading', { name: TITLE });
		expect(heading.nextElementSibling).toHaveTextContent(/Pain first: read its guide below\.$/);
		expect(screen.getByRole('link', { name: 'Runner’s knee (fixture)' })).toHaveAttribute('href', '/injuries/runners-knee/');
		expect(screen.queryByRole('link', { name: /Foam rolling/ })).toBeNull();
		expect(detailFetches(fetchFromFixtures)).not.toContain('/tools/today/m/foam-rolling.json');
	});

	test('"Start again" clears the form, the plan, the address and the stored answers', async () => {
		await renderQuiz();
		answerLongRun();
		await submit();
		await screen.findByRole('heading', { name: TITLE });
		expect(window.location.search).not.toBe('');
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		expect(within(group(WARNINGS)).getByLabelText('None of these')).not.toBeChecked();
		expect(screen.getByRole('radio', { name: 'Long run' })).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Foam roller' })).not.toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(status().textContent).toBe('');
		expect(window.location.search).toBe('');
		expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({});
	});

	test('a limp in a link is ignored like any health answer: the region is not restored and no plan shows', async () => {
		window.history.replaceState(null, '', `${PATH}?where=knees%3Astride,quads%3Asore&legs=3`);
		await renderQuiz();
		expect(within(group(WHERE)).getByLabelText('Knees')).not.toBeChecked();
		expect(within(group(WHERE)).getByLabelText('Quads')).toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(document.activeElement).toBe(document.body);
		expect(status().textContent).toBe('');
	});

	test('a shared link fills the kept answers but, without the safety answers, shows no plan and moves no focus', async () => {
		// The safety answers are never in a link: whoever opens it answers them before any plan.
		window.history.replaceState(null, '', `${PATH}?last=long-run&legs=5&time=15&kit=foam-roller&warnings=none&health=none`);
		await renderQuiz();
		expect(screen.getByRole('radio', { name: 'Long run' })).toBeChecked();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('5');
		expect(within(group(WARNINGS)).getByLabelText('None of these')).not.toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(document.activeElement).toBe(document.body);
		tickIn(WARNINGS, 'None of these');
		tickIn(HEALTH, 'None of these');
		tickIn(ILL, 'No');
		await submit();
		expect(await screen.findByRole('heading', { name: TITLE })).toBeInTheDocument();
	});

	test('hostile values in a link are dropped and never rendered', async () => {
		window.history.replaceState(
			null,
			'',
			`${PATH}?last=%3Cimg%20src%3Dx%3E&legs=%3Cb%3E&kit=laser,foam-roller&where=__proto__%3Apain,feet%3Aevil&time=999`,
		);
		const { container } = await renderQuiz();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		for (const radio of within(group('What did you do in the last 24 hours?')).getAllByRole('radio')) expect(radio).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Foam roller' })).toBeChecked();
		expect(within(group(WHERE)).getByLabelText('Feet and arches')).not.toBeChecked();
		expect(container.querySelector('img, b')).toBeNull();
		expect(({} as Record<string, unknown>).pain).toBeUndefined();
	});

	test('stored answers come back on a plain visit, without a plan; stored safety answers are ignored', async () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({ legs: '3', kit: 'foam-roller', where: 'knees:pain', warnings: 'none', health: 'none', weight: 'yes' }),
		);
		await renderQuiz();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('3');
		expect(screen.getByRole('checkbox', { name: 'Foam roller' })).toBeChecked();
		expect(within(group(WHERE)).getByLabelText('Knees')).toBeChecked();
		expect(within(group('Knees: how does it feel?')).getByLabelText('Pain in one spot, a joint or a tendon')).toBeChecked();
		expect(within(group(WARNINGS)).getByLabelText('None of these')).not.toBeChecked();
		expect(within(group(HEALTH)).getByLabelText('None of these')).not.toBeChecked();
		expect(screen.queryByRole('heading', { name: TITLE })).toBeNull();
		expect(detailFetches(fetchFromFixtures)).toEqual([]);
	});

	test('corrupt storage is ignored', async () => {
		localStorage.setItem(KEY, '{"legs": {"$gt": 1}, "kit": ["foam-roller"], "where": 7}');
		await renderQuiz();
		expect(screen.getByLabelText('Leg soreness, 0 to 10')).toHaveValue('');
		expect(screen.getByRole('checkbox', { name: 'Foam roller' })).not.toBeChecked();
	});
});
