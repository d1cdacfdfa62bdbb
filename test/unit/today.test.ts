/**
 * "What should I do today?" (src/lib/tools/today/): the guide index, the stops, pain and its injury
 * guides, the health screen, the call, the methods and their doses, the words, the link and storage.
 *
 * The realistic cases run on the real guides (src/content/methods and src/content/injuries, parsed
 * with the real schemas); the precise ones on small hand-made methods. Expected values are written by
 * hand from the module headers and the guides' frontmatter, never computed by the code under test;
 * the properties use an independent checker (expectSafePlan) that restates the documented rules.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { readQuery, readStored, toQuery, writeStored, type StringStorage } from '../../src/lib/persisted-state';
import { citedSources, type Description, type Item, type Section } from '../../src/lib/tools/contract';
import { startingForm } from '../../src/lib/tools/form';
import {
	BODY_REGIONS,
	CALL_LABELS,
	FEELINGS,
	FINISHED,
	HEALTH_ANSWERS,
	QUIZ_HEALTH as HEALTH_CONDITIONS,
	KIT,
	LAST_ACTIVITIES,
	MAX_METHODS,
	MIN_METHODS,
	NEXT_UP,
	RACE_DISTANCES,
	TIME_OPTIONS,
	TODAY_CODECS,
	TODAY_DEFAULTS,
	TODAY_FIELD_ORDER,
	TODAY_SOURCES,
	TODAY_STORAGE_KEY,
	WARNING_ANSWERS,
	WARNING_SIGNS,
	YES_NO,
	decodeMethods,
	encodeMethods,
	planToday,
	readGuideIndex,
	GUIDE_INDEX_VERSION,
	StaleGuideIndex,
	TODAY_GUIDES_URL,
	toQuizInjury,
	toQuizMethod,
	todayTool,
	type BodyRegion,
	type QuizHealthCondition as HealthCondition,
	type MethodDetails,
	type QuizInjury,
	type QuizMethod,
	type RecoveryPlan,
	type StopPlan,
	type TodayForm,
	type TodayResult,
} from '../../src/lib/tools/today';
import { describeToday } from '../../src/lib/tools/today/describe';
import { loadTodayLogic } from '../../src/lib/tools/today/logic';
import {
	AVOID_CONDITIONS,
	AVOID_CONDITION_LABELS,
	CATEGORIES,
	CERTAINTIES,
	EFFECT_SIZES,
	EQUIPMENT,
	GOALS,
	GRADES,
	OUTCOMES,
	REGIONS,
	SITUATION_LABELS,
	TIMINGS,
	type AvoidCondition,
	type Situation,
} from '../../src/lib/vocabulary';
import { loadGuides, loadInjuries, referencesDir } from '../support/guides';

// ---------------------------------------------------------------------------------------------
// The real guides, and helpers to ask the quiz

const methodGuides = loadGuides();
const injuryGuides = loadInjuries();
const METHODS: QuizMethod[] = methodGuides.flatMap((g) => (g.data ? [toQuizMethod(g.slug, g.data)] : []));
const INJURIES: QuizInjury[] = injuryGuides.flatMap((g) => (g.data ? [toQuizInjury(g.slug, g.data)] : []));
const guideData = (slug: string) => {
	const data = methodGuides.find((g) => g.slug === slug)?.data;
	if (!data) throw new Error(`no method guide ${slug}`);
	return data;
};
/** What the page fetches for a picked method (/tools/today/m/<slug>.json), built from the guides. */
const DETAILS: Record<string, MethodDetails> = Object.fromEntries(
	methodGuides.flatMap((g) => (g.data ? [[g.slug, { title: g.data.title, dose: g.data.dose, doses: g.data.doses }]] : [])),
);
const ALL_KIT = [...KIT];
const tool = todayTool(METHODS, INJURIES);

/** A form that passes the two required questions ("None of these" for both), plus the patch. */
const answers = (patch: Partial<TodayForm> = {}): TodayForm => ({
	...TODAY_DEFAULTS,
	warnings: ['none'],
	health: ['none'],
	ill: 'none',
	...patch,
});

function recover(
	patch: Partial<TodayForm>,
	methods: readonly QuizMethod[] = METHODS,
	injuries: readonly QuizInjury[] = INJURIES,
): RecoveryPlan {
	const e = planToday(answers(patch), methods, injuries);
	if (!e.ok) throw new Error(`expected a plan, got errors ${JSON.stringify(e.errors)}`);
	if (e.result.kind !== 'recover') throw new Error(`expected a recovery plan, got a stop: ${e.result.flags.map((f) => f.id).join(', ')}`);
	return e.result;
}
function stopped(patch: Partial<TodayForm>): StopPlan {
	const e = planToday(answers(patch), METHODS, INJURIES);
	if (!e.ok || e.result.kind !== 'stop') throw new Error(`expected a stop, got ${JSON.stringify(e)}`);
	return e.result;
}
function errorsOf(form: TodayForm) {
	const e = planToday(form, METHODS, INJURIES);
	if (e.ok) throw new Error(`expected errors, got a ${e.result.kind} plan`);
	return e.errors;
}

const words = (result: TodayResult, details: Record<string, MethodDetails> = DETAILS): Description =>
	describeToday(result, { details, clock: '24' });
const section = (d: Description, id: string): Section => {
	const s = d.sections.find((x) => x.id === id);
	if (!s) throw new Error(`no section "${id}" in ${d.sections.map((x) => x.id).join(', ')}`);
	return s;
};
const itemText = (i: Item) => (typeof i === 'string' ? i : `${i.text}${i.note ?? ''}`);
const slugs = (p: RecoveryPlan) => p.choice.chosen.map((r) => r.m.slug);
const leftOut = (p: RecoveryPlan) => Object.fromEntries(p.choice.leftOut.map((l) => [l.slug, l.why]));
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** A hand-made method: serves soreness anywhere in the evening, needs nothing, 5 minutes. */
const method = (slug: string, patch: Partial<QuizMethod> = {}): QuizMethod => ({
	slug,
	category: 'movement',
	goals: ['soreness'],
	regions: ['whole-body'],
	timing: ['evening'],
	minutes: { min: 5, max: 10 },
	handsFree: false,
	equipment: ['none'],
	avoidWhen: [],
	grades: [],
	trains: false,
	...patch,
});
const injury = (
	slug: string,
	regions: QuizInjury['regions'],
	avoid: string[] = [],
	helps: string[] = [],
	mayHelp: string[] = [],
): QuizInjury => ({
	slug,
	title: slug,
	regions,
	signs: ['a sign'],
	flags: [],
	back: 'When it is better',
	avoid,
	helps,
	mayHelp,
});

// A hard day behind, an easy one ahead, plenty of time and every piece of kit: most methods could join.
const BUSY_DAY: Partial<TodayForm> = { last: 'long-run', finished: 'under-2h', next: 'easy', time: '60', kit: ALL_KIT };
const NON_SKIN = BODY_REGIONS.filter((r) => r !== 'skin');

test('every method and injury guide parses with the real schemas (else the tests below prove nothing)', () => {
	expect(methodGuides.filter((g) => !g.data).map((g) => `${g.slug}: ${g.problems.join('; ')}`)).toEqual([]);
	expect(injuryGuides.filter((g) => !g.data).map((g) => `${g.slug}: ${g.problems.join('; ')}`)).toEqual([]);
	expect(METHODS.length).toBeGreaterThanOrEqual(15);
	expect(INJURIES.length).toBeGreaterThanOrEqual(10);
});

// ---------------------------------------------------------------------------------------------

