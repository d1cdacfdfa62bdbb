/**
 * "Remember on this device": one IndexedDB record of summaries (src/lib/tools/runs/store.ts says
 * what is in it and how it is read back). Every call survives a browser without IndexedDB or a
 * private window that refuses it: the page then simply does not remember.
 */
import { STORE, readStoredRuns, type StoredRuns } from '../../../lib/tools/runs/store';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(STORE.db, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE.store);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
	try {
		const db = await open();
		return await new Promise<T>((resolve, reject) => {
			const request = act(db.transaction(STORE.store, mode).objectStore(STORE.store));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		}).finally(() => db.close());
	} catch {
		return undefined;
	}
}

export const saveRuns = (runs: StoredRuns) => run('readwrite', (s) => s.put(runs, STORE.key));
export const loadRuns = async () => readStoredRuns(await run('readonly', (s) => s.get(STORE.key)));

/** Empties the store and deletes the database, so nothing of the runs is left on the device. */
export async function forgetRuns(): Promise<void> {
	await run('readwrite', (s) => s.clear());
	await new Promise<void>((resolve) => {
		try {
			const request = indexedDB.deleteDatabase(STORE.db);
			request.onsuccess = request.onerror = request.onblocked = () => resolve();
		} catch {
			resolve();
		}
	});
}

/** Whether a remembered picture exists, without opening the database when none was ever made. */
export async function hasRemembered(): Promise<boolean> {
	try {
		const dbs = await indexedDB.databases?.();
		if (dbs && !dbs.some((d) => d.name === STORE.db)) return false;
	} catch {
		return false;
	}
	return (await loadRuns()) !== undefined;
}
