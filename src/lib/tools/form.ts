/**
 * The pure half of the form kit: what the islands' form hook and choice groups decide, kept here so
 * it is tested without a DOM.
 */
import { readQuery, readStored, toQuery, type PartialCodecs, type StringStorage } from '../persisted-state';
import type { Evaluation, ToolShape } from './contract';

/**
 * The new ticks of a checkbox group after one box changes, in the options' order. With a `none`
 * option, ticking it clears the others and ticking another clears it.
 */
export function toggleChoice<T extends string>(options: readonly T[], current: readonly T[], option: T, checked: boolean, none?: T): T[] {
	if (none !== undefined && option === none) return checked ? [none] : [];
	const next = options.filter((o) => (o === option ? checked : current.includes(o)));
	return none === undefined ? next : next.filter((o) => o !== none);
}

/** A value as text with object keys sorted, so two records with the same entries compare equal. */
const canonical = (value: unknown): string =>
	JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v,
	);

/** Two answers are the same: lists by their items in order (the groups keep the options' order), records by their entries. */
export const sameAnswer = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** Two forms hold the same answers. */
export function sameAnswers<Form extends object>(a: Form, b: Form): boolean {
	return (Object.keys(a) as (keyof Form)[]).every((k) => sameAnswer(a[k], b[k]));
}

/**
 * How many of these answers the runner has given: those that differ from the form's defaults, so a
 * prefilled default (the sleep tool's 15 minutes to fall asleep) is not counted as an answer. A
 * fold shows it when closed ("2 answered"); pass only the questions it has on show.
 */
export function answeredCount<Form extends object>(form: Form, defaults: Form, fields: readonly (keyof Form | false)[]): number {
	return fields.filter((k) => k !== false && !sameAnswer(form[k], defaults[k])).length;
}

/** The note under a result about its address: true to what the link keeps and what it does not. */
export function shareNote(shape: { sensitive: readonly string[] }): string {
	return shape.sensitive.length === 0
		? 'This page’s address now holds these answers: bookmark or share it to see this again.'
		: 'This page’s address now holds these answers except the health ones, which never leave this page: whoever opens it answers those again.';
}

/** Where a tool starts: a shared link wins, then what was stored, then the defaults. */
export function startingForm<Form extends object>(
	codecs: PartialCodecs<Form>,
	defaults: Form,
	search: string,
	storageKey: string,
	storage: StringStorage | undefined,
): { form: Form; fromLink: boolean } {
	const linked = readQuery(codecs, search);
	const fromLink = Object.keys(linked).length > 0;
	return { form: { ...defaults, ...(fromLink ? linked : readStored(codecs, storageKey, storage)) }, fromLink };
}

/** The address for a result: the page with the kept answers it was made from (never the sensitive ones). */
export function shareUrl<Form extends object>(codecs: PartialCodecs<Form>, form: Form, pathname: string, hash = ''): string {
	const query = toQuery(codecs, form);
	return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** The field that takes focus after a failed submit: the first in the form's order with a message. */
export function firstErrorField<R, F extends string>(evaluation: Evaluation<R, F>, order: readonly F[]): F | undefined {
	return evaluation.ok ? undefined : order.find((f) => evaluation.errors[f] !== undefined);
}

/**
 * The messages still standing after edits: a field's message stays while the field, and any answer
 * its message depends on (`messageDependsOn`), still holds what was submitted. So the problem list
 * shrinks as answers are fixed.
 */
export function standingMessages<Form extends object, R, F extends string>(
	shape: Pick<ToolShape<Form, F>, 'fieldOrder' | 'messageDependsOn'>,
	shown: { form: Form; evaluation: Evaluation<R, F> } | null,
	form: Form,
): Partial<Record<F, string>> {
	if (!shown || shown.evaluation.ok) return {};
	const { errors } = shown.evaluation;
	const unchanged = (k: string) => !(k in form) || sameAnswer(shown.form[k as keyof Form], form[k as keyof Form]);
	const standing = shape.fieldOrder.filter((f) => errors[f] !== undefined && [f, ...(shape.messageDependsOn?.[f] ?? [])].every(unchanged));
	return Object.fromEntries(standing.map((f) => [f, errors[f]])) as Partial<Record<F, string>>;
}

/** The one status line announced after a submit. */
export function submitStatus(evaluation: Evaluation<unknown, string>): string {
	if (evaluation.ok) return 'Your answer is below.';
	const problems = Object.keys(evaluation.errors).length;
	return `${problems === 1 ? 'One answer needs' : `${problems} answers need`} a fix.`;
}