describe('the guide index', () => {
	/** A method as the index keeps it: lists are sets, kept in the vocabulary's order. */
	const inVocabOrder = (m: QuizMethod): QuizMethod => ({
		...m,
		goals: GOALS.filter((g) => m.goals.includes(g)),
		regions: REGIONS.filter((r) => m.regions.includes(r)),
		timing: TIMINGS.filter((t) => m.timing.includes(t)),
		equipment: EQUIPMENT.filter((e) => m.equipment.includes(e)),
		avoidWhen: AVOID_CONDITIONS.filter((a) => m.avoidWhen.includes(a)),
	});

	test('the real guides survive encode then decode, every field kept', () => {
		expect(decodeMethods(encodeMethods(METHODS))).toEqual(METHODS.map(inVocabOrder));
	});

	test('one line per method, no prose in it', () => {
		const text = encodeMethods(METHODS);
		expect(text.split('\n')).toHaveLength(METHODS.length);
		expect(text).not.toMatch(/[A-Z ]/);
	});

	test('a plan from the decoded index is the plan from the guides', () => {
		const decoded = decodeMethods(encodeMethods(METHODS));
		for (const patch of [
			BUSY_DAY,
			{ ...BUSY_DAY, where: { knees: 'pain' as const } },
			{ next: 'rest' as const, sleep: '5', health: ['pregnancy' as const] },
			{ raceIn: '1', time: '15' as const },
		])
			expect(slugs(recover(patch, decoded))).toEqual(slugs(recover(patch)));
	});

	const arbMethod: fc.Arbitrary<QuizMethod> = fc.record({
		slug: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
		category: fc.constantFrom(...CATEGORIES),
		goals: fc.subarray([...GOALS]),
		regions: fc.subarray([...REGIONS]),
		timing: fc.subarray([...TIMINGS]),
		minutes: fc.record({ min: fc.integer({ min: 0, max: 1440 }), max: fc.integer({ min: 0, max: 1440 }) }),
		handsFree: fc.boolean(),
		equipment: fc.subarray([...EQUIPMENT]),
		avoidWhen: fc.subarray([...AVOID_CONDITIONS]),
		grades: fc.array(
			fc.record({
				outcome: fc.constantFrom(...OUTCOMES),
				grade: fc.constantFrom(...GRADES),
				size: fc.constantFrom(...EFFECT_SIZES),
				certainty: fc.constantFrom(...CERTAINTIES),
			}),
			{ maxLength: 6 },
		),
		trains: fc.boolean(),
	});

	test('any method round-trips exactly (property)', () => {
		fc.assert(
			fc.property(fc.array(arbMethod, { maxLength: 8 }), (ms) => {
				expect(decodeMethods(encodeMethods(ms))).toEqual(ms);
			}),
		);
	});

	// A good line of the real index, cut into its 12 fields, so each case breaks exactly one of them.
	const good = encodeMethods([METHODS.find((m) => m.slug === 'foam-rolling')!]);
	const fields = good.split('|');
	const broken = (i: number, value: string) => fields.map((f, j) => (j === i ? value : f)).join('|');
	const bigBits = (n: number) => (2 ** n).toString(36); // one bit past the end of a vocabulary of n ids

	test.each([
		['too few fields', fields.slice(0, 11).join('|')],
		['too many fields', `${good}|1`],
		['an empty line', ''],
		['a slug with a capital', broken(0, 'Foam-rolling')],
		['a slug with markup', broken(0, '<b>x</b>')],
		['an empty slug', broken(0, '')],
		['a category past the vocabulary', broken(1, String(CATEGORIES.length))],
		['an empty category (Number("") is 0, which is "cold")', broken(1, '')],
		['a category "1.5"', broken(1, '1.5')],
		['goals that are not base 36', broken(2, 'z!')],
		['goals past the vocabulary', broken(2, bigBits(GOALS.length))],
		['an empty goal set', broken(2, '')],
		['regions that are not base 36', broken(3, '-1')],
		['timing past the vocabulary', broken(4, bigBits(TIMINGS.length))],
		['minutes that are not a number', broken(5, 'x')],
		['empty minutes (Number("") is 0)', broken(6, '')],
		['fractional minutes', broken(5, '1.5')],
		['negative minutes', broken(5, '-5')],
		['hands-free neither 1 nor 0', broken(7, 'yes')],
		['equipment past the vocabulary', broken(8, bigBits(EQUIPMENT.length))],
		['avoidWhen that is not base 36', broken(9, '#')],
		['a grade with an outcome past the vocabulary', broken(10, `${fields[10]};${OUTCOMES.length}.0.0.0`)],
		['a grade with three parts', broken(10, '0.1.2')],
		['a grade with an empty part', broken(10, '0..2.1')],
		['trains neither 1 nor 0', broken(11, '2')],
	])('a line with %s is skipped whole, and the lines around it are read', (_, line) => {
		const decoded = decodeMethods([good, line, good.replace('foam-rolling', 'after')].join('\n'));
		expect(decoded.map((m) => m.slug)).toEqual(['foam-rolling', 'after']);
		expect(decoded[0]).toEqual(inVocabOrder(METHODS.find((m) => m.slug === 'foam-rolling')!));
	});

	test('a method with no graded outcome is a valid line (an empty grades field)', () => {
		expect(decodeMethods(encodeMethods([method('plain')]))).toEqual([method('plain')]);
	});

	test('junk never throws and never yields a method (property)', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(decodeMethods(text.replace(/\|/g, ''))).toEqual([]);
			}),
		);
	});

	test('readGuideIndex: the fetched index reads back whole; a malformed injury is dropped, a wrong shape refused', () => {
		const injury: QuizInjury = {
			slug: 'shin-pain',
			title: 'Shin pain',
			regions: ['calves-shins'],
			signs: ['a'],
			flags: [],
			back: 'b',
			avoid: [],
			helps: [],
			mayHelp: [],
		};
		const wire = JSON.parse(
			JSON.stringify({
				version: GUIDE_INDEX_VERSION,
				methods: encodeMethods(METHODS),
				injuries: [injury, { ...injury, slug: '<script>' }, { ...injury, regions: ['moon'] }, 7],
			}),
		) as unknown;
		const read = readGuideIndex(wire);
		expect(read.methods).toEqual(decodeMethods(encodeMethods(METHODS)));
		expect(read.injuries).toEqual([injury]);
		for (const bad of [null, 7, 'text', { methods: 7, injuries: [] }, { methods: '', injuries: {} }, { injuries: [] }].map((b) =>
			b && typeof b === 'object' ? { version: GUIDE_INDEX_VERSION, ...b } : b,
		))
			expect(() => readGuideIndex(bad), JSON.stringify(bad)).toThrow('The guide index is not in the expected shape.');
	});

	test('readGuideIndex refuses an index of another version, or none, so old code never reads new codes', () => {
		const current = { version: GUIDE_INDEX_VERSION, methods: encodeMethods(METHODS), injuries: [] };
		expect(readGuideIndex(current).methods).toHaveLength(METHODS.length);
		for (const version of [undefined, '', 'deadbeef', 1, null]) {
			expect(() => readGuideIndex({ ...current, version })).toThrow(StaleGuideIndex);
		}
		expect(GUIDE_INDEX_VERSION).toMatch(/^[0-9a-f]{8}$/);
	});

	describe('loadTodayLogic: a stale index is fetched again past the cache, then the page reloads once', () => {
		const current = { version: GUIDE_INDEX_VERSION, methods: encodeMethods(METHODS), injuries: [] };
		const stale = { ...current, version: 'deadbeef' };
		const memory = () => {
			const data = new Map<string, string>();
			return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
		};

		test('a current index loads with one fetch and no reload', async () => {
			const fetchJson = vi.fn(async () => current);
			const reload = vi.fn();
			const logic = await loadTodayLogic({ first: Promise.resolve(current), fetchJson, reload, storage: memory() });
			expect(logic.sources.length).toBeGreaterThan(0);
			expect(fetchJson).not.toHaveBeenCalled();
			expect(reload).not.toHaveBeenCalled();
		});

		test('a stale index in the HTTP cache: the second fetch bypasses the cache and reads the new one', async () => {
			const fetchJson = vi.fn(async (_url: string, init?: RequestInit) => (init?.cache === 'reload' ? current : stale));
			const reload = vi.fn();
			await loadTodayLogic({ first: Promise.resolve(stale), fetchJson, reload, storage: memory() });
			expect(fetchJson).toHaveBeenCalledExactlyOnceWith(TODAY_GUIDES_URL, { cache: 'reload' });
			expect(reload).not.toHaveBeenCalled();
		});

		test('old code and a new index: reload once for the new code, and never loop', async () => {
			const fetchJson = vi.fn(async () => stale);
			const reload = vi.fn();
			const storage = memory();
			await expect(loadTodayLogic({ first: fetchJson(), fetchJson, reload, storage })).rejects.toThrow(StaleGuideIndex);
			expect(reload).toHaveBeenCalledTimes(1);
			await expect(loadTodayLogic({ first: fetchJson(), fetchJson, reload, storage })).rejects.toThrow(StaleGuideIndex);
			expect(reload).toHaveBeenCalledTimes(1);
		});

		test('a broken index is an error, with no reload', async () => {
			const reload = vi.fn();
			const broken = { version: GUIDE_INDEX_VERSION };
			await expect(loadTodayLogic({ first: Promise.resolve(broken), fetchJson: async () => broken, reload })).rejects.toThrow(
				'not in the expected shape',
			);
			expect(reload).not.toHaveBeenCalled();
		});
	});

	test('toQuizMethod: training is being graded for keeping fitness', () => {
		expect(METHODS.filter((m) => m.trains).map((m) => m.slug)).toEqual(['cross-training']);
		expect(guideData('cross-training').evidence.some((e) => e.outcome === 'fitness-maintenance')).toBe(true);
	});

	test.each([
		// slug, avoid (the options marked 'avoid' or 'no-benefit' that name a method), helps: read from the guides by hand
		['shin-pain', ['compression-garments', 'ice-packs', 'foam-rolling', 'massage-sticks'], ['cross-training']],
		['runners-knee', ['foam-rolling'], ['hip-glute-strength']],
		['ankle-sprain', ['compression-garments'], []],
		['hamstring-pain', ['stretching-mobility', 'foam-rolling'], []],
		['plantar-heel-pain', [], ['stretching-mobility']],
		['it-band-pain', [], []],
	])('toQuizInjury %s: avoid %j (avoid and no-benefit), helps %j; may-help is neither', (slug, avoid, helps) => {
		const i = INJURIES.find((x) => x.slug === slug)!;
		expect(sorted(i.avoid)).toEqual(sorted(avoid));
		expect(sorted(i.helps)).toEqual(sorted(helps));
	});

	test('every method an injury guide names is a real method guide', () => {
		const known = new Set(METHODS.map((m) => m.slug));
		for (const i of INJURIES) for (const s of [...i.avoid, ...i.helps]) expect(known, `${i.slug} names ${s}`).toContain(s);
	});
});

// ---------------------------------------------------------------------------------------------

describe('stops: a warning sign, a limp or a foot that cannot bear weight', () => {
	test.each([
		// sign, red flag, urgency: from /red-flags/ (src/lib/red-flags.ts), by hand
		['chest-pain', 'cardiac', 'emergency'],
		['dark-urine', 'rhabdomyolysis', 'urgent'],
		['calf-swelling', 'clot', 'urgent'],
		['hot-red-swelling', 'infection', 'urgent'],
		['numbness', 'numbness', 'urgent'],
		['bone-pain', 'bone-stress', 'soon'],
		['worsening', 'bone-stress', 'soon'],
		['rest-pain', 'rest-pain', 'soon'],
		['back-saddle', 'cauda-equina', 'emergency'],
	] as const)('%s stops the plan: %s, %s', (sign, flag, urgency) => {
		const plan = stopped({ warnings: [sign], ...BUSY_DAY });
		expect(plan.flags.map((f) => f.id)).toEqual([flag]);
		expect(plan.urgency).toBe(urgency);
		expect(plan).not.toHaveProperty('choice');
	});

	test.each(BODY_REGIONS.filter((r) => r !== 'hips-glutes'))('a limp or changed stride (%s) stops the plan with bone stress', (region) => {
		const plan = stopped({ where: { [region]: 'stride' } });
		expect(plan.flags.map((f) => f.id)).toEqual(['bone-stress']);
		expect(plan.because).toEqual(['stride']);
	});

	test('a limp or changed stride from the hip is the urgent hip flag first (a femoral neck stress fracture can displace), then bone stress', () => {
		const plan = stopped({ where: { 'hips-glutes': 'stride' } });
		expect(plan.flags.map((f) => f.id)).toEqual(['hip-groin', 'bone-stress']);
		expect(plan.urgency).toBe('urgent');
	});

	test('deep groin or hip pain is a warning sign that stops the plan, urgent, and names the hip flag first', () => {
		const plan = stopped({ warnings: ['groin-pain'] });
		expect(plan.flags.map((f) => f.id)).toEqual(['hip-groin']);
		expect(plan.urgency).toBe('urgent');
		const d = words(plan);
		expect(d.headline).toBe('Stop self-treating. Urgent: get medical care today.');
		expect(d.sections[0]!.answer).toMatch(/keep weight off the leg .* same day\. Do not hop/);
	});

	test('vomiting or confusion after a long race is an emergency (low blood sodium)', () => {
		const plan = stopped({ warnings: ['vomiting-confusion'] });
		expect(plan.flags.map((f) => f.id)).toEqual(['hyponatraemia']);
		expect(plan.urgency).toBe('emergency');
	});

	test('a fever stops training with no red flag of its own; chest symptoms after an illness are the cardiac flag', () => {
		const fever = stopped({ ill: 'fever' });
		expect(fever.flags).toEqual([]);
		expect(fever.because).toEqual(['ill-fever']);
		const d = words(fever);
		expect(d.headline).toBe('No training today: you have had a fever.');
		expect(d.sections.map((s) => s.id)).toEqual(['illness', 'because']);
		const chest = stopped({ ill: 'chest' });
		expect(chest.flags.map((f) => f.id)).toEqual(['cardiac']);
		expect(chest.urgency).toBe('emergency');
		// Whatever else was said: a race tomorrow, fresh legs, a hard session planned.
		expect(stopped({ ill: 'fever', raceIn: '1', legs: '0', next: 'hard-today' }).kind).toBe('stop');
	});

	test('a cold above the neck, or an illness just over, makes it an easy day and says why', () => {
		for (const ill of ['above-neck', 'recovering'] as const) {
			const plan = recover({ ill, last: 'easy-run', next: 'easy', legs: '1' });
			expect(plan.call).toBe('easy');
			expect(plan.callReasons.map((r) => r.text).join(' ')).toMatch(
				ill === 'above-neck' ? /cold above the neck/ : /free of symptoms for 7 days/,
			);
		}
	});

	test('bone stress comes first among the pains that wait for days', () => {
		expect(stopped({ warnings: ['rest-pain', 'worsening'] }).flags.map((f) => f.id)).toEqual(['bone-stress', 'rest-pain']);
		expect(stopped({ warnings: ['rest-pain'], where: { feet: 'stride' } }).flags.map((f) => f.id)).toEqual(['bone-stress', 'rest-pain']);
		// Pinpoint bone pain, pain worse over days and a limp all point to one flag, named once.
		expect(stopped({ warnings: ['bone-pain', 'worsening'], where: { knees: 'stride' } }).flags.map((f) => f.id)).toEqual(['bone-stress']);
	});

	test('the most urgent comes first, and sets the urgency', () => {
		const plan = stopped({ warnings: ['bone-pain', 'calf-swelling', 'chest-pain'] });
		expect(plan.flags.map((f) => f.id)).toEqual(['cardiac', 'clot', 'bone-stress']);
		expect(plan.urgency).toBe('emergency');
	});

	test('a fresh knock you cannot take four steps on stops with "cannot bear weight", urgent', () => {
		const plan = stopped({ injury: 'yes', weight: 'no' });
		expect(plan.flags.map((f) => f.id)).toEqual(['cant-bear-weight']);
		expect(plan.urgency).toBe('urgent');
		expect(plan.because).toEqual(['weight']);
	});

	test('"cannot take four steps" only counts after a fresh knock; four steps taken is a plan', () => {
		expect(recover({ injury: 'no', weight: 'no' }).kind).toBe('recover');
		expect(recover({ injury: 'yes', weight: 'yes' }).call).toBe('easy');
		expect(recover({ injury: 'yes', weight: '' }).call).toBe('easy');
	});

	test('a stop wins over missing and malformed answers', () => {
		const e = planToday(
			{ ...TODAY_DEFAULTS, warnings: ['none', 'chest-pain'], health: [], legs: 'abc', age: '1,000', wake: '99:99' },
			METHODS,
			INJURIES,
		);
		expect(e.ok && e.result.kind).toBe('stop');
	});

	test('in words: stop self-treating at the urgency, each flag linked, what was said, and no method', () => {
		const d = words(stopped({ warnings: ['rest-pain'], where: { feet: 'stride' } }));
		expect(d.headline).toBe('Stop self-treating. Soon: stop running on it and book a clinician within days.');
		expect(d.sections.map((s) => s.id)).toEqual(['flag-bone-stress', 'flag-rest-pain', 'because']);
		expect(d.sections.slice(0, 2).every((s) => s.tone === 'warning')).toBe(true);
		expect(d.sections[0]!.items).toContainEqual(expect.objectContaining({ href: '/red-flags/#bone-stress' }));
		expect(section(d, 'because').answer).toBe('Pain at rest or at night, and pain that makes you limp or change how you run.');
		expect(JSON.stringify(d)).not.toContain('/methods/');
	});
});

