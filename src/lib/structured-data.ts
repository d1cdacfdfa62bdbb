/**
 * Schema.org JSON-LD for search engines: an Article for each guide and a WebSite with a
 * SearchAction (the /search/?q= page) for the home page. Built from the same frontmatter the page
 * shows, so the two cannot disagree.
 */
import { referenceUrl, type Reference } from './bibliography';

export type JsonLd = Record<string, unknown>;

/** What an article's JSON-LD needs from a guide (method, injury or article). */
export interface ArticleFacts {
	title: string;
	summary: string;
	updated: Date;
	aliases?: readonly string[];
}

export function articleJsonLd(method: ArticleFacts, references: readonly Reference[], url: URL, siteName: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: method.title,
		description: method.summary,
		url: url.href,
		mainEntityOfPage: url.href,
		dateModified: method.updated.toISOString().slice(0, 10),
		inLanguage: 'en',
		keywords: (method.aliases ?? []).join(', '),
		publisher: { '@type': 'Organization', name: siteName },
		author: { '@type': 'Organization', name: siteName },
		citation: references.map((r) => ({ '@type': 'CreativeWork', name: r.title, url: referenceUrl(r), datePublished: String(r.year) })),
	};
}

export function websiteJsonLd(site: URL, siteName: string, description: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: siteName,
		description,
		url: site.href,
		inLanguage: 'en',
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', site).href}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so no text can close the tag. */
export const serializeJsonLd = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');
