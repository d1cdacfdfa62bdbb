/**
 * The quiz's logic as the island loads it when the reader first touches the form: the guide index
 * (fetched from /tools/today/guides.json alongside this module) read and checked, and the rules
 * over it (index.ts documents them).
 */
import { localToday } from '../../civil-date';
import { StaleGuideIndex, decodeMethods, readGuideIndex, type QuizInjury } from './guide-index';
import { TODAY_GUIDES_URL } from './form';
import { todayLogic } from './index';

export const makeTodayLogic = (methods: string, injuries: readonly QuizInjury[]) => todayLogic(decodeMethods(methods), injuries);

/** The logic over a fetched guide index (throws when it cannot be read). */
export function todayLogicFrom(json: unknown) {
	const index = readGuideIndex(json);
	return todayLogic(index.methods, index.injuries);
}

/** Where a page remembers that it already reloaded for a newer guide index, so it never loops. */
export const RELOADED_KEY = 'runner-recovery:today:reloaded-for';

export interface LoadDeps {
	/** The index as first fetched, alongside this module's import so neither waits for the other. */
	first: unknown;
	fetchJson: (url: string, init?: RequestInit) => Promise<unknown>;
	/** Reload the page, so the code that matches the index loads. */
	reload: () => void;
	storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The guide index fetched and read. A version other than this code's: fetch it again past the HTTP
 * cache (an old index cached beside new code); still another version, so this code is the old one:
 * reload the page once for the new code, and otherwise fail (the form says it could not load).
 */
export async function loadTodayLogic(deps: LoadDeps) {
	const logic = await loadIndexedLogic(deps);
	// The reader's today dates the race in the link to the timeline; read here, with the rules,
	// so the page does not load the calendar code before the form is touched.
	return {
		...logic,
		describe: (result: Parameters<typeof logic.describe>[0], o: Parameters<typeof logic.describe>[1]) =>
			logic.describe(result, { today: localToday(), ...o }),
	};
}

async function loadIndexedLogic({ first, fetchJson, reload, storage }: LoadDeps) {
	try {
		return todayLogicFrom(await first);
	} catch (error) {
		if (!(error instanceof StaleGuideIndex)) throw error;
	}
	try {
		return todayLogicFrom(await fetchJson(TODAY_GUIDES_URL, { cache: 'reload' }));
	} catch (error) {
		if (error instanceof StaleGuideIndex && storage?.getItem(RELOADED_KEY) !== String(error.found)) {
			storage?.setItem(RELOADED_KEY, String(error.found));
			reload();
		}
		throw error;
	}
}
