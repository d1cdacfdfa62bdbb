/**
 * The compression-gear chooser island: holds the answers, wires the form, renders the answer from
 * src/lib/compression.ts. Answers travel in the link and localStorage, except the health check,
 * which is health data and stays in memory on this page (research/quality.md §4.5).
 * Works embedded more than once (ids come from useId) and with client:visible.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
	AREA_LABELS,
	AREAS,
	chooseCompression,
	LOWER_LEG_AREAS,
	PURPOSE_LABELS,
	PURPOSES,
	SCREEN_CONDITIONS,
	SCREEN_LABELS,
	SCREEN_NONE,
	STYLE_LABELS,
	STYLES,
	UNIT_LABELS,
	UNITS,
	type Area,
	type Field,
	type Purpose,
	type Style,
	type Unit,
} from '../../lib/compression';
import { numberTextCodec, oneOfCodec, type Codecs } from '../../lib/persisted-state';
import Choice from './CompressionChooserChoice';
import NumberField from './CompressionChooserField';
import Result from './CompressionChooserResult';
import { usePersistedState } from './usePersistedState';
import './CompressionChooser.css';

type Props = {
	/** Heading level of the result: 2 on the tool page (default), 3 inside a guide section. */
	headingLevel?: 2 | 3;
};

type Answers = { purpose: Purpose; area: Area; style: Style; unit: Unit; ankle: string; calf: string; shoe: string; length: string };

const CODECS: Codecs<Answers> = {
	purpose: oneOfCodec(PURPOSES),
	area: oneOfCodec(AREAS),
	style: oneOfCodec(STYLES),
	unit: oneOfCodec(UNITS),
	ankle: numberTextCodec(),
	calf: numberTextCodec(),
	shoe: numberTextCodec(),
	length: numberTextCodec(),
};
const DEFAULTS: Answers = { purpose: 'recovery', area: 'calf-shin', style: 'either', unit: 'cm', ankle: '', calf: '', shoe: '', length: '' };
const STORAGE_KEY = 'runner-recovery:compression:v1';
/** Order in which errors are focused: the form's order. */
const FIELD_ORDER: Field[] = ['purpose', 'area', 'style', 'unit', 'ankle', 'calf', 'shoe', 'length', 'screen'];

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
const SCREEN_OPTIONS = [...options(SCREEN_CONDITIONS, SCREEN_LABELS), { value: SCREEN_NONE, label: 'None of these' }];

