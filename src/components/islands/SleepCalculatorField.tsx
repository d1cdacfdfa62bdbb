/**
 * One labelled text field of the sleep calculator: visible label, optional hint, and the error at the
 * field (aria-invalid, described by the hint and the message). Text, never type=number: see parse-number.ts.
 */
type Props = {
	id: string;
	label: string;
	hint?: string;
	value: string;
	error?: string;
	disabled: boolean;
	onInput: (value: string) => void;
	/** 'decimal' for numbers; 'text' for times, which may carry "am" or "pm". */
	inputmode?: 'decimal' | 'numeric' | 'text';
};

export default function SleepCalculatorField({ id, label, hint, value, error, disabled, onInput, inputmode = 'decimal' }: Props) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
	return (
		<div class="sleep-calc__field">
			<label for={id}>{label}</label>
			{hint && (
				<p id={hintId} class="sleep-calc__hint muted">
					{hint}
				</p>
			)}
			<input
				id={id}
				type="text"
				inputmode={inputmode}
				autocomplete="off"
				spellcheck={false}
				value={value}
				disabled={disabled}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
			{error && (
				<p id={errorId} class="field-error">
					{error}
				</p>
			)}
		</div>
	);
}
