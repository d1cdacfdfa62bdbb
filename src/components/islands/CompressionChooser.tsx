/**
 * The compression-gear chooser island: the form kit over src/lib/tools/compression (which documents
 * how the answer is made and on what sources). The health check stays in memory on this page: it is
 * never saved or put in the link. Works embedded more than once (ids come from useId).
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { SourceLink } from '../../lib/bibliography';
import {
	AREAS,
	AREA_LABELS,
	COMPRESSION_SHAPE,
	LOWER_LEG_AREAS,
	PURPOSES,
	PURPOSE_LABELS,
	SCREEN_ANSWERS,
	SCREEN_LABELS,
	STYLES,
	STYLE_LABELS,
	UNITS,
	UNIT_LABELS,
} from '../../lib/tools/compression/form';
import { unitMixUp } from '../../lib/tools/compression/sizing';
import ChoiceGroup from './form/ChoiceGroup';
import TextField from './form/TextField';
import ToolForm from './form/ToolForm';
import { useToolForm } from './form/useToolForm';
import './form/tool-form.css';

type Props = {
	/** Heading level of the result: 2 on the tool page (default), 3 inside a guide section. */
	headingLevel?: 2 | 3;
	sources: Record<string, SourceLink>;
	/** How to measure, with the "where to measure" figure: static HTML from the page. */
	children?: ComponentChildren;
};

export default function CompressionChooser({ headingLevel = 2, sources, children }: Props) {
	const f = useToolForm(COMPRESSION_SHAPE, `cc${useId()}`, {
		logic: () => import('../../lib/tools/compression/logic').then((m) => m.compressionLogic),
	});
	const { form } = f;
	const lowerLeg = LOWER_LEG_AREAS.includes(form.area);

	const length = (field: 'calf' | 'ankle' | 'length', label: string, hint: string) => {
		const props = f.textField(field);
		const other = props.error ? unitMixUp(form[field], field, form.unit) : undefined;
		return (
			<TextField {...props} label={label} hint={hint}>
				{other && (
					<button type="button" class="button secondary" disabled={f.disabled} onClick={() => f.set({ unit: other })}>
						Switch to {other === 'in' ? 'inches' : 'centimetres'}
					</button>
				)}
			</TextField>
		);
	};

	return (
		<ToolForm
			tool={f}
			label="Compression-gear chooser"
			submitLabel="Show my gear"
			resultNoun="answer"
			withoutScript={
				<>
					This chooser needs JavaScript. The <a href="/methods/compression-garments/">compression guide</a> gives the same advice, and the{' '}
					<a href="/red-flags/">red flags</a> say when to see a clinician.
				</>
			}
			result={
				f.result &&
				f.logic &&
				f.Result && (
					<f.Result
						id={f.id('result')}
						shareNote={f.shareNote}
						title="Your compression gear"
						description={f.logic.describe(f.result, undefined)}
						sources={sources}
						level={headingLevel}
						headingRef={f.headingRef}
					/>
				)
			}
		>
			<ChoiceGroup
				{...f.anyOf('screen')}
				legend="Health check (required)"
				options={SCREEN_ANSWERS}
				labels={SCREEN_LABELS}
				none="none"
				hint="Tick any that apply to you. These answers stay on this page: they are never saved or put in the link."
			/>
			<ChoiceGroup {...f.oneOf('purpose')} legend="What is it for?" options={PURPOSES} labels={PURPOSE_LABELS} />
			<ChoiceGroup {...f.oneOf('area')} legend="Body area" options={AREAS} labels={AREA_LABELS} inline />
			<ChoiceGroup {...f.oneOf('style')} legend="Sleeve or sock?" options={STYLES} labels={STYLE_LABELS} inline />
			{lowerLeg && (
				<fieldset>
					<legend>Your measurements</legend>
					<div class="tool-measure">{children}</div>
					<ChoiceGroup {...f.oneOf('unit')} legend="Unit you measured in" options={UNITS} labels={UNIT_LABELS} inline />
					{length('calf', `Calf at its widest (${form.unit})`, 'Required: the size comes from it.')}
					{length('ankle', `Ankle at its narrowest (${form.unit})`, 'Optional: some sock charts use it.')}
					{length('length', `Heel to the back of the knee (${form.unit})`, 'Optional: for knee-high socks.')}
					<TextField {...f.textField('shoe')} label="Shoe size" hint="Optional. As printed on your shoe (UK, US or EU)." />
				</fieldset>
			)}
		</ToolForm>
	);
}
