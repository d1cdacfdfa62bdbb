/**
 * Tool answers that survive a reload (localStorage) and travel in a shareable link (the URL query).
 *
 * Both sources are untrusted: a link can be crafted and storage can be corrupt or left by an old
 * version. So every field has a codec that accepts only known values (an allow-list), unknown keys
 * are never read (no prototype pollution: we only look up the codec's own keys), and anything that
 * does not parse is dropped, leaving the tool's default. Values are plain strings or string lists;
 * the islands render them as text, never as HTML.
 */

export interface FieldCodec<T> {
	/** The value for a raw string, or undefined when it is not acceptable. */
	parse(raw: string): T | undefined;
	/** The string to store; an empty string means "not set" and is left out of links. */
	format(value: T): string;
}

export type Codecs<S> = { [K in keyof S]: FieldCodec<S[K]> };
/** Codecs for some of a form's fields: the ones that may be kept (a tool's sensitive fields have none). */
export type PartialCodecs<S> = { [K in keyof S]?: FieldCodec<S[K]> };

/** Longest raw value read from a link or storage; longer values are ignored outright. */
export const MAX_RAW_LENGTH = 200;

/** One value from a fixed list. */
export function oneOfCodec<T extends string>(values: readonly T[]): FieldCodec<T> {
	return {
		parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
		format: (value) => value,
	};
}

/**
 * Several values from a fixed list, comma-separated; unknown items are dropped and repeats removed.
 * Both directions use the list's own order, so the same choices always make the same link.
 */
export function listCodec<T extends string>(values: readonly T[]): FieldCodec<T[]> {
	return {
		parse: (raw) => {
			if (raw === '') return [];
			const wanted = new Set(raw.split(','));
			return values.filter((v) => wanted.has(v));
		},
		format: (list) => (Array.isArray(list) ? values.filter((v) => list.includes(v)).join(',') : ''),
	};
}

/**
 * Free text as typed into a number field ("7,5"), kept as text so the tool can validate it and show
 * the reader what they typed. Only characters a number can contain are accepted.
 */
export function numberTextCodec(maxLength = 12): FieldCodec<string> {
	return {
		parse: (raw) => (raw.length <= maxLength && /^[-+0-9.,: ]*$/.test(raw) ? raw : undefined),
		format: (value) => value,
	};
}

/** A yes/no answer, stored as "1" or "0". */
export const booleanCodec: FieldCodec<boolean> = {
	parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
	format: (value) => (value ? '1' : '0'),
};

function readFields<S>(codecs: PartialCodecs<S>, get: (key: string) => unknown): Partial<S> {
	const state: Partial<S> = {};
	for (const key of Object.keys(codecs) as (keyof S & string)[]) {
		const raw = get(key);
		if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) continue;
		const value = codecs[key]?.parse(raw);
		if (value !== undefined) state[key] = value;
	}
	return state;
}

/** The fields a query string carries; everything else in it is ignored. */
export function readQuery<S>(codecs: PartialCodecs<S>, search: string | URLSearchParams): Partial<S> {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return readFields(codecs, (key) => params.get(key) ?? undefined);
}

/** A query string for the state: only set fields, in codec order, so equal state gives an equal link. */
export function toQuery<S>(codecs: PartialCodecs<S>, state: Partial<S>): string {
	const params = new URLSearchParams();
	for (const key of Object.keys(codecs) as (keyof S & string)[]) {
		const value = state[key];
		if (value === undefined) continue;
		const text = codecs[key]?.format(value as S[typeof key]) ?? '';
		if (text !== '') params.set(key, text);
	}
	return params.toString();
}

/** Minimal storage interface, so tests can pass a fake and private browsing (which throws) is survivable. */
export interface StringStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** The stored state for `storageKey`, or {} when there is none, it is not JSON, or storage is unavailable. */
export function readStored<S>(codecs: PartialCodecs<S>, storageKey: string, storage: StringStorage | undefined): Partial<S> {
	try {
		const text = storage?.getItem(storageKey);
		if (!text || text.length > 10_000) return {};
		const data: unknown = JSON.parse(text);
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
		const record = data as Record<string, unknown>;
		return readFields(codecs, (key) => (Object.hasOwn(record, key) ? record[key] : undefined));
	} catch {
		return {};
	}
}

/** Stores the state as JSON of formatted strings; failures (quota, private mode) are ignored. */
export function writeStored<S>(codecs: PartialCodecs<S>, storageKey: string, storage: StringStorage | undefined, state: Partial<S>): void {
	const record: Record<string, string> = {};
	for (const key of Object.keys(codecs) as (keyof S & string)[]) {
		const value = state[key];
		const codec = codecs[key];
		if (value !== undefined && codec) record[key] = codec.format(value as S[typeof key]);
	}
	try {
		storage?.setItem(storageKey, JSON.stringify(record));
	} catch {
		// Storage full or disabled: the link still carries the answers.
	}
}

/**
 * The state a tool starts with: the link wins when it carries any answer (so a shared link shows
 * the shared plan), otherwise what was stored, otherwise the defaults.
 */
export function initialState<S>(
	codecs: PartialCodecs<S>,
	defaults: S,
	search: string,
	storageKey: string,
	storage: StringStorage | undefined,
): S {
	const fromLink = readQuery(codecs, search);
	const source = Object.keys(fromLink).length > 0 ? fromLink : readStored(codecs, storageKey, storage);
	return { ...defaults, ...source };
}
