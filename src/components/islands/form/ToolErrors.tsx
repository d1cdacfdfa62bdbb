/** After a submit with problems: how many answers need a fix, each a link to its field. */
type Props<F extends string> = {
	errors: Partial<Record<F, string>>;
	order: readonly F[];
	/** Element id of a field's input. */
	fieldId: (field: F) => string;
};

export default function ToolErrors<F extends string>({ errors, order, fieldId }: Props<F>) {
	const fields = order.filter((f) => errors[f]);
	if (fields.length === 0) return null;
	return (
		<div class="tool-problems">
			<p>
				<strong>{fields.length === 1 ? 'One answer needs a fix:' : `${fields.length} answers need a fix:`}</strong>
			</p>
			<ul>
				{fields.map((f) => (
					<li key={f}>
						<a href={`#${fieldId(f)}`}>{errors[f]}</a>
					</li>
				))}
			</ul>
		</div>
	);
}