// ---------------------------------------------------------------------------------------------

describe('pain in one spot routes to its injury guides', () => {
	/**
	 * Pain in one region on BUSY_DAY (needs: soreness, fatigue, injury prevention). Injury guides by
	 * hand from their `regions`, in the documented order (skin guides last, then the guides whose
	 * first region hurts, then fewer regions, then the title); left out by hand: the methods that serve a need and target the
	 * region or the whole body, and that a matched guide marks avoid/no-benefit ('injury-avoid', which
	 * is checked first) or that declare avoidWhen 'local-pain'.
	 */
	test.each([
		[
			'feet',
			['plantar-heel-pain', 'ankle-sprain', 'bone-stress-injury', 'blisters-and-black-toenails'],
			{ 'foot-rolling': 'local-pain', 'ice-packs': 'injury-avoid', 'massage-sticks': 'injury-avoid' },
		],
		[
			'ankles',
			['achilles-tendon-pain', 'ankle-sprain'],
			{ 'compression-garments': 'injury-avoid', 'ice-packs': 'injury-avoid', 'massage-sticks': 'local-pain' },
		],
		[
			'calves-shins',
			['calf-strain', 'shin-pain', 'bone-stress-injury', 'achilles-tendon-pain'],
			{
				'compression-garments': 'injury-avoid',
				'foam-rolling': 'injury-avoid',
				'foot-rolling': 'local-pain',
				'ice-packs': 'injury-avoid',
				'massage-sticks': 'injury-avoid',
			},
		],
		['knees', ['runners-knee', 'it-band-pain'], { 'massage-sticks': 'local-pain' }],
		['it-band', ['it-band-pain'], { 'foam-rolling': 'local-pain', 'massage-sticks': 'local-pain' }],
		['hamstrings', ['hamstring-pain'], { 'foam-rolling': 'injury-avoid', 'massage-sticks': 'local-pain' }],
		['hips-glutes', ['hamstring-pain', 'bone-stress-injury'], { 'foam-rolling': 'injury-avoid', 'massage-sticks': 'injury-avoid' }],
		['quads', [], { 'foam-rolling': 'local-pain', 'massage-sticks': 'local-pain' }],
		['back', [], { 'massage-sticks': 'local-pain' }],
	] as const)('pain in the %s: guides %j; left out %j', (region, guides, out) => {
		const plan = recover({ ...BUSY_DAY, where: { [region]: 'pain' } });
		expect(plan.injuries.map((i) => i.slug)).toEqual(guides);
		expect(leftOut(plan)).toEqual(out);
		expect(slugs(plan).filter((s) => s in out)).toEqual([]);
		expect(plan.call).toBe('easy');
	});

	test.each(NON_SKIN)(
		'pain in the %s never brings back a method its guides or local pain rule out, whatever the time and kit',
		(region) => {
			const matched = INJURIES.filter((i) => i.regions.includes(region));
			const avoided = new Set(matched.flatMap((i) => i.avoid));
			const local = METHODS.filter(
				(m) => m.avoidWhen.includes('local-pain') && m.regions.some((r) => r === 'whole-body' || r === region),
			).map((m) => m.slug);
			// Soreness everywhere else, so methods aimed at other regions pass the region check too.
			const where = { ...Object.fromEntries(NON_SKIN.map((r) => [r, 'sore'])), [region]: 'pain' as const };
			for (const time of TIME_OPTIONS)
				for (const kit of [[], ALL_KIT]) {
					const plan = recover({ ...BUSY_DAY, where, time, kit });
					for (const s of slugs(plan)) {
						expect(avoided.has(s), `${s} with ${region} pain`).toBe(false);
						expect(local, `${s} with ${region} pain`).not.toContain(s);
					}
				}
			// And with everything at hand, each avoided method that serves a need is named as left out.
			const plan = recover({ ...BUSY_DAY, where });
			for (const s of avoided)
				if (METHODS.find((m) => m.slug === s)!.goals.some((g) => ['soreness', 'tightness', 'fatigue', 'injury-prevention'].includes(g)))
					expect(leftOut(plan)[s]).toBe('injury-avoid');
		},
	);

	test('heel pain routes to plantar heel pain, shin pain to shin pain and bone stress, IT band pain to its guide', () => {
		expect(recover({ where: { feet: 'pain' } }).injuries.map((i) => i.slug)).toContain('plantar-heel-pain');
		const shin = recover({ where: { 'calves-shins': 'pain' } }).injuries.map((i) => i.slug);
		expect(shin).toContain('shin-pain');
		expect(shin).toContain('bone-stress-injury');
		expect(recover({ where: { 'it-band': 'pain' } }).injuries.map((i) => i.slug)).toEqual(['it-band-pain']);
	});

	test('in words: pain first, its guides linked with their first signs and back-to-running test, then the call', () => {
		const d = words(recover({ ...BUSY_DAY, where: { 'calves-shins': 'pain', quads: 'sore' } }));
		expect(d.headline.startsWith('Go easy today')).toBe(true);
		expect(d.headline.endsWith('Pain first: read its guide below.')).toBe(true);
		expect(d.sections.slice(0, 2).map((s) => s.id)).toEqual(['pain', 'call']);
		const pain = section(d, 'pain');
		expect(pain.tone).toBe('warning');
		expect(pain.answer).toContain('calves and shins');
		expect(pain.answer).not.toContain('quads');
		// The best match (calf strain: its main region, one region, then by title) with its signs and
		// back-to-running test; the others one line each.
		const calf = injuryGuides.find((g) => g.slug === 'calf-strain')!.data!;
		expect(pain.items[0]).toEqual({ text: calf.title, href: '/injuries/calf-strain/', note: expect.stringContaining(calf.signs[0]!) });
		expect(itemText(pain.items[0]!)).toContain('Back to running when:');
		const shin = injuryGuides.find((g) => g.slug === 'shin-pain')!.data!;
		expect(pain.items).toContainEqual({ text: shin.title, href: '/injuries/shin-pain/', note: '(also in this region)' });
		expect(pain.items.slice(1).map(itemText).join('\n')).not.toContain('Back to running when:');
	});

	test('pain with no injury guide for it: no pain section, still an easy day', () => {
		const plan = recover({ where: { quads: 'pain' } });
		expect(plan.injuries).toEqual([]);
		expect(plan.call).toBe('easy');
		expect(words(plan).sections.map((s) => s.id)).not.toContain('pain');
	});

	test('pain on a day that would be "train as planned" makes it an easy day', () => {
		expect(recover({ last: 'easy-run', next: 'easy', legs: '1' }).call).toBe('train');
		for (const r of NON_SKIN) expect(recover({ last: 'easy-run', next: 'easy', legs: '1', where: { [r]: 'pain' } }).call).toBe('easy');
	});

	// Hand-made methods, to pin the local-pain rule to one region at a time.
	test('avoidWhen local-pain: left out when it targets the painful region or the whole body, not elsewhere', () => {
		const index = [
			method('on-knees', { regions: ['knees'], avoidWhen: ['local-pain'] }),
			method('everywhere', { regions: ['whole-body'], avoidWhen: ['local-pain'], category: 'soft-tissue' }),
			method('on-feet', { regions: ['feet'], avoidWhen: ['local-pain'], category: 'nutrition' }),
			method('no-rule', { regions: ['knees'], category: 'heat' }),
		];
		const plan = recover({ time: '60', where: { knees: 'pain', feet: 'sore' } }, index, []);
		expect(leftOut(plan)).toEqual({ 'on-knees': 'local-pain', everywhere: 'local-pain' });
		expect(sorted(slugs(plan))).toEqual(['no-rule', 'on-feet']);
	});

	test('a method a guide says helps is brought in, unless another guide for that pain says avoid', () => {
		const index = [method('helper', { goals: ['sleep'], regions: ['back'] }), method('filler', { category: 'nutrition' })];
		const helps = recover({ time: '60', where: { knees: 'pain' } }, index, [injury('knee-a', ['knees'], [], ['helper'])]);
		expect(helps.choice.chosen.find((r) => r.m.slug === 'helper')?.because).toBe('injury');
		const clash = recover({ time: '60', where: { knees: 'pain' } }, index, [
			injury('knee-a', ['knees'], [], ['helper']),
			injury('knee-b', ['knees', 'feet'], ['helper']),
		]);
		expect(slugs(clash)).not.toContain('helper');
		expect(leftOut(clash)).toEqual({ helper: 'injury-avoid' });
	});

	test('a guide for another region changes nothing', () => {
		const index = [method('roller', { regions: ['knees', 'feet'], goals: ['injury-prevention'] })];
		expect(slugs(recover({ time: '60', where: { knees: 'pain' } }, index, [injury('feet-only', ['feet'], ['roller'])]))).toEqual([
			'roller',
		]);
	});

	test('skin has no pain question: "skin" reads as chafing whatever the feeling says', () => {
		const plan = recover({ ...BUSY_DAY, where: { skin: 'pain' } });
		expect(plan.injuries).toEqual([]);
		expect(plan.conditions).toContain('open-skin');
		expect(plan.choice.chosen.find((r) => r.m.slug === 'chafing-care')?.because).toBe('skin');
	});
});

