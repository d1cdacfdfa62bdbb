/**
 * The pages this browser holds for offline reading beyond those cached on install: the ones the
 * runner kept and the ones read online, newest first, each with its title read from the cached
 * page (as text, never as markup). Empty where there is no Cache Storage. Used by the offline page
 * and by search when it cannot reach its index.
 */
import { CACHES } from '../../lib/offline-names';

export interface CachedPage {
	href: string;
	title: string;
}

const titleOf = (html: string, fallback: string) => {
	const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (!raw) return fallback;
	const text = new DOMParser().parseFromString(raw, 'text/html').documentElement.textContent ?? '';
	return text.replace(/ \| Runner Recovery$/, '').trim() || fallback;
};

export async function cachedPages(skip: readonly string[] = []): Promise<CachedPage[]> {
	if (!('caches' in window)) return [];
	const seen = new Set(skip);
	const pages: CachedPage[] = [];
	for (const name of [CACHES.kept, CACHES.pages]) {
		if (!(await caches.has(name))) continue;
		const cache = await caches.open(name);
		for (const request of [...(await cache.keys())].reverse()) {
			const { pathname, origin } = new URL(request.url);
			if (origin !== location.origin || seen.has(pathname)) continue;
			seen.add(pathname);
			const response = await cache.match(request);
			pages.push({ href: pathname, title: titleOf(response ? await response.text() : '', pathname) });
		}
	}
	return pages;
}

/** The pages as a list of links (text only), or nothing when there are none. */
export function pageList(pages: readonly CachedPage[]): HTMLUListElement | undefined {
	if (pages.length === 0) return undefined;
	const list = document.createElement('ul');
	for (const p of pages) {
		const a = document.createElement('a');
		a.href = p.href;
		a.textContent = p.title;
		const li = document.createElement('li');
		li.append(a);
		list.append(li);
	}
	return list;
}
