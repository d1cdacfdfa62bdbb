/** The quiz's form controls: a labelled text field and a fieldset of radios or checkboxes. */
import type { ComponentChildren } from 'preact';
import SharedTextField from './TextField';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

type QuizTextFieldProps = Omit<Parameters<typeof SharedTextField>[0], 'className' | 'hintClassName'>;

/** A number typed as text: the shared TextField in the quiz's layout. */
export function TextField(props: QuizTextFieldProps) {
	return <SharedTextField {...props} className="today-field" hintClassName="today-hint" />;
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
