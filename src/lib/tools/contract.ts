/**
 * The one shape every tool has (the quiz, the sleep calculator, the compression chooser, the
 * after-race timeline), so that each is built, tested and rendered the same way:
 *
 *   codecs     how the answers that may be kept travel in the link and localStorage (allow-lists)
 *   sensitive  answers that are health data: never in the link, never in storage
 *   defaults   the empty form
 *   evaluate   form in, a typed result or a message per bad field out; pure, and it may throw only
 *              on a bug (no catch-all: a property test must see a crash)
 *   describe   result in, what a runner reads: a one-line answer, then sections whose reasons
 *              carry bibliography ids
 *
 * Islands use it through one form kit (src/components/islands/form/); the page hands the island
 * the bibliography entries in `sources`, so every source line comes from the one bibliography.
 */
import type { PartialCodecs } from '../persisted-state';

/** A message per field, each naming the field and what is expected. */
/** One answer of a list field (the form kit's SelectField): what the form keeps, and what the runner reads. */
export interface Choice {
	value: string;
	label: string;
}

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type Evaluation<R, F extends string> = { ok: true; result: R } | { ok: false; errors: FieldErrors<F> };

/** Where an answer comes from: the page labels each section with it. */
export type Basis = 'published' | 'rule-of-thumb' | 'mixed' | 'arithmetic' | 'approximation';

export const BASIS_TEXT: Record<Basis, string> = {
	published: 'Published recommendation.',
	'rule-of-thumb': "This site's rule of thumb, not a published formula.",
	mixed: "Published figures; how they are combined is this site's rule of thumb.",
	arithmetic: 'Arithmetic from your answers.',
	approximation: 'An approximation: it varies from person to person.',
};

/** One sentence of why, with the bibliography ids behind it (none for arithmetic or a rule of thumb). */
export interface Reason {
	text: string;
	sources: readonly string[];
}

/** A line of a section: plain text, or text that links somewhere on the site. */
export type Item = string | { text: string; href: string; note?: string };

export interface Section {
	id: string;
	title: string;
	/** The answer in one line. */
	answer: string;
	items: readonly Item[];
	/** Why, shown in a "Why" disclosure with the sources. */
	reasons: readonly Reason[];
	basis: Basis;
	/** 'warning' sections are styled as a callout (red flags, stop signs). */
	tone?: 'warning';
}

export interface Description {
	/** The one-line answer a runner reads first. */
	headline: string;
	sections: readonly Section[];
}

/**
 * A tool's shape: what the form needs to show, keep and check its fields. Small, so an island
 * ships only this before the reader touches the form (its `shape.ts`).
 */
export interface ToolShape<Form extends object, F extends string> {
	/** Short id, used in element ids. */
	id: string;
	/** localStorage key, versioned: a change of codecs gets a new key, so old answers are not misread. */
	storageKey: string;
	/** Codecs for the answers that may be kept; fields not here (the sensitive ones) are never persisted. */
	codecs: PartialCodecs<Form>;
	/** Health answers: kept in memory on the page only. */
	sensitive: readonly (keyof Form & string)[];
	defaults: Form;
	/** Fields in the form's order: the first one with a message takes focus after a submit. */
	fieldOrder: readonly F[];
	/**
	 * Fields whose message also depends on other answers (a calf size read against the unit): the
	 * message goes when any of them changes, not only the field itself.
	 */
	messageDependsOn?: Partial<Record<F, readonly (keyof Form & string)[]>>;
}

/**
 * A tool's logic: the rules, their words and their sources. The islands load it when the reader
 * first touches the form (or at once for a shared link), so it does not count against the page's
 * JavaScript before interaction (its `logic.ts`).
 */
export interface ToolLogic<Form extends object, Result, F extends string, Options = undefined> {
	evaluate(form: Form): Evaluation<Result, F>;
	describe(result: Result, options: Options): Description;
	/** Every bibliography id `describe` can cite: the page hands these entries to the island. */
	sources: readonly string[];
}

export type Tool<Form extends object, Result, F extends string, Options = undefined> = ToolShape<Form, F> &
	ToolLogic<Form, Result, F, Options>;

/** Every bibliography id the reasons of a description cite, in order of first citation. */
export const citedSources = (d: Description): string[] => [...new Set(d.sections.flatMap((s) => s.reasons.flatMap((r) => r.sources)))];

/** "1 hour", "2 hours": a count with its noun. */
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** "a, b and c"; with a comma before the last item when an item has its own "and" or "or". */
export function listText(items: readonly string[], conj = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	const comma = items.some((i) => / (and|or) /.test(i)) ? ',' : '';
	return `${items.slice(0, -1).join(', ')}${comma} ${conj} ${items[items.length - 1]}`;
}

/** The value when it is one of the allowed ones, else undefined. The one such guard for raw answers. */
export const pick = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
	typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** The allowed values present in a raw list, in the allowed order. */
export const pickList = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
	Array.isArray(value) ? allowed.filter((a) => value.includes(a)) : [];
