/** A labelled number field (text with inputmode="decimal"), its hint, and its error at the field. */
import type { FieldError, Unit } from '../../lib/compression';

type Props = {
	id: string;
	field: string;
	label: string;
	hint: string;
	value: string;
	onInput: (value: string) => void;
	error?: FieldError;
	disabled: boolean;
	/** Offered when the error says the value looks like the other unit. */
	onSwitchUnit: (unit: Unit) => void;
};

export default function CompressionChooserField({ id, field, label, hint, value, onInput, error, disabled, onSwitchUnit }: Props) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	return (
		<div class="cc-field">
			<label for={id}>{label}</label>
			<p id={hintId} class="cc-hint muted">
				{hint}
			</p>
			<input
				type="text"
				inputMode="decimal"
				autoComplete="off"
				spellcheck={false}
				id={id}
				data-field={field}
				value={value}
				maxLength={12}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={error ? `${hintId} ${errorId}` : hintId}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
			{error && (
				<p id={errorId} class="field-error">
					{error.message}
				</p>
			)}
			{error?.suggestUnit && (
				<button type="button" class="button secondary cc-switch" disabled={disabled} onClick={() => onSwitchUnit(error.suggestUnit as Unit)}>
					Switch to {error.suggestUnit === 'in' ? 'inches' : 'centimetres'}
				</button>
			)}
		</div>
	);
}
