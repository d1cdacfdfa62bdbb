/**
 * The compression-gear chooser island on the form kit. The health check is health data: it must
 * never reach localStorage or the address, even after a result.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { beforeEach, describe, expect, test } from 'vitest';
import CompressionChooser from '../../src/components/islands/CompressionChooser';
import type { SourceLink } from '../../src/lib/bibliography';
import { allStorage, describedBy, status, submitWith, type } from './support';

const KEY = 'runner-recovery:compression:v2';
const PATH = '/tools/compression/';
const SOURCES: Record<string, SourceLink> = {
	brown2017: { label: 'Brown (fixture) 2017', url: 'https://example.org/brown', type: 'meta-analysis' },
};

const SUBMIT = 'Show my gear';
const CALF = 'Calf at its widest (cm)';
const submit = () => submitWith(SUBMIT);
const healthCheck = () => screen.getByRole('group', { name: 'Health check (required)' });
const tickHealth = (name: string) => fireEvent.click(within(healthCheck()).getByRole('checkbox', { name }));
const resultHeading = () => screen.queryByRole('heading', { name: 'Your compression gear' });
/** Everything this origin keeps in localStorage, keys and values. */

async function renderChooser() {
	const view = render(<CompressionChooser sources={SOURCES} />);
	await waitFor(() => expect(screen.getByRole('button', { name: SUBMIT })).toBeEnabled());
	return view;
}

beforeEach(() => window.history.replaceState(null, '', PATH));

