// @ts-check
/**
 * The site's public address, read once from SITE_URL at build time (the README's deploy table sets
 * it). Canonical links, link previews and the sitemap need an absolute address, so a build without
 * one uses a placeholder for them and says so; anything a runner keeps (the after-race calendar
 * file) is told the truth instead: `publicHost` is '' and its links are called local.
 */
export const PLACEHOLDER_SITE = 'https://runner-recovery.example';

/** @param {string | undefined} value */
export function siteAddress(value) {
	const given = value?.trim() ?? '';
	return { site: given || PLACEHOLDER_SITE, configured: given !== '' };
}

/**
 * The host a runner's files name (the after-race calendar), or '' when the build has no public
 * address: then they say their links are local instead of naming the placeholder.
 * @param {string | undefined} value
 */
export function publicHost(value) {
	const { site, configured } = siteAddress(value);
	return configured ? new URL(site).host : '';
}

export const MISSING_SITE_WARNING =
	`SITE_URL is not set: canonical links, link previews and the sitemap name the placeholder ${PLACEHOLDER_SITE}, ` +
	'and the after-race calendar file says its links are local. Set SITE_URL to the public address ' +
	'(for example SITE_URL=https://example.org npm run build; the README\u2019s deploy table says where for each host).';
