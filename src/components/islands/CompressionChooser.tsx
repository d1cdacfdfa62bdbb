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
import ToolErrors from './form/ToolErrors';
import ToolResult from './form/ToolResult';
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
		const error = f.errorFor(field);
		const other = error ? unitMixUp(form[field], field, form.unit) : undefined;
		return (
			<TextField
				id={f.id(field)}
				field={field}
				label={label}
				hint={hint}
				value={form[field]}
				error={error}
				disabled={f.disabled}
				onInput={(value) => f.set({ [field]: value })}
			>
				{other && (
					<button type="button" class="button secondary" disabled={f.disabled} onClick={() => f.set({ unit: other })}>
						Switch to {other === 'in' ? 'inches' : 'centimetres'}
					</button>
				)}
			</TextField>
		);
	};

	return (
		<div class="tool" data-pagefind-ignore>
			<p class="callout js-off-only">
				This chooser needs JavaScript. The <a href="/methods/compression-garments/">compression guide</a> gives the same advice, and the{' '}
				<a href="/red-flags/">red flags</a> say when to see a clinician.
			</p>
			<form ref={f.formRef} class="tool-form" noValidate aria-label="Compression-gear chooser" onSubmit={f.submit} {...f.prefetch}>
				<ChoiceGroup
					id={f.id('screen')}
					field="screen"
					legend="Health check (required)"
					multiple
					options={SCREEN_ANSWERS}
					labels={SCREEN_LABELS}
					none="none"
					value={form.screen}
					error={f.errorFor('screen')}
					disabled={f.disabled}
					onChange={(screen) => f.set({ screen })}
					hint="Tick any that apply to you. These answers stay on this page: they are never saved or put in the link."
				/>
				<ChoiceGroup
					id={f.id('purpose')}
					field="purpose"
					legend="What is it for?"
					options={PURPOSES}
					labels={PURPOSE_LABELS}
					value={[form.purpose]}
					error={f.errorFor('purpose')}
					disabled={f.disabled}
					onChange={([purpose]) => purpose && f.set({ purpose })}
				/>
				<ChoiceGroup
					id={f.id('area')}
					field="area"
					legend="Body area"
					options={AREAS}
					labels={AREA_LABELS}
					value={[form.area]}
					inline
					error={f.errorFor('area')}
					disabled={f.disabled}
					onChange={([area]) => area && f.set({ area })}
				/>
				<ChoiceGroup
					id={f.id('style')}
					field="style"
					legend="Sleeve or sock?"
					options={STYLES}
					labels={STYLE_LABELS}
					value={[form.style]}
					inline
					error={f.errorFor('style')}
					disabled={f.disabled}
					onChange={([style]) => style && f.set({ style })}
				/>
				{lowerLeg && (
					<fieldset>
						<legend>Your measurements</legend>
						<div class="tool-measure">{children}</div>
						<ChoiceGroup
							id={f.id('unit')}
							field="unit"
							legend="Unit you measured in"
							options={UNITS}
							labels={UNIT_LABELS}
							value={[form.unit]}
							inline
							error={f.errorFor('unit')}
							disabled={f.disabled}
							onChange={([unit]) => unit && f.set({ unit })}
						/>
						{length('calf', `Calf at its widest (${form.unit})`, 'Required: the size comes from it.')}
						{length('ankle', `Ankle at its narrowest (${form.unit})`, 'Optional: some sock charts use it.')}
						{length('length', `Heel to the back of the knee (${form.unit})`, 'Optional: for knee-high socks.')}
						<TextField
							id={f.id('shoe')}
							field="shoe"
							label="Shoe size"
							hint="Optional. As printed on your shoe (UK, US or EU)."
							value={form.shoe}
							error={f.errorFor('shoe')}
							disabled={f.disabled}
							onInput={(shoe) => f.set({ shoe })}
						/>
					</fieldset>
				)}
				<div class="tool-actions">
					<button type="submit" class="button" disabled={f.disabled}>
						Show my gear
					</button>
					<button type="button" class="button secondary" disabled={f.disabled} onClick={f.reset}>
						Start again
					</button>
				</div>
				<ToolErrors errors={f.errors} order={COMPRESSION_SHAPE.fieldOrder} fieldId={f.id} />
			</form>
			<p class="sr-only" role="status">
				{f.announcement}
			</p>
			<div class="tool-result">
				{f.result && f.logic && (
					<ToolResult
						id={f.id('result')}
						shareNote={f.shareNote}
						title="Your compression gear"
						description={f.logic.describe(f.result, undefined)}
						sources={sources}
						level={headingLevel}
						headingRef={f.headingRef}
					/>
				)}
			</div>
			{f.stale && <p class="tool-stale callout">You have changed your answers since this answer: press “Show my gear” to update it.</p>}
		</div>
	);
}
