/**
 * Search state and result shaping, shared by the header's search dialog and the /search/ page.
 *
 * The query and filters live in the URL (/search/?q=ice+bath&category=Cold) so a search can be
 * shared. Like every URL value on this site they are untrusted: the query is trimmed and capped,
 * and filter values are accepted only when they are one of the labels the guides actually use
 * as Pagefind filters (see GuideLayout.astro). Excerpts from Pagefind arrive as HTML with <mark>
 * around matches; they are turned into text segments so nothing is ever inserted as HTML.
 */
import { CATEGORY_LABELS, GOAL_LABELS, GRADES, REGION_LABELS, type Goal } from './vocabulary';
import { TOOLS, type ToolId } from './tools/registry';

export interface SearchFilterDef {
	/** The Pagefind filter name and the URL parameter. */
	key: 'category' | 'goal' | 'region' | 'grade';
	label: string;
	/** Allowed values: exactly the filter values guides emit. */
	values: readonly string[];
}

/**
 * The filters, as the server renders them into the form. The browser reads the same definitions
 * back from the form's menus (search-ui.ts), so the vocabulary never ships in the search script.
 */
export const SEARCH_FILTERS: readonly SearchFilterDef[] = [
	{ key: 'category', label: 'Kind', values: /* @__PURE__ */ Object.values(CATEGORY_LABELS) },
	{ key: 'goal', label: 'Goal', values: /* @__PURE__ */ Object.values(GOAL_LABELS) },
	{ key: 'region', label: 'Body region', values: /* @__PURE__ */ Object.values(REGION_LABELS) },
	{ key: 'grade', label: 'Best evidence grade', values: GRADES },
];

/** A filter as the browser needs it: its key and the values it accepts. */
export type FilterDefs = readonly Pick<SearchFilterDef, 'key' | 'values'>[];

export type FilterKey = SearchFilterDef['key'];

export interface SearchState {
	q: string;
	filters: Partial<Record<FilterKey, string>>;
}

/** Longest query we send to Pagefind; longer text is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/** Strips control characters and extra spaces, and caps the length. */
export function cleanQuery(raw: string): string {
	return (
		raw
			// eslint-disable-next-line no-control-regex -- control characters are what this strips
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, MAX_QUERY_LENGTH)
	);
}

/** The search a URL query string describes; unknown parameters and values are ignored. */
export const readSearchState = (search: string | URLSearchParams) => readSearchStateWith(search, SEARCH_FILTERS);

/** readSearchState with the filters given (the browser's, read from the form). */
export function readSearchStateWith(search: string | URLSearchParams, defs: FilterDefs): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const def of defs) {
		const value = params.get(def.key);
		if (value !== null && def.values.includes(value)) filters[def.key] = value;
	}
	return { q: cleanQuery(params.get('q') ?? ''), filters };
}

/** The query string for a search, in a fixed parameter order; empty parts are left out. */
export const searchQueryString = (state: SearchState) => searchQueryStringWith(state, SEARCH_FILTERS);

export function searchQueryStringWith(state: SearchState, defs: FilterDefs): string {
	const params = new URLSearchParams();
	const q = cleanQuery(state.q);
	if (q) params.set('q', q);
	for (const def of defs) {
		const value = state.filters[def.key];
		if (value && def.values.includes(value)) params.set(def.key, value);
	}
	return params.toString();
}

/** Pagefind's filter argument for the chosen filters (each filter takes one value). */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string> {
	return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));
}

export const hasFilters = (filters: SearchState['filters']) => Object.values(filters).some(Boolean);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] === '#') {
			const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
			return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
		}
		return ENTITIES[code.toLowerCase()] ?? whole;
	});
}

/**
 * What a result shows, from the page itself: its title, what it is, a method's grade and verdict,
 * and its summary (or, for a page without one, its opening words). Written at build time into one
 * small file per indexed page, named by Pagefind's id for it (src/integrations/pagefind.ts), so a
 * search shows five results for about 2 KB where Pagefind's fragments, which carry each page's
 * whole text for excerpts, cost about 26 KB at 1,000 guides.
 */
export interface ResultCard {
	url: string;
	title: string;
	kind?: string;
	grade?: string;
	verdict?: string;
	summary: string;
}

