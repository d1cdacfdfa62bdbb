/**
 * The pure half of the form kit (src/lib/tools/form.ts) and the small helpers every tool shares
 * (src/lib/tools/contract.ts). The expected values are restated from the modules' documented rules
 * (options' order, "none" clears the others, a link wins over storage...), never computed by the
 * code under test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	booleanCodec,
	listCodec,
	numberTextCodec,
	oneOfCodec,
	type PartialCodecs,
	type StringStorage,
} from '../../src/lib/persisted-state';
import {
	citedSources,
	listText,
	pick,
	pickList,
	plural,
	type Description,
	type Evaluation,
	type Section,
} from '../../src/lib/tools/contract';
import {
	answeredCount,
	firstErrorField,
	sameAnswers,
	shareNote,
	shareUrl,
	standingMessages,
	startingForm,
	submitStatus,
	toggleChoice,
} from '../../src/lib/tools/form';
import { compressionTool } from '../../src/lib/tools/compression';
import { todayTool } from '../../src/lib/tools/today';
import { afterRaceTool } from '../../src/lib/tools/after-race';

// A small form of every kind of field the tools have, with one health answer that has no codec.
const COLOURS = ['red', 'green', 'blue'] as const;
const TAGS = ['x', 'y', 'z'] as const;
type Form = { colour: (typeof COLOURS)[number]; tags: (typeof TAGS)[number][]; hours: string; nap: boolean; health: string[] };
const codecs: PartialCodecs<Form> = { colour: oneOfCodec(COLOURS), tags: listCodec(TAGS), hours: numberTextCodec(), nap: booleanCodec };
const defaults: Form = { colour: 'red', tags: [], hours: '', nap: false, health: [] };
const KEY = 'test:form:v1';

function memoryStorage(initial: Record<string, string> = {}): StringStorage {
	const data = { ...initial };
	return { getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}
const throwingStorage: StringStorage = {
	getItem: () => {
		throw new Error('SecurityError: storage is disabled');
	},
	setItem: () => {
		throw new Error('SecurityError: storage is disabled');
	},
};
const stored = (value: unknown) => memoryStorage({ [KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

describe('toggleChoice without a "none" option', () => {
	const options = ['a', 'b', 'c', 'd'] as const;
	test.each([
		{ current: [], option: 'b', checked: true, next: ['b'] },
		{ current: ['c'], option: 'a', checked: true, next: ['a', 'c'] },
		{ current: ['d', 'a'], option: 'b', checked: true, next: ['a', 'b', 'd'] },
		{ current: ['a', 'b'], option: 'a', checked: false, next: ['b'] },
		{ current: ['a'], option: 'a', checked: true, next: ['a'] },
		{ current: [], option: 'c', checked: false, next: [] },
	] as const)('$option set to $checked in $current gives $next (in the options’ order)', ({ current, option, checked, next }) => {
		expect(toggleChoice(options, current, option, checked)).toEqual(next);
	});

	test('values that are not options are dropped from the ticks', () => {
		expect(toggleChoice(options, ['zz', 'b'] as never, 'a', true)).toEqual(['a', 'b']);
	});

	test('property: the box changed is set as asked, every other box keeps its tick, order is the options’', () => {
		fc.assert(
			fc.property(fc.subarray([...options]), fc.constantFrom(...options), fc.boolean(), (current, option, checked) => {
				const next = toggleChoice(options, current, option, checked);
				for (const o of options) expect(next.includes(o)).toBe(o === option ? checked : current.includes(o));
				// In the options' order, each once.
				expect(next).toEqual(options.filter((o) => next.includes(o)));
			}),
		);
	});
});

describe('toggleChoice with a "none" option', () => {
	const options = ['a', 'b', 'c', 'none'] as const;
	test('ticking "none" unticks every other box', () => {
		expect(toggleChoice(options, ['a', 'c'], 'none', true, 'none')).toEqual(['none']);
	});
	test('unticking "none" leaves nothing ticked', () => {
		expect(toggleChoice(options, ['none'], 'none', false, 'none')).toEqual([]);
	});
	test('ticking another box unticks "none"', () => {
		expect(toggleChoice(options, ['none'], 'b', true, 'none')).toEqual(['b']);
	});
	test('unticking another box keeps the rest', () => {
		expect(toggleChoice(options, ['a', 'b'], 'a', false, 'none')).toEqual(['b']);
	});

	test('property: "none" is never ticked with anything else, and ticking it leaves it alone', () => {
		fc.assert(
			fc.property(fc.subarray([...options]), fc.constantFrom(...options), fc.boolean(), (current, option, checked) => {
				const next = toggleChoice(options, current, option, checked, 'none');
				if (next.includes('none')) expect(next).toEqual(['none']);
				if (option === 'none') expect(next).toEqual(checked ? ['none'] : []);
				else {
					expect(next.includes(option)).toBe(checked);
					// The other real options keep their ticks.
					for (const o of options) if (o !== option && o !== 'none') expect(next.includes(o)).toBe(current.includes(o));
				}
			}),
		);
	});
});

describe('sameAnswers', () => {
	test('equal answers, with lists as new arrays of the same items, are the same', () => {
		expect(sameAnswers(defaults, { ...defaults, tags: [], health: [] })).toBe(true);
		expect(sameAnswers({ ...defaults, tags: ['x', 'y'] }, { ...defaults, tags: ['x', 'y'] })).toBe(true);
	});
	test.each([
		['a text answer', { hours: '7' }],
		['a radio', { colour: 'blue' }],
		['a list item', { tags: ['x'] }],
		['a yes/no', { nap: true }],
		['a health answer, which has no codec', { health: ['pad'] }],
	] as const)('changing %s makes them differ', (_, patch) => {
		expect(sameAnswers(defaults, { ...defaults, ...patch } as Form)).toBe(false);
		expect(sameAnswers({ ...defaults, ...patch } as Form, defaults)).toBe(false);
	});
	test('"7" and "7.0" are different answers: the form compares what was typed', () => {
		expect(sameAnswers({ ...defaults, hours: '7' }, { ...defaults, hours: '7.0' })).toBe(false);
	});
	test("records with the same entries in another order are the same (a link's order, then a tick and untick)", () => {
		type Where = { where: Record<string, string> };
		expect(sameAnswers<Where>({ where: { quads: 'sore', feet: 'sore' } }, { where: { feet: 'sore', quads: 'sore' } })).toBe(true);
		expect(sameAnswers<Where>({ where: { quads: 'sore', feet: 'sore' } }, { where: { feet: 'sharp', quads: 'sore' } })).toBe(false);
		expect(sameAnswers<Where>({ where: { quads: 'sore' } }, { where: { quads: 'sore', feet: 'sore' } })).toBe(false);
	});
});

describe('shareNote', () => {
	test('a tool without health answers says the link brings the result back', () => {
		expect(shareNote({ sensitive: [] })).toBe('This page’s address now holds these answers: bookmark or share it to see this again.');
	});
	test('a tool with health answers says they are not in the link and are asked again', () => {
		expect(shareNote({ sensitive: ['health'] })).toMatch(
			/except the health ones, which never leave this page: whoever opens it answers those again/,
		);
		expect(shareNote({ sensitive: ['health'] })).not.toMatch(/to see this again/);
	});
});

describe('startingForm', () => {
	const kept = { colour: 'green', tags: 'x,z', hours: '8', nap: '1' };

	test('with no link and no storage, the defaults', () => {
		expect(startingForm(codecs, defaults, '', KEY, memoryStorage())).toEqual({ form: defaults, fromLink: false });
	});

	test('stored answers come back on a plain visit', () => {
		expect(startingForm(codecs, defaults, '', KEY, stored(kept))).toEqual({
			form: { colour: 'green', tags: ['x', 'z'], hours: '8', nap: true, health: [] },
			fromLink: false,
		});
	});

	test('a link wins over storage, and what the link leaves out is the default, not the stored answer', () => {
		const { form, fromLink } = startingForm(codecs, defaults, '?colour=blue', KEY, stored(kept));
		expect(fromLink).toBe(true);
		expect(form).toEqual({ ...defaults, colour: 'blue' });
	});

	test('a link that carries no acceptable answer is no link: storage is used', () => {
		const { form, fromLink } = startingForm(codecs, defaults, '?colour=purple&utm_source=mail&__proto__=x', KEY, stored(kept));
		expect(fromLink).toBe(false);
		expect(form.colour).toBe('green');
	});

	test.each([
		['not JSON', '{not json'],
		['an array', '["green"]'],
		['null', 'null'],
		['a number', '42'],
		['wrong types', { colour: 3, tags: ['x'], hours: { $gt: 1 }, nap: true }],
		['values not allowed', { colour: '<script>', tags: 'evil', hours: '1;alert(1)', nap: 'yes' }],
		['too long', { hours: '1'.repeat(500) }],
	])('corrupt storage (%s) is ignored', (_, value) => {
		expect(startingForm(codecs, defaults, '', KEY, stored(value))).toEqual({ form: defaults, fromLink: false });
	});

	test('storage that throws, or none at all, gives the defaults', () => {
		expect(startingForm(codecs, defaults, '', KEY, throwingStorage).form).toEqual(defaults);
		expect(startingForm(codecs, defaults, '', KEY, undefined).form).toEqual(defaults);
	});

	test('prototype keys in storage or the link pollute nothing', () => {
		startingForm(codecs, defaults, '?__proto__[polluted]=1&constructor=x', KEY, stored('{"__proto__":{"polluted":"yes"},"colour":"blue"}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a health answer is never read back from a link or from storage', () => {
		const { form } = startingForm(codecs, defaults, '?health=pad&colour=blue', KEY, stored({ health: 'pad' }));
		expect(form.health).toEqual([]);
		// The real tools: their sensitive fields have no codec, so a crafted link cannot set them.
		const compression = startingForm(compressionTool.codecs, compressionTool.defaults, '?screen=none&purpose=travel', 'k', memoryStorage());
		expect(compression.form.screen).toEqual([]);
		const today = todayTool([], []);
		const quiz = startingForm(today.codecs, today.defaults, '?warnings=none&health=none&weight=yes&legs=2', 'k', memoryStorage());
		expect(quiz.form).toMatchObject({ warnings: [], health: [], weight: '', legs: '2' });
		const race = startingForm(afterRaceTool.codecs, afterRaceTool.defaults, '?now=none&distance=5k&today=2020-01-01', 'k', memoryStorage());
		expect(race.form).toMatchObject({ now: [], distance: '5k', today: '' });
	});

	test('property: whatever the link and storage hold, every answer is the default or an allowed value', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (search, storedText) => {
				const { form } = startingForm(codecs, defaults, search, KEY, stored(storedText));
				expect(COLOURS).toContain(form.colour);
				for (const t of form.tags) expect(TAGS).toContain(t);
				expect(form.hours).toMatch(/^[-+0-9.,: ]*$/);
				expect(typeof form.nap).toBe('boolean');
				expect(form.health).toEqual([]);
			}),
		);
	});
});

describe('shareUrl', () => {
	test('the path, then the kept answers in codec order, then the hash', () => {
		expect(shareUrl(codecs, { colour: 'blue', tags: ['z', 'x'], hours: '7,5', nap: true, health: ['pad'] }, '/tools/x/', '#result')).toBe(
			'/tools/x/?colour=blue&tags=x%2Cz&hours=7%2C5&nap=1#result',
		);
	});
	test('empty answers are left out, and no "?" is written when nothing is kept', () => {
		const noCodecs: PartialCodecs<Form> = { hours: numberTextCodec() };
		expect(shareUrl(noCodecs, defaults, '/tools/x/')).toBe('/tools/x/');
		expect(shareUrl(codecs, { ...defaults, tags: [] }, '/p/')).toBe('/p/?colour=red&nap=0');
	});
	test('health answers never reach the address', () => {
		const compression = shareUrl(compressionTool.codecs, { ...compressionTool.defaults, screen: ['pad', 'skin'] }, '/tools/compression/');
		expect(compression).not.toMatch(/screen|pad|skin/);
		const today = todayTool([], []);
		const quiz = shareUrl(
			today.codecs,
			{ ...today.defaults, warnings: ['chest-pain'], health: ['pregnancy'], weight: 'no', legs: '3' },
			'/tools/today/',
		);
		expect(quiz).toBe('/tools/today/?legs=3');
		const race = shareUrl(
			afterRaceTool.codecs,
			{ ...afterRaceTool.defaults, now: ['limping'], today: '2026-05-01', distance: '10k' },
			'/tools/after-race/',
		);
		expect(race).not.toMatch(/now|limping|today|2026-05-01/);
	});
	test('property: the address always starts with the path and its query holds only codec keys', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...COLOURS),
				fc.subarray([...TAGS]),
				fc.string({ maxLength: 12 }),
				fc.boolean(),
				(colour, tags, hours, nap) => {
					const url = shareUrl(codecs, { colour, tags, hours, nap, health: ['pad'] }, '/p/', '#h');
					expect(url.startsWith('/p/')).toBe(true);
					expect(url.endsWith('#h')).toBe(true);
					const query = url.slice('/p/'.length, -'#h'.length);
					for (const key of new URLSearchParams(query).keys()) expect(['colour', 'tags', 'hours', 'nap']).toContain(key);
				},
			),
		);
	});
});

describe('standingMessages', () => {
	type F = 'colour' | 'hours' | 'tags';
	const shape = { fieldOrder: ['colour', 'hours', 'tags'] as const, messageDependsOn: { hours: ['nap'] } } satisfies Parameters<
		typeof standingMessages<Form, number, F>
	>[0];
	const sent: Form = { ...defaults, hours: '99', tags: ['x'] };
	const failed = { form: sent, evaluation: { ok: false as const, errors: { hours: 'Hours must be 0 to 24', tags: 'Pick one tag only' } } };

	test('nothing before a submit or after a success', () => {
		expect(standingMessages<Form, number, F>(shape, null, sent)).toEqual({});
		expect(standingMessages<Form, number, F>(shape, { form: sent, evaluation: { ok: true, result: 1 } }, sent)).toEqual({});
	});
	test('every message while nothing is edited, in the form’s order', () => {
		expect(Object.entries(standingMessages(shape, failed, sent))).toEqual([
			['hours', 'Hours must be 0 to 24'],
			['tags', 'Pick one tag only'],
		]);
	});
	test('a message goes when its field is edited; the others stay', () => {
		expect(standingMessages(shape, failed, { ...sent, hours: '9' })).toEqual({ tags: 'Pick one tag only' });
	});
	test('a message goes when an answer it depends on is edited', () => {
		expect(standingMessages(shape, failed, { ...sent, nap: true })).toEqual({ tags: 'Pick one tag only' });
	});
	test('an edit elsewhere leaves the messages alone, and editing back brings one back', () => {
		expect(standingMessages(shape, failed, { ...sent, colour: 'blue' })).toEqual(failed.evaluation.errors);
		expect(standingMessages(shape, failed, { ...sent, tags: ['x', 'y'] })).toEqual({ hours: 'Hours must be 0 to 24' });
		expect(standingMessages(shape, failed, { ...sent, tags: ['x'] })).toEqual(failed.evaluation.errors);
	});
});

describe('submitStatus', () => {
	test.each([
		[{ ok: true as const, result: 1 }, 'Your answer is below.'],
		[{ ok: false as const, errors: { a: 'x' } }, 'One answer needs a fix.'],
		[{ ok: false as const, errors: { a: 'x', b: 'y', c: 'z' } }, '3 answers need a fix.'],
	])('%j says %s', (evaluation, text) => expect(submitStatus(evaluation)).toBe(text));
});

describe('firstErrorField', () => {
	type F = 'a' | 'b' | 'c';
	const order: readonly F[] = ['a', 'b', 'c'];
	const failed = (errors: Partial<Record<F, string>>): Evaluation<number, F> => ({ ok: false, errors });

	test('none after a success', () => {
		expect(firstErrorField<number, F>({ ok: true, result: 1 }, order)).toBeUndefined();
	});
	test('the first field in the form’s order, not in the messages’ order', () => {
		expect(firstErrorField(failed({ c: 'C is wrong', b: 'B is wrong' }), order)).toBe('b');
	});
	test('none when the messages are for fields the order does not name', () => {
		expect(firstErrorField(failed({}), order)).toBeUndefined();
		expect(firstErrorField(failed({ c: 'C' }), ['a', 'b'])).toBeUndefined();
	});
	test('an empty message still counts as a message', () => {
		expect(firstErrorField(failed({ b: '' }), order)).toBe('b');
	});
	test('property: the field found has a message and no field before it does', () => {
		fc.assert(
			fc.property(fc.subarray([...order]), (withErrors) => {
				const field = firstErrorField(failed(Object.fromEntries(withErrors.map((f) => [f, `${f} is wrong`]))), order);
				if (withErrors.length === 0) expect(field).toBeUndefined();
				else {
					expect(withErrors).toContain(field);
					for (const earlier of order.slice(0, order.indexOf(field!))) expect(withErrors).not.toContain(earlier);
				}
			}),
		);
	});
});

describe('pick', () => {
	const allowed = ['soreness', 'sleep'] as const;
	test('an allowed value comes back', () => {
		expect(pick(allowed, 'sleep')).toBe('sleep');
	});
	test.each([
		['another string', 'pain'],
		['a different case', 'Sleep'],
		['padding', ' sleep'],
		['the empty string', ''],
		['a number', 3],
		['NaN', Number.NaN],
		['null', null],
		['undefined', undefined],
		['a list holding it', ['sleep']],
		['an object', { toString: () => 'sleep' }],
		['a prototype key', '__proto__'],
		['a method name', 'includes'],
	])('%s is refused', (_, value) => {
		expect(pick(allowed, value)).toBeUndefined();
	});
});

describe('pickList', () => {
	const allowed = ['a', 'b', 'c'] as const;
	test.each([
		['a list', ['c', 'a'], ['a', 'c']],
		['repeats', ['b', 'b', 'a', 'b'], ['a', 'b']],
		['unknown and hostile items', ['a', '<script>', '__proto__', 3, null, { b: 1 }], ['a']],
		['an empty list', [], []],
		['a comma-separated string', 'a,b', []],
		['a string', 'a', []],
		['an object', { 0: 'a', length: 1 }, []],
		['null', null, []],
		['undefined', undefined, []],
	])('%s gives the allowed values in the allowed order', (_, value, expected) => {
		expect(pickList(allowed, value)).toEqual(expected);
	});
	test('property: each allowed value that is present, once, in the allowed order', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...allowed), fc.string(), fc.integer())), (value) => {
				const got = pickList(allowed, value);
				expect(got).toEqual(allowed.filter((a) => value.some((v) => v === a)));
			}),
		);
	});
});

describe('listText', () => {
	test.each([
		[[], 'and', ''],
		[['legs'], 'and', 'legs'],
		[['legs', 'feet'], 'and', 'legs and feet'],
		[['legs', 'feet', 'back'], 'and', 'legs, feet and back'],
		[['ice', 'heat'], 'or', 'ice or heat'],
		[['a', 'b', 'c', 'd'], 'or', 'a, b, c or d'],
		// An item with its own "and" or "or" gets a comma before the last item, so it reads unambiguously.
		[['feet and arches', 'quads', 'back'], 'and', 'feet and arches, quads, and back'],
		[['legs', 'hips or glutes'], 'and', 'legs, and hips or glutes'],
		// "band" and "order" hold the letters but are not the words.
		[['IT band', 'order'], 'and', 'IT band and order'],
	])('%j with "%s" reads "%s"', (items, conj, text) => {
		expect(listText(items, conj)).toBe(text);
	});
	test('"and" is the default', () => {
		expect(listText(['a', 'b'])).toBe('a and b');
	});
	test('property: every item appears once, in order, and the list ends with the conjunction and the last item', () => {
		const word = fc.stringMatching(/^[a-z]{1,8}$/);
		fc.assert(
			fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), fc.constantFrom('and', 'or'), (items, conj) => {
				const text = listText(items, conj);
				expect(text.endsWith(` ${conj} ${items.at(-1)}`)).toBe(true);
				expect(text.startsWith(items[0]!)).toBe(true);
				// Single words have no " and " of their own: n - 2 commas, one conjunction.
				expect(text.split(', ')).toHaveLength(items.length - 1);
				let from = 0;
				for (const item of items) {
					const at = text.indexOf(item, from);
					expect(at).toBeGreaterThanOrEqual(from);
					from = at + item.length;
				}
			}),
		);
	});
});

describe('plural', () => {
	test.each([
		[1, 'hour', undefined, '1 hour'],
		[0, 'hour', undefined, '0 hours'],
		[2, 'hour', undefined, '2 hours'],
		[1.5, 'hour', undefined, '1.5 hours'],
		[-1, 'day', undefined, '-1 days'],
		[1, 'person', 'people', '1 person'],
		[3, 'person', 'people', '3 people'],
	])('%d %s (%s) reads "%s"', (n, word, many, text) => {
		expect(plural(n, word, many)).toBe(text);
	});
});

describe('citedSources', () => {
	const section = (id: string, sources: string[][]): Section => ({
		id,
		title: id,
		answer: '',
		items: [],
		reasons: sources.map((s, i) => ({ text: `${id} ${i}`, sources: s })),
		basis: 'published',
	});
	test('every id cited, once, in order of first citation across sections', () => {
		const d: Description = {
			headline: '',
			sections: [section('one', [['b', 'a'], []]), section('two', []), section('three', [['a', 'c'], ['b'], ['d']])],
		};
		expect(citedSources(d)).toEqual(['b', 'a', 'c', 'd']);
	});
	test('none when nothing is cited', () => {
		expect(citedSources({ headline: 'x', sections: [] })).toEqual([]);
		expect(citedSources({ headline: 'x', sections: [section('s', [[], []])] })).toEqual([]);
	});
});

describe('answeredCount: a fold counts what the runner changed, not its defaults', () => {
	test('a prefilled default is not an answer; a changed one, a tick, a typed number are', () => {
		expect(answeredCount(defaults, defaults, ['colour', 'tags', 'hours', 'nap'])).toBe(0);
		const form: Form = { ...defaults, colour: 'blue', tags: ['y'], hours: '7' };
		expect(answeredCount(form, defaults, ['colour', 'tags', 'hours', 'nap'])).toBe(3);
	});
	test('a question not on show (passed as false) is not counted, even with a kept answer', () => {
		const form: Form = { ...defaults, hours: '7', nap: true };
		expect(answeredCount(form, defaults, ['hours', false])).toBe(1);
		expect(answeredCount(form, defaults, [false, 'nap'])).toBe(1);
	});
	test('an answer put back to its default no longer counts', () => {
		expect(answeredCount({ ...defaults, tags: [] }, defaults, ['tags'])).toBe(0);
	});
});
