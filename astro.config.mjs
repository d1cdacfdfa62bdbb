// @ts-check
// https://astro.build/config
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public URL the site is deployed at: canonical links, Open Graph and the sitemap use it.
// Set SITE_URL when deploying somewhere else.
const site = process.env.SITE_URL ?? 'https://runner-recovery.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
	markdown: {
		// Shiki writes inline styles that a strict Content-Security-Policy would block; guides have no code.
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
});
