/** The quiz's form controls: a labelled text field and a fieldset of radios or checkboxes. */
import type { ComponentChildren } from 'preact';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

interface TextFieldProps {
	id: string;
	label: string;
	hint: string;
	value: string;
	error?: string;
	disabled: boolean;
	onInput: (value: string) => void;
}

/** A number typed as text (inputmode="decimal", never type=number), its hint and its error. */
export function TextField({ id, label, hint, value, error, disabled, onInput }: TextFieldProps) {
	return (
		<div class="today-field">
			<label for={id}>{label}</label>
			<p id={`${id}-hint`} class="muted today-hint">
				{hint}
			</p>
			<input
				type="text"
				inputMode="decimal"
				autocomplete="off"
				id={id}
				name={id}
				size={6}
				value={value}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
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

interface ChoicesProps<T extends string> {
	name: string;
	legend: string;
	hint?: string;
	multiple?: boolean;
	options: readonly T[];
	labels: Record<T, string>;
	value: readonly T[];
	error?: string;
	disabled: boolean;
	onChange: (next: T[]) => void;
	children?: ComponentChildren;
}

/** One question as a fieldset: radios (one answer) or checkboxes (any number), each with its own label. */
export function Choices<T extends string>(props: ChoicesProps<T>) {
	const { name, legend, hint, multiple, options, labels, value, error, disabled, onChange, children } = props;
	const toggle = (option: T, checked: boolean) =>
		onChange(multiple ? options.filter((o) => (o === option ? checked : value.includes(o))) : [option]);
	return (
		<fieldset
			id={`${name}-group`}
			class="today-choices"
			aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
		>
			<legend>{legend}</legend>
			{hint && (
				<p id={`${name}-hint`} class="muted today-hint">
					{hint}
				</p>
			)}
			{error && (
				<p id={`${name}-error`} class="field-error">
					{error}
				</p>
			)}
			<div class="today-options">
				{options.map((option) => (
					<div class="today-option" key={option}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							id={`${name}-${option}`}
							name={name}
							value={option}
							checked={value.includes(option)}
							disabled={disabled}
							aria-invalid={error ? 'true' : undefined}
							onChange={(e) => toggle(option, e.currentTarget.checked)}
						/>
						<label for={`${name}-${option}`}>{labels[option]}</label>
					</div>
				))}
			</div>
			{children}
		</fieldset>
	);
}
