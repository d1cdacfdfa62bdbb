/**
 * What the quiz needs to decide, from the guides, in a compact form: a few numbers and ids per
 * method (no titles or prose: those are fetched for the few methods a plan picks), and a short
 * record per injury guide. The page encodes it once at build time (one line per method), so the
 * island hydrates fast however many guides there are; decode() turns it back.
 *
 * Line format, fields separated by "|": slug, category, goals, regions, timing (each a base-36 bit
 * set over the vocabulary's order), minutes min, minutes max, hands-free (1/0), equipment bits,
 * avoidWhen bits, grades ("outcome.grade.size.certainty" indexes, ";"-separated), trains (1/0).
 */
import type { InjuryData } from '../../injury-schema';
import type { MethodData } from '../../method-schema';
import {
	AVOID_CONDITIONS,
	CATEGORIES,
	CERTAINTIES,
	EFFECT_SIZES,
	EQUIPMENT,
	GOALS,
	GRADES,
	OUTCOMES,
	REGIONS,
	TIMINGS,
	type AvoidCondition,
	type Category,
	type Certainty,
	type EffectSize,
	type Equipment,
	type Goal,
	type Grade,
	type Outcome,
	type Region,
	type Timing,
} from '../../vocabulary';

export interface GradedFor {
	outcome: Outcome;
	grade: Grade;
	size: EffectSize;
	certainty: Certainty;
}

export interface QuizMethod {
	slug: string;
	category: Category;
	goals: Goal[];
	regions: Region[];
	timing: Timing[];
	minutes: { min: number; max: number };
	handsFree: boolean;
	equipment: Equipment[];
	avoidWhen: AvoidCondition[];
	grades: GradedFor[];
	/** Graded for keeping fitness: it is training itself, so not on a rest day. */
	trains: boolean;
}

export interface QuizInjury {
	slug: string;
	title: string;
	regions: Region[];
	/** The first signs that point to it. */
	signs: string[];
	/** /red-flags/ ids the guide points to. */
	flags: string[];
	/** The first back-to-running criterion. */
	back: string;
	/** Method slugs the guide marks 'avoid' or 'no-benefit' (never suggested with this pain), and 'helps'. */
	avoid: string[];
	helps: string[];
	/** Method slugs the guide marks 'may-help': brought in for a fresh knock (its first-aid options). */
	mayHelp: string[];
}

const bits = <T extends string>(vocab: readonly T[], values: readonly T[]) =>
	vocab.reduce((n, v, i) => (values.includes(v) ? n + 2 ** i : n), 0).toString(36);
/** A bit set written by `bits`, or undefined when the text is not one (junk, or bits past the vocabulary). */
const unbits = <T extends string>(vocab: readonly T[], text: string | undefined): T[] | undefined => {
	if (text === undefined || !/^[0-9a-z]+$/.test(text)) return undefined;
	const n = Number.parseInt(text, 36);
	return Number.isSafeInteger(n) && n < 2 ** vocab.length ? vocab.filter((_, i) => Math.floor(n / 2 ** i) % 2 === 1) : undefined;
};
/** A whole number written in decimal digits ("" is not 0, "1.0" is not 1), else undefined. */
const count = (text: string | undefined): number | undefined =>
	text !== undefined && /^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : undefined;
const at = <T>(vocab: readonly T[], text: string | undefined): T | undefined => {
	const i = count(text);
	return i === undefined ? undefined : vocab[i];
};
const flag = (text: string | undefined): boolean | undefined => (text === '1' ? true : text === '0' ? false : undefined);

export function toQuizMethod(slug: string, data: MethodData): QuizMethod {
	return {
		slug,
		category: data.category,
		goals: [...data.goals],
		regions: [...data.regions],
		timing: [...data.timing],
		minutes: { ...data.minutes },
		handsFree: data.handsFree,
		equipment: [...data.equipment],
		avoidWhen: [...data.avoidWhen],
		grades: data.evidence.map((e) => ({ outcome: e.outcome, grade: e.grade, size: e.size, certainty: e.certainty })),
		trains: data.evidence.some((e) => e.outcome === 'fitness-maintenance'),
	};
}

export function encodeMethods(methods: readonly QuizMethod[]): string {
	return methods
		.map((m) =>
			[
				m.slug,
				CATEGORIES.indexOf(m.category),
				bits(GOALS, m.goals),
				bits(REGIONS, m.regions),
				bits(TIMINGS, m.timing),
				m.minutes.min,
				m.minutes.max,
				m.handsFree ? 1 : 0,
				bits(EQUIPMENT, m.equipment),
				bits(AVOID_CONDITIONS, m.avoidWhen),
				m.grades
					.map((g) =>
						[OUTCOMES.indexOf(g.outcome), GRADES.indexOf(g.grade), EFFECT_SIZES.indexOf(g.size), CERTAINTIES.indexOf(g.certainty)].join(
							'.',
						),
					)
					.join(';'),
				m.trains ? 1 : 0,
			].join('|'),
		)
		.join('\n');
}

/** The methods in an encoded index; a malformed line is skipped, never half-read. */
export function decodeMethods(text: string): QuizMethod[] {
	return text.split('\n').flatMap((line): QuizMethod[] => {
		const m = decodeLine(line);
		return m ? [m] : [];
	});
}

