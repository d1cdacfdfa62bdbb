/**
 * A tool's logic, loaded once on demand: the first touch of the form (or a shared link) starts the
 * import, so a tool page ships only its form before any interaction. A failed import is reported
 * (`loadFailed`) and the next call tries again.
 */
import { useRef, useState } from 'preact/hooks';

export function useLazyLogic<L>(importLogic: () => Promise<L>) {
	const [logic, setLogic] = useState<L | null>(null);
	const [loadFailed, setLoadFailed] = useState(false);
	const loading = useRef<Promise<L> | null>(null);

	const load = (): Promise<L> => {
		loading.current ??= importLogic().then(
			(loaded) => {
				setLogic(() => loaded);
				setLoadFailed(false);
				return loaded;
			},
			(error: unknown) => {
				loading.current = null;
				setLoadFailed(true);
				throw error;
			},
		);
		return loading.current;
	};

	return { logic, loadFailed, load, prefetch: () => void load().catch(() => undefined) };
}