// ---------------------------------------------------------------------------------------------

describe('the health screen', () => {
	// Needs cover every goal a health-coded guide serves (soreness, tightness, fatigue, mobility,
	// injury prevention, sleep), every region is named, and the call is "easy", so each guide reaches
	// the health check.
	const WIDE: Partial<TodayForm> = {
		last: 'easy-run',
		finished: 'under-2h',
		legs: '5',
		raceIn: '5',
		sleep: '5',
		time: '60',
		kit: ALL_KIT,
		where: Object.fromEntries(NON_SKIN.map((r) => [r, 'sore'])),
	};

	test.each(HEALTH_CONDITIONS)('%s leaves out every method whose guide declares it, and says so under "Avoid today"', (code) => {
		const declaring = methodGuides.filter((g) => g.data!.avoidWhen.includes(code)).map((g) => g.slug);
		expect(declaring.length, `no guide declares ${code}: the case proves nothing`).toBeGreaterThan(0);
		const plan = recover({ ...WIDE, health: [code] });
		expect(slugs(plan).filter((s) => declaring.includes(s))).toEqual([]);
		expect(sorted(plan.choice.leftOut.filter((l) => l.why === code).map((l) => l.slug))).toEqual(sorted(declaring));
		const avoid = section(words(plan), 'avoid');
		for (const s of declaring)
			expect(avoid.items.map(itemText)).toContain(`${guideData(s).title}: left out ${AVOID_CONDITION_LABELS[code]}.`);
		expect(avoid.reasons.map((r) => r.text).join(' ')).toContain('ask your doctor');
	});

	test('without a health answer nothing is left out on that day, and there is no health note', () => {
		const plan = recover({ ...WIDE, health: ['none'] });
		expect(plan.choice.leftOut).toEqual([]);
		expect(words(plan).sections.map((s) => s.id)).not.toContain('avoid');
	});

	test('"Because you said" notes the health answer is not saved', () => {
		const because = section(words(recover({ health: ['pregnancy'] })), 'because');
		expect(because.items).toContain('Health: pregnancy (not saved).');
	});
});

// ---------------------------------------------------------------------------------------------

describe("doses follow today's situation", () => {
	const notes = (p: RecoveryPlan) =>
		Object.fromEntries(section(words(p), 'methods').items.map((i) => [typeof i === 'string' ? i : i.href, itemText(i)]));

	test.each([
		// name, answers, the situation (by hand, from facts.ts: the most pressing first)
		['a race tomorrow (raceIn 1)', { raceIn: '1', last: 'easy-run', finished: 'under-2h', time: '30' }, 'race-tomorrow'],
		['a race today (raceIn 0)', { raceIn: '0', time: '30', kit: ALL_KIT }, 'race-tomorrow'],
		['a race in 2 days', { raceIn: '2', last: 'easy-run', time: '30' }, 'race-in-2-3-days'],
		['a race in 3 days', { raceIn: '3', last: 'easy-run', time: '30', kit: ALL_KIT }, 'race-in-2-3-days'],
		[
			'a hard session within 8 h',
			{ next: 'hard-today', last: 'easy-run', finished: 'under-2h', time: '30', kit: ALL_KIT },
			'hard-within-8h',
		],
		['a race tomorrow and a hard session today: the race wins', { raceIn: '1', next: 'hard-today', time: '30' }, 'race-tomorrow'],
		['6 days after a marathon', { racedAgo: '6', raceDistance: 'marathon', time: '60', kit: ALL_KIT }, 'after-long-race'],
		['5 days after a half', { racedAgo: '5', raceDistance: 'half', time: '60' }, 'after-long-race'],
		['a rest day', { next: 'rest', last: 'workout', time: '30', kit: ALL_KIT }, 'rest-day'],
	] as const)('%s: each method shows the dose for %s where its guide gives one', (_, patch, situation) => {
		const plan = recover(patch);
		expect(plan.situation).toBe(situation);
		const shown = notes(plan);
		let specific = 0;
		for (const s of slugs(plan)) {
			const g = guideData(s);
			const dose = g.doses[situation as Situation] ?? g.dose;
			if (g.doses[situation as Situation]) specific++;
			expect(shown[`/methods/${s}/`]).toContain(`: ${dose} (`);
		}
		// At least one picked method has a dose for this situation, so a plan showing only `dose` fails.
		expect(specific).toBeGreaterThan(0);
		expect(section(words(plan), 'methods').answer).toContain(`doses for: ${SITUATION_LABELS[situation].toLowerCase()}`);
	});

	test.each([
		['an ordinary easy day', { last: 'easy-run', time: '30', kit: ALL_KIT }],
		['3 days after a 10K (not a long race)', { racedAgo: '3', raceDistance: '10k', time: '30' }],
		['30 days after a marathon (workouts are back)', { racedAgo: '30', raceDistance: 'marathon', time: '30' }],
		['a race in 4 days', { raceIn: '4', time: '30' }],
	] as const)('%s: no situation, every method shows its usual dose', (_, patch) => {
		const plan = recover(patch);
		expect(plan.situation).toBeUndefined();
		const shown = notes(plan);
		for (const s of slugs(plan)) expect(shown[`/methods/${s}/`]).toContain(`: ${guideData(s).dose} (`);
		expect(section(words(plan), 'methods').answer).not.toContain('doses for');
	});
});

// ---------------------------------------------------------------------------------------------

describe('the grade shown is for the outcome the method was picked for', () => {
	test('foam rolling for sore quads: "B for muscle soreness · small effect · low certainty"', () => {
		const plan = recover({ last: 'workout', finished: 'under-2h', legs: '2', time: '15', kit: ['foam-roller'], where: { quads: 'sore' } });
		expect(slugs(plan)).toContain('foam-rolling');
		const line = section(words(plan), 'methods')
			.items.map(itemText)
			.find((t) => t.includes('Foam rolling'))!;
		expect(line).toContain('B for muscle soreness · small effect · low certainty');
	});

	const graded = method('graded', {
		goals: ['soreness', 'tightness'],
		grades: [
			{ outcome: 'soreness', grade: 'C', size: 'small', certainty: 'low' },
			{ outcome: 'flexibility', grade: 'A', size: 'large', certainty: 'moderate' },
			{ outcome: 'sleep', grade: 'A', size: 'large', certainty: 'high' },
		],
	});
	const lineFor = (p: RecoveryPlan) =>
		section(words(p, {}), 'methods')
			.items.map(itemText)
			.find((t) => t.includes('graded'))!;

	test('picked for soreness only: the soreness grade, not the better grade for another outcome', () => {
		expect(lineFor(recover({ legs: '2', time: '15' }, [graded], []))).toContain('C for muscle soreness · small effect · low certainty');
	});

	test('picked for soreness and tightness: the better of the two', () => {
		expect(lineFor(recover({ legs: '2', time: '15', where: { quads: 'sore' } }, [graded], []))).toContain(
			'A for flexibility and range of motion · large effect · moderate certainty',
		);
	});

	test('nothing graded for the need: says so rather than borrowing a grade', () => {
		const plan = recover(
			{ legs: '2', time: '15' },
			[method('ungraded', { grades: [{ outcome: 'skin', grade: 'A', size: 'large', certainty: 'high' }] })],
			[],
		);
		expect(section(words(plan, {}), 'methods').items.map(itemText)[0]).toContain('no graded evidence for this need');
	});
});

// ---------------------------------------------------------------------------------------------

