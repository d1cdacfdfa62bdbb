/**
 * The search UI, loaded only when the reader opens search (the dialog) or visits /search/.
 *
 * Plain DOM rather than a framework: it is one form and one list, and staying small keeps the
 * cost of the first search low. Results come from Pagefind's JS API; text is inserted with
 * textContent only (see excerptSegments), never as HTML.
 */
import {
	SEARCH_FILTERS,
	describeResults,
	excerptSegments,
	hasFilters,
	pagefindFilters,
	readSearchState,
	safeResultUrl,
	searchQueryString,
	type SearchState,
} from '../../lib/search';
import { GRADES, GRADE_SHORT, type Grade } from '../../lib/vocabulary';

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: SubResult[];
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}

/** Results shown per search; the rest are reachable by a more specific query or a filter. */
const RESULT_LIMIT = 10;
const SUB_RESULT_LIMIT = 3;
const DEBOUNCE_MS = 150;

let pagefindPromise: Promise<PagefindApi> | undefined;

/** Loads Pagefind once per page; the URL is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<PagefindApi> {
	const url = new URL('/pagefind/pagefind.js', window.location.origin).href;
	pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pagefind: PagefindApi) => {
		await pagefind.options({ excerptLength: 24 });
		return pagefind;
	});
	return pagefindPromise;
}

type Attrs = Record<string, string | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

function highlighted(html: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const { text, mark } of excerptSegments(html)) fragment.append(mark ? el('mark', {}, text) : text);
	return fragment;
}

function gradeBadge(grade: string | undefined): Node | string {
	if (!grade || !(GRADES as readonly string[]).includes(grade)) return '';
	return el(
		'span',
		{ class: `grade grade-${grade.toLowerCase()} search-grade search-grade-${grade.toLowerCase()}`, title: `Best evidence: grade ${grade}` },
		el('span', { 'aria-hidden': 'true' }, grade),
		el('span', { class: 'sr-only' }, `Best evidence grade ${grade}: ${GRADE_SHORT[grade as Grade]}`),
	);
}

function renderResult(data: ResultData, showSummary: boolean): HTMLLIElement {
	const url = safeResultUrl(data.url);
	const title = data.meta.title ?? url;
	const subs = (data.sub_results ?? [])
		.filter((s) => s.url !== data.url && s.url.includes('#') && s.title !== title)
		.slice(0, SUB_RESULT_LIMIT);
	return el(
		'li',
		{ class: 'search-result' },
		el('div', { class: 'search-result-head' }, el('a', { href: url, class: 'search-result-title' }, title), gradeBadge(data.meta.grade)),
		el('p', { class: 'search-excerpt' }, showSummary && data.meta.summary ? data.meta.summary : highlighted(data.excerpt)),
		...(subs.length
			? [
					el(
						'ul',
						{ class: 'search-subresults', 'aria-label': `Sections of ${title}` },
						...subs.map((s) =>
							el('li', {}, el('a', { href: safeResultUrl(s.url) }, s.title), el('span', { class: 'search-excerpt' }, ' — ', highlighted(s.excerpt))),
						),
					),
				]
			: []),
	);
}

/**
 * Wires the SearchForm markup inside `root` to Pagefind. With `syncUrl` (the /search/ page) the
 * query and filters are read from and written to the address bar.
 */
export async function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): Promise<void> {
	const found = root.querySelector<HTMLFormElement>('[data-search-form]');
	const foundInput = found?.querySelector<HTMLInputElement>('input[type="search"]');
	const foundStatus = found?.querySelector<HTMLElement>('[data-search-status]');
	const foundList = found?.querySelector<HTMLOListElement>('[data-search-results]');
	if (!found || !foundInput || !foundStatus || !foundList) return;
	const [form, input, status, list] = [found, foundInput, foundStatus, foundList];
	const selects = SEARCH_FILTERS.map((def) => ({ def, select: form.querySelector<HTMLSelectElement>(`[data-filter="${def.key}"]`)! }));

	const state: SearchState = syncUrl ? readSearchState(window.location.search) : { q: input.value, filters: {} };
	if (syncUrl) {
		input.value = state.q;
		for (const { def, select } of selects) select.value = state.filters[def.key] ?? '';
	}

	let pagefind: PagefindApi | undefined;
	try {
		status.textContent = 'Loading search…';
		pagefind = await loadPagefind();
		status.textContent = '';
	} catch {
		status.textContent = import.meta.env.DEV
			? 'Search needs a built index: run `npm run build` once, then reload this page.'
			: 'Search could not load. Check your connection and reload the page, or browse all methods.';
		list.replaceChildren(el('li', {}, el('a', { href: '/methods/' }, 'Browse all recovery methods')));
		return;
	}

	let sequence = 0;
	async function run() {
		const current = ++sequence;
		state.q = input.value;
		for (const { def, select } of selects) state.filters[def.key] = select.value || undefined;
		if (syncUrl) {
			const query = searchQueryString(state);
			window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
		}
		const q = state.q.trim();
		if (!q && !hasFilters(state.filters)) {
			list.replaceChildren();
			status.textContent = 'Type a word, a brand or a symptom, or choose a filter.';
			return;
		}
		const response = await pagefind!.search(q || null, { filters: pagefindFilters(state.filters) });
		const results = response?.results ?? [];
		const data = await Promise.all(results.slice(0, RESULT_LIMIT).map((r) => r.data()));
		if (current !== sequence) return; // a newer search has started
		list.replaceChildren(...data.map((d) => renderResult(d, !q)));
		const more = results.length > RESULT_LIMIT ? ` Showing the first ${RESULT_LIMIT}.` : '';
		status.textContent = describeResults(results.length, state) + more;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	for (const { select } of selects) select.addEventListener('change', () => void run());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});

	// Arrow keys move between the box and the result links; Tab still works as usual.
	form.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
		if (links.length === 0) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (document.activeElement === input && event.key === 'ArrowDown') links[0]?.focus();
		else if (at >= 0) (event.key === 'ArrowDown' ? links[Math.min(at + 1, links.length - 1)] : at === 0 ? input : links[at - 1])?.focus();
		else return;
		event.preventDefault();
	});

	await run();
}
