// @ts-check
/**
 * Draws one link-preview image (1200 x 630): the site's teal, a light bar on the left, the title in
 * bold and the description below it, in DejaVu Sans (a package in the lockfile, so nothing is
 * fetched at build time). CanvasKit (Skia in WebAssembly, no install script) lays out and draws the
 * text; indexedPng() writes it as a 16-level palette PNG. Every pixel is the teal, the bar, or text
 * anti-aliased over the teal, so one channel says how far a pixel is from teal to white: no colour
 * quantiser is needed. Measured per image on the 2-core machine (issue 24's closing note): CanvasKit's
 * own PNG 41 ms and 52 KB; sharp's 16-colour PNG from the pixels 17-35 ms and 13-16 KB; this 9 ms
 * and 18 KB, plus 7-15 ms to draw.
 *
 * Plain JavaScript because it runs in worker threads (./worker.mjs) that Node starts without a
 * bundler or a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';

export const WIDTH = 1200;
export const HEIGHT = 630;

const require = createRequire(import.meta.url);

/** The fonts, resolved in node_modules. */
export const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((f) =>
	require.resolve(f),
);

/** Everything besides the text that decides the pixels: part of every image's cache key (./cache.ts). */
export const LOOK = {
	version: 2,
	background: [11, 93, 107],
	bar: { colour: [251, 250, 247], width: 12 },
	padding: 64,
	title: { size: 64, lineHeight: 1.1, colour: [255, 255, 255] },
	description: { size: 34, lineHeight: 1.3, colour: [230, 244, 246] },
	/** Steps from teal to white for the text's anti-aliased edges, and zlib's level for the pixels. */
	png: { levels: 16, deflateLevel: 6 },
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

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(/** @type {string} */ type, /** @type {Uint8Array} */ data) {
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(typed.length + 8);
	out.writeUInt32BE(data.length, 0);
	typed.copy(out, 4);
	out.writeUInt32BE(crc32(typed), typed.length + 4);
	return out;
}

/**
 * The pixels as an 8-bit palette PNG: palette entries 0 to levels-1 run from the teal to white, and
 * the last is the bar. A pixel's green channel places it on the ramp (teal's green is 93, white's
 * 255, and the description's near-white lies on the same ramp within a step).
 * @param {Uint8Array} pixels RGBA, row by row
 */
export function indexedPng(pixels) {
	const { levels, deflateLevel } = LOOK.png;
	const bar = levels;
	const [, tealGreen = 0] = LOOK.background;
	const scale = (levels - 1) / (255 - tealGreen);
	const rows = Buffer.alloc((WIDTH + 1) * HEIGHT); // each row starts with filter type 0 (none)
	for (let y = 0; y < HEIGHT; y++) {
		const row = y * (WIDTH + 1) + 1;
		for (let x = 0; x < WIDTH; x++) {
			const green = pixels[(y * WIDTH + x) * 4 + 1] ?? 0;
			rows[row + x] = x < LOOK.bar.width ? bar : Math.max(0, Math.min(levels - 1, Math.round((green - tealGreen) * scale)));
		}
	}
	const palette = Buffer.alloc((levels + 1) * 3);
	for (let i = 0; i < levels; i++)
		for (let c = 0; c < 3; c++) {
			const teal = LOOK.background[c] ?? 0;
			palette[i * 3 + c] = Math.round(teal + (i / (levels - 1)) * (255 - teal));
		}
	palette.set(LOOK.bar.colour, levels * 3);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(WIDTH, 0);
	header.writeUInt32BE(HEIGHT, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8 bits per pixel, palette colour, deflate, no filter method, not interlaced
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('PLTE', palette),
		chunk('IDAT', deflateSync(rows, { level: deflateLevel })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/**
 * One preview as a PNG.
 * @param {Preview} preview
 */
export async function drawPreview(preview) {
	return indexedPng(await drawPixels(preview));
}
