/** The page budgets (DESIGN.md "Budgets"), read by the browser layer and the dist layer alike. */
export const KB = 1024;
export const BUDGET = { jsToolPage: 20 * KB, jsOtherPage: 4 * KB, css: 14 * KB, htmlGzip: 30 * KB, htmlRaw: 300 * KB };

/** What test/e2e/every-page.test.ts measures on a page (gzip bytes as Chromium loaded them), as budgets.json keeps it. */
export interface PageWeight {
	js: number;
	scripts: Record<string, number>;
	inline: number;
	css: number;
	toolPage: boolean;
}
