/**
 * One question as a fieldset of radios (one answer) or checkboxes (any number), each with its own
 * label (the whole row, so all of it is a target), the hint and the error at the group. A checkbox group may have a "none of these" option:
 * ticking it clears the others, and ticking another clears it (`toggleNone` in src/lib/tools/form.ts).
 */
import type { ComponentChildren } from 'preact';
import { toggleChoice } from '../../../lib/tools/form';

type Props<T extends string> = {
	/** Element id of the group; options get `<id>-<value>`, and the radios' name is the id. */
	id: string;
	field: string;
	legend: string;
	hint?: string;
	multiple?: boolean;
	options: readonly T[];
	labels: Record<T, string>;
	value: readonly T[];
	/** The option that means "none of these" in a checkbox group. */
	none?: T;
	error?: string;
	disabled: boolean;
	onChange: (next: T[]) => void;
	/** Lay the options out in a row (short radio answers) instead of a column. */
	inline?: boolean;
	children?: ComponentChildren;
};

export default function ChoiceGroup<T extends string>(props: Props<T>) {
	const { id, field, legend, hint, multiple, options, labels, value, none, error, disabled, onChange, inline, children } = props;
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<fieldset id={id} class="tool-choices" aria-describedby={describedBy || undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p id={`${id}-hint`} class="tool-hint">
					{hint}
				</p>
			)}
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
			<div class={inline ? 'tool-options tool-options--inline' : 'tool-options'}>
				{options.map((option, index) => (
					<label class="tool-option" key={option}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							id={`${id}-${option}`}
							name={id}
							value={option}
							checked={value.includes(option)}
							disabled={disabled}
							data-field={index === 0 ? field : undefined}
							aria-invalid={error ? 'true' : undefined}
							onChange={(e) => onChange(multiple ? toggleChoice(options, value, option, e.currentTarget.checked, none) : [option])}
						/>
						<span>{labels[option]}</span>
					</label>
				))}
			</div>
			{children}
		</fieldset>
	);
}
