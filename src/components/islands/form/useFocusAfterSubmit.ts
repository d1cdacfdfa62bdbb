/**
 * Where focus goes after a submit: to the first field with a message (in the form's order), else
 * to the result's heading. When the heading is not drawn yet (the quiz waits for fetched details),
 * it takes focus as soon as it is. Focus moves only when a submit asks, never on other renders.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Evaluation } from '../../../lib/tools/contract';
import { firstErrorField } from '../../../lib/tools/form';

export function useFocusAfterSubmit<F extends string>(fieldOrder: readonly F[], evaluation: Evaluation<unknown, F> | undefined) {
	const [request, setRequest] = useState(0);
	const formRef = useRef<HTMLFormElement>(null);
	const heading = useRef<HTMLHeadingElement | null>(null);
	const focusWhenDrawn = useRef(false);

	useEffect(() => {
		if (request === 0 || !evaluation) return;
		const field = firstErrorField(evaluation, fieldOrder);
		if (field !== undefined) formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
		else if (heading.current) heading.current.focus();
		else focusWhenDrawn.current = true;
	}, [request]); // eslint-disable-line react-hooks/exhaustive-deps

	const headingRef = (el: HTMLHeadingElement | null) => {
		heading.current = el;
		if (el && focusWhenDrawn.current) {
			focusWhenDrawn.current = false;
			el.focus();
		}
	};

	return { formRef, headingRef, requestFocus: () => setRequest((n) => n + 1) };
}
