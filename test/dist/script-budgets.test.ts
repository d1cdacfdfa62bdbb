/**
 * Every page's JavaScript within its budget, computed from the built files with no browser
 * (test/support/static-budget.ts): 20 KB gzip on a page with an island, 4 KB on any other. The
 * browser layer weighs the same pages as Chromium loads them and checks that the two agree within
 * 2% on the tool pages, a guide and search (test/e2e/every-page.test.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BUDGET, KB } from '../support/budgets';
import { htmlPages } from '../support/built-site';
import { distDir } from '../support/served-site';
import { staticScripts } from '../support/static-budget';

const pages = htmlPages(distDir());

test.each(pages.map((p) => [p.path, p.file] as const))('%s: its scripts, as the build will load them, fit its budget', (_path, file) => {
	const scripts = staticScripts(distDir(), readFileSync(file, 'utf8'));
	const budget = scripts.toolPage ? BUDGET.jsToolPage : BUDGET.jsOtherPage;
	expect(scripts.js, `${(scripts.js / KB).toFixed(1)} KB: ${JSON.stringify(scripts.files)} + inline ${scripts.inline}`).toBeLessThanOrEqual(
		budget,
	);
});
