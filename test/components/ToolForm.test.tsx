/**
 * The form kit's frame and hook on a tool of their own (one number, one health answer), for what
 * the four islands cannot show without mocking their imports: a logic module that fails to load,
 * then loads; the frame's buttons, problem list and out-of-date note; and the shared props.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import ChoiceGroup from '../../src/components/islands/form/ChoiceGroup';
import TextField from '../../src/components/islands/form/TextField';
import ToolForm from '../../src/components/islands/form/ToolForm';
import { LOAD_FAILED, useToolForm } from '../../src/components/islands/form/useToolForm';
import { numberTextCodec } from '../../src/lib/persisted-state';
import type { ToolLogic, ToolShape } from '../../src/lib/tools/contract';

type Form = { hours: string; health: ('none' | 'pad')[] };
type Field = 'hours' | 'health';
const SHAPE: ToolShape<Form, Field> = {
	id: 'test',
	storageKey: 'test:frame:v1',
	codecs: { hours: numberTextCodec() },
	sensitive: ['health'],
	defaults: { hours: '', health: [] },
	fieldOrder: ['hours', 'health'],
};
const LOGIC: ToolLogic<Form, number, Field> = {
	evaluate: (form) => {
		const errors: Partial<Record<Field, string>> = {};
		if (!/^\d+$/.test(form.hours)) errors.hours = 'Hours: a whole number, like 7';
		if (form.health.length === 0) errors.health = 'Answer the health question';
		return Object.keys(errors).length ? { ok: false, errors } : { ok: true, result: Number(form.hours) };
	},
	describe: (n) => ({ headline: `${n} hours`, sections: [] }),
	sources: [],
};

function Tool({ logic }: { logic: () => Promise<ToolLogic<Form, number, Field>> }) {
	const f = useToolForm(SHAPE, 'tt', { logic });
	return (
		<ToolForm
			tool={f}
			label="Test tool"
			submitLabel="Work it out"
			resultNoun="answer"
			withoutScript="Needs JavaScript."
			result={f.result !== undefined && <p>Result: {f.result}</p>}
		>
			<TextField {...f.textField('hours')} label="Hours" />
			<ChoiceGroup
				{...f.choiceGroup('health')}
				legend="Health"
				multiple
				none="none"
				options={['pad', 'none'] as const}
				labels={{ pad: 'Peripheral artery disease', none: 'None of these' }}
				value={f.form.health}
				onChange={(health) => f.set({ health })}
			/>
		</ToolForm>
	);
}

const submitButton = () => screen.getByRole('button', { name: 'Work it out' });
async function renderTool(logic: () => Promise<ToolLogic<Form, number, Field>>) {
	render(<Tool logic={logic} />);
	await waitFor(() => expect(submitButton()).toBeEnabled());
}

beforeEach(() => window.history.replaceState(null, '', '/tools/test/'));

describe('ToolForm and useToolForm', () => {
	test('a logic module that fails to load says so, keeps the answers, and loads on the next submit', async () => {
		let calls = 0;
		const flaky = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(LOGIC));
		await renderTool(flaky);
		fireEvent.input(screen.getByLabelText('Hours'), { target: { value: '7' } });
		fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
		fireEvent.click(submitButton());
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(LOAD_FAILED));
		expect(screen.getByText(LOAD_FAILED, { selector: 'p.field-error' })).toBeInTheDocument();
		expect(screen.getByLabelText('Hours')).toHaveValue('7');
		expect(screen.queryByText(/^Result:/)).toBeNull();

		fireEvent.click(submitButton());
		await screen.findByText('Result: 7');
		expect(calls).toBe(2);
		expect(screen.queryByText(LOAD_FAILED, { selector: 'p.field-error' })).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent('Your answer is below.');
	});

	test('the problem list links each standing message to its field and shrinks as answers are fixed', async () => {
		await renderTool(() => Promise.resolve(LOGIC));
		fireEvent.input(screen.getByLabelText('Hours'), { target: { value: 'seven' } });
		fireEvent.click(submitButton());
		await waitFor(() => expect(screen.getByLabelText('Hours')).toHaveFocus());
		expect(screen.getByText('2 answers need a fix:')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Hours: a whole number, like 7' })).toHaveAttribute('href', '#tt-hours');
		fireEvent.input(screen.getByLabelText('Hours'), { target: { value: '7' } });
		expect(screen.getByText('One answer needs a fix:')).toBeInTheDocument();
		expect(screen.queryByRole('link', { name: 'Hours: a whole number, like 7' })).toBeNull();
		expect(screen.getByRole('link', { name: 'Answer the health question' })).toBeInTheDocument();
	});

	test('the out-of-date note names the submit button; "Start again" clears it all', async () => {
		await renderTool(() => Promise.resolve(LOGIC));
		fireEvent.input(screen.getByLabelText('Hours'), { target: { value: '7' } });
		fireEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
		fireEvent.click(submitButton());
		await screen.findByText('Result: 7');
		fireEvent.input(screen.getByLabelText('Hours'), { target: { value: '8' } });
		expect(screen.getByText('You have changed your answers since this answer: press “Work it out” to update it.')).toBeInTheDocument();
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(screen.getByLabelText('Hours')).toHaveValue('');
		expect(screen.queryByText(/^Result:/)).toBeNull();
		expect(screen.queryByText(/You have changed your answers/)).toBeNull();
		expect(window.location.search).toBe('');
	});

	test('the no-JavaScript note is in the frame, marked to hide once scripts run', async () => {
		await renderTool(() => Promise.resolve(LOGIC));
		expect(screen.getByText('Needs JavaScript.')).toHaveClass('js-off-only');
		expect(screen.getByRole('form', { name: 'Test tool' })).toBeInTheDocument();
	});
});
