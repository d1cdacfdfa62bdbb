/** A measurement field of the chooser: the shared TextField, plus a "switch units" button when the value looks like the other unit. */
import type { FieldError, Unit } from '../../lib/compression';
import TextField from './TextField';

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

export default function CompressionChooserField({ error, onSwitchUnit, disabled, ...field }: Props) {
	const suggest = error?.suggestUnit;
	return (
		<TextField {...field} error={error?.message} disabled={disabled} maxLength={12} className="cc-field" hintClassName="cc-hint">
			{suggest && (
				<button type="button" class="button secondary cc-switch" disabled={disabled} onClick={() => onSwitchUnit(suggest)}>
					Switch to {suggest === 'in' ? 'inches' : 'centimetres'}
				</button>
			)}
		</TextField>
	);
}
