/** Equipment. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */

/** Equipment ids; the quiz asks which of these a runner has ('none' is always available). */
export const EQUIPMENT = [
	'none',
	'foam-roller',
	'massage-stick',
	'ball',
	'ice',
	'freezer-pack',
	'bathtub',
	'hot-tub',
	'heat-pack',
	'compression-garment',
	'compression-boots',
	'bike',
	'pool',
	'clinic',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
	none: 'Nothing needed',
	'foam-roller': 'Foam roller',
	'massage-stick': 'Massage stick or handheld roller',
	ball: 'Ball (tennis, lacrosse or spiky)',
	ice: 'Ice',
	'freezer-pack': 'Cold or freezer pack',
	bathtub: 'Bathtub',
	'hot-tub': 'Hot tub',
	'heat-pack': 'Heat pack',
	'compression-garment': 'Compression socks or sleeves',
	'compression-boots': 'Compression boots',
	bike: 'Bike or indoor trainer',
	pool: 'Pool',
	clinic: 'A clinic or therapist',
};
