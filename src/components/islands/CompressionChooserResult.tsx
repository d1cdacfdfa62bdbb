/** Renders the chooser's answer: every line with its source. Text only, never HTML. */
import type { Ref } from 'preact';
import {
	GARMENT_KIND_LABELS,
	PURPOSE_LABELS,
	SCREEN_LABELS,
	SOURCES,
	type BootsAdvice,
	type ChooserResult,
	type Reason,
	type SizeAdvice,
} from '../../lib/compression';

type Props = {
	result: ChooserResult;
	headingId: string;
	headingRef: Ref<HTMLHeadingElement>;
	/** 2 on the tool page; 3 when embedded under a guide's section heading. */
	level: 2 | 3;
};

function Reasons({ reasons }: { reasons: readonly Reason[] }) {
	return (
		<ul class="cc-reasons">
			{reasons.map((reason, i) => {
				const source = SOURCES[reason.source] as { label: string; url?: string };
				return (
					<li key={i}>
						{reason.text}{' '}
						<span class="cc-source">
							(Source: {source.url ? <a href={source.url}>{source.label}</a> : source.label})
						</span>
					</li>
				);
			})}
		</ul>
	);
}

const BOOTS_TITLE: Record<BootsAdvice['verdict'], string> = {
	optional: 'optional',
	'not-for-this-purpose': 'not for this purpose',
	'not-until-checked': 'not until a clinician has checked',
};

function sizeTitle(size: SizeAdvice): string {
	if (size.kind === 'size') return size.band.label;
	if (size.kind === 'between') return `between ${size.lower.label.toLowerCase()} and ${size.upper.label.toLowerCase()}`;
	if (size.kind === 'below-table') return 'smaller than this table';
	if (size.kind === 'above-table') return 'larger than this table';
	return 'use the brand’s chart';
}

export default function CompressionChooserResult({ result, headingId, headingRef, level }: Props) {
	const H = level === 3 ? 'h3' : 'h2';
	const Sub = level === 3 ? 'h4' : 'h3';
	if (result.kind === 'see-clinician')
		return (
			<div class="callout danger">
				<H id={headingId} ref={headingRef} tabIndex={-1}>
					See a clinician before using compression
				</H>
				<p>You ticked:</p>
				<ul>
					{result.conditions.map((c) => (
						<li key={c}>{SCREEN_LABELS[c]}</li>
					))}
				</ul>
				<Reasons reasons={result.reasons} />
				<Sub>Pneumatic boots: {BOOTS_TITLE[result.boots.verdict]}</Sub>
				<p>{result.boots.summary}</p>
				<Reasons reasons={result.boots.reasons} />
				<p>
					Warning signs that need care now are on the <a href="/red-flags/">red flags page</a>.
				</p>
			</div>
		);

	const { garment, pressure, size, measurements, boots } = result;
	return (
		<div>
			<H id={headingId} ref={headingRef} tabIndex={-1}>
				Your compression gear
			</H>
			<Sub>Garment: {garment.label}</Sub>
			<p>
				For {PURPOSE_LABELS[result.purpose].toLowerCase()}, choose {GARMENT_KIND_LABELS[garment.kind]}.
			</p>
			<Reasons reasons={garment.reasons} />

			<Sub>Pressure: {pressure.mmHg}</Sub>
			<Reasons reasons={pressure.reasons} />
			<div class="table-scroll">
				<table>
					<caption>Compression classes (US-style ranges)</caption>
					<thead>
						<tr>
							<th scope="col">Class</th>
							<th scope="col">What it is for</th>
							<th scope="col">Needs a clinician?</th>
						</tr>
					</thead>
					<tbody>
						{pressure.classes.map((c) => (
							<tr key={c.range}>
								<th scope="row">{c.range}</th>
								<td>{c.use}</td>
								<td>{c.clinician ? 'Yes' : 'No'}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<Reasons reasons={[pressure.note]} />

			<Sub>Size: {sizeTitle(size)}</Sub>
			{measurements && (
				<p>
					You measured: ankle {measurements.ankle.text}, calf {measurements.calf.text}.
				</p>
			)}
			<Reasons reasons={size.reasons} />
			<p>How to measure:</p>
			<Reasons reasons={result.howToMeasure} />

			<Sub>Pneumatic boots: {BOOTS_TITLE[boots.verdict]}</Sub>
			<p>{boots.summary}</p>
			<Reasons reasons={boots.reasons} />
			<p>
				Stop and take compression off if your foot goes numb, tingles, or turns cold or pale. More warning signs are on the{' '}
				<a href="/red-flags/">red flags page</a>.
			</p>
		</div>
	);
}
