/** The page budgets (DESIGN.md "Budgets"), read by the browser layer and the dist layer alike. */
export const KB = 1024;
export const BUDGET = { jsToolPage: 20 * KB, jsOtherPage: 4 * KB, css: 14 * KB, htmlGzip: 30 * KB, htmlRaw: 300 * KB };
