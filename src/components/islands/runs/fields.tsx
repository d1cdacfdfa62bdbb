/**
 * The few fields "Your runs" has, in the form kit's markup and styles (a visible label, the hint
 * and the message at the field, aria-invalid and aria-describedby; fieldsets of labelled options)
 * without importing the kit's modules. Why: the four form tools share the kit as one chunk; a
 * page that imported only part of it made the bundler split that chunk in three, and the splits
 * cost every tool page about 500 bytes of its 20 KB budget. The styles come from the kit's
 * stylesheet, which the page imports.
 */
import type { ComponentChildren } from 'preact';

type TextProps = {
	id: string;
	label: string;
	hint?: string;
	value: string;
	error?: string;
	disabled?: boolean;
	onInput: (value: string) => void;
};

/** A number typed as text (inputmode decimal), as src/components/islands/form/TextField.tsx does it. */
export function NumberText({ id, label, hint, value, error, disabled, onInput }: TextProps) {
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
				inputMode="decimal"
				autoComplete="off"
				maxLength={12}
				value={value}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
		</div>
	);
}

type ChoicesProps<T extends string> = {
	id: string;
	legend: string;
	hint?: string;
	/** Checkboxes when true, else radios. */
	multiple?: boolean;
	options: readonly T[];
	labels: Record<T, string>;
	value: readonly T[];
	disabled?: boolean;
	onChange: (next: T[]) => void;
	inline?: boolean;
	children?: ComponentChildren;
};

/** A fieldset of radios or checkboxes, as src/components/islands/form/ChoiceGroup.tsx draws it. */
export function Choices<T extends string>({
	id,
	legend,
	hint,
	multiple,
	options,
	labels,
	value,
	disabled,
	onChange,
	inline,
	children,
}: ChoicesProps<T>) {
	return (
		<fieldset id={id} class="tool-choices" aria-describedby={hint ? `${id}-hint` : undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p id={`${id}-hint`} class="tool-hint">
					{hint}
				</p>
			)}
			<div class={inline ? 'tool-options tool-options--inline' : 'tool-options'}>
				{options.map((option) => (
					<label class="tool-option" key={option}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							id={`${id}-${option}`}
							name={id}
							value={option}
							checked={value.includes(option)}
							disabled={disabled}
							onChange={(e) =>
								onChange(multiple ? (e.currentTarget.checked ? [...value, option] : value.filter((v) => v !== option)) : [option])
							}
						/>
						<span>{labels[option]}</span>
					</label>
				))}
			</div>
			{children}
		</fieldset>
	);
}

/** A folding step with the kit's marker and "n answered" count (src/components/islands/form/ToolForm.tsx, Fold). */
export function Step({ title, answered, children }: { title: string; answered: number; children: ComponentChildren }) {
	return (
		<details class="tool-step">
			<summary>
				{title}
				{answered > 0 && <span class="tool-step-count">{answered} answered</span>}
			</summary>
			{children}
		</details>
	);
}