/** The part of a Pagefind fragment a card is made from. */
export interface FragmentFields {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
}

/** Words of a page's opening shown when it has no summary. */
const OPENING_WORDS = 30;

export function resultCard(fragment: FragmentFields): ResultCard {
	const text = (s: string | undefined) => (s === undefined ? undefined : decodeEntities(s).replace(/\s+/g, ' ').trim() || undefined);
	const words = text(fragment.content)?.split(' ') ?? [];
	const opening = words.slice(0, OPENING_WORDS).join(' ') + (words.length > OPENING_WORDS ? '…' : '');
	return {
		url: fragment.url,
		title: text(fragment.meta.title) ?? fragment.url,
		kind: fragment.filters?.kind?.[0],
		grade: text(fragment.meta.grade),
		verdict: text(fragment.meta.verdict),
		summary: text(fragment.meta.summary) ?? opening,
	};
}

/** Reads a fetched card: strings only, the known fields only; anything else gives undefined. */
export function fromCardWire(wire: unknown): ResultCard | undefined {
	if (!wire || typeof wire !== 'object') return undefined;
	const w = wire as Record<string, unknown>;
	const optional = (v: unknown) => (v === undefined || typeof v === 'string' ? (v as string | undefined) : null);
	const [kind, grade, verdict] = [optional(w.kind), optional(w.grade), optional(w.verdict)];
	if (typeof w.url !== 'string' || typeof w.title !== 'string' || typeof w.summary !== 'string') return undefined;
	if (kind === null || grade === null || verdict === null) return undefined;
	return { url: w.url, title: w.title, kind, grade, verdict, summary: w.summary };
}