describe('time of day, time available, kit and categories', () => {
	test('a method only for the 2 hours after a run: suggested within 2 hours, not later, and the plan says what it missed', () => {
		const index = [method('after-only', { timing: ['post-run'], category: 'cold' }), method('anytime', { category: 'nutrition' })];
		expect(recover({ last: 'workout', finished: 'under-2h', time: '15' }, index, []).choice.chosen.map((r) => [r.m.slug, r.slot])).toEqual([
			['after-only', 'now'],
			['anytime', 'evening'],
		]);
		for (const finished of ['earlier', ''] as const) {
			const plan = recover({ last: 'workout', finished, time: '15' }, index, []);
			expect(slugs(plan)).toEqual(['anytime']);
			expect(plan.choice.missedWindow?.m.slug).toBe('after-only');
			expect(section(words(plan, {}), 'changes').items).toContain('Within 2 hours of a run, after only could join the plan.');
		}
	});

	test('a method for after a run or the evening goes "now" only within 2 hours of the run, else this evening', () => {
		const index = [method('either', { timing: ['post-run', 'evening'] })];
		expect(recover({ last: 'workout', finished: 'under-2h' }, index, []).choice.chosen.map((r) => r.slot)).toEqual(['now']);
		expect(recover({ last: 'workout', finished: 'earlier' }, index, []).choice.chosen.map((r) => r.slot)).toEqual(['evening']);
		expect(recover({ legs: '2' }, index, []).choice.chosen.map((r) => r.slot)).toEqual(['evening']); // no run said
	});

	test('the same for the real ice baths (timing: post-run only)', () => {
		expect(guideData('ice-baths').timing).toEqual(['post-run']);
		expect(slugs(recover({ ...BUSY_DAY }))).toContain('ice-baths');
		expect(slugs(recover({ ...BUSY_DAY, finished: 'earlier' }))).not.toContain('ice-baths');
	});

	test('a hands-free method only for after a run (a recovery drink) also needs a run in the last 2 hours', () => {
		const index = [method('shake', { timing: ['post-run'], handsFree: true, category: 'nutrition' }), method('walk')];
		expect(slugs(recover({ last: 'workout', finished: 'under-2h' }, index, []))).toContain('shake');
		expect(slugs(recover({ last: 'workout', finished: 'earlier' }, index, []))).toEqual(['walk']);
	});

	test('the methods come in the order of the day: now, today, this evening, at bedtime', () => {
		const index = [
			method('d-bedtime', { timing: ['bedtime'], category: 'rest-sleep', minutes: { min: 1, max: 2 } }),
			method('c-evening', { timing: ['evening'], category: 'soft-tissue', minutes: { min: 1, max: 2 } }),
			method('b-worn', { timing: ['evening'], handsFree: true, category: 'compression' }),
			method('a-now', { timing: ['post-run'], category: 'cold', minutes: { min: 1, max: 2 } }),
		];
		const plan = recover({ last: 'workout', finished: 'under-2h', time: '15' }, index, []);
		expect(plan.choice.chosen.map((r) => [r.m.slug, r.slot])).toEqual([
			['a-now', 'now'],
			['b-worn', 'today'],
			['c-evening', 'evening'],
			['d-bedtime', 'bedtime'],
		]);
		expect(section(words(plan, {}), 'methods').items.map((i) => itemText(i).split(' · ')[0])).toEqual([
			'Now',
			'Today',
			'This evening',
			'At bedtime',
		]);
		expect(words(plan, {}).headline).toBe('Train as planned: a now now, b worn today and c evening this evening.');
	});

	test('cold and heat are never in one plan, even when both rank highest', () => {
		const index = [
			method('cold-best', { category: 'cold', goals: ['soreness', 'fatigue'] }),
			method('heat-next', { category: 'heat', goals: ['soreness', 'fatigue'] }),
			method('other', { category: 'nutrition' }),
		];
		const plan = recover({ last: 'long-run', legs: '5', time: '60' }, index, []);
		expect(slugs(plan)).toEqual(['cold-best', 'other']);
		// With only cold and heat on offer, the plan stays at one rather than pair them.
		expect(slugs(recover({ last: 'long-run', legs: '5', time: '60' }, index.slice(0, 2), []))).toEqual(['cold-best']);
	});

	test('minutes: the sum fits the time; hands-free costs nothing; no time given means the shortest option (5)', () => {
		const index = [
			method('ten', { minutes: { min: 10, max: 20 }, category: 'soft-tissue' }),
			method('four', { minutes: { min: 4, max: 6 }, category: 'movement' }),
			method('two', { minutes: { min: 2, max: 3 }, category: 'cold' }),
			method('worn', { minutes: { min: 600, max: 900 }, handsFree: true, category: 'compression' }),
		];
		// All tie on score and grade, so the shorter goes first: worn (0), two (2), then four (2 + 4 = 6 > 5)
		// does not fit though it would alone: the sum counts, not each method.
		const noTime = recover({ legs: '2' }, index, []);
		expect(sorted(slugs(noTime))).toEqual(['two', 'worn']);
		expect([noTime.choice.used, noTime.choice.budget]).toEqual([2, 5]);
		expect(section(words(noTime, {}), 'because').items).toContain('Time today: not given, so the plan fits in 5 minutes.');
		expect(section(words(noTime, {}), 'changes').items).toContain('With 15 minutes, four could join the plan.');
		const fifteen = recover({ legs: '2', time: '15' }, index, []);
		expect(sorted(slugs(fifteen))).toEqual(['four', 'two', 'worn']);
		expect(fifteen.choice.used).toBe(6);
		expect(section(words(fifteen, {}), 'changes').items).toContain('With 30 minutes, ten could join the plan.');
	});

	test('kit: any one listed item is enough, "none" is always there, and the plan says what is missing', () => {
		const index = [method('rolled', { equipment: ['foam-roller', 'ball'], category: 'soft-tissue' }), method('bare')];
		expect(sorted(slugs(recover({ legs: '2', time: '15', kit: ['ball'] }, index, [])))).toEqual(['bare', 'rolled']);
		const without = recover({ legs: '2', time: '15', kit: [] }, index, []);
		expect(slugs(without)).toEqual(['bare']);
		expect(section(words(without, {}), 'changes').items).toContain(
			'For rolled you would need: foam roller, or ball (tennis, lacrosse or spiky).',
		);
	});

	test(`${MIN_METHODS} to ${MAX_METHODS} methods: one per category first, a second of a category only to reach ${MIN_METHODS}`, () => {
		const many = ['cold', 'soft-tissue', 'compression', 'movement', 'rest-sleep', 'nutrition', 'skin-feet', 'clinical'] as const;
		expect(
			recover(
				{ legs: '2', time: '60' },
				many.map((c) => method(`m-${c}`, { category: c, minutes: { min: 1, max: 2 } })),
				[],
			).choice.chosen,
		).toHaveLength(MAX_METHODS);
		const same = [method('a', { category: 'movement' }), method('b', { category: 'movement' }), method('c', { category: 'movement' })];
		expect(slugs(recover({ legs: '2', time: '60' }, same, []))).toEqual(['a', 'b']);
	});

	test('a rest day: nothing that is training, nothing only for before a run', () => {
		const index = [
			method('train-ish', { trains: true, timing: ['rest-day'] }),
			method('pre-only', { timing: ['pre-run'], category: 'soft-tissue' }),
			method('calm', { category: 'rest-sleep' }),
		];
		expect(slugs(recover({ next: 'rest', time: '60' }, index, []))).toEqual(['calm']);
	});
});

// ---------------------------------------------------------------------------------------------

describe('the training call', () => {
	test.each([
		// answers, call: legs from 4 easy, from 7 rest; a rest day in the plan; 6 h sleep or less; a race
		// tomorrow or in 2 days (easy), today (rest); 3 days out, train
		[{ legs: '3' }, 'train'],
		[{ legs: '4' }, 'easy'],
		[{ legs: '6' }, 'easy'],
		[{ legs: '7' }, 'rest'],
		[{ next: 'rest' }, 'rest'],
		[{ sleep: '6' }, 'easy'],
		[{ sleep: '6.5' }, 'train'],
		[{ raceIn: '1' }, 'easy'],
		[{ raceIn: '2' }, 'easy'],
		[{ raceIn: '2', next: 'hard-tomorrow' }, 'easy'],
		[{ raceIn: '0' }, 'rest'],
		[{ raceIn: '3' }, 'train'],
		[{ injury: 'yes', weight: 'yes' }, 'easy'],
		[{ legs: '8', sleep: '5', where: { knees: 'pain' } }, 'rest'],
	] as const)('%j: %s', (patch, call) => {
		expect(recover(patch).call).toBe(call);
	});

	test.each([
		// days since, distance, call, when, first run and workouts back: the after-race timeline's anchors
		// for an all-out race (src/lib/situation/recovery-days.ts ANCHORS), written out by hand
		['1', 'marathon', 'rest', 'yesterday', 4, 25],
		['3', 'marathon', 'rest', '3 days ago', 4, 25],
		['4', 'marathon', 'easy', '4 days ago', 4, 25],
		['24', 'marathon', 'easy', '24 days ago', 4, 25],
		['25', 'marathon', 'train', '25 days ago', 4, 25],
		['0', '10k', 'rest', 'today', 2, 6],
		['56', '5k', 'train', '56 days ago', 2, 4],
	] as const)('raced %s days ago (%s): %s, and the after-race section', (racedAgo, raceDistance, call, when, firstRun, normal) => {
		const plan = recover({ racedAgo, raceDistance, last: 'rest' });
		expect(plan.call).toBe(call);
		expect(plan.afterRace).toMatchObject({ daysAgo: Number(racedAgo), firstRun, normal });
		// Race again: Foster's one day per mile, and a week of workouts first unless workouts are back
		// before day 7 (then the day after the first workout, said with its reason).
		const raceAgain = plan.afterRace!.raceAgain;
		const km = { marathon: 42.195, '10k': 10, '5k': 5 }[raceDistance];
		expect(raceAgain).toBe(Math.max(normal < 7 ? normal + 1 : normal + 7, Math.round(km / 1.609344)));
		const why = raceAgain - normal < 7 ? ' (after a race this short, the legs are back within days)' : '';
		expect(section(words(plan), 'after-race').answer).toBe(
			`You raced ${when}: first easy run about day ${firstRun} (if the checks pass), first workout about day ${normal}, race again from about day ${raceAgain}${why}. These are the days after a race run all-out: the timeline asks how hard it was.`,
		);
	});

	test('a race in the last 24 hours counts as raced today; over 56 days ago there is no after-race section', () => {
		expect(recover({ last: 'race', raceDistance: 'half' }).call).toBe('rest');
		expect(recover({ last: 'race', raceDistance: 'half' }).afterRace?.daysAgo).toBe(0);
		const long = recover({ racedAgo: '57', raceDistance: 'marathon' });
		expect(long.afterRace).toBeUndefined();
		expect(words(long).sections.map((s) => s.id)).not.toContain('after-race');
	});

	test('before the first run after a race: the reason cites the timeline sources and says the effort is assumed', () => {
		const reasons = recover({ racedAgo: '1', raceDistance: 'marathon' }).callReasons;
		expect(reasons).toContainEqual({
			text: 'You raced yesterday: no running before day 4 after a race run all-out (the quiz assumes all-out; the after-race timeline asks); walk or cross-train gently.',
			sources: ['higdon-novice', 'higdon-advanced', 'takayama2017'],
		});
	});

	test('a recent race with no distance is asked for, at its field, not guessed', () => {
		expect(errorsOf(answers({ racedAgo: '2' }))).toEqual({
			raceDistance: 'Race distance: choose how far that race was, so the days after it can be counted.',
		});
		expect(errorsOf(answers({ last: 'race' }))).toHaveProperty('raceDistance');
		// A race long ago asks nothing.
		expect(recover({ racedAgo: '57' }).afterRace).toBeUndefined();
	});

	test.each([
		[{ legs: '9' }, 'rest', 'Rest today'],
		[{ legs: '5' }, 'easy', 'Go easy today'],
		[{ legs: '0' }, 'train', 'Train as planned'],
	] as const)('the headline comes first and matches the call: %j', (patch, call, callWords) => {
		const plan = recover({ ...patch, time: '30', wake: '06:30' });
		expect(plan.call).toBe(call);
		const d = words(plan);
		expect(Object.keys(d)[0]).toBe('headline');
		expect(d.headline.startsWith(`${callWords}: `)).toBe(true);
		expect(d.headline).toMatch(/lights out by \d\d:\d\d\.$/);
		expect(section(d, 'call').answer).toBe(`${CALL_LABELS[call]}.`);
	});

	test('"You slept 1 hour", not "1 hours"; and 6 hours', () => {
		const one = recover({ sleep: '1' });
		expect(one.callReasons.map((r) => r.text).join(' ')).toContain('You slept 1 hour:');
		expect(section(words(one), 'because').items).toContain('Sleep last night: 1 hour.');
		expect(
			recover({ sleep: '6' })
				.callReasons.map((r) => r.text)
				.join(' '),
		).toContain('You slept 6 hours:');
		expect(section(words(recover({ raceIn: '1' })), 'because').items).toContain('Next race: in 1 day.');
	});

	test('short sleep brings sleep in, and a wake-up time gives lights out (need less 15 minutes to fall asleep)', () => {
		const plan = recover({ sleep: '5', age: '35', wake: '06:30' });
		expect(plan.choice.chosen.find((r) => r.m.slug === 'sleep')?.because).toBe('sleep');
		// An adult's need at a moderate load: 7 h plus the sleep calculator's extra; lights out = wake - need - 15.
		expect(plan.sleep.lightsOut).toBe((((6 * 60 + 30 - plan.sleep.needMinutes - 15) % 1440) + 1440) % 1440);
		expect(plan.sleep.needMinutes).toBeGreaterThanOrEqual(7 * 60);
		expect(plan.sleep.needMinutes).toBeLessThanOrEqual(9 * 60);
	});
});

