/** The installed app's icons as PNG, drawn at build time from public/favicon.svg (src/lib/app-icons.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { APP_ICONS, iconSvg, type AppIcon } from '../../lib/app-icons';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props: { icon } }) => {
	const favicon = await readFile(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
	const png = await sharp(Buffer.from(iconSvg(favicon, icon)), { density: 72 * Math.ceil(icon.size / 32) })
		.resize(icon.size, icon.size)
		.png({ palette: true, compressionLevel: 9 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
