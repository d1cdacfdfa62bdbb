/**
 * The search UI, loaded only when the reader opens search (the dialog) or visits /search/.
 *
 * Plain DOM rather than a framework: it is one form and one list, and staying small keeps the
 * cost of the first search low. search-engine.ts decides what to search and in which order; this
 * file shows five results at a time (a small card per result: ResultCard in src/lib/search.ts)
 * with "Show more" for the next five. Text is inserted with textContent only, never as HTML.
 */
import {
	describeResults,
	fromCardWire,
	hasFilters,
	kindLabel,
	pagefindFilters,
	readSearchStateWith,
	safeResultUrl,
	searchQueryStringWith,
	type FilterDefs,
	type FilterKey,
	type SearchDetails,
	type ResultCard,
	type SearchState,
} from '../../lib/search';
import { SynonymStore, fromWire, type SynonymFile } from '../../lib/search-query';
import type { SymptomLexicon } from '../../lib/symptoms';
import { importPagefind, remotePagefind } from './pagefind-remote';
import { RANKING, SearchEngine, cardFromFragment, type Hit, type PagefindApi, type PagefindResult } from './search-engine';

/** Results loaded and shown at a time: each costs a card download. */
export const PAGE_SIZE = 5;
const DEBOUNCE_MS = 150;

let enginePromise: Promise<SearchEngine> | undefined;

/**
 * Pagefind's options: the ranking search-engine.ts explains, and result URLs from the site's root
 * (in a worker Pagefind cannot see the page's origin and would make them absolute).
 */
const PAGEFIND_OPTIONS = { baseUrl: '/', ranking: RANKING };

/**
 * Loads Pagefind once per page, in our own worker (pagefind-remote.ts says why). A browser that
 * cannot start the worker runs Pagefind on the page instead: slower to start, same results.
 */
async function loadPagefind(): Promise<PagefindApi> {
	let pagefind: PagefindApi;
	try {
		pagefind = remotePagefind(new Worker(new URL('./pagefind-worker.ts', import.meta.url), { type: 'module' }));
		await pagefind.options(PAGEFIND_OPTIONS);
	} catch {
		pagefind = await importPagefind(window.location.origin);
		await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: true });
	}
	// Search is open, so the reader will search: fetch the WebAssembly and metadata now, not on the first key.
	void pagefind.init().catch(() => undefined);
	return pagefind;
}

/** One shard of the synonyms (a few hundred bytes); search still works without it. */
async function fetchShard(shard: string): Promise<SynonymFile | undefined> {
	const response = await fetch(`/search/synonyms/${shard}.json`);
	return response.ok ? fromWire(await response.json()) : undefined;
}

/** The symptom lexicon, fetched once on the first search that needs it (src/lib/symptoms.ts). */
let symptoms: Promise<SymptomLexicon | undefined> | undefined;
function fetchSymptoms(): Promise<SymptomLexicon | undefined> {
	symptoms ??= fetch('/search/symptoms.json').then((r) => (r.ok ? (r.json() as Promise<SymptomLexicon>) : undefined));
	symptoms.catch(() => (symptoms = undefined));
	return symptoms;
}

/**
 * A result's card (src/integrations/pagefind.ts writes one per page, named by Pagefind's id); if
 * it cannot be read, the card is made from Pagefind's own fragment, which costs more but works.
 */
async function fetchCard(result: PagefindResult): Promise<ResultCard> {
	const response = await fetch(`/search/cards/${encodeURIComponent(result.id)}.json`).catch(() => undefined);
	const card = response?.ok ? fromCardWire(await response.json().catch(() => undefined)) : undefined;
	return card ?? cardFromFragment(result);
}

function loadEngine(): Promise<SearchEngine> {
	enginePromise ??= loadPagefind().then((pf) => new SearchEngine(pf, new SynonymStore(fetchShard), fetchSymptoms, fetchCard));
	enginePromise.catch(() => (enginePromise = undefined));
	return enginePromise;
}

type Attrs = Record<string, string | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** Grade letters and their meaning ("B" → "Some evidence"), as the form's grade menu words them. */
type GradeWords = ReadonlyMap<string, string>;

function gradeBadge(grade: string | undefined, words: GradeWords): Node | string {
	const meaning = grade ? words.get(grade) : undefined;
	if (!grade || meaning === undefined) return '';
	return el(
		'span',
		{
			class: `grade grade-${grade.toLowerCase()} search-grade search-grade-${grade.toLowerCase()}`,
			title: `Best evidence: grade ${grade}`,
		},
		el('span', { 'aria-hidden': 'true' }, grade),
		el('span', { class: 'sr-only' }, `Best evidence grade ${grade}: ${meaning}`),
	);
}

