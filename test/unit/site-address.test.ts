/**
 * The site's address (src/site-address.mjs): a build without SITE_URL uses the placeholder for the
 * links that need an absolute address, knows it is not configured, and has a warning that names
 * SITE_URL.
 */
import { describe, expect, test } from 'vitest';
import { MISSING_SITE_WARNING, PLACEHOLDER_SITE, publicHost, siteAddress } from '../../src/site-address.mjs';

describe('siteAddress', () => {
	test.each([undefined, '', '   '])('%j: the placeholder, not configured', (value) => {
		expect(siteAddress(value)).toEqual({ site: PLACEHOLDER_SITE, configured: false });
	});
	test('a set address is used as given', () => {
		expect(siteAddress(' https://recovery.example.org ')).toEqual({ site: 'https://recovery.example.org', configured: true });
	});
	test('the warning names SITE_URL and what the placeholder affects', () => {
		expect(MISSING_SITE_WARNING).toMatch(/^SITE_URL is not set/);
		expect(MISSING_SITE_WARNING).toContain(PLACEHOLDER_SITE);
		expect(MISSING_SITE_WARNING).toContain('calendar');
	});
});

describe('publicHost: what the calendar file names', () => {
	test('the real address when SITE_URL is set', () => {
		expect(publicHost('https://recovery.example.org')).toBe('recovery.example.org');
		expect(publicHost('https://runners.example.net:8443/')).toBe('runners.example.net:8443');
	});
	test.each([undefined, '', ' '])('%j: no host, so the calendar says its links are local', (value) => {
		expect(publicHost(value)).toBe('');
	});
});
