/**
 * The one form hook every tool island uses (src/lib/tools/contract.ts describes a tool):
 * - the server renders the defaults, disabled; once hydrated the answers come from a shared link,
 *   else from localStorage, and a shared link shows its result at once;
 * - the tool's logic (its rules and words) loads when the reader first touches the form, or at
 *   once for a shared link, so the page ships only the form before any interaction;
 * - every change is remembered in localStorage, except the tool's sensitive (health) answers, which
 *   stay in memory;
 * - a submit evaluates, puts the kept answers the result was made from in the address
 *   (history.replaceState: the back button is not filled with edits), and moves focus to the
 *   result's heading or to the first field with a message;
 * - a message stays at its field until that field (or an answer it depends on) is edited or the
 *   form is sent again; after an edit, `stale` says the shown result no longer matches the answers;
 * - the result is drawn from the answers as submitted, so editing a field never re-renders (and
 *   re-announces) it; one short status line is announced per submit.
 */
import { useEffect, useState } from 'preact/hooks';
import { writeStored, type StringStorage } from '../../../lib/persisted-state';
import type { Evaluation, ToolLogic, ToolShape } from '../../../lib/tools/contract';
import { answeredCount, sameAnswers, shareNote, shareUrl, standingMessages, startingForm, submitStatus } from '../../../lib/tools/form';
import { useFocusAfterSubmit } from './useFocusAfterSubmit';
import { useLazyLogic } from './useLazyLogic';

/** localStorage, or undefined where reading it throws (some privacy modes do). */
function browserStorage(): StringStorage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

export interface ToolFormOptions<Form extends object, R, F extends string, O> {
	/** Loads the tool's logic (a dynamic import of its logic module). */
	logic: () => Promise<ToolLogic<Form, R, F, O>>;
	/** Adds what only the browser knows and is never persisted (today's date), once hydrated. */
	withContext?: (form: Form) => Form;
}

/** Said when the tool's rules could not be fetched; the next touch or submit tries again. */
export const LOAD_FAILED =
	'This tool could not load its rules (is the connection down?). Your answers are kept: send the form again to retry.';

export function useToolForm<Form extends object, R, F extends string, O>(
	shape: ToolShape<Form, F>,
	base: string,
	options: ToolFormOptions<Form, R, F, O>,
) {
	const [form, setForm] = useState<Form>(shape.defaults);
	const [hydrated, setHydrated] = useState(false);
	const [shown, setShown] = useState<{ form: Form; evaluation: Evaluation<R, F> } | null>(null);
	const [announcement, setAnnouncement] = useState('');
	// The rules and the result's renderer load together on first use: a page ships only its form
	// before the reader touches it, and nobody reads a result before the rules have made one.
	const lazy = useLazyLogic(() => Promise.all([options.logic(), import('./ToolResult').then((m) => m.default)]));
	const [logic, Result] = lazy.logic ?? [null, null];
	const { loadFailed, prefetch } = lazy;
	const load = () => lazy.load().then(([l]) => l);
	const { formRef, headingRef, requestFocus } = useFocusAfterSubmit(shape.fieldOrder, shown?.evaluation);
	const context = (f: Form) => (options.withContext ? options.withContext(f) : f);

	useEffect(() => {
		const start = startingForm(shape.codecs, shape.defaults, window.location.search, shape.storageKey, browserStorage());
		const first = context(start.form);
		setForm(first);
		setHydrated(true);
		if (start.fromLink) void load().then((l) => setShown({ form: first, evaluation: l.evaluate(first) }));
	}, [shape]); // eslint-disable-line react-hooks/exhaustive-deps

	const set = (patch: Partial<Form>) =>
		setForm((previous) => {
			const next = { ...previous, ...patch };
			writeStored(shape.codecs, shape.storageKey, browserStorage(), next);
			return next;
		});

	const submit = async (event: Event) => {
		event.preventDefault();
		const submitted = form;
		// Only the import is guarded (offline, say): an error in the rules themselves must surface.
		const loaded = await load().catch(() => null);
		if (!loaded) return setAnnouncement(LOAD_FAILED);
		const evaluation = loaded.evaluate(submitted);
		setShown({ form: submitted, evaluation });
		setAnnouncement(submitStatus(evaluation));
		if (evaluation.ok)
			window.history.replaceState(
				window.history.state,
				'',
				shareUrl(shape.codecs, submitted, window.location.pathname, window.location.hash),
			);
		requestFocus();
	};

	const reset = () => {
		setForm(context(shape.defaults));
		setShown(null);
		setAnnouncement('');
		writeStored(shape.codecs, shape.storageKey, browserStorage(), {});
		window.history.replaceState(window.history.state, '', window.location.pathname);
	};

	const errors = standingMessages(shape, shown, form);
	const choiceGroup = (field: string) => ({ id: `${base}-${field}`, field, error: errors[field as F], disabled: !hydrated });
	return {
		form,
		set,
		submit,
		reset,
		hydrated,
		disabled: !hydrated,
		/** The tool's rules and words, once loaded. */
		logic,
		/** The result's renderer (./ToolResult), loaded with the rules. */
		Result,
		loadFailed,
		/** Handlers for the form: the first touch starts loading the logic. */
		prefetch: { onFocusIn: prefetch, onPointerDown: prefetch },
		result: shown?.evaluation.ok ? shown.evaluation.result : undefined,
		/** The answers the shown result was made from. */
		submitted: shown?.form,
		announcement,
		/** The messages still standing (a field's goes when it, or an answer it depends on, is edited). */
		errors,
		errorFor: (field: F) => errors[field],
		/** How many of these questions are answered (differ from the defaults): a fold's count. */
		answered: (fields: readonly (keyof Form | false)[]) => answeredCount(form, shape.defaults, fields),
		fieldOrder: shape.fieldOrder,
		/** The props every ChoiceGroup of this form shares (a group may stand for more than one answer). */
		choiceGroup,
		/** A radio group for one answer held as a string: the shared props, its value and its setter. */
		oneOf: <K extends keyof Form & string>(field: K) => ({
			...choiceGroup(field),
			value: typeof form[field] === 'string' && form[field] !== '' ? [form[field] as string] : [],
			onChange: ([next]: string[]) => {
				if (next !== undefined) set({ [field]: next } as unknown as Partial<Form>);
			},
		}),
		/** A checkbox group for a list of answers: the shared props, its value and its setter. */
		anyOf: <K extends keyof Form & string>(field: K) => ({
			...choiceGroup(field),
			multiple: true,
			value: Array.isArray(form[field]) ? (form[field] as string[]) : [],
			onChange: (next: string[]) => set({ [field]: next } as unknown as Partial<Form>),
		}),
		/** The props every TextField of this form shares, for one of its text answers. */
		textField: <K extends F & keyof Form>(field: K) => ({
			id: `${base}-${field}`,
			field,
			value: form[field] as string,
			error: errors[field],
			disabled: !hydrated,
			onInput: (value: string) => set({ [field]: value } as unknown as Partial<Form>),
		}),
		/** Only a shown result can go out of date: after a submit with problems there is none. */
		stale: shown !== null && shown.evaluation.ok && !sameAnswers(shown.form, form),
		/** What the result's address keeps, and what it does not. */
		shareNote: shareNote(shape),
		formRef,
		headingRef,
		id: (field: string) => `${base}-${field}`,
	};
}
