/**
 * The web app manifest: the site installs as an app that opens on the home page, with the tools as
 * shortcuts (from the tool registry) and icons drawn from the favicon (src/lib/app-icons.ts).
 */
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../consts';
import { APP_ICONS, ICON_BACKGROUND } from '../lib/app-icons';
import { TOOLS } from '../lib/tools/registry';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: SITE_NAME,
			short_name: 'Recovery',
			description: SITE_TAGLINE,
			lang: 'en',
			start_url: '/',
			scope: '/',
			id: '/',
			display: 'standalone',
			background_color: '#fbfaf7',
			theme_color: ICON_BACKGROUND,
			icons: APP_ICONS.map((i) => ({
				src: `/icons/${i.name}.png`,
				sizes: `${i.size}x${i.size}`,
				type: 'image/png',
				purpose: i.maskable ? 'maskable' : 'any',
			})),
			shortcuts: TOOLS.map((t) => ({ name: t.name, short_name: t.nav.label, url: t.href })),
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
