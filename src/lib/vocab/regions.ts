/** Body regions. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */

/** Body regions a method targets. The quiz asks about the same regions. */
export const REGIONS = [
	'feet',
	'ankles',
	'calves-shins',
	'knees',
	'it-band',
	'quads',
	'hamstrings',
	'hips-glutes',
	'back',
	'whole-body',
	'skin',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
	feet: 'Feet and arches',
	ankles: 'Ankles',
	'calves-shins': 'Calves and shins',
	knees: 'Knees',
	'it-band': 'IT band and outer thigh',
	quads: 'Quads',
	hamstrings: 'Hamstrings',
	'hips-glutes': 'Hips and glutes',
	back: 'Lower back',
	'whole-body': 'Whole body',
	skin: 'Skin and chafing',
};
