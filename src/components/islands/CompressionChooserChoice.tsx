/** One labelled group of radio buttons or checkboxes, with its error at the group. */
import type { FieldError } from '../../lib/compression';

type Props = {
	/** Unique per island instance: used for ids and the radio group's name. */
	id: string;
	/** The field name the chooser uses to find the group when focusing the first error. */
	field: string;
	legend: string;
	hint?: string;
	type: 'radio' | 'checkbox';
	options: readonly { value: string; label: string }[];
	isChecked: (value: string) => boolean;
	onChange: (value: string, checked: boolean) => void;
	error?: FieldError;
	disabled: boolean;
};

export default function CompressionChooserChoice({ id, field, legend, hint, type, options, isChecked, onChange, error, disabled }: Props) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
	return (
		<fieldset class="cc-group" aria-describedby={describedBy}>
			<legend>{legend}</legend>
			{hint && (
				<p id={hintId} class="cc-hint muted">
					{hint}
				</p>
			)}
			{error && (
				<p id={errorId} class="field-error">
					{error.message}
				</p>
			)}
			<div class="cc-options">
				{options.map((option, index) => {
					const optionId = `${id}-${option.value}`;
					return (
						<div class="cc-option" key={option.value}>
							<input
								type={type}
								id={optionId}
								name={id}
								value={option.value}
								checked={isChecked(option.value)}
								disabled={disabled}
								data-field={index === 0 ? field : undefined}
								aria-invalid={error ? 'true' : undefined}
								onChange={(event) => onChange(option.value, event.currentTarget.checked)}
							/>
							<label for={optionId}>{option.label}</label>
						</div>
					);
				})}
			</div>
		</fieldset>
	);
}