/** What the result is (method, injury guide, tool, page), and the best grade for a method. */
function resultMeta(card: ResultCard, grades: GradeWords): HTMLElement {
	return el(
		'p',
		{ class: 'search-result-meta' },
		el('span', { class: 'search-kind' }, kindLabel(card.kind)),
		gradeBadge(card.grade, grades),
	);
}

/** The words under the title: a method's verdict, then the page's summary. */
function resultText(card: ResultCard): HTMLElement[] {
	const verdict = card.verdict ? [el('p', { class: 'search-verdict' }, el('strong', {}, 'Verdict: '), card.verdict)] : [];
	return [...verdict, el('p', { class: 'search-excerpt' }, card.summary)];
}

/** One result as one card: the title link is stretched over the whole card (CSS), so a tap anywhere on it follows the title. */
export function renderResult(card: ResultCard, grades: GradeWords): HTMLLIElement {
	const url = safeResultUrl(card.url);
	return el(
		'li',
		{ class: 'search-result' },
		el('a', { href: url, class: 'search-result-title' }, card.title),
		resultMeta(card, grades),
		...resultText(card),
	);
}

interface Parts {
	form: HTMLFormElement;
	input: HTMLInputElement;
	status: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
	/** The suggestions shown when nothing matched: the quiz and the injury guides by region. */
	none: HTMLElement | null;
	/** A described pain's red-flag line (its guide's first "see a clinician first if" sign). */
	flag: HTMLElement | null;
	fold: HTMLDetailsElement | null;
	count: HTMLElement | null;
	selects: { key: FilterKey; select: HTMLSelectElement }[];
	/** The filters and the values each accepts, read from the menus the server rendered. */
	defs: FilterDefs;
	grades: GradeWords;
}

/** "B (Some evidence)" in the grade menu gives B → Some evidence. */
function gradeWords(select: HTMLSelectElement | undefined): GradeWords {
	const options = [...(select?.options ?? [])].filter((o) => o.value);
	return new Map(options.map((o) => [o.value, /\((.*)\)/.exec(o.text)?.[1] ?? '']));
}

function findParts(root: HTMLElement): Parts | undefined {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
	const status = form?.querySelector<HTMLElement>('[data-search-status]');
	const list = form?.querySelector<HTMLOListElement>('[data-search-results]');
	const more = form?.querySelector<HTMLButtonElement>('[data-search-more]');
	if (!form || !input || !status || !list || !more) return undefined;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((select) => ({
		key: select.dataset.filter as FilterKey,
		select,
	}));
	const defs = selects.map(({ key, select }) => ({ key, values: [...select.options].map((o) => o.value).filter(Boolean) }));
	return {
		defs,
		grades: gradeWords(selects.find((s) => s.key === 'grade')?.select),
		form,
		input,
		status,
		list,
		more,
		none: form.querySelector<HTMLElement>('[data-search-none]'),
		flag: form.querySelector<HTMLElement>('[data-search-flag]'),
		selects,
		fold: form.querySelector<HTMLDetailsElement>('[data-search-filters]'),
		count: form.querySelector<HTMLElement>('[data-filter-count]'),
	};
}

/** "Filters (2)" on the fold, so a closed fold still says that filters narrow the results. */
function showFilterCount(parts: Parts, state: SearchState) {
	const n = Object.values(state.filters).filter(Boolean).length;
	if (parts.count) parts.count.textContent = n ? ` (${n})` : '';
}

/** Arrow keys move between the box and the result links; Tab still works as usual. */
function arrowKeys(parts: Parts) {
	parts.form.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...parts.list.querySelectorAll<HTMLAnchorElement>('a'), ...(parts.more.hidden ? [] : [parts.more])];
		if (links.length === 0) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const down = event.key === 'ArrowDown';
		if (document.activeElement === parts.input && down) links[0]?.focus();
		else if (at >= 0) (down ? links[Math.min(at + 1, links.length - 1)] : at === 0 ? parts.input : links[at - 1])?.focus();
		else return;
		event.preventDefault();
	});
}

/** The red-flag line for a described pain, as text; hidden for any other query. */
function showFlag(parts: Parts, flag: { url: string; sign: string } | undefined) {
	if (!parts.flag) return;
	parts.flag.hidden = !flag;
	const sign = parts.flag.querySelector('[data-search-flag-sign]');
	if (sign) sign.textContent = flag ? `${flag.sign.replace(/\.?$/, '.')} ` : '';
}

/**
 * Search without a connection, for a word not searched before (or with no index at all): says that
 * search needs a connection and lists what this device holds for offline reading instead.
 */