// ---------------------------------------------------------------------------------------------

describe('answers are checked before they are read', () => {
	const NUMBER_FIELDS = ['legs', 'sleep', 'age', 'raceIn', 'racedAgo'] as const;

	test.each(NUMBER_FIELDS)('"1,000" in %s is refused, never read as 1', (field) => {
		const errors = errorsOf(answers({ [field]: '1,000' }));
		expect(errors[field]).toContain('could be read two ways');
		expect(Object.keys(errors)).toEqual([field]);
	});

	test.each([
		['legs', '11', 'between 0 (fresh) and 10'],
		['legs', '-1', 'between 0 (fresh) and 10'],
		['legs', '5.5', 'whole number'],
		['legs', 'NaN', 'must be a number'],
		['age', '38,5', 'whole number'],
		['age', '12', 'between 13 and 100'],
		['age', '<script>', 'must be a number'],
		['sleep', '25', 'between 0 and 24'],
		['sleep', '1e1', 'must be a number'],
		['sleep', '0x10', 'must be a number'],
		['raceIn', '366', 'between 0 and 365'],
		['racedAgo', '2.5', 'whole number'],
	] as const)('%s "%s" is refused: %s', (field, value, message) => {
		expect(errorsOf(answers({ [field]: value }))[field]).toContain(message);
	});

	test('"7,5" hours of sleep is 7.5', () => {
		expect(recover({ sleep: '7,5' }).facts.sleep).toBe(7.5);
		expect(recover({ sleep: ' 6,5 ' }).call).toBe('train');
	});

	test('warning signs and the health screen must be answered ("None of these" counts)', () => {
		const errors = errorsOf({ ...TODAY_DEFAULTS });
		expect(Object.keys(errors)).toEqual(['warnings', 'health', 'ill']);
		expect(errorsOf({ ...TODAY_DEFAULTS, warnings: ['none'] })).toHaveProperty('health');
		expect(errorsOf({ ...TODAY_DEFAULTS, warnings: ['none'], health: ['none'] })).toEqual({
			ill: 'Illness: choose an answer (“No” if you have not been ill in the last two weeks).',
		});
		expect(TODAY_FIELD_ORDER.slice(0, 3)).toEqual(['warnings', 'health', 'ill']);
	});

	test('a wake-up time that is not a time is refused', () => {
		expect(errorsOf(answers({ wake: '25:00' })).wake).toContain('Wake-up time');
		expect(recover({ wake: '6:30 am' }).sleep.wake).toBe(390);
	});

	test('values outside the allow-lists are ignored, not trusted', () => {
		const hostile = {
			...answers(),
			last: 'marathon-pb',
			health: ['none', 'pregnancy; drop table', '__proto__'],
			kit: ['ice', 'jetpack', 'constructor'],
			where: JSON.parse('{"__proto__":"pain","feet":"agony","knees":"sore","toString":"pain"}'),
			time: '9999',
		} as unknown as TodayForm;
		const e = planToday(hostile, METHODS, INJURIES);
		if (!e.ok || e.result.kind !== 'recover') throw new Error('expected a plan');
		expect(e.result.facts).toMatchObject({ last: undefined, health: [], kit: ['ice'], where: { knees: 'sore' }, time: undefined });
		expect(e.result.choice.budget).toBe(5);
	});
});

// ---------------------------------------------------------------------------------------------

describe('the link and storage never carry health answers', () => {
	function memory(initial: Record<string, string> = {}): StringStorage & { data: Record<string, string> } {
		const data = { ...initial };
		return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
	}

	test('warnings, health, illness and "can you take four steps" have no codec and are the sensitive fields', () => {
		expect(tool.sensitive).toEqual(['warnings', 'health', 'ill', 'weight']);
		for (const k of tool.sensitive) expect(Object.hasOwn(TODAY_CODECS, k)).toBe(false);
		expect(TODAY_STORAGE_KEY).toBe('runner-recovery:today:v2');
	});

	test('a full form in, the kept answers out, in the same order each time', () => {
		const form = answers({
			warnings: ['chest-pain'],
			health: ['pregnancy'],
			weight: 'no',
			injury: 'yes',
			last: 'race',
			raceDistance: 'half',
			racedAgo: '2',
			where: { knees: 'pain', feet: 'sore' },
			kit: ['ice', 'bike'],
			time: '15',
			sleep: '6,5',
			wake: '6:30 am',
		});
		const query = toQuery(TODAY_CODECS, form);
		expect(query).toBe(
			'last=race&racedAgo=2&raceDistance=half&where=feet%3Asore%2Cknees%3Apain&injury=yes&sleep=6%2C5&wake=6%3A30+am&time=15&kit=ice%2Cbike',
		);
		expect({ ...TODAY_DEFAULTS, ...readQuery(TODAY_CODECS, query) }).toEqual({ ...form, warnings: [], health: [], ill: '', weight: '' });
	});

	test('a hostile link: script, prototype keys, health answers and unknown values are dropped', () => {
		const search =
			'?age=<script>alert(1)</script>&where=feet:pain,__proto__:pain,constructor:sore,knees:agony&kit=ice,jetpack&health=pregnancy&warnings=chest-pain&weight=no&__proto__[polluted]=1&time=61&wake=javascript:1';
		const { form, fromLink } = startingForm(TODAY_CODECS, TODAY_DEFAULTS, search, TODAY_STORAGE_KEY, memory());
		expect(fromLink).toBe(true);
		expect(form).toEqual({ ...TODAY_DEFAULTS, where: { feet: 'pain' }, kit: ['ice'] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test.each([
		['not JSON', '{oops'],
		['an array', '["age","35"]'],
		['prototype keys', '{"__proto__":{"polluted":1},"constructor":"x","age":"35"}'],
		['health answers stored by an old version', '{"health":"pregnancy","warnings":"none","weight":"no","age":"35"}'],
		['wrong types', '{"age":35,"kit":["ice"],"where":{"feet":"pain"},"last":null}'],
	])('corrupt storage (%s) gives the defaults or only the good answers', (_, text) => {
		const { form } = startingForm(TODAY_CODECS, TODAY_DEFAULTS, '', TODAY_STORAGE_KEY, memory({ [TODAY_STORAGE_KEY]: text }));
		expect(form.health).toEqual([]);
		expect(form.warnings).toEqual([]);
		expect(form.weight).toBe('');
		expect(['', '35']).toContain(form.age);
		expect(form.kit).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

// ---------------------------------------------------------------------------------------------

describe('sources', () => {
	test('every source the quiz can cite is a file in the bibliography', () => {
		expect(TODAY_SOURCES.length).toBeGreaterThan(0);
		for (const id of TODAY_SOURCES) expect(existsSync(join(referencesDir, `${id}.yaml`)), `${id}.yaml`).toBe(true);
		expect(tool.sources).toBe(TODAY_SOURCES);
	});

	test('the sources cited by a busy plan are among them', () => {
		const d = words(
			recover({ ...BUSY_DAY, racedAgo: '1', raceDistance: 'marathon', sleep: '5', last: 'strength', where: { knees: 'pain' } }),
		);
		expect(citedSources(d).length).toBeGreaterThan(2);
		for (const id of citedSources(d)) expect(TODAY_SOURCES).toContain(id);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties, over arbitrary forms made of the allowed values plus junk.

const JUNK = ['', ' ', 'NaN', '1,000', '38,5', '-1', '1e3', '0x10', '<script>', '__proto__', 'constructor', '9999999', '7,5'];
const oneOrJunk = <T extends string>(values: readonly T[]) =>
	fc.oneof({ weight: 5, arbitrary: fc.constantFrom<string>('', ...values) }, { weight: 1, arbitrary: fc.constantFrom(...JUNK) });
const listOrJunk = <T extends string>(values: readonly T[]) =>
	fc.oneof(
		{ weight: 5, arbitrary: fc.subarray<unknown>([...values]) },
		{ weight: 1, arbitrary: fc.array(fc.constantFrom<unknown>(...values, ...JUNK, 42, null)) },
		{ weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'ice', 7, {}) },
	);
const numberText = fc.oneof(
	{ weight: 3, arbitrary: fc.constant('') },
	{ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
	{ weight: 2, arbitrary: fc.integer({ min: -5, max: 400 }).map(String) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 240 }).map((n) => `${Math.floor(n / 10)},${n % 10}`) },
	{ weight: 1, arbitrary: fc.constantFrom(...JUNK) },
);
const whereArb = fc.oneof(
	{ weight: 6, arbitrary: fc.dictionary(fc.constantFrom<string>(...BODY_REGIONS), fc.constantFrom<string>(...FEELINGS), { maxKeys: 4 }) },
	{
		weight: 1,
		arbitrary: fc.dictionary(
			fc.constantFrom<string>(...BODY_REGIONS, 'whole-body', 'toString', 'constructor'),
			fc.constantFrom<string>(...FEELINGS, 'agony', ''),
			{ maxKeys: 5 },
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'feet:pain', [], 3) },
);

/** Any form: the allowed values, mostly, with junk of every kind now and then. Cast: junk breaks the types on purpose. */
const anyForm: fc.Arbitrary<TodayForm> = fc
	.record({
		warnings: fc.oneof({ weight: 8, arbitrary: fc.constant<unknown>(['none']) }, { weight: 1, arbitrary: listOrJunk(WARNING_ANSWERS) }),
		health: fc.oneof(
			{ weight: 3, arbitrary: fc.constant<unknown>(['none']) },
			{ weight: 3, arbitrary: fc.subarray<unknown>([...HEALTH_CONDITIONS], { minLength: 1 }) },
			{ weight: 1, arbitrary: listOrJunk(HEALTH_ANSWERS) },
		),
		weight: oneOrJunk(YES_NO),
		last: oneOrJunk(LAST_ACTIVITIES),
		finished: oneOrJunk(FINISHED),
		next: oneOrJunk(NEXT_UP),
		raceIn: numberText,
		racedAgo: numberText,
		raceDistance: oneOrJunk(RACE_DISTANCES),
		age: fc.oneof(fc.constant(''), fc.integer({ min: 10, max: 105 }).map(String), fc.constantFrom(...JUNK)),
		legs: numberText,
		where: whereArb,
		injury: oneOrJunk(YES_NO),
		sleep: numberText,
		wake: fc.constantFrom('', '', '06:30', '6:30 am', '23:59', '00:00', '24:00', 'noon', '<b>'),
		time: oneOrJunk(TIME_OPTIONS),
		kit: listOrJunk(KIT),
	})
	.map((f) => f as unknown as TodayForm);

/** The same, from the allowed values only: what the island can produce. */
const validForm: fc.Arbitrary<TodayForm> = fc
	.record({
		warnings: fc.constant<TodayForm['warnings']>(['none']),
		health: fc.oneof(fc.constant<TodayForm['health']>(['none']), fc.subarray<HealthCondition>([...HEALTH_CONDITIONS], { minLength: 1 })),
		weight: fc.constantFrom('', 'yes'), // 'no' after a knock stops the plan: see the stop properties
		last: fc.constantFrom('', ...LAST_ACTIVITIES),
		finished: fc.constantFrom('', ...FINISHED),
		next: fc.constantFrom('', ...NEXT_UP),
		raceIn: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 30 }).map(String)),
		racedAgo: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 70 }).map(String)),
		raceDistance: fc.constantFrom('', ...RACE_DISTANCES),
		age: fc.oneof(fc.constant(''), fc.integer({ min: 13, max: 100 }).map(String)),
		legs: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 10 }).map(String)),
		where: fc.dictionary(fc.constantFrom(...BODY_REGIONS), fc.constantFrom('sore', 'pain'), { maxKeys: 4 }),
		injury: fc.constantFrom('', ...YES_NO),
		sleep: fc.oneof(
			fc.constant(''),
			fc.integer({ min: 0, max: 240 }).map((n) => `${Math.floor(n / 10)},${n % 10}`),
		),
		wake: fc.constantFrom('', '06:30', '5:45 am', '23:00'),
		time: fc.constantFrom('', ...TIME_OPTIONS),
		kit: fc.subarray([...KIT]),
		ill: fc.constantFrom('none', 'above-neck', 'recovering'),
	})
	// A recent race needs its distance (the quiz asks for it rather than guess): see its own test.
	.map((f) => ({ ...f, raceDistance: f.raceDistance || (f.racedAgo !== '' || f.last === 'race' ? 'marathon' : '') }) as TodayForm);

const SLOT_ORDER = ['now', 'today', 'evening', 'bedtime'];
const has = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);
/** The form's regions and feelings, read the documented way: known regions, known feelings, own keys only. */
const feelings = (where: unknown): Partial<Record<BodyRegion, string>> =>
	where && typeof where === 'object'
		? Object.fromEntries(
				BODY_REGIONS.flatMap((r) =>
					Object.hasOwn(where, r) && FEELINGS.includes((where as Record<string, never>)[r])
						? [[r, (where as Record<string, string>)[r]]]
						: [],
				),
			)
		: {};
