/**
 * The one piece of state plumbing the tool islands share: answers start from the shared link or
 * localStorage (see src/lib/persisted-state.ts for why both are untrusted) and are written back to
 * both on every change, with history.replaceState so the back button is not filled with edits.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { initialState, toQuery, writeStored, type Codecs, type StringStorage } from '../../lib/persisted-state';

/** localStorage, or undefined where reading it throws (some privacy modes do). */
function browserStorage(): StringStorage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

export function usePersistedState<S extends object>(codecs: Codecs<S>, defaults: S, storageKey: string) {
	// The server renders the defaults; the browser's link and storage are read once hydrated.
	const [state, setState] = useState<S>(defaults);
	const [hydrated, setHydrated] = useState(false);

	useEffect(() => {
		setState(initialState(codecs, defaults, window.location.search, storageKey, browserStorage()));
		setHydrated(true);
		// Runs once: codecs and defaults are module constants.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	const update = useCallback(
		(patch: Partial<S>) => {
			setState((previous) => {
				const next = { ...previous, ...patch };
				writeStored(codecs, storageKey, browserStorage(), next);
				const query = toQuery(codecs, next);
				const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
				window.history.replaceState(window.history.state, '', url);
				return next;
			});
		},
		[codecs, storageKey],
	);

	const reset = useCallback(() => {
		setState(defaults);
		writeStored(codecs, storageKey, browserStorage(), {});
		window.history.replaceState(window.history.state, '', window.location.pathname);
	}, [codecs, defaults, storageKey]);

	return { state, update, reset, hydrated };
}