async function showKeptPages(parts: Parts, q: string): Promise<void> {
	const [{ PRECACHED_PAGES, OFFLINE_PAGE }, { cachedPages }] = await Promise.all([
		import('../../lib/offline'),
		import('../offline/cached-pages'),
	]);
	const always = PRECACHED_PAGES.filter((p) => p.href !== OFFLINE_PAGE);
	const pages = [...always, ...(await cachedPages(always.map((p) => p.href)))];
	const what = q ? `“${q}”` : 'the guides';
	parts.status.textContent = `No connection: search needs one to look for ${what}. Words you searched before work offline. These pages are on this device:`;
	parts.list.replaceChildren(
		...pages.map((p) => el('li', { class: 'search-result' }, el('a', { href: p.href, class: 'search-result-title' }, p.title))),
	);
	if (parts.none) parts.none.hidden = true;
}

/**
 * Wires the SearchForm markup inside `root` to Pagefind. With `syncUrl` (the /search/ page) the
 * query and filters are read from and written to the address bar.
 */
export async function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): Promise<void> {
	const parts = findParts(root);
	if (!parts) return;
	const { form, input, status, list, more, selects, fold, defs, grades } = parts;
	const state: SearchState = syncUrl ? readSearchStateWith(window.location.search, defs) : { q: input.value, filters: {} };
	if (syncUrl) {
		// What the reader typed or chose while the search code loaded wins over an empty URL.
		input.value = state.q || input.value;
		for (const { key, select } of selects) select.value = state.filters[key] ?? select.value;
		if (fold && hasFilters(state.filters)) fold.open = true;
	}
	showFilterCount(parts, state);

	let engine: SearchEngine;
	try {
		status.textContent = 'Loading search…';
		engine = await loadEngine();
		status.textContent = '';
	} catch {
		if (!import.meta.env.DEV && !navigator.onLine) return showKeptPages(parts, '');
		status.textContent = import.meta.env.DEV
			? 'Search needs a built index: run `npm run build` once, then reload this page.'
			: 'Search could not load. Check your connection and reload the page, or browse all methods.';
		list.replaceChildren(el('li', {}, el('a', { href: '/methods/' }, 'Browse all recovery methods')));
		return;
	}

	let sequence = 0;
	let hits: Hit[] = [];

	/** Loads and shows PAGE_SIZE results from `from` (0 replaces the list); returns the first new link. */
	async function show(current: number, from: number): Promise<HTMLAnchorElement | undefined> {
		const next = hits.slice(from, from + PAGE_SIZE);
		const loaded = await Promise.all(next.map(async (h) => (h.card ??= await engine.card(h.result))));
		if (current !== sequence) return undefined; // a newer search has started
		const cards = loaded.map((card) => renderResult(card, grades));
		if (from === 0) list.replaceChildren(...cards);
		else list.append(...cards);
		const left = hits.length - list.children.length;
		more.hidden = left <= 0;
		more.textContent = `Show ${Math.min(PAGE_SIZE, left)} more (${left} left)`;
		return cards[0]?.querySelector('a') ?? undefined;
	}

	function readForm() {
		state.q = input.value;
		for (const { key, select } of selects) state.filters[key] = select.value || undefined;
		showFilterCount(parts!, state);
		if (syncUrl) {
			const query = searchQueryStringWith(state, defs);
			window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
		}
	}

	async function run() {
		const current = ++sequence;
		readForm();
		const q = state.q.trim();
		if (!q && !hasFilters(state.filters)) {
			[hits, more.hidden] = [[], true];
			list.replaceChildren();
			if (parts!.none) parts!.none.hidden = true;
			showFlag(parts!, undefined);
			status.textContent = 'Type a word, a brand or a symptom, or choose a filter.';
			return;
		}
		const filters = pagefindFilters(state.filters);
		// Offline, a word searched before is answered from the cache; any other cannot be, and says so:
		// the search worker fails a search that lost an index chunk (index-fetches.ts), and where
		// Pagefind runs on the page instead, no results with the browser offline count as that too.
		const outcome = await (
			q ? engine.run(q, filters) : engine.browse(filters).then((found) => ({ hits: found, mode: 'all' as const, plan: undefined }))
		).catch(() => undefined);
		if (current !== sequence) return;
		if (!outcome || (outcome.hits.length === 0 && !navigator.onLine)) {
			[hits, more.hidden] = [[], true];
			return showKeptPages(parts!, q);
		}
		hits = outcome.hits;
		showFlag(parts!, 'flag' in outcome ? outcome.flag : undefined);
		await show(current, 0);
		if (current !== sequence) return;
		const details: SearchDetails = {
			mode: outcome.mode,
			terms: outcome.plan?.terms,
			corrected: outcome.plan?.corrected,
			unknown: outcome.plan?.unknown,
		};
		status.textContent = describeResults(hits.length, state, details);
		if (parts!.none) parts!.none.hidden = hits.length > 0 || !q;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		engine.preload(input.value, pagefindFilters(state.filters));
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	for (const { select } of selects) select.addEventListener('change', () => void run());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	more.addEventListener('click', async () => {
		const first = await show(sequence, list.children.length);
		first?.focus();
	});
	arrowKeys(parts);

	await run();
}
