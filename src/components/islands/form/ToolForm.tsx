/**
 * The frame every tool island draws around its questions: the note for readers without
 * JavaScript, the form (its questions, then the submit and "Start again" buttons and the problem
 * list), the one status line announced per submit, the result, and the note when the answers have
 * changed since the result. The islands pass only what differs: their questions and their result.
 */
import type { ComponentChildren, RefObject } from 'preact';
import ToolErrors from './ToolErrors';
import { LOAD_FAILED } from './useToolForm';

/** What the frame needs from useToolForm. */
export interface ToolFormView<F extends string> {
	formRef: RefObject<HTMLFormElement>;
	submit: (event: Event) => void;
	reset: () => void;
	prefetch: { onFocusIn: () => void; onPointerDown: () => void };
	disabled: boolean;
	errors: Partial<Record<F, string>>;
	fieldOrder: readonly F[];
	id: (field: string) => string;
	announcement: string;
	stale: boolean;
	loadFailed: boolean;
}

type Props<F extends string> = {
	tool: ToolFormView<F>;
	/** The form's accessible name. */
	label: string;
	submitLabel: string;
	/** What a result is called in the out-of-date note: "plan", "timeline", "answer". */
	resultNoun: string;
	/** Shown only without JavaScript: where the same help is on a plain page. */
	withoutScript?: ComponentChildren;
	/** The result, when there is one. */
	result?: ComponentChildren;
	children: ComponentChildren;
};

export default function ToolForm<F extends string>({ tool: f, label, submitLabel, resultNoun, withoutScript, result, children }: Props<F>) {
	return (
		<div class="tool" data-pagefind-ignore>
			{withoutScript && <p class="callout js-off-only">{withoutScript}</p>}
			<form ref={f.formRef} class="tool-form" noValidate aria-label={label} onSubmit={f.submit} {...f.prefetch}>
				{children}
				<div class="tool-actions">
					<button type="submit" class="button" disabled={f.disabled}>
						{submitLabel}
					</button>
					<button type="button" class="button secondary" disabled={f.disabled} onClick={f.reset}>
						Start again
					</button>
				</div>
				<ToolErrors errors={f.errors} order={f.fieldOrder} fieldId={f.id} />
				{f.loadFailed && <p class="field-error">{LOAD_FAILED}</p>}
			</form>
			<p class="sr-only" role="status">
				{f.announcement}
			</p>
			<div class="tool-result">{result}</div>
			{f.stale && (
				<p class="tool-stale callout">
					You have changed your answers since this {resultNoun}: press “{submitLabel}” to update it.
				</p>
			)}
		</div>
	);
}

/**
 * A folding step of a form: a disclosure with a visible marker (tool-form.css draws it, because the
 * summary's flex layout hides the browser's own) and, once anything inside is answered, how many
 * answers it holds, so a closed fold is never mistaken for a heading or for an empty step. It lives
 * beside the frame because every island that folds loads the frame anyway: a module of its own
 * was a chunk of its own on the quiz page, and the chunk's wrapping cost bytes of the budget.
 */
type FoldProps = {
	title: string;
	/** How many of the fold's questions have an answer; shown when more than none. */
	answered?: number;
	children: ComponentChildren;
};

export function Fold({ title, answered = 0, children }: FoldProps) {
	return (
		<details class="tool-step">
			<summary>
				{title}
				{answered > 0 && <span class="tool-step-count">{answered} answered</span>}
			</summary>
			{children}
		</details>
	);
}
