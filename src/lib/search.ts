/**
 * Search state and result shaping, shared by the header's search dialog and the /search/ page.
 *
 * The query and filters live in the URL (/search/?q=ice+bath&category=Cold) so a search can be
 * shared. Like every URL value on this site they are untrusted: the query is trimmed and capped,
 * and filter values are accepted only when they are one of the labels the guides actually use
 * as Pagefind filters (see GuideLayout.astro). Excerpts from Pagefind arrive as HTML with <mark>
 * around matches; they are turned into text segments so nothing is ever inserted as HTML.
 */
import { CATEGORY_LABELS, GOAL_LABELS, GRADES, REGION_LABELS } from './vocabulary';

export interface SearchFilterDef {
	/** The Pagefind filter name and the URL parameter. */
	key: 'category' | 'goal' | 'region' | 'grade';
	label: string;
	/** Allowed values: exactly the filter values guides emit. */
	values: readonly string[];
}

export const SEARCH_FILTERS: readonly SearchFilterDef[] = [
	{ key: 'category', label: 'Kind', values: Object.values(CATEGORY_LABELS) },
	{ key: 'goal', label: 'Goal', values: Object.values(GOAL_LABELS) },
	{ key: 'region', label: 'Body region', values: Object.values(REGION_LABELS) },
	{ key: 'grade', label: 'Best evidence grade', values: GRADES },
];

export type FilterKey = SearchFilterDef['key'];

export interface SearchState {
	q: string;
	filters: Partial<Record<FilterKey, string>>;
}

/** Longest query we send to Pagefind; longer text is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/** Strips control characters and extra spaces, and caps the length. */
export function cleanQuery(raw: string): string {
	return raw
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH);
}

/** The search a URL query string describes; unknown parameters and values are ignored. */
export function readSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const def of SEARCH_FILTERS) {
		const value = params.get(def.key);
		if (value !== null && def.values.includes(value)) filters[def.key] = value;
	}
	return { q: cleanQuery(params.get('q') ?? ''), filters };
}

/** The query string for a search, in a fixed parameter order; empty parts are left out. */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	const q = cleanQuery(state.q);
	if (q) params.set('q', q);
	for (const def of SEARCH_FILTERS) {
		const value = state.filters[def.key];
		if (value && def.values.includes(value)) params.set(def.key, value);
	}
	return params.toString();
}

/** Pagefind's filter argument for the chosen filters (each filter takes one value). */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string> {
	const out: Record<string, string> = {};
	for (const def of SEARCH_FILTERS) {
		const value = filters[def.key];
		if (value) out[def.key] = value;
	}
	return out;
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

export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * Splits a Pagefind excerpt into plain and highlighted text. Only <mark> is understood; any other
 * tag is dropped, and entities are decoded, so the result is safe to render as text.
 */
export function excerptSegments(html: string): Segment[] {
	const segments: Segment[] = [];
	let mark = false;
	for (const part of html.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(part)) mark = true;
		else if (/^<\/mark>$/i.test(part)) mark = false;
		else {
			const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
			if (text) segments.push({ text, mark });
		}
	}
	return segments;
}

/** "3 results for “ice”", "No results for “xyz”", with the filters named when they narrow it. */
export function describeResults(count: number, state: SearchState): string {
	const what = state.q ? ` for “${state.q}”` : '';
	const filters = Object.values(state.filters).filter(Boolean);
	const narrowed = filters.length ? ` (filtered by ${filters.join(', ')})` : '';
	if (count === 0) return `No results${what}${narrowed}.`;
	return `${count} ${count === 1 ? 'result' : 'results'}${what}${narrowed}.`;
}

/** Only same-site paths are followed from results; anything else becomes the search page. */
export function safeResultUrl(url: string): string {
	return /^\/(?!\/)[^\s]*$/.test(url) ? url : '/search/';
}
