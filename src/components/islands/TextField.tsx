/**
 * One labelled text field for the tools: a visible label, an optional hint, and the error at the
 * field (aria-invalid, described by the hint and the message). Numbers are typed into text fields
 * with inputmode="decimal", never type=number: see src/lib/parse-number.ts for why.
 */
import type { ComponentChildren } from 'preact';

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
	maxLength?: number;
	/** The tool's own classes for the wrapper and the hint, so each tool keeps its layout. */
	className: string;
	hintClassName: string;
	/** Extra data attribute naming the field, for the tool's focus handling. */
	field?: string;
	/** Anything shown after the error, such as a "switch units" button. */
	children?: ComponentChildren;
};

export default function TextField(props: Props) {
	const { id, label, hint, value, error, disabled, onInput, inputmode = 'decimal', maxLength, className, hintClassName, field, children } = props;
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
	return (
		<div class={className}>
			<label for={id}>{label}</label>
			{hint && (
				<p id={hintId} class={`${hintClassName} muted`}>
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
				<p id={errorId} class="field-error">
					{error}
				</p>
			)}
			{children}
		</div>
	);
}