describe('CompressionChooser', () => {
	test('controls are disabled until hydrated, then enabled', async () => {
		const container = document.body.appendChild(document.createElement('div'));
		preactRender(<CompressionChooser sources={SOURCES} />, container);
		const controls = [
			screen.getByRole('button', { name: SUBMIT }),
			screen.getByRole('button', { name: 'Start again' }),
			screen.getByRole('checkbox', { name: 'None of these' }),
			screen.getByRole('radio', { name: 'Recovery after runs' }),
			screen.getByLabelText(CALF),
		];
		for (const c of controls) expect(c).toBeDisabled();
		await waitFor(() => {
			for (const c of controls) expect(c).toBeEnabled();
		});
		preactRender(null, container);
		container.remove();
	});

	test('filling the form and submitting shows the gear: its heading takes focus and the one-line answer comes first', async () => {
		await renderChooser();
		tickHealth('None of these');
		type(CALF, '36,5');
		type('Ankle at its narrowest (cm)', '22');
		await submit();
		const heading = screen.getByRole('heading', { level: 2, name: 'Your compression gear' });
		expect(heading).toHaveFocus();
		// Recovery, calf and shin, no preference: a recovery sock. 365 mm is in the medium band, 12.5-15 in.
		expect(heading.nextElementSibling).toHaveTextContent(
			/^Knee-high recovery sock · 15–20 mmHg · Medium calf, 31\.8–38\.1 cm \(12\.5–15 in\)$/,
		);
		expect(screen.getByRole('heading', { level: 3, name: 'Your size' })).toBeInTheDocument();
		expect(screen.getByText('Calf: 36.5 cm (14.4 in)')).toBeInTheDocument();
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
		for (const link of screen.getAllByRole('link', { name: 'Brown (fixture) 2017' }))
			expect(link).toHaveAttribute('href', 'https://example.org/brown');
	});

	test('a submit with a bad measurement focuses it, marks it and lists it', async () => {
		await renderChooser();
		tickHealth('None of these');
		type(CALF, '36');
		type('Ankle at its narrowest (cm)', '40');
		await submit();
		const ankle = screen.getByLabelText('Ankle at its narrowest (cm)');
		const message =
			'Ankle (40 cm (15.7 in)) must be smaller than your calf (36 cm (14.2 in)): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.';
		expect(ankle).toHaveFocus();
		expect(ankle).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(ankle)).toContain(message);
		expect(screen.getByLabelText(CALF)).not.toHaveAttribute('aria-invalid');
		expect(screen.getByText('One answer needs a fix:')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', `#${ankle.id}`);
		expect(status()).toHaveTextContent(/^One answer needs a fix\.$/);
		expect(resultHeading()).toBeNull();
	});

	test('without the health check, its first box takes focus and the group carries the message', async () => {
		await renderChooser();
		type(CALF, '36');
		await submit();
		const group = healthCheck();
		const first = within(group).getAllByRole('checkbox')[0]!;
		expect(first).toHaveFocus();
		for (const box of within(group).getAllByRole('checkbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
		expect(describedBy(group)).toContain('Health check: tick each one that applies to you, or “None of these”.');
		expect(screen.getByRole('link', { name: 'Health check: tick each one that applies to you, or “None of these”.' })).toHaveAttribute(
			'href',
			`#${group.id}`,
		);
	});

	test('a message stays until its own field is edited', async () => {
		await renderChooser();
		type(CALF, '');
		type('Shoe size', '99');
		await submit();
		const calf = screen.getByLabelText(CALF);
		const shoe = screen.getByLabelText('Shoe size');
		expect(calf).toHaveAttribute('aria-invalid', 'true');
		expect(shoe).toHaveAttribute('aria-invalid', 'true');
		expect(status()).toHaveTextContent(/^3 answers need a fix\.$/);
		// Answering the health check does not clear the calf's message.
		tickHealth('None of these');
		expect(calf).toHaveAttribute('aria-invalid', 'true');
		expect(healthCheck()).not.toHaveAttribute('aria-describedby', expect.stringContaining('error'));
		type('Shoe size', '42');
		expect(shoe).not.toHaveAttribute('aria-invalid');
		expect(calf).toHaveAttribute('aria-invalid', 'true');
		type(CALF, '38');
		expect(calf).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
	});

	test('a calf in inches typed as centimetres offers "Switch to inches", which switches', async () => {
		await renderChooser();
		tickHealth('None of these');
		type(CALF, '14');
		await submit();
		const calf = screen.getByLabelText(CALF);
		expect(calf).toHaveFocus();
		expect(describedBy(calf)).toContain(
			'Calf of 14 cm is smaller than any runner’s. Did you measure in inches? Switch the unit to inches if so.',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Switch to inches' }));
		expect(screen.getByRole('radio', { name: 'Inches (in)' })).toBeChecked();
		expect(screen.getByLabelText('Calf at its widest (in)')).toHaveValue('14');
		// The message was about the unit: it goes with the switch.
		expect(screen.getByLabelText('Calf at its widest (in)')).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(/Did you measure in inches/)).toBeNull();
		// 14 in is a calf: no more offer.
		expect(screen.queryByRole('button', { name: /Switch to/ })).toBeNull();
		await submit();
		// 14 in = 355.6 mm, in the medium band.
		expect(screen.getByRole('heading', { name: 'Your compression gear' }).nextElementSibling).toHaveTextContent(/Medium calf/);
		expect(screen.getByText('Calf: 14 in (35.6 cm)')).toBeInTheDocument();
	});

	test('no offer to switch when the number fits neither unit', async () => {
		await renderChooser();
		tickHealth('None of these');
		type(CALF, '3');
		await submit();
		expect(screen.getByLabelText(CALF)).toHaveAttribute('aria-invalid', 'true');
		expect(screen.queryByRole('button', { name: /Switch to/ })).toBeNull();
	});

	test('after an edit the answer is marked out of date until the next submit', async () => {
		await renderChooser();
		tickHealth('None of these');
		type(CALF, '36');
		await submit();
		fireEvent.click(screen.getByRole('radio', { name: 'Sleeve' }));
		expect(screen.getByText(/You have changed your answers since this answer/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Your compression gear' }).nextElementSibling).toHaveTextContent(/^Knee-high recovery sock/);
		await submit();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		expect(screen.getByRole('heading', { name: 'Your compression gear' }).nextElementSibling).toHaveTextContent(/^Calf sleeve/);
		expect(status()).toHaveTextContent(/^Your answer is below\.$/);
	});

	test('"None of these" unticks the others, and any other unticks it', async () => {
		await renderChooser();
		tickHealth('Heart failure');
		tickHealth('Diabetes, or numb feet');
		tickHealth('None of these');
		const box = (name: string) => within(healthCheck()).getByRole('checkbox', { name });
		expect(box('None of these')).toBeChecked();
		expect(box('Heart failure')).not.toBeChecked();
		expect(box('Diabetes, or numb feet')).not.toBeChecked();
		tickHealth('Heart failure');
		expect(box('Heart failure')).toBeChecked();
		expect(box('None of these')).not.toBeChecked();
	});

	test('the health check is never stored or put in the address, even after a result', async () => {
		await renderChooser();
		fireEvent.click(screen.getByRole('radio', { name: 'Long travel' }));
		tickHealth('Diabetes, or numb feet');
		tickHealth('A past blood clot (DVT or pulmonary embolism), or blood thinners');
		await submit();
		const heading = screen.getByRole('heading', { name: 'Your compression gear' });
		expect(heading).toHaveFocus();
		expect(heading.nextElementSibling).toHaveTextContent('See a clinician before any compression garment or boots.');
		expect(window.location.search).toContain('purpose=travel');
		expect(window.location.search).not.toMatch(/screen|diabetes|clot/);
		expect(allStorage()).toContain('travel');
		expect(allStorage()).not.toMatch(/screen|diabetes|clot/);
	});

	test('a calf swollen on one side now is urgent and names no garment', async () => {
		await renderChooser();
		tickHealth('One calf swollen, hot, red or painful now');
		await submit();
		const heading = screen.getByRole('heading', { name: 'Your compression gear' });
		expect(heading.nextElementSibling).toHaveTextContent(/^Get that calf checked today\./);
		expect(screen.getByRole('link', { name: 'Red flags: a swollen calf on one side' })).toHaveAttribute('href', '/red-flags/#clot');
		expect(allStorage()).not.toContain('calf-swelling');
		expect(window.location.search).not.toContain('calf-swelling');
	});

	test('the measurements are asked only for the lower leg', async () => {
		await renderChooser();
		fireEvent.click(screen.getByRole('radio', { name: 'Knee' }));
		expect(screen.queryByLabelText(/Calf at its widest/)).toBeNull();
		tickHealth('None of these');
		await submit();
		expect(screen.getByRole('heading', { name: 'Your compression gear' }).nextElementSibling).toHaveTextContent(
			'Knee sleeve · 15–20 mmHg · Sized by the brand’s own chart',
		);
	});

	test('"Start again" clears the form, the answer, the address and the stored answers', async () => {
		await renderChooser();
		tickHealth('None of these');
		fireEvent.click(screen.getByRole('radio', { name: 'Wearing during runs' }));
		type(CALF, '36');
		await submit();
		expect(window.location.search).not.toBe('');
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText(CALF)).toHaveValue('');
		expect(screen.getByRole('radio', { name: 'Recovery after runs' })).toBeChecked();
		for (const box of within(healthCheck()).getAllByRole('checkbox')) expect(box).not.toBeChecked();
		expect(resultHeading()).toBeNull();
		expect(status().textContent).toBe('');
		expect(window.location.search).toBe('');
		expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({});
	});

	test('a shared link fills the kept answers but, without its health check, shows no result and moves no focus', async () => {
		// The health check is never in a link, so whoever opens it must answer it: the link's answers
		// come back, the check is flagged at its group, and nothing is focused or announced.
		window.history.replaceState(null, '', `${PATH}?purpose=during-runs&style=sleeve&calf=36&screen=none`);
		await renderChooser();
		expect(screen.getByRole('radio', { name: 'Wearing during runs' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Sleeve' })).toBeChecked();
		expect(screen.getByLabelText(CALF)).toHaveValue('36');
		expect(within(healthCheck()).getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
		expect(resultHeading()).toBeNull();
		expect(document.activeElement).toBe(document.body);
		expect(status().textContent).toBe('');
		tickHealth('None of these');
		await submit();
		expect(screen.getByRole('heading', { name: 'Your compression gear' }).nextElementSibling).toHaveTextContent(
			/^Calf sleeve · 15–20 mmHg · Medium calf/,
		);
	});

	test('hostile values in a link are dropped and never rendered', async () => {
		window.history.replaceState(
			null,
			'',
			`${PATH}?calf=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&unit=javascript%3Aalert(1)&purpose=__proto__&area=knee`,
		);
		const { container } = await renderChooser();
		expect(screen.getByRole('radio', { name: 'Knee' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Recovery after runs' })).toBeChecked();
		expect(container.querySelector('img')).toBeNull();
	});

	test('stored answers come back on a plain visit, without a result; a stored health check is ignored', async () => {
		localStorage.setItem(KEY, JSON.stringify({ purpose: 'standing', calf: '40', unit: 'cm', screen: 'none' }));
		await renderChooser();
		expect(screen.getByRole('radio', { name: 'All-day standing' })).toBeChecked();
		expect(screen.getByLabelText(CALF)).toHaveValue('40');
		for (const box of within(healthCheck()).getAllByRole('checkbox')) expect(box).not.toBeChecked();
		expect(resultHeading()).toBeNull();
	});

	test('corrupt storage is ignored', async () => {
		localStorage.setItem(KEY, '{"calf": 36, "purpose": ["travel"], "area": "__proto__"');
		await renderChooser();
		expect(screen.getByLabelText(CALF)).toHaveValue('');
		expect(screen.getByRole('radio', { name: 'Recovery after runs' })).toBeChecked();
	});
});
