/**
 * The colour tokens keep their promises in both schemes: text meets WCAG AA (4.5:1) on every
 * background it sits on, the focus ring is visible (3:1, WCAG 1.4.11) and is not the error colour,
 * so a focused field never looks like a wrong one. The contrast maths is WCAG 2's formula, written
 * here rather than taken from the site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = tokens(css.slice(0, darkStart));
const schemes = { light, dark: { ...light, ...tokens(css.slice(darkStart)) } };

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map(linear) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
function hue(hex: string): number {
	const [r, g, b] = channels(hex) as [number, number, number];
	const max = Math.max(r, g, b);
	const d = max - Math.min(r, g, b);
	if (d === 0) return 0;
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}
const hueDistance = (a: string, b: string) => Math.min(Math.abs(hue(a) - hue(b)), 360 - Math.abs(hue(a) - hue(b)));

describe.each(Object.entries(schemes))('%s scheme', (_, t) => {
	const backgrounds = ['bg', 'surface', 'surface-2'];
	test('every token the tests read is defined', () => {
		for (const name of [...backgrounds, 'text', 'text-muted', 'accent', 'focus', 'danger-border', 'danger-bg', 'warn-bg'])
			expect(t[name], name).toMatch(/^#/);
	});
	test.each(['text', 'text-muted', 'accent'])('%s meets 4.5:1 on every background', (fg) => {
		for (const bg of backgrounds) expect(contrast(t[fg]!, t[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});
	test('text meets 4.5:1 inside warning and danger callouts', () => {
		for (const bg of ['danger-bg', 'warn-bg']) expect(contrast(t.text!, t[bg]!), `text on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});
	test('the focus ring shows (3:1) against every background and the callouts', () => {
		for (const bg of [...backgrounds, 'danger-bg', 'warn-bg'])
			expect(contrast(t.focus!, t[bg]!), `focus on ${bg}`).toBeGreaterThanOrEqual(3);
	});
	test('the focus ring is not the error colour: a different colour, far apart in hue', () => {
		expect(t.focus).not.toBe(t['danger-border']);
		expect(hueDistance(t.focus!, t['danger-border']!)).toBeGreaterThanOrEqual(90);
	});
});

test('the contrast formula matches WCAG reference values', () => {
	// Black on white is 21:1 and a colour on itself 1:1, by definition; #767676 on white is the
	// well-known lightest grey that passes AA (4.54:1).
	expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrast('#b3261e', '#b3261e')).toBe(1);
	expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	expect(hue('#ff0000')).toBe(0);
	expect(hue('#0000ff')).toBe(240);
});
