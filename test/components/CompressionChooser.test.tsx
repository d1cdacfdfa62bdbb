import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import CompressionChooser from '../../src/components/islands/CompressionChooser';

const STORAGE_KEY = 'runner-recovery:compression:v1';

beforeEach(() => {
	window.history.replaceState(null, '', '/tools/compression/');
});

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Show my gear' }));
const tick = (label: RegExp | string) => fireEvent.click(screen.getByLabelText(label));
const liveRegion = () => screen.getByRole('status');

async function ready() {
	await waitFor(() => expect(screen.getByRole('button', { name: 'Show my gear' })).toBeEnabled());
}

describe('CompressionChooser', () => {
	test('every control is labelled and usable once hydrated', async () => {
		render(<CompressionChooser />);
		await ready();
		expect(screen.getByRole('radio', { name: 'Recovery after runs' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Calf and shin' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Centimetres (cm)' })).toBeChecked();
		for (const label of [/Ankle at its narrowest \(cm\)/, /Calf at its widest \(cm\)/, /Shoe size/, /Heel-to-knee length \(cm\)/]) {
			const input = screen.getByLabelText(label);
			expect(input).toHaveAttribute('type', 'text');
			expect(input).toHaveAttribute('inputmode', 'decimal');
		}
		expect(screen.getByRole('group', { name: 'Health check' })).toBeInTheDocument();
		// The no-JavaScript note stays in the DOM but only shows under @media (scripting: none).
		expect(screen.getByText(/needs JavaScript/)).toHaveClass('js-off-only');
	});

	test('in centimetres: a result lands in the live region and the heading takes focus', async () => {
		render(<CompressionChooser />);
		await ready();
		type(/Ankle at its narrowest/, '22');
		type(/Calf at its widest/, '36,5');
		tick('None of these');
		submit();
		const region = liveRegion();
		const heading = await within(region).findByRole('heading', { name: 'Your compression gear' });
		await waitFor(() => expect(heading).toHaveFocus());
		expect(within(region).getByRole('heading', { name: 'Garment: Knee-high recovery sock' })).toBeInTheDocument();
		expect(within(region).getByRole('heading', { name: 'Pressure: 15–20 mmHg' })).toBeInTheDocument();
		expect(within(region).getByRole('heading', { name: 'Size: Medium calf' })).toBeInTheDocument();
		expect(within(region).getByRole('heading', { name: 'Pneumatic boots: optional' })).toBeInTheDocument();
		expect(region).toHaveTextContent('You measured: ankle 22 cm (8.7 in), calf 36.5 cm (14.4 in).');
		for (const link of within(region).getAllByRole('link', { name: /Brown et al. 2017/ }))
			expect(link).toHaveAttribute('href', 'https://doi.org/10.1007/s40279-017-0728-9');
	});

	test('in inches: the labels follow the unit and the size comes from the inch bands', async () => {
		render(<CompressionChooser />);
		await ready();
		tick('Inches (in)');
		type(/Ankle at its narrowest \(in\)/, '8.5');
		type(/Calf at its widest \(in\)/, '12.3');
		tick('None of these');
		submit();
		expect(await within(liveRegion()).findByRole('heading', { name: 'Size: between small calf and medium calf' })).toBeInTheDocument();
		expect(liveRegion()).toHaveTextContent('calf 12.3 in (31.2 cm)');
	});

	test('a validation message appears at the field, names it, and the field is marked invalid', async () => {
		render(<CompressionChooser />);
		await ready();
		type(/Ankle at its narrowest/, '22');
		type(/Calf at its widest/, '38abc');
		tick('None of these');
		submit();
		const calf = screen.getByLabelText(/Calf at its widest/);
		expect(calf).toHaveAttribute('aria-invalid', 'true');
		expect(calf).toHaveAccessibleDescription(/Calf must be a number, like 7.5 or 7,5 \(cm\)\./);
		await waitFor(() => expect(calf).toHaveFocus());
		expect(liveRegion()).toHaveTextContent('One answer needs a fix');
		expect(within(liveRegion()).queryByRole('heading')).not.toBeInTheDocument();
	});

	test('a calf of 15 "cm" asks about inches, and one click switches the unit', async () => {
		render(<CompressionChooser />);
		await ready();
		type(/Ankle at its narrowest/, '9');
		type(/Calf at its widest/, '15');
		tick('None of these');
		submit();
		expect(screen.getByLabelText(/Calf at its widest/)).toHaveAccessibleDescription(/Did you measure in inches\?/);
		fireEvent.click(screen.getAllByRole('button', { name: 'Switch to inches' })[0]!);
		expect(screen.getByRole('radio', { name: 'Inches (in)' })).toBeChecked();
		expect(screen.getByLabelText(/Calf at its widest \(in\)/)).toHaveValue('15');
		expect(await within(liveRegion()).findByRole('heading', { name: 'Size: Medium calf' })).toBeInTheDocument();
	});

	test('the health check must be answered, and its error is at the group', async () => {
		render(<CompressionChooser />);
		await ready();
		type(/Ankle at its narrowest/, '22');
		type(/Calf at its widest/, '36');
		submit();
		const group = screen.getByRole('group', { name: 'Health check' });
		expect(group).toHaveAccessibleDescription(/Health check: tick each one that applies to you/);
		await waitFor(() => expect(screen.getByLabelText(/Known peripheral arterial disease/)).toHaveFocus());
	});

	test('a health-check "yes" replaces the advice with see-a-clinician, and no pressure', async () => {
		render(<CompressionChooser />);
		await ready();
		tick(/A past blood clot/);
		submit();
		const region = liveRegion();
		expect(await within(region).findByRole('heading', { name: 'See a clinician before using compression' })).toBeInTheDocument();
		expect(region).toHaveTextContent('A past blood clot (DVT or pulmonary embolism)');
		expect(region).not.toHaveTextContent(/Pressure:/);
		expect(region).toHaveTextContent('Pneumatic boots: not until a clinician has checked');
	});

	test('"None of these" and the conditions exclude each other', async () => {
		render(<CompressionChooser />);
		await ready();
		tick(/Heart failure/);
		tick('None of these');
		expect(screen.getByLabelText(/Heart failure/)).not.toBeChecked();
		tick(/Diabetes with numb feet/);
		expect(screen.getByLabelText('None of these')).not.toBeChecked();
	});

	test('knee, thigh and arm hide the leg measurements', async () => {
		render(<CompressionChooser />);
		await ready();
		tick('Knee');
		expect(screen.queryByLabelText(/Calf at its widest/)).not.toBeInTheDocument();
		tick('None of these');
		submit();
		expect(await within(liveRegion()).findByRole('heading', { name: 'Garment: Knee sleeve' })).toBeInTheDocument();
	});

	test('answers go to the link and storage; health answers go to neither', async () => {
		render(<CompressionChooser />);
		await ready();
		tick('Wearing during runs');
		type(/Calf at its widest/, '36,5');
		tick(/Heart failure/);
		expect(new URLSearchParams(window.location.search).get('calf')).toBe('36,5');
		expect(new URLSearchParams(window.location.search).get('purpose')).toBe('during-runs');
		expect(window.location.search).not.toMatch(/heart|screen|none/);
		const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
		expect(stored).toMatchObject({ calf: '36,5', purpose: 'during-runs' });
		expect(JSON.stringify(stored)).not.toMatch(/heart/);
	});

	test('state is restored from the link before render', async () => {
		window.history.replaceState(null, '', '/tools/compression/?purpose=travel&area=calf-shin&style=sock&unit=in&ankle=8.5&calf=14.5');
		render(<CompressionChooser />);
		await ready();
		expect(screen.getByRole('radio', { name: 'Long travel' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Sock' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Inches (in)' })).toBeChecked();
		expect(screen.getByLabelText(/Calf at its widest \(in\)/)).toHaveValue('14.5');
		tick('None of these');
		submit();
		expect(await within(liveRegion()).findByRole('heading', { name: /Garment: Knee-high everyday/ })).toBeInTheDocument();
	});

	test('state is restored from storage; a hostile link value is ignored', async () => {
		localStorage.setItem(STORAGE_KEY, JSON.stringify({ purpose: 'standing', calf: '40' }));
		window.history.replaceState(null, '', '/tools/compression/?calf=%3Cimg%20src%3Dx%3E&purpose=__proto__');
		render(<CompressionChooser />);
		await ready();
		// The link carried no acceptable answer, so storage wins.
		expect(screen.getByRole('radio', { name: 'All-day standing' })).toBeChecked();
		expect(screen.getByLabelText(/Calf at its widest/)).toHaveValue('40');
		expect(document.querySelector('img')).toBeNull();
	});

	test('corrupt localStorage is ignored', async () => {
		localStorage.setItem(STORAGE_KEY, '{not json');
		render(<CompressionChooser />);
		await ready();
		expect(screen.getByRole('radio', { name: 'Recovery after runs' })).toBeChecked();
		expect(screen.getByLabelText(/Calf at its widest/)).toHaveValue('');
	});

	test('hostile values in localStorage are dropped, field by field', async () => {
		localStorage.setItem(STORAGE_KEY, '{"unit":"furlongs","calf":"javascript:alert(1)","ankle":"21","__proto__":{"polluted":true}}');
		render(<CompressionChooser />);
		await ready();
		expect(screen.getByRole('radio', { name: 'Centimetres (cm)' })).toBeChecked();
		expect(screen.getByLabelText(/Calf at its widest/)).toHaveValue('');
		expect(screen.getByLabelText(/Ankle at its narrowest/)).toHaveValue('21');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('Start again clears the answers', async () => {
		render(<CompressionChooser />);
		await ready();
		type(/Calf at its widest/, '36');
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText(/Calf at its widest/)).toHaveValue('');
		expect(window.location.search).toBe('');
	});

	test('two embedded choosers keep unique ids, and an embedded one can use h3', async () => {
		const { container } = render(
			<>
				<CompressionChooser />
				<CompressionChooser headingLevel={3} />
			</>,
		);
		await waitFor(() => expect(screen.getAllByRole('button', { name: 'Show my gear' })[1]).toBeEnabled());
		const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(screen.getAllByLabelText(/Calf at its widest/)).toHaveLength(2);
		const second = container.querySelectorAll('.compression-chooser')[1] as HTMLElement;
		fireEvent.click(within(second).getByLabelText('None of these'));
		fireEvent.click(within(second).getByLabelText('Arm'));
		fireEvent.click(within(second).getByRole('button', { name: 'Show my gear' }));
		expect(await within(second).findByRole('heading', { level: 3, name: 'Your compression gear' })).toBeInTheDocument();
	});
});
