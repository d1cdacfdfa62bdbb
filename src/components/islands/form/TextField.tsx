/**
 * One labelled text field for every tool: a visible label, an optional hint, and the error at the
 * field (aria-invalid, described by the hint and the message). Numbers are typed into text fields
 * with inputmode="decimal", never type=number: see src/lib/parse-number.ts for why.
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
	/** 'decimal' for numbers; 'text' for times and dates. */
	inputmode?: 'decimal' | 'numeric' | 'text';
	/** A native input type where one is safe, e.g. 'date' (the default is text). */
	type?: 'text' | 'date';
	maxLength?: number;
	/** Anything shown after the error, such as a "switch units" button. */
	children?: ComponentChildren;
};

export default function TextField(props: Props) {
	const { id, field, label, hint, value, error, disabled, onInput, inputmode = 'decimal', type = 'text', maxLength = 12, children } = props;
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
				type={type}
				inputMode={type === 'text' ? inputmode : undefined}
				autoComplete="off"
				spellcheck={false}
				data-field={field}
				value={value}
				maxLength={type === 'text' ? maxLength : undefined}
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