export default function CompressionChooser({ headingLevel = 2 }: Props) {
	const uid = `cc${useId()}`;
	const { state, update, reset, hydrated } = usePersistedState(CODECS, DEFAULTS, STORAGE_KEY);
	const [screen, setScreen] = useState<string[]>([]);
	const [submitted, setSubmitted] = useState(false);
	const [focusRequest, setFocusRequest] = useState(0);
	const formRef = useRef<HTMLFormElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);

	const outcome = submitted ? chooseCompression({ ...state, screen }) : undefined;
	const errors = outcome && !outcome.ok ? outcome.errors : {};
	const lowerLeg = LOWER_LEG_AREAS.includes(state.area);
	const disabled = !hydrated;

	useEffect(() => {
		if (focusRequest === 0 || !outcome) return;
		if (outcome.ok) headingRef.current?.focus();
		else {
			const first = FIELD_ORDER.find((f) => outcome.errors[f]);
			formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
		}
		// Only when a submit asks for it, not on every edit.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [focusRequest]);

	const toggleScreen = (value: string, checked: boolean) =>
		setScreen((previous) => {
			if (value === SCREEN_NONE) return checked ? [SCREEN_NONE] : [];
			const rest = previous.filter((v) => v !== SCREEN_NONE && v !== value);
			return checked ? [...rest, value] : rest;
		});

	const field = (name: 'ankle' | 'calf' | 'shoe' | 'length', label: string, hint: string) => (
		<NumberField
			id={`${uid}-${name}`}
			field={name}
			label={label}
			hint={hint}
			value={state[name]}
			onInput={(value) => update({ [name]: value } as Partial<Answers>)}
			error={errors[name]}
			disabled={disabled}
			onSwitchUnit={(unit) => update({ unit })}
		/>
	);
	const unit = state.unit;
	const errorCount = Object.keys(errors).length;

	return (
		<div class="compression-chooser" data-pagefind-ignore>
			{/* Shown only when scripting is off (CSS), so hydrating never shifts the layout. */}
			<p class="callout js-off-only">
				This chooser needs JavaScript. The <a href="/methods/compression-garments/">compression guide</a> explains the same advice,
				and the <a href="/red-flags/">red flags page</a> says when to see a clinician.
			</p>
			<form
				ref={formRef}
				class="cc-form"
				noValidate
				aria-label="Compression-gear chooser"
				onSubmit={(event) => {
					event.preventDefault();
					setSubmitted(true);
					setFocusRequest((n) => n + 1);
				}}
			>
				<Choice id={`${uid}-purpose`} field="purpose" legend="What is it for?" type="radio" options={options(PURPOSES, PURPOSE_LABELS)}
					isChecked={(v) => state.purpose === v} onChange={(v) => update({ purpose: v as Purpose })} error={errors.purpose} disabled={disabled} />
				<Choice id={`${uid}-area`} field="area" legend="Body area" type="radio" options={options(AREAS, AREA_LABELS)}
					isChecked={(v) => state.area === v} onChange={(v) => update({ area: v as Area })} error={errors.area} disabled={disabled} />
				<Choice id={`${uid}-style`} field="style" legend="Sleeve or sock?" type="radio" options={options(STYLES, STYLE_LABELS)}
					isChecked={(v) => state.style === v} onChange={(v) => update({ style: v as Style })} error={errors.style} disabled={disabled} />
				{lowerLeg && (
					<fieldset class="cc-group">
						<legend>Your measurements</legend>
						<p class="cc-hint muted">Measure in the morning, standing, with the tape on bare skin.</p>
						<Choice id={`${uid}-unit`} field="unit" legend="Unit you measured in" type="radio" options={options(UNITS, UNIT_LABELS)}
							isChecked={(v) => unit === v} onChange={(v) => update({ unit: v as Unit })} error={errors.unit} disabled={disabled} />
						{field('ankle', `Ankle at its narrowest (${unit})`, 'Required.')}
						{field('calf', `Calf at its widest (${unit})`, 'Required.')}
						{field('shoe', 'Shoe size', 'Optional. As printed on your shoe (UK, US or EU).')}
						{field('length', `Heel-to-knee length (${unit})`, 'Optional. From the floor at your heel to the crease behind your knee.')}
					</fieldset>
				)}
				<Choice id={`${uid}-screen`} field="screen" legend="Health check" type="checkbox" options={SCREEN_OPTIONS}
					hint="Tick any that apply to you. These answers stay on this page: they are not saved or put in the link."
					isChecked={(v) => screen.includes(v)} onChange={toggleScreen} error={errors.screen} disabled={disabled} />
				<div class="cc-actions">
					<button type="submit" class="button" disabled={disabled}>
						Show my gear
					</button>
					<button
						type="button"
						class="button secondary"
						disabled={disabled}
						onClick={() => {
							reset();
							setScreen([]);
							setSubmitted(false);
						}}
					>
						Start again
					</button>
				</div>
			</form>
			<div class="cc-result" role="status" aria-live="polite">
				{errorCount > 0 && (
					<p class="field-error">
						{errorCount === 1 ? 'One answer needs' : `${errorCount} answers need`} a fix: see the message{errorCount === 1 ? '' : 's'} above.
					</p>
				)}
				{outcome?.ok && <Result result={outcome.result} headingId={`${uid}-result`} headingRef={headingRef} level={headingLevel} />}
			</div>
		</div>
	);
}