/** One line, every field checked: any field that does not read whole (a grade included) drops the line. */
function decodeLine(line: string): QuizMethod | undefined {
	const f = line.split('|');
	if (f.length !== 12) return undefined;
	const slug = f[0] ?? '';
	const category = at(CATEGORIES, f[1]);
	const goals = unbits(GOALS, f[2]);
	const regions = unbits(REGIONS, f[3]);
	const timing = unbits(TIMINGS, f[4]);
	const min = count(f[5]);
	const max = count(f[6]);
	const handsFree = flag(f[7]);
	const equipment = unbits(EQUIPMENT, f[8]);
	const avoidWhen = unbits(AVOID_CONDITIONS, f[9]);
	const grades = (f[10] ?? '') === '' ? [] : (f[10] ?? '').split(';').map(decodeGrade);
	const trains = flag(f[11]);
	if (
		!/^[a-z0-9-]+$/.test(slug) ||
		!category ||
		!goals ||
		!regions ||
		!timing ||
		min === undefined ||
		max === undefined ||
		handsFree === undefined ||
		!equipment ||
		!avoidWhen ||
		trains === undefined ||
		!grades.every((g): g is GradedFor => g !== undefined)
	)
		return undefined;
	return { slug, category, goals, regions, timing, minutes: { min, max }, handsFree, equipment, avoidWhen, grades, trains };
}

function decodeGrade(text: string): GradedFor | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) return undefined;
	const [outcome, grade, size, certainty] = [
		at(OUTCOMES, parts[0]),
		at(GRADES, parts[1]),
		at(EFFECT_SIZES, parts[2]),
		at(CERTAINTIES, parts[3]),
	];
	return outcome && grade && size && certainty ? { outcome, grade, size, certainty } : undefined;
}

export function toQuizInjury(slug: string, data: InjuryData): QuizInjury {
	const stance = (...s: string[]) => [
		...new Set(data.options.filter((o) => o.method && s.includes(o.stance)).map((o) => o.method as string)),
	];
	return {
		slug,
		title: data.title,
		regions: [...data.regions],
		signs: data.signs.slice(0, 2),
		flags: [...data.redFlags.flags],
		back: data.returnToRun.criteria[0] ?? '',
		avoid: stance('avoid', 'no-benefit'),
		helps: stance('helps'),
		mayHelp: stance('may-help'),
	};
}

/** What the quiz shows for a method it picks, fetched from /tools/today/m/<slug>.json. */
export interface MethodDetails {
	title: string;
	dose: string;
	doses: Partial<Record<string, string>>;
}

/**
 * What /tools/today/guides.json holds: the methods encoded as above and the injury guides. The quiz
 * fetches it with its rules on first touch, so the page itself stays the same size however many
 * guides there are.
 */
/**
 * The index's version: the line format's number and a hash of every vocabulary list whose order the
 * bit sets use. The page writes it into guides.json and the reader refuses any other, so a script
 * cached before a deploy never reads a new index's bits against an old vocabulary (a new health
 * code read as another would be a safety bug). It changes by itself when a list changes.
 */
const FORMAT = 1;
export const GUIDE_INDEX_VERSION = fnv1a(
	JSON.stringify([FORMAT, CATEGORIES, GOALS, REGIONS, TIMINGS, EQUIPMENT, AVOID_CONDITIONS, OUTCOMES, GRADES, EFFECT_SIZES, CERTAINTIES]),
);

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint (not a security hash). */
function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h.toString(16).padStart(8, '0');
}

export interface GuideIndexWire {
	version: string;
	methods: string;
	injuries: QuizInjury[];
}

/** A guide index written for another version of the quiz's code. */
export class StaleGuideIndex extends Error {
	constructor(readonly found: unknown) {
		super(`The guide index is version ${String(found)}; this page's code reads version ${GUIDE_INDEX_VERSION}.`);
	}
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** One injury as fetched, every field checked; anything else is dropped. */
function readInjury(v: unknown): QuizInjury | undefined {
	if (!v || typeof v !== 'object') return undefined;
	const i = v as Record<string, unknown>;
	const regions = isStrings(i.regions) ? i.regions.filter((r): r is Region => (REGIONS as readonly string[]).includes(r)) : [];
	const ok =
		typeof i.slug === 'string' &&
		/^[a-z0-9-]+$/.test(i.slug) &&
		typeof i.title === 'string' &&
		typeof i.back === 'string' &&
		[i.signs, i.flags, i.avoid, i.helps].every(isStrings) &&
		regions.length > 0;
	const mayHelp = isStrings(i.mayHelp) ? i.mayHelp : [];
	return ok ? { ...(i as unknown as QuizInjury), regions, mayHelp } : undefined;
}

/** The fetched index read whole, or an error: the quiz then says it could not load and tries again later. */
export function readGuideIndex(json: unknown): { methods: QuizMethod[]; injuries: QuizInjury[] } {
	const wire = json as Partial<GuideIndexWire> | null;
	if (wire && typeof wire === 'object' && wire.version !== GUIDE_INDEX_VERSION) throw new StaleGuideIndex(wire.version);
	if (!wire || typeof wire.methods !== 'string' || !Array.isArray(wire.injuries))
		throw new Error('The guide index is not in the expected shape.');
	return {
		methods: decodeMethods(wire.methods),
		injuries: wire.injuries.flatMap((i) => {
			const read = readInjury(i);
			return read ? [read] : [];
		}),
	};
}