const whole = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

/**
 * The documented rules, restated from the module headers: what must hold for any plan, whatever the
 * scores. Reads the form, never the code's facts.
 */
function expectSafePlan(form: TodayForm, e: ReturnType<typeof planToday>, methods: readonly QuizMethod[], injuries: readonly QuizInjury[]) {
	const where = feelings(form.where);
	const stop =
		WARNING_SIGNS.some((s) => has(form.warnings, s)) ||
		form.ill === 'fever' ||
		form.ill === 'chest' ||
		BODY_REGIONS.some((r) => where[r] === 'stride') ||
		(form.injury === 'yes' && form.weight === 'no');
	if (stop) {
		expect(e.ok && e.result.kind).toBe('stop');
		if (!e.ok || e.result.kind !== 'stop') return;
		const urgencies = ['emergency', 'urgent', 'soon'];
		const order = e.result.flags.map((f) => urgencies.indexOf(f.urgency));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		if (e.result.flags.length > 0) expect(e.result.urgency).toBe(e.result.flags[0]!.urgency);
		// A hip that changes the stride, or deep groin pain: the urgent hip flag, before bone stress.
		if (where['hips-glutes'] === 'stride' || has(form.warnings, 'groin-pain')) {
			const hip = e.result.flags.findIndex((f) => f.id === 'hip-groin');
			expect(hip).toBeGreaterThanOrEqual(0);
			expect(e.result.flags[hip]!.urgency).toBe('urgent');
		}
		const boneAt = e.result.flags.findIndex((f) => f.id === 'bone-stress');
		if (BODY_REGIONS.some((r) => where[r] === 'stride') || has(form.warnings, 'bone-pain') || has(form.warnings, 'worsening')) {
			expect(boneAt).toBeGreaterThanOrEqual(0);
			expect(e.result.flags.slice(0, boneAt).every((f) => f.urgency !== 'soon')).toBe(true);
		}
		return;
	}
	if (!e.ok) {
		for (const [field, message] of Object.entries(e.errors)) {
			expect(TODAY_FIELD_ORDER).toContain(field);
			expect(message).toMatch(/\S/);
		}
		if (
			WARNING_ANSWERS.some((w) => has(form.warnings, w)) &&
			HEALTH_ANSWERS.some((h) => has(form.health, h)) &&
			['none', 'above-neck', 'recovering'].includes(form.ill) &&
			!(form.last === 'race' && form.raceDistance === '') &&
			[form.raceIn, form.racedAgo, form.age, form.legs, form.sleep, form.wake].every((v) => v === '')
		)
			throw new Error('answers that need no checking gave errors');
		return;
	}
	expect(e.result.kind).toBe('recover');
	if (e.result.kind !== 'recover') return;
	const plan = e.result;
	const pain = NON_SKIN.filter((r) => where[r] === 'pain');
	const health = HEALTH_CONDITIONS.filter((h) => has(form.health, h));
	const raceIn = whole(form.raceIn);
	const conditions = new Set<AvoidCondition>(health);
	if (form.last === 'strength') conditions.add('after-strength-session');
	if (form.injury === 'yes') conditions.add('acute-injury-48h');
	if (where.skin) conditions.add('open-skin');
	if ((raceIn !== undefined && raceIn <= 2) || form.next === 'hard-today' || form.next === 'hard-tomorrow')
		conditions.add('race-within-48h');
	const matched = injuries.filter((i) => i.regions.some((r) => (pain as string[]).includes(r)));
	const avoided = new Set(matched.flatMap((i) => i.avoid));
	const budget = (TIME_OPTIONS as readonly string[]).includes(form.time) ? Number(form.time) : 5;
	const kit = new Set<string>(['none', ...KIT.filter((k) => has(form.kit, k))]);
	const chosen = plan.choice.chosen;

	if (pain.length > 0) expect(plan.call).not.toBe('train');
	// No hard session in the two days before a race, nor with a cold or an illness just over.
	if ((raceIn !== undefined && raceIn <= 2) || form.ill === 'above-neck' || form.ill === 'recovering') expect(plan.call).not.toBe('train');
	// Nothing new near a race: what comes in for the day's needs is rest, sleep or food.
	if (conditions.has('race-within-48h'))
		for (const r of chosen) if (r.because === 'need') expect(['rest-sleep', 'nutrition']).toContain(r.m.category);
	if ((whole(form.legs) ?? 0) >= 7 || form.next === 'rest') expect(plan.call).toBe('rest');
	expect(chosen.length).toBeLessThanOrEqual(MAX_METHODS);
	expect(new Set(chosen.map((r) => r.m.slug)).size).toBe(chosen.length);
	const cost = chosen.reduce((s, r) => s + (r.m.handsFree ? 0 : r.m.minutes.min), 0);
	expect(cost).toBeLessThanOrEqual(budget);
	expect(chosen.some((r) => r.m.category === 'cold') && chosen.some((r) => r.m.category === 'heat')).toBe(false);
	const slots = chosen.map((r) => SLOT_ORDER.indexOf(r.slot));
	if (chosen.some((r) => r.slot === 'now')) expect(form.finished, '"now" is for the 2 hours after a run').toBe('under-2h');
	expect(slots).toEqual([...slots].sort((a, b) => a - b));
	const known = new Set(methods.map((m) => m.slug));
	for (const r of chosen) {
		const m = r.m;
		expect(known.has(m.slug), `${m.slug} is not in the guide index it was given`).toBe(true);
		// A guide for the pain that says avoid keeps a method out; after a fresh knock, only another
		// matched guide's first aid (its "may help"), brought in for that pain, stands over it.
		const firstAid = form.injury === 'yes' && r.because === 'injury' && matched.some((i) => i.mayHelp.includes(m.slug));
		expect(avoided.has(m.slug) && !firstAid, `${m.slug}: a guide for the pain says avoid`).toBe(false);
		if (pain.length > 0 && m.avoidWhen.includes('local-pain'))
			expect(
				m.regions.some((r) => r === 'whole-body' || (pain as string[]).includes(r)),
				`${m.slug} on a painful spot`,
			).toBe(false);
		for (const code of m.avoidWhen) expect(conditions.has(code), `${m.slug} with ${code}`).toBe(false);
		expect(
			m.equipment.some((k) => kit.has(k)),
			`${m.slug}: no kit`,
		).toBe(true);
		if (m.timing.length > 0 && m.timing.every((t) => t === 'post-run'))
			expect(form.finished, `${m.slug} only fits within 2 hours of a run`).toBe('under-2h');
		if (plan.call === 'rest' && m.trains)
			expect(
				matched.some((i) => i.helps.includes(m.slug)),
				`${m.slug} is training on a rest day`,
			).toBe(true);
	}
}