/** How a search went beyond its count: words corrected or left out, or any word rather than all. */
export interface SearchDetails {
	/** 'any': no page had every word, so pages with any of them are listed. */
	mode?: 'all' | 'any' | 'none';
	/** The words searched for (after question words were dropped), for the "any" message. */
	terms?: readonly string[];
	corrected?: readonly (readonly [typed: string, used: string])[];
	/** Words no page holds, left out of the search. */
	unknown?: readonly string[];
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/**
 * "3 results for “ice”", "No results for “xyz”", with the filters named when they narrow it, and
 * a plain word on anything the search changed: a corrected spelling, a word left out, or a
 * fallback to pages with any of the words.
 */
export function describeResults(count: number, state: SearchState, details: SearchDetails = {}): string {
	const what = state.q ? ` for “${state.q}”` : '';
	const filters = Object.values(state.filters).filter(Boolean);
	const narrowed = filters.length ? ` (filtered by ${filters.join(', ')})` : '';
	if (count === 0) {
		const unknown = details.unknown?.length ? ` No guide has ${quoted(details.unknown)}.` : '';
		return `No results${what}${narrowed}.${unknown}`;
	}
	const counted = `${count} ${count === 1 ? 'result' : 'results'}`;
	const notes = [
		...(details.corrected ?? []).map(([typed, used]) => `Searched for “${used}” instead of “${typed}”.`),
		...(details.unknown?.length
			? [`Left out ${quoted(details.unknown)}: no guide has ${details.unknown.length === 1 ? 'it' : 'them'}.`]
			: []),
	];
	const head =
		details.mode === 'any' && details.terms
			? `${counted}${what}${narrowed}: no page has all of ${quoted(details.terms)}, so these have some of them.`
			: `${counted}${what}${narrowed}.`;
	return [head, ...notes].join(' ');
}

/** Only same-site paths are followed from results; anything else becomes the search page. */
export function safeResultUrl(url: string): string {
	return /^\/(?!\/)[^\s]*$/.test(url) ? url : '/search/';
}

/**
 * What a result is, from the `kind` filter every indexed page emits (guides in their layouts, the
 * tools on their pages); anything else (home, lists, about) is a plain page.
 */
export const KIND_LABELS: Record<string, string> = {
	Method: 'Recovery method',
	Injury: 'Injury guide',
	Guide: 'Guide',
	Tool: 'Tool',
	Page: 'Page',
};

export const kindLabel = (kind: string | undefined) => KIND_LABELS[kind ?? 'Page'] ?? 'Page';

/** A page that is not a content guide but that runners look for by name. */
export interface SearchExtra {
	url: string;
	title: string;
	/** Everyday names for it; each becomes a synonym and Pagefind metadata on the page. */
	aliases: string[];
}

/**
 * The tools, by the names runners give them (src/lib/tools/registry.ts). Each tool page emits these
 * as its `aliases` metadata, and /search/synonyms.json lists them, so "bedtime calculator" finds the
 * sleep calculator first.
 */
export const TOOL_SEARCH: Record<ToolId, SearchExtra> = /* @__PURE__ */ Object.fromEntries(
	TOOLS.map((t) => [t.id, { url: t.href, title: t.title, aliases: [...t.aliases] }]),
) as Record<ToolId, SearchExtra>;

/** Other pages runners ask for by name; their words are already on the page, so no metadata. */
/** The red flags page as search names it; a warning sign typed in a runner's words goes there (src/lib/symptoms.ts). */
export const RED_FLAGS_PAGE: SearchExtra = {
	url: '/red-flags/',
	title: 'Red flags: when to stop self-treating',
	aliases: ['red flags', 'warning signs', 'when to see a doctor'],
};
export const PAGE_SEARCH: SearchExtra[] = [RED_FLAGS_PAGE];

/**
 * The first page of each goal's list (/methods/goal/<goal>/), which answers a symptom better than
 * any one guide: "DOMS" or "sore legs" wants every method for soreness, compared. The page emits
 * the aliases and the summary as metadata (its table stays out of the index).
 */
export const GOAL_SEARCH: Record<Goal, { aliases: string[]; summary: string }> = {
	soreness: {
		aliases: [
			'DOMS',
			'delayed onset muscle soreness',
			'muscle soreness',
			'sore legs',
			'sore muscles',
			'aching legs',
			'sore quads',
			'legs sore after running',
		],
		summary: 'Sore legs after hard runs (DOMS): every method graded for soreness, strongest evidence first.',
	},
	swelling: {
		aliases: ['swollen legs', 'swollen ankles', 'swollen feet', 'puffy ankles', 'fluid in legs'],
		summary: 'Swollen legs, ankles or feet after running: the methods graded for swelling, strongest evidence first.',
	},
	tightness: {
		aliases: ['tight muscles', 'tight legs', 'stiff legs', 'muscle tightness', 'stiffness after running', 'muscle knots'],
		summary: 'Tight or stiff legs: the methods graded for tightness, strongest evidence first.',
	},
	fatigue: {
		aliases: ['tired legs', 'heavy legs', 'dead legs', 'leg fatigue', 'recover faster', 'feeling flat'],
		summary: 'Tired, heavy legs and recovering between sessions: the methods graded for fatigue, strongest evidence first.',
	},
	mobility: {
		aliases: ['range of motion', 'flexibility', 'mobility routine', 'loosen up'],
		summary: 'Range of motion and flexibility: the methods graded for mobility, strongest evidence first.',
	},
	'injury-prevention': {
		aliases: ['injury prevention', 'prevent injuries', 'avoid injury', 'stay injury free', 'injury risk'],
		summary: 'Staying injury-free: the methods graded for preventing running injuries, strongest evidence first.',
	},
	sleep: {
		aliases: ['improve sleep', 'sleep quality', 'poor sleep', 'trouble sleeping'],
		summary: 'Sleeping better in training: the methods graded for sleep, strongest evidence first.',
	},
	skin: {
		aliases: ['skin care', 'sore skin', 'skin irritation'],
		summary: 'Skin rubbed raw or irritated by running: the methods graded for skin, strongest evidence first.',
	},
};

/** The goal pages as synonym entries, titled as their pages are ("Methods for soreness"). */
/** A goal's list of methods: its address and its title. */
export const goalListPage = (goal: Goal) => ({ url: `/methods/goal/${goal}/`, title: `Methods for ${GOAL_LABELS[goal].toLowerCase()}` });

export const goalSearchPages = (): SearchExtra[] =>
	Object.entries(GOAL_SEARCH).map(([goal, { aliases }]) => ({ ...goalListPage(goal as Goal), aliases }));
