/** A text field of the sleep calculator: the shared TextField in the calculator's layout. */
import TextField from './TextField';

type Props = Omit<Parameters<typeof TextField>[0], 'className' | 'hintClassName'>;

export default function SleepCalculatorField(props: Props) {
	return <TextField {...props} className="sleep-calc__field" hintClassName="sleep-calc__hint" />;
}
