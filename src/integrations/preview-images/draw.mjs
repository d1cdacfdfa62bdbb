// @ts-check
/**
 * Draws one link-preview image (1200 x 630): the site's teal, a light bar on the left, the title in
 * bold and the description below it, in DejaVu Sans (a package in the lockfile, so nothing is
 * fetched at build time). CanvasKit (Skia in WebAssembly, no install script) lays out and draws the
 * text; sharp writes the pixels as a 16-colour PNG: a quarter of the bytes of CanvasKit's own
 * full-colour PNG, in less time (measured in the closing note of issue 24).
 *
 * Plain JavaScript because it runs in worker threads (./worker.mjs) that Node starts without a
 * bundler or a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';

export const WIDTH = 1200;
export const HEIGHT = 630;

const require = createRequire(import.meta.url);

/** The fonts, resolved in node_modules. */
export const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((f) =>
	require.resolve(f),
);

/** Everything besides the text that decides the pixels: part of every image's cache key (./cache.ts). */
export const LOOK = {
	version: 1,
	background: [11, 93, 107],
	bar: { colour: [251, 250, 247], width: 12 },
	padding: 64,
	title: { size: 64, lineHeight: 1.1, colour: [255, 255, 255] },
	description: { size: 34, lineHeight: 1.3, colour: [230, 244, 246] },
	/** Two ramps from teal to near-white need about eight steps each for smooth text edges. */
	png: { palette: true, colours: 16, dither: 0, effort: 2, compressionLevel: 9 },
};

/** @typedef {{ title: string, description: string }} Preview */
/** @typedef {import('canvaskit-wasm').CanvasKit} CanvasKit */

/** @type {Promise<{ kit: CanvasKit, fonts: import('canvaskit-wasm').FontMgr }> | undefined} */
let ready;

async function start() {
	const { default: init } = await import('canvaskit-wasm/full');
	const kit = await init({ locateFile: (/** @type {string} */ file) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
	const fonts = kit.FontMgr.FromData(...FONT_FILES.map((f) => new Uint8Array(readFileSync(f)).buffer));
	if (!fonts) throw new Error(`CanvasKit could not read the fonts ${FONT_FILES.join(', ')}`);
	return { kit, fonts };
}

/**
 * @param {CanvasKit} kit
 * @param {{ size: number, lineHeight: number, colour: number[] }} font
 * @param {'Bold' | 'Normal'} weight
 */
const textStyle = (kit, font, weight) => ({
	color: kit.Color(font.colour[0] ?? 0, font.colour[1] ?? 0, font.colour[2] ?? 0),
	fontFamilies: ['DejaVu Sans'],
	fontSize: font.size,
	fontStyle: { weight: kit.FontWeight[weight] },
	heightMultiplier: font.lineHeight,
});

/**
 * The image's pixels, RGBA, row by row.
 * @param {Preview} preview
 * @returns {Promise<Uint8Array>}
 */
export async function drawPixels({ title, description }) {
	ready ??= start();
	const { kit, fonts } = await ready;
	const surface = kit.MakeSurface(WIDTH, HEIGHT);
	if (!surface) throw new Error('CanvasKit could not make a surface');
	const canvas = surface.getCanvas();
	const [r = 0, g = 0, b = 0] = LOOK.background;
	canvas.clear(kit.Color(r, g, b));
	const bar = new kit.Paint();
	const [br = 0, bg = 0, bb = 0] = LOOK.bar.colour;
	bar.setColor(kit.Color(br, bg, bb));
	canvas.drawRect(kit.XYWHRect(0, 0, LOOK.bar.width, HEIGHT), bar);

	const builder = kit.ParagraphBuilder.Make(new kit.ParagraphStyle({ textStyle: textStyle(kit, LOOK.title, 'Bold') }), fonts);
	builder.addText(title);
	builder.pushStyle(new kit.TextStyle({ fontSize: LOOK.padding / 3, heightMultiplier: 1 }));
	builder.addText('\n\n');
	builder.pushStyle(new kit.TextStyle(textStyle(kit, LOOK.description, 'Normal')));
	builder.addText(description);
	const paragraph = builder.build();
	const left = LOOK.bar.width + LOOK.padding;
	paragraph.layout(WIDTH - left - 2 * LOOK.padding);
	// The text sits at the bottom, as on a card; a long title pushes it up to the top padding, no further.
	canvas.drawParagraph(paragraph, left, Math.max(LOOK.padding, HEIGHT - LOOK.padding - paragraph.getHeight()));
	const pixels = canvas.readPixels(0, 0, {
		width: WIDTH,
		height: HEIGHT,
		colorType: kit.ColorType.RGBA_8888,
		alphaType: kit.AlphaType.Unpremul,
		colorSpace: kit.ColorSpace.SRGB,
	});
	paragraph.delete();
	builder.delete();
	bar.delete();
	surface.dispose();
	if (!(pixels instanceof Uint8Array)) throw new Error('CanvasKit could not read the pixels back');
	return pixels;
}

/**
 * One preview as a PNG.
 * @param {Preview} preview
 */
export async function drawPreview(preview) {
	const pixels = await drawPixels(preview);
	return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } })
		.removeAlpha()
		.png(LOOK.png)
		.toBuffer();
}
