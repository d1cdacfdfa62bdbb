/**
 * One labelled text field for every tool: a visible label, an optional hint, and the error at the
 * field (aria-invalid, described by the hint and the message). Numbers are typed into text fields
 * with inputmode="decimal", never type=number: see src/lib/parse-number.ts for why. Days are chosen
 * from a list (SelectField), not a native date control: see raceDayChoices in
 * src/lib/tools/after-race/form.ts for why.
 */
import type { ComponentChildren } from 'preact';

type Props = {
	/** Element id; the form kit uses `<base>-<field>`. */
	id: string;
	/** The field name, so the form can focus it when it has the first error. */
	field: string;
	label: string;
	hint?: string;
	value: string;
	error?: string;
	disabled: boolean;
	onInput: (value: string) => void;
	/** 'decimal' for numbers; 'text' for times. */
	inputmode?: 'decimal' | 'numeric' | 'text';
	maxLength?: number;
	/** Anything shown after the error, such as a "switch units" button. */
	children?: ComponentChildren;
};

export default function TextField(props: Props) {
	const { id, field, label, hint, value, error, disabled, onInput, inputmode = 'decimal', maxLength = 12, children } = props;
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<div class="tool-field">
			<label for={id}>{label}</label>
			{hint && (
				<p id={`${id}-hint`} class="tool-hint">
					{hint}
				</p>
			)}
			<input
				id={id}
				type="text"
				inputMode={inputmode}
				autoComplete="off"
				spellcheck={false}
				data-field={field}
				value={value}
				maxLength={maxLength}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
			{children}
		</div>
	);
}
