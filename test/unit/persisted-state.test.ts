import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	booleanCodec,
	initialState,
	listCodec,
	numberTextCodec,
	oneOfCodec,
	readQuery,
	readStored,
	toQuery,
	writeStored,
	type Codecs,
	type StringStorage,
} from '../../src/lib/persisted-state';

type State = { mode: 'a' | 'b'; tags: ('x' | 'y' | 'z')[]; hours: string; nap: boolean };
const codecs: Codecs<State> = {
	mode: oneOfCodec(['a', 'b'] as const),
	tags: listCodec(['x', 'y', 'z'] as const),
	hours: numberTextCodec(),
	nap: booleanCodec,
};
const defaults: State = { mode: 'a', tags: [], hours: '', nap: false };

function memoryStorage(initial: Record<string, string> = {}): StringStorage & { data: Record<string, string> } {
	const data = { ...initial };
	return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('URL query', () => {
	test('round-trips a state, in codec order, leaving out empty values', () => {
		const state: State = { mode: 'b', tags: ['z', 'x'], hours: '7,5', nap: true };
		const query = toQuery(codecs, state);
		expect(query).toBe('mode=b&tags=x%2Cz&hours=7%2C5&nap=1');
		expect(readQuery(codecs, query)).toEqual({ mode: 'b', tags: ['x', 'z'], hours: '7,5', nap: true });
		expect(toQuery(codecs, defaults)).toBe('mode=a&nap=0');
	});

	test('ignores unknown keys, unknown values, over-long values and prototype keys', () => {
		const hostile = '?mode=<script>&tags=x,evil,y,x&hours=1;alert(1)&__proto__=polluted&constructor=1&nap=yes&extra=1';
		const state = readQuery(codecs, hostile);
		expect(state).toEqual({ tags: ['x', 'y'] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(readQuery(codecs, `?hours=${'1'.repeat(300)}`)).toEqual({});
	});

	test('property: reading any query string never throws and yields only allowed values', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const state = readQuery(codecs, query);
				if (state.mode !== undefined) expect(['a', 'b']).toContain(state.mode);
				for (const t of state.tags ?? []) expect(['x', 'y', 'z']).toContain(t);
				if (state.hours !== undefined) expect(state.hours).toMatch(/^[-+0-9.,: ]*$/);
			}),
		);
	});
});

describe('localStorage', () => {
	test('round-trips through storage', () => {
		const storage = memoryStorage();
		writeStored(codecs, 'k', storage, { mode: 'b', tags: ['y'], hours: '8', nap: false });
		expect(readStored(codecs, 'k', storage)).toEqual({ mode: 'b', tags: ['y'], hours: '8', nap: false });
	});

	test.each([
		['not JSON', '{oops'],
		['JSON null', 'null'],
		['an array', '[1,2]'],
		['a number', '42'],
		['wrong types', '{"mode":7,"tags":{"a":1},"nap":true}'],
		['prototype keys', '{"__proto__":{"polluted":1},"constructor":"x"}'],
	])('ignores corrupt storage: %s', (_what, text) => {
		expect(readStored(codecs, 'k', memoryStorage({ k: text }))).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('survives storage that throws (private mode, quota)', () => {
		const throwing: StringStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(readStored(codecs, 'k', throwing)).toEqual({});
		expect(() => writeStored(codecs, 'k', throwing, defaults)).not.toThrow();
		expect(readStored(codecs, 'k', undefined)).toEqual({});
	});
});

describe('initialState', () => {
	test('a link with answers wins over storage; otherwise storage; otherwise defaults', () => {
		const storage = memoryStorage({ k: JSON.stringify({ mode: 'b', hours: '6' }) });
		expect(initialState(codecs, defaults, '?tags=x', 'k', storage)).toEqual({ ...defaults, tags: ['x'] });
		expect(initialState(codecs, defaults, '', 'k', storage)).toEqual({ ...defaults, mode: 'b', hours: '6' });
		expect(initialState(codecs, defaults, '?junk=1', 'missing', storage)).toEqual(defaults);
	});
});