describe('properties', () => {
	test('never throws, in either half; the independent rules hold over the real guides', () => {
		fc.assert(
			fc.property(anyForm, (form) => {
				const e = tool.evaluate(form);
				expectSafePlan(form, e, METHODS, INJURIES);
				if (e.ok) {
					const d = tool.describe(e.result, { details: DETAILS, clock: '12' });
					expect(d.headline).toMatch(/\S/);
					tool.describe(e.result, { details: {}, clock: '24' });
					for (const id of citedSources(d)) expect(TODAY_SOURCES).toContain(id);
				}
			}),
			{ numRuns: 600 },
		);
	});

	test('pain anywhere never yields "train as planned", nor a method ruled out for that pain', () => {
		const painForm = fc
			.tuple(validForm, fc.subarray(NON_SKIN, { minLength: 1 }))
			.map(([f, regions]) => ({ ...f, where: { ...f.where, ...Object.fromEntries(regions.map((r) => [r, 'pain'])) } }) as TodayForm);
		fc.assert(
			fc.property(painForm, (form) => {
				const e = planToday(form, METHODS, INJURIES);
				if (!e.ok || e.result.kind !== 'recover') throw new Error('a valid form with no warning sign gives a plan');
				expect(e.result.call).not.toBe('train');
				expect(words(e.result).headline.startsWith('Train')).toBe(false);
				expectSafePlan(form, e, METHODS, INJURIES);
			}),
			{ numRuns: 300 },
		);
	});

	test('for any health answer, no method whose guide declares it appears', () => {
		fc.assert(
			fc.property(validForm, fc.subarray([...HEALTH_CONDITIONS], { minLength: 1 }), (f, health) => {
				const plan = recover({ ...f, health });
				for (const s of slugs(plan)) expect(guideData(s).avoidWhen.filter((c) => (health as string[]).includes(c))).toEqual([]);
			}),
		);
	});

	test(`with two methods that always fit, a plan has ${MIN_METHODS} to ${MAX_METHODS} methods`, () => {
		const always = (slug: string, category: QuizMethod['category']) =>
			method(slug, { category, goals: [...GOALS], regions: ['whole-body'], timing: [...TIMINGS], minutes: { min: 0, max: 5 } });
		const index = [...METHODS, always('zz-always-a', 'nutrition'), always('zz-always-b', 'rest-sleep')];
		fc.assert(
			fc.property(validForm, (form) => {
				const e = planToday(form, index, INJURIES);
				if (!e.ok || e.result.kind !== 'recover') throw new Error('a valid form with no warning sign gives a plan');
				expect(e.result.choice.chosen.length).toBeGreaterThanOrEqual(MIN_METHODS);
				expect(e.result.choice.chosen.length).toBeLessThanOrEqual(MAX_METHODS);
			}),
		);
	});

	test(`fewer than ${MIN_METHODS} only when no other method could fit (hand-made methods that serve every need, any region, any day)`, () => {
		// Each serves every goal, targets the whole body and fits the evening, so only a condition, an
		// injury guide, the kit, the minutes left or the cold-heat rule can keep it out.
		const arbIndex = fc.uniqueArray(
			fc.record({
				slug: fc.stringMatching(/^[a-z]{1,6}$/),
				category: fc.constantFrom(...CATEGORIES),
				minutes: fc.integer({ min: 0, max: 70 }).map((min) => ({ min, max: min + 5 })),
				handsFree: fc.boolean(),
				equipment: fc.subarray([...EQUIPMENT], { minLength: 1, maxLength: 2 }),
				avoidWhen: fc.subarray([...AVOID_CONDITIONS], { maxLength: 2 }),
			}),
			{ selector: (m) => m.slug, maxLength: 6 },
		);
		fc.assert(
			fc.property(validForm, arbIndex, fc.subarray(NON_SKIN), (form, raw, guideRegions) => {
				const index = raw.map((r) => method(r.slug, { ...r, goals: [...GOALS], regions: ['whole-body'], timing: ['evening'] }));
				const injuries = raw.length > 0 && guideRegions.length > 0 ? [injury('a-guide', guideRegions, [raw[0]!.slug])] : [];
				const e = planToday(form, index, injuries);
				if (!e.ok || e.result.kind !== 'recover') throw new Error('a valid form with no warning sign gives a plan');
				expectSafePlan(form, e, index, injuries);
				const chosen = e.result.choice.chosen.map((r) => r.m);
				if (chosen.length >= MIN_METHODS) return;
				const where = feelings(form.where);
				const pain = NON_SKIN.filter((r) => where[r] === 'pain');
				const conditions = new Set<string>(form.health);
				if (form.last === 'strength') conditions.add('after-strength-session');
				if (form.injury === 'yes') conditions.add('acute-injury-48h');
				if (where.skin) conditions.add('open-skin');
				if (pain.length > 0) conditions.add('local-pain');
				const raceIn = whole(form.raceIn);
				if ((raceIn !== undefined && raceIn <= 2) || form.next === 'hard-today' || form.next === 'hard-tomorrow')
					conditions.add('race-within-48h');
				const avoided = new Set(injuries.filter((i) => i.regions.some((r) => (pain as string[]).includes(r))).flatMap((i) => i.avoid));
				const left = (form.time ? Number(form.time) : 5) - chosen.reduce((s, m) => s + (m.handsFree ? 0 : m.minutes.min), 0);
				const kit = new Set<string>(['none', ...form.kit]);
				// Nothing new in the 48 hours before a race or key session: only rest, sleep and food are
				// suggested for the day's needs; what a short night, chafed skin or a pain's guide calls for
				// still comes in (every method here serves every goal, sleep and skin included).
				const sleep = form.sleep === '' ? undefined : Number(form.sleep.replace(',', '.'));
				const forced = (m: QuizMethod) =>
					(sleep !== undefined && sleep < 7) ||
					where.skin !== undefined ||
					injuries.some((i) => i.regions.some((r) => (pain as string[]).includes(r)) && i.helps.includes(m.slug));
				const nothingNew = (m: QuizMethod) =>
					conditions.has('race-within-48h') && !['rest-sleep', 'nutrition'].includes(m.category) && !forced(m);
				for (const m of index.filter((x) => !chosen.includes(x))) {
					const keptOut =
						nothingNew(m) ||
						m.avoidWhen.some((c) => conditions.has(c)) ||
						avoided.has(m.slug) ||
						!m.equipment.some((k) => kit.has(k)) ||
						(m.handsFree ? 0 : m.minutes.min) > left ||
						(m.category === 'cold' && chosen.some((c) => c.category === 'heat')) ||
						(m.category === 'heat' && chosen.some((c) => c.category === 'cold'));
					expect(keptOut, `${m.slug} could have joined a plan of ${chosen.length}`).toBe(true);
				}
			}),
			{ numRuns: 400 },
		);
	});

	test('the same answers always give the same plan: twice, in any order of the guides, and after a trip through a link', () => {
		fc.assert(
			fc.property(validForm, fc.shuffledSubarray(METHODS, { minLength: METHODS.length }), (form, shuffled) => {
				const first = planToday(form, METHODS, INJURIES);
				expect(planToday(structuredClone(form), METHODS, INJURIES)).toEqual(first);
				const again = planToday(form, shuffled, [...INJURIES].reverse());
				if (!first.ok || first.result.kind !== 'recover' || !again.ok || again.result.kind !== 'recover') throw new Error('expected plans');
				expect(slugs(again.result)).toEqual(slugs(first.result));
				expect(again.result.call).toBe(first.result.call);
				// The link carries the kept answers; the sensitive ones are given again on the page.
				const linked = {
					...TODAY_DEFAULTS,
					...readQuery(TODAY_CODECS, toQuery(TODAY_CODECS, form)),
					warnings: form.warnings,
					health: form.health,
					ill: form.ill,
					weight: form.weight,
				};
				expect(planToday(linked, METHODS, INJURIES)).toEqual(first);
			}),
			{ numRuns: 200 },
		);
	});

	test('warnings, health and weight never reach the link or storage', () => {
		const SENSITIVE_VALUES = [...WARNING_SIGNS, ...HEALTH_CONDITIONS];
		fc.assert(
			fc.property(
				anyForm,
				fc.subarray([...WARNING_ANSWERS], { minLength: 1 }),
				fc.subarray([...HEALTH_ANSWERS], { minLength: 1 }),
				fc.constantFrom(...YES_NO),
				(f, warnings, health, weight) => {
					// The codecs format typed answers: lists stay lists and regions an object (junk inside them is fine).
					const form = {
						...f,
						warnings,
						health,
						weight,
						kit: Array.isArray(f.kit) ? f.kit : [],
						where: f.where && typeof f.where === 'object' ? f.where : {},
					};
					const params = new URLSearchParams(toQuery(TODAY_CODECS, form));
					for (const k of ['warnings', 'health', 'weight']) expect(params.has(k)).toBe(false);
					const storage: Record<string, string> = {};
					writeStored(
						TODAY_CODECS,
						TODAY_STORAGE_KEY,
						{ getItem: (k) => storage[k] ?? null, setItem: (k, v) => void (storage[k] = v) },
						form,
					);
					const stored = JSON.parse(storage[TODAY_STORAGE_KEY] ?? '{}') as Record<string, unknown>;
					for (const k of ['warnings', 'health', 'weight']) expect(Object.hasOwn(stored, k)).toBe(false);
					const text = `${params.toString()} ${storage[TODAY_STORAGE_KEY]}`;
					for (const v of SENSITIVE_VALUES) expect(text).not.toContain(v);
					// And nothing sensitive comes back from what was written.
					const back = readStored(TODAY_CODECS, TODAY_STORAGE_KEY, { getItem: (k) => storage[k] ?? null, setItem: () => undefined });
					expect(Object.keys(back).filter((k) => tool.sensitive.includes(k as never))).toEqual([]);
				},
			),
			{ numRuns: 300 },
		);
	});
});

// ---------------------------------------------------------------------------------------------
// The cases the quiz was criticised for, each at its cause (real guides)
// ---------------------------------------------------------------------------------------------

describe('the criticised cases', () => {
	test('race in 2 days with a hard session tomorrow: an easy day, and nothing new (only rest, sleep and food)', () => {
		const plan = recover({ raceIn: '2', next: 'hard-tomorrow', last: 'easy-run', time: '60', kit: ALL_KIT });
		expect(plan.call).toBe('easy');
		expect(plan.callReasons.map((r) => r.text).join(' ')).toContain('no hard session today or tomorrow');
		expect(slugs(plan)).not.toContain('toe-separators');
		for (const r of plan.choice.chosen) expect(['rest-sleep', 'nutrition']).toContain(r.m.category);
		expect(section(words(plan), 'avoid').answer).toMatch(/^Nothing new before a race/);
	});

	test('a fresh ankle sprain, 60 minutes, ice at home: legs up and cold for pain (the sprain guide’s first aid), walking as pain allows', () => {
		const plan = recover({ injury: 'yes', weight: 'yes', where: { ankles: 'pain' }, time: '60', kit: ['ice'] });
		expect(plan.injuries[0]!.slug).toBe('ankle-sprain');
		const chosen = Object.fromEntries(plan.choice.chosen.map((r) => [r.m.slug, r.because]));
		expect(chosen).toMatchObject({ elevation: 'injury', 'ice-packs': 'injury' });
		expect(plan.call).toBe('easy');
		expect(plan.callReasons.map((r) => r.text).join(' ')).toContain('walk on it as pain allows');
		// No heat, no massage on it in the first 48 hours.
		expect(slugs(plan)).not.toContain('heat');
		expect(slugs(plan)).not.toContain('massage-sticks');
	});

	test('chafing ticked gets chafing care whether or not a run ended in the last two hours', () => {
		for (const finished of ['', 'earlier', 'under-2h'] as const) {
			const plan = recover({ where: { skin: 'sore' }, last: 'long-run', finished });
			expect(plan.choice.chosen.find((r) => r.m.slug === 'chafing-care')?.because, `finished "${finished}"`).toBe('skin');
		}
	});

	test('heel pain: the heel guide first with its signs, the others one line each', () => {
		const plan = recover({ where: { feet: 'pain' } });
		expect(plan.injuries[0]!.slug).toBe('plantar-heel-pain');
		const items = section(words(plan), 'pain').items;
		expect(itemText(items[0]!)).toContain('Back to running when:');
		for (const item of items.slice(1)) expect(itemText(item)).not.toContain('Back to running when:');
	});

	test('age 15 and 65 are echoed, each with what changes for that age', () => {
		const teen = words(recover({ age: '15' }));
		expect(section(teen, 'because').items).toContain('Age: 15.');
		expect(section(teen, 'age').answer).toBe('Teenagers need 8 to 10 hours of sleep a night, more than adults.');
		expect(section(teen, 'sleep').answer).toContain('(teenagers need 8 to 10 hours)');
		const older = words(recover({ age: '65' }));
		expect(section(older, 'because').items).toContain('Age: 65.');
		expect(section(older, 'age').answer).toBe('After a race, this site gives you 25% more days before workouts and racing come back.');
		expect(words(recover({ age: '35' })).sections.map((s) => s.id)).not.toContain('age');
	});

	test('a marathon 3 days ago at 65: the days are 25% later for workouts and racing, as the timeline’s', () => {
		const plan = recover({ racedAgo: '3', raceDistance: 'marathon', age: '65' });
		// 25 x 1.25 = 31.25 -> 32; racing a week after: 39.
		expect(plan.afterRace).toMatchObject({ firstRun: 4, normal: 32, raceAgain: 39 });
	});
});
