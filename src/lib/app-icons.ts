/**
 * The installed app's icons, drawn at build time from the one SVG the site already uses as its
 * favicon (public/favicon.svg), so the mark is drawn once. A "maskable" icon fills the whole square
 * with the mark's background and keeps the mark inside the middle 80%, the safe zone a launcher's
 * mask may not cut (W3C Web App Manifest, "maskable" purpose).
 */
export const ICON_BACKGROUND = '#0b5d6b';

export const APP_ICONS = [
	{ name: 'icon-192', size: 192, maskable: false },
	{ name: 'icon-512', size: 512, maskable: false },
	{ name: 'maskable-512', size: 512, maskable: true },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

/** The SVG to draw an icon from: the favicon itself, or the favicon inside a full-bleed safe zone. */
export function iconSvg(favicon: string, icon: AppIcon): string {
	if (!icon.maskable) return favicon;
	const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(favicon)?.[1];
	const viewBox = /viewBox="([^"]+)"/.exec(favicon)?.[1];
	if (!inner || !viewBox) throw new Error('public/favicon.svg must be one <svg> with a viewBox');
	const s = icon.size;
	const safe = Math.round(s * 0.8);
	const at = (s - safe) / 2;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}"><rect width="${s}" height="${s}" fill="${ICON_BACKGROUND}"/><svg x="${at}" y="${at}" width="${safe}" height="${safe}" viewBox="${viewBox}">${inner}</svg></svg>`;
}
