/**
 * What every tool shows after a submit: the one-line answer first, then its sections, each with
 * its answer and items and a "Why" disclosure holding the reasons, what they rest on (published,
 * rule of thumb...) and their sources from the one bibliography. Everything is rendered as text,
 * never as HTML. The heading takes focus after a submit (useToolForm).
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { SourceLink } from '../../../lib/bibliography';
import { BASIS_TEXT, type Description, type Item, type Reason } from '../../../lib/tools/contract';

type Props = {
	id: string;
	title: string;
	description: Description;
	/** The bibliography entries the tool can cite, by id (handed in by the page). */
	sources: Readonly<Record<string, SourceLink>>;
	/** Level of the result heading: 2 on a tool page, 3 when embedded under a guide's h2. */
	level: 2 | 3;
	headingRef: (el: HTMLHeadingElement | null) => void;
	/** What the address keeps (useToolForm's `shareNote`). */
	shareNote: string;
	/** Shown between the headline and the sections (a share link, a download). */
	children?: ComponentChildren;
};

function Sources({ ids, sources }: { ids: readonly string[]; sources: Props['sources'] }) {
	return (
		<>
			{ids.map((id, i) => {
				const s = sources[id];
				return (
					<Fragment key={id}>
						{i > 0 && '; '}
						{s ? <a href={s.url}>{s.label}</a> : id}
					</Fragment>
				);
			})}
		</>
	);
}

const ItemLine = ({ item }: { item: Item }) =>
	typeof item === 'string' ? (
		<li>{item}</li>
	) : (
		<li>
			<a href={item.href}>{item.text}</a>
			{item.note && <> {item.note}</>}
		</li>
	);

function Why({ reasons, basis, sources }: { reasons: readonly Reason[]; basis: string; sources: Props['sources'] }) {
	return (
		<details class="tool-why">
			<summary>Why</summary>
			<ul>
				{reasons.map((r) => (
					<li key={r.text}>
						{r.text}
						{r.sources.length > 0 && (
							<span class="tool-source">
								{' '}
								(<Sources ids={r.sources} sources={sources} />)
							</span>
						)}
					</li>
				))}
			</ul>
			<p class="tool-basis">{basis}</p>
		</details>
	);
}

export default function ToolResult({ id, title, description, sources, level, headingRef, shareNote, children }: Props) {
	const Heading = level === 3 ? 'h3' : 'h2';
	const Sub = level === 3 ? 'h4' : 'h3';
	return (
		<div class="tool-result-body">
			<Heading id={id} ref={headingRef} tabIndex={-1}>
				{title}
			</Heading>
			<p class="tool-headline">{description.headline}</p>
			{children}
			<p class="tool-share muted no-print">{shareNote}</p>
			{description.sections.map((s) => (
				<section key={s.id} class={s.tone === 'warning' ? 'tool-section callout danger' : 'tool-section'} data-section={s.id}>
					<Sub>{s.title}</Sub>
					<p class="tool-answer">{s.answer}</p>
					{s.items.length > 0 && (
						<ul>
							{s.items.map((item) => (
								<ItemLine key={typeof item === 'string' ? item : item.text} item={item} />
							))}
						</ul>
					)}
					{s.reasons.length > 0 && <Why reasons={s.reasons} basis={BASIS_TEXT[s.basis]} sources={sources} />}
				</section>
			))}
		</div>
	);
}
