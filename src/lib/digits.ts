/**
 * Digits and separators other than ASCII that phones' keyboards type: Arabic-Indic (٠-٩), Persian
 * (۰-۹) and full-width (０-９), the Arabic decimal and thousands separators (٫ ٬) and full-width
 * punctuation. Each becomes its ASCII twin before a number or a time is read (src/lib/parse-number.ts,
 * src/lib/clock.ts), so "٧٫٥" is 7.5, "۰۶:۳۰" is 06:30, and "１,０００" meets the same thousands rule
 * as "1,000". Its own module so the clock, which the sleep tool loads up front, stays small.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0xff10];
const SEPARATORS: Record<string, string> = { '٫': '.', '٬': ',', '，': ',', '．': '.', '：': ':', '－': '-', '\u3000': ' ' };

export function toAsciiDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19٫٬，．：－\u3000]/g, (ch) => {
		const code = ch.charCodeAt(0);
		const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
		return zero === undefined ? SEPARATORS[ch]! : String(code - zero);
	});
}
