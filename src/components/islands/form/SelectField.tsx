/**
 * One labelled list for every tool, laid out as TextField is: a visible label, an optional hint,
 * the error at the field (aria-invalid, described by the hint and the message). Its first choice,
 * `placeholder`, stands for no answer (the empty value), so a required list starts unanswered and
 * says so at the field like any other question.
 */
import type { ComponentChildren } from 'preact';
import type { Choice } from '../../../lib/tools/contract';

type Props = {
	/** Element id; the form kit uses `<base>-<field>`. */
	id: string;
	/** The field name, so the form can focus it when it has the first error. */
	field: string;
	label: string;
	hint?: string;
	/** What the empty choice says, e.g. "Choose the day". */
	placeholder: string;
	options: readonly Choice[];
	value: string;
	error?: string;
	disabled: boolean;
	onInput: (value: string) => void;
	children?: ComponentChildren;
};

export default function SelectField(props: Props) {
	const { id, field, label, hint, placeholder, options, value, error, disabled, onInput, children } = props;
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<div class="tool-field">
			<label for={id}>{label}</label>
			{hint && (
				<p id={`${id}-hint`} class="tool-hint">
					{hint}
				</p>
			)}
			<select
				id={id}
				data-field={field}
				value={value}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(event) => onInput(event.currentTarget.value)}
			>
				<option value="">{placeholder}</option>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
			{children}
		</div>
	);
}
