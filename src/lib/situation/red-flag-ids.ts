/**
 * Every /red-flags/ entry's id, as a type: a tool, a guide or a warning sign can only name a flag
 * that exists (src/lib/red-flags.ts holds the entries; a unit test checks the two lists are equal).
 */
export const RED_FLAG_ID_LIST = [
	'cardiac',
	'heat-illness',
	'hyponatraemia',
	'rhabdomyolysis',
	'clot',
	'infection',
	'numbness',
	'compartment',
	'hip-groin',
	'bone-stress',
	'rest-pain',
	'cant-bear-weight',
	'tendon-rupture',
	'cauda-equina',
	'cold-urticaria',
	'claudication',
	'sleepiness',
] as const;
export type RedFlagId = (typeof RED_FLAG_ID_LIST)[number];

/** Red flags to know in the days after a race: the after-race timeline lists these. */
export const POST_RACE_FLAGS: readonly RedFlagId[] = [
	'hyponatraemia',
	'rhabdomyolysis',
	'clot',
	'heat-illness',
	'cardiac',
	'hip-groin',
	'bone-stress',
	'cant-bear-weight',
];
