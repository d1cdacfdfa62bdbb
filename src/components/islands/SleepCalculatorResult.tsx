/**
 * The sleep calculator's answer, or the list of fields to fix. Rendered inside the island's live
 * region; the heading takes focus after a submit. All text comes from src/lib/sleep.ts and is
 * rendered as text (never as HTML).
 */
import { Fragment, type Ref } from 'preact';
import {
	BASIS_TEXT,
	SLEEP_SOURCES,
	describeSleepPlan,
	type ClockFormat,
	type SleepEvaluation,
	type SleepField,
	type SleepSourceId,
} from '../../lib/sleep';

type Props = {
	evaluation: SleepEvaluation;
	clock: ClockFormat;
	/** Level of the result heading; sections use the next level down. */
	level: 2 | 3;
	headingRef: Ref<HTMLHeadingElement>;
	/** Element id of each field, for the links in the list of problems. */
	ids: Record<SleepField, string>;
};

function Source({ id }: { id: SleepSourceId }) {
	const source: { label: string; url?: string } = SLEEP_SOURCES[id];
	return source.url ? <a href={source.url}>{source.label}</a> : <span>{source.label}</span>;
}

export default function SleepCalculatorResult({ evaluation, clock, level, headingRef, ids }: Props) {
	const Heading = level === 3 ? 'h3' : 'h2';
	const Sub = level === 3 ? 'h4' : 'h3';

	if (!evaluation.ok) {
		return (
			<div class="sleep-calc__problems callout danger">
				<Heading ref={headingRef} tabIndex={-1}>
					Check your answers
				</Heading>
				<ul>
					{(Object.keys(evaluation.errors) as SleepField[]).map((field) => (
						<li key={field}>
							<a href={`#${ids[field]}`}>{evaluation.errors[field]}</a>
						</li>
					))}
				</ul>
			</div>
		);
	}

	return (
		<div class="sleep-calc__plan">
			<Heading ref={headingRef} tabIndex={-1}>
				Your sleep plan
			</Heading>
			<p class="muted">
				Each part says whether it is a published recommendation or this site’s rule of thumb. It is general guidance, not a
				diagnosis.
			</p>
			{describeSleepPlan(evaluation.plan, clock).map((section) => (
				<section key={section.id} class={`sleep-calc__section sleep-calc__section--${section.id}`}>
					<Sub>{section.title}</Sub>
					<p class="sleep-calc__answer">
						<strong>{section.answer}</strong>
					</p>
					{section.items.length > 0 && (
						<ul>
							{section.items.map((item) => (
								<li key={item}>{item}</li>
							))}
						</ul>
					)}
					{section.reasons.map((reason) => (
						<p key={reason}>{reason}</p>
					))}
					<p class="sleep-calc__basis muted">
						{BASIS_TEXT[section.basis]}
						{section.sources.length > 0 && ' Sources: '}
						{section.sources.map((id, i) => (
							<Fragment key={id}>
								{i > 0 && ', '}
								<Source id={id} />
							</Fragment>
						))}
					</p>
				</section>
			))}
		</div>
	);
}
