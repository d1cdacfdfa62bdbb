// @ts-check
// https://astro.build/config
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import previewImages from './src/integrations/preview-images/index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { guideSections } from './src/integrations/guide-sections.ts';
import { MISSING_SITE_WARNING, siteAddress } from './src/site-address.mjs';

// The public URL the site is deployed at: canonical links, Open Graph and the sitemap use it.
// Set SITE_URL when deploying; without it the build warns (src/site-address.mjs).
const { site, configured } = siteAddress(process.env.SITE_URL);

/** Says, at the start of every build without SITE_URL, what the placeholder address affects. */
const warnWithoutSite = {
	name: 'runner-recovery:site-url',
	hooks: {
		/** @param {{ logger: { warn(message: string): void } }} options */
		'astro:build:start': ({ logger }) => {
			if (!configured) logger.warn(MISSING_SITE_WARNING);
		},
	},
};

export default defineConfig({
	site,
	trailingSlash: 'always',
	// The site's stylesheet (12 KB, 3.3 KB gzip) is one file every page links: a runner reading a
	// second page, and the service worker's offline set, have it already; a page's own small styles
	// are inlined (Astro's 'auto': under 4 KB). Inlined in every page it cost each page view the
	// whole stylesheet again, and the build 1.2-1.5 s at 1,000 guides (Astro encodes every page's
	// HTML; 14 MB more of it). Lighthouse stays at 100 on every measured page (npm run audit).
	build: { format: 'directory', inlineStylesheets: 'auto' },
	integrations: [
		mdx(),
		// Babel (which @astrojs/preact always turns on) compiles the islands' JSX; plain .ts modules have
		// none, and Vite compiles their TypeScript anyway: left to Babel too, every module of src/lib was
		// parsed and printed once more per environment (about 2 s of a 1,000-guide build's 7 s in Vite).
		// The list keeps the plugin's own default, node_modules, and is also the renderer's: a .ts file
		// is never a component.
		preact({ exclude: [/node_modules/, /\.[cm]?[jt]s$/] }),
		sitemap({ filter: (page) => !page.endsWith('/404/') }),
		// Search in `astro dev`; the index itself and the service worker are written after `astro build`
		// exits, by src/build/build.sh (`npm run build`).
		pagefind(),
		previewImages(),
		warnWithoutSite,
	],
	// The search worker (src/components/search/pagefind-worker.ts) is a module worker: it imports Pagefind.
	vite: {
		worker: { format: 'es' },
		// Preact and its JSX runtime in one chunk: left to the bundler, the JSX runtime joins whichever
		// chunk the islands that use it share (the form kit's, while every island used the kit), and a
		// tool without the kit (Your runs) split it into a chunk of its own, costing each tool page bytes
		// of its 20 KB budget.
		build: {
			rolldownOptions: {
				output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/ }] } },
			},
		},
	},
	markdown: {
		// Shiki writes inline styles that a strict Content-Security-Policy would block; guides have no code.
		syntaxHighlight: false,
		// Marks what a guide's short printout leaves out (src/lib/print.ts) and what search does not
		// index (src/integrations/search-sections.ts), in one pass; MDX extends this config.
		processor: satteri({ hastPlugins: [guideSections] }),
	},
	devToolbar: { enabled: false },
	security: {
		// A Content-Security-Policy <meta> on every page, with hashes for every script and style Astro
		// emits, so no 'unsafe-inline' is needed. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly;
		// it runs in the search's own worker, a same-origin script under /_astro/, so workers come from 'self' only. Directives a <meta> cannot carry (frame-ancestors) are in public/_headers.
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
