/**
 * The compression-gear chooser: which garment, what pressure, what size, and whether pneumatic
 * boots are worth it, for one runner's purpose and legs.
 *
 * What is asked: the purpose (recovery after runs, wearing during runs, long travel, overnight,
 * all-day standing), the body area, a sleeve-or-sock preference, the ankle at its narrowest and the
 * calf at its widest (cm or inches), optionally shoe size and heel-to-knee length, and a health
 * screen.
 *
 * How the answer is computed, in this order:
 *  1. The health screen. Any "yes" (peripheral arterial disease or calf pain on walking that eases
 *     with rest, diabetes with numb feet, a past clot, heart failure, a skin infection or open wound)
 *     overrides everything: no garment, no pressure class and no boots until a clinician has checked.
 *     Those conditions are the cautions and contraindications that compression makers, a hosiery
 *     guideline and boot makers publish (sources in SCREEN_REASONS).
 *  2. The garment follows from purpose x area x preference (GARMENT rules below), with whether a
 *     recovery, performance or everyday garment suits the purpose.
 *  3. The pressure is 15-20 mmHg for every healthy runner: the compression meta-analysis found that
 *     pressure (<15 vs >=15 mmHg) did not change the benefit (Brown 2017), 15-20 is sold over the
 *     counter (Sigvaris level 1), and 20 mmHg and above needs a clinician (Sigvaris; Mayo Clinic
 *     store; Derbyshire JAPC guideline: above 20 mmHg needs an ankle-pressure check).
 *  4. The size comes from SIZE_BANDS, looked up in the unit the runner measured in.
 *  5. The boots verdict: a small soreness effect, 20-30 minute sessions, a costly device, and the
 *     makers' list of when not to.
 *
 * Published recommendations: the pressure classes and what they are for (Sigvaris, Mayo Clinic
 * store, German RAL classes), the default of 15-20 mmHg and the clinician gate above 20 mmHg, how
 * to measure (morning, standing, on the skin; ankle narrowest, calf widest, heel to knee crease),
 * the garment and boot contraindications, and the effect sizes quoted.
 *
 * This site's rules of thumb (not published by anyone; say so wherever they show):
 *  - SIZE_BANDS: brand-neutral calf bands derived from the one numeric chart found (CEP's, quoted on
 *    a 2011 blog), renamed so they cannot be mistaken for any brand's letters. Brands differ; the
 *    brand's own chart wins.
 *  - Between two sizes, measure again and then take the larger size.
 *  - LEG_LIMITS_CM: the widest range of measurements the tool accepts as a human leg, and the rule
 *    that a value outside it which would fit in the other unit is probably a unit mix-up.
 *  - Which garment suits which purpose and area, where the evidence does not say.
 *
 * Pure: no DOM, no Preact. Takes the raw strings of the form; returns a typed result or typed
 * per-field errors; never throws.
 */
import { parseNumber, parseOptionalNumber } from './parse-number';

// ---------------------------------------------------------------------------------------------
// Choices

export const PURPOSES = ['recovery', 'during-runs', 'travel', 'overnight', 'standing'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const PURPOSE_LABELS: Record<Purpose, string> = {
	recovery: 'Recovery after runs',
	'during-runs': 'Wearing during runs',
	travel: 'Long travel',
	overnight: 'Overnight',
	standing: 'All-day standing',
};

export const AREAS = ['calf-shin', 'ankle', 'knee', 'thigh', 'arm'] as const;
export type Area = (typeof AREAS)[number];
export const AREA_LABELS: Record<Area, string> = {
	'calf-shin': 'Calf and shin',
	ankle: 'Ankle',
	knee: 'Knee',
	thigh: 'Thigh',
	arm: 'Arm',
};
/** Areas whose garments are sized by ankle and calf, so the measurements are needed. */
export const LOWER_LEG_AREAS: readonly Area[] = ['calf-shin', 'ankle'];

export const STYLES = ['either', 'sleeve', 'sock'] as const;
export type Style = (typeof STYLES)[number];
export const STYLE_LABELS: Record<Style, string> = { either: 'No preference', sleeve: 'Sleeve', sock: 'Sock' };

export const UNITS = ['cm', 'in'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_LABELS: Record<Unit, string> = { cm: 'Centimetres (cm)', in: 'Inches (in)' };

/** Exact by definition. */
export const CM_PER_INCH = 2.54;

export const SCREEN_CONDITIONS = ['pad', 'diabetes-numb-feet', 'past-clot', 'heart-failure', 'skin'] as const;
export type ScreenCondition = (typeof SCREEN_CONDITIONS)[number];
/** The screen's "no" answer; a condition ticked alongside it still counts (the safe reading). */
export const SCREEN_NONE = 'none';
export const SCREEN_LABELS: Record<ScreenCondition, string> = {
	pad: 'Known peripheral arterial disease, or calf pain on walking that eases with rest',
	'diabetes-numb-feet': 'Diabetes with numb feet',
	'past-clot': 'A past blood clot (DVT or pulmonary embolism)',
	'heart-failure': 'Heart failure',
	skin: 'A skin infection or open wound where the garment would go',
};

// ---------------------------------------------------------------------------------------------
// Sources

export interface Source {
	label: string;
	/** DOI, PubMed/PMC or the page itself; absent where the evidence notes give no address. */
	url?: string;
}

/** Every source a reason can name. Addresses as given in the evidence notes (research/evidence.md §1, §3, §5). */
export const SOURCES = {
	brown2017: { label: 'Brown et al. 2017, Sports Medicine (meta-analysis, 23 studies)', url: 'https://doi.org/10.1007/s40279-017-0728-9' },
	negyesi2022: { label: 'Négyesi et al. 2022, Sports Medicine (meta-analysis, 19 trials)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9388468/' },
	sigvaris: { label: 'Sigvaris, compression levels and indications', url: 'https://shopsigvaris.com/pages/compression-levels' },
	mayo: { label: 'Mayo Clinic Store, how to measure for compression stockings', url: 'https://store.mayoclinic.com/how-to-measure-for-compression-stockings' },
	measuring: { label: 'Compression makers’ measuring guides (Mayo Clinic Store, Sigvaris)' },
	derbyshire: { label: 'Derbyshire JAPC compression hosiery guideline' },
	ral: { label: 'German RAL compression classes (as listed by vitego-shop.de)' },
	cep2011: { label: 'CEP calf-size chart, quoted on socksaddicts.wordpress.com (2011)' },
	swiftwick: { label: 'Swiftwick, how to ensure your socks fit correctly', url: 'https://swiftwick.com/blogs/news/how-to-ensure-your-socks-fit-correctly' },
	moveo: { label: 'moveo.ca, a retailer’s summary of CEP and 2XU advice (second-hand)' },
	wisniowski2022: { label: 'Wiśniowski et al. 2022, J Clin Med (meta-analysis, 12 studies)', url: 'https://doi.org/10.3390/jcm11082077' },
	maia2024: { label: 'Maia et al. 2024, Biology of Sport (meta-analysis, 17 studies)', url: 'https://doi.org/10.5114/biolsport.2024.133665' },
	wiecha2021: { label: 'Wiecha et al. 2021, BMC Sports Sci Med Rehabil (randomised trial)', url: 'https://doi.org/10.1186/s13102-021-00373-2' },
	fda2016: { label: 'FDA 510(k) K160608, NormaTec Pulse', url: 'https://510k.innolitics.com/search/K160608' },
	tririg: { label: 'TriRig review of NormaTec (maker’s advice, second-hand)' },
	bootMakers: { label: 'Boot makers’ and clinics’ contraindication lists (Therabody, Hyperice, physio clinics)' },
	redFlags: { label: 'This site’s red flags page', url: '/red-flags/' },
	site: { label: 'This site’s rule of thumb' },
	notFound: { label: 'Not found in this site’s evidence review' },
} as const satisfies Record<string, Source>;
export type SourceId = keyof typeof SOURCES;

/** One sentence of the answer and where it comes from. */
export interface Reason {
	text: string;
	source: SourceId;
}

// ---------------------------------------------------------------------------------------------
// Pressure

/** The default for healthy runners. Brown 2017 (pressure did not moderate the benefit); Sigvaris level 1. */
export const DEFAULT_PRESSURE = '15–20 mmHg';

/** Above this (mmHg), only on a clinician's advice. Derbyshire JAPC: above 20 mmHg needs an ABPI; Sigvaris and Mayo: doctor oversight for 20-30 and up. */
export const CLINICIAN_ABOVE_MMHG = 20;

export interface PressureClass {
	range: string;
	use: string;
	clinician: boolean;
	source: SourceId;
}

/** US-style classes as Sigvaris lists them (8-15 to 40-50 mmHg); the uses are Sigvaris's and Mayo's. */
export const PRESSURE_CLASSES: readonly PressureClass[] = [
	{ range: '8–15 mmHg', use: 'Light, sold over the counter (the Mayo Clinic store puts over-the-counter products at about 8–20 mmHg).', clinician: false, source: 'mayo' },
	{ range: '15–20 mmHg', use: 'Level 1: tired, heavy legs, long standing or sitting, travel. Over the counter. This site’s default for healthy runners.', clinician: false, source: 'sigvaris' },
	{ range: '20–30 mmHg', use: 'Level 2, the most often prescribed: varicose veins with mild swelling, after vein treatment, after a clot.', clinician: true, source: 'sigvaris' },
	{ range: '30–40 mmHg', use: 'Level 3: moderate swelling, lymphoedema, after fractures or orthopaedic surgery.', clinician: true, source: 'sigvaris' },
	{ range: '40–50 mmHg', use: 'Also listed by Sigvaris; like every class above 20 mmHg, only with a clinician.', clinician: true, source: 'sigvaris' },
];

/** German RAL classes use different bands: never mix them with the US-style ranges above. */
export const RAL_NOTE: Reason = {
	text: 'German RAL classes use different bands (CCL1 18–21, CCL2 23–32, CCL3 34–46, CCL4 49 mmHg and above): don’t mix them with the ranges above.',
	source: 'ral',
};

// ---------------------------------------------------------------------------------------------
// Sizing

export interface Band {
	min: number;
	max: number;
}

export interface SizeBand {
	id: 'small' | 'medium' | 'large' | 'extra-large';
	label: string;
	/** Calf at its widest, inclusive, in centimetres. */
	cm: Band;
	/** Calf at its widest, inclusive, in inches. */
	in: Band;
}

/**
 * This site's brand-neutral calf bands (a rule of thumb, not any brand's chart).
 *
 * Derived from the only numeric chart in the evidence notes: CEP's calf bands in inches (sizes
 * II-V: 9.5-12.25, 12.5-15, 15.25-17.5, 17.75-20), quoted on socksaddicts.wordpress.com on
 * 2011-04-20. The inch bands are CEP's; each cm edge is the inch edge x 2.54 rounded to the nearest
 * 0.5 cm (a unit test checks this). The gaps between bands (e.g. 31-32 cm, 12.25-12.5 in) are
 * "between sizes". Lookups use the unit the runner measured in, so no edge moves in conversion.
 */
export const SIZE_BANDS: readonly SizeBand[] = [
	{ id: 'small', label: 'Small calf', cm: { min: 24, max: 31 }, in: { min: 9.5, max: 12.25 } },
	{ id: 'medium', label: 'Medium calf', cm: { min: 32, max: 38 }, in: { min: 12.5, max: 15 } },
	{ id: 'large', label: 'Large calf', cm: { min: 38.5, max: 44.5 }, in: { min: 15.25, max: 17.5 } },
	{ id: 'extra-large', label: 'Extra-large calf', cm: { min: 45, max: 51 }, in: { min: 17.75, max: 20 } },
];

/**
 * The widest measurements the tool accepts as a human runner's leg, in cm (this site's rule of
 * thumb, deliberately generous: swollen or very muscular legs included). A value outside these that
 * would fit in the other unit is treated as a probable unit mix-up and the runner is asked.
 */
export const LEG_LIMITS_CM = {
	ankle: { min: 12, max: 50 },
	calf: { min: 20, max: 80 },
	length: { min: 25, max: 65 },
} as const satisfies Record<string, Band>;

/** Shoe sizes are only echoed (UK, US and EU all fit). */
export const SHOE_LIMITS: Band = { min: 1, max: 55 };

// ---------------------------------------------------------------------------------------------
// Result types

export const GARMENTS = [
	'calf-sleeve',
	'running-sock',
	'recovery-sock',
	'everyday-sock',
	'ankle-sleeve',
	'knee-sleeve',
	'thigh-sleeve',
	'arm-sleeve',
] as const;
export type Garment = (typeof GARMENTS)[number];
export const GARMENT_LABELS: Record<Garment, string> = {
	'calf-sleeve': 'Calf sleeve',
	'running-sock': 'Knee-high running compression sock',
	'recovery-sock': 'Knee-high recovery sock',
	'everyday-sock': 'Knee-high everyday (travel and standing) compression sock',
	'ankle-sleeve': 'Ankle sleeve',
	'knee-sleeve': 'Knee sleeve',
	'thigh-sleeve': 'Thigh sleeve',
	'arm-sleeve': 'Arm sleeve',
};
/** Garments that cover the calf and so are sized from SIZE_BANDS. */
export const CALF_SIZED: readonly Garment[] = ['calf-sleeve', 'running-sock', 'recovery-sock', 'everyday-sock'];
const SOCKS: readonly Garment[] = ['running-sock', 'recovery-sock', 'everyday-sock'];

export type GarmentKind = 'recovery' | 'performance' | 'everyday';
export const GARMENT_KIND_LABELS: Record<GarmentKind, string> = {
	recovery: 'a recovery garment',
	performance: 'a performance (running) garment',
	everyday: 'an everyday travel-and-standing garment',
};

export interface Measurement {
	/** As typed, in the runner's unit. */
	value: number;
	unit: Unit;
	cm: number;
	/** "38 cm (15 in)": the runner's unit first. */
	text: string;
}

export type SizeAdvice =
	| { kind: 'size'; band: SizeBand; reasons: Reason[] }
	| { kind: 'between'; lower: SizeBand; upper: SizeBand; reasons: Reason[] }
	| { kind: 'below-table' | 'above-table' | 'brand-chart'; reasons: Reason[] };

export type BootsVerdict = 'optional' | 'not-for-this-purpose' | 'not-until-checked';

export interface BootsAdvice {
	verdict: BootsVerdict;
	summary: string;
	reasons: Reason[];
}

export interface GearAdvice {
	kind: 'advice';
	purpose: Purpose;
	area: Area;
	garment: { id: Garment; label: string; kind: GarmentKind; reasons: Reason[] };
	pressure: { mmHg: string; reasons: Reason[]; classes: readonly PressureClass[]; note: Reason };
	/** Present for calf and ankle garments (the measurements were taken). */
	measurements?: { ankle: Measurement; calf: Measurement; length?: Measurement; shoe?: number };
	size: SizeAdvice;
	howToMeasure: Reason[];
	boots: BootsAdvice;
}

export interface ClinicianFirst {
	kind: 'see-clinician';
	conditions: ScreenCondition[];
	reasons: Reason[];
	boots: BootsAdvice;
}

export type ChooserResult = GearAdvice | ClinicianFirst;

export type Field = 'purpose' | 'area' | 'style' | 'unit' | 'screen' | 'ankle' | 'calf' | 'shoe' | 'length';

export interface FieldError {
	message: string;
	/** Set when the value looks like it was measured in the other unit: the island offers a switch. */
	suggestUnit?: Unit;
}

export type FieldErrors = Partial<Record<Field, FieldError>>;

export type ChooserOutcome = { ok: true; result: ChooserResult } | { ok: false; errors: FieldErrors };

/** The raw form: strings as typed, the screen as the ticked ids. */
export interface ChooserInput {
	purpose: string;
	area: string;
	style: string;
	unit: string;
	ankle: string;
	calf: string;
	shoe: string;
	length: string;
	screen: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Health screen

/** Why each "yes" means no compression until a clinician has checked. */
export const SCREEN_REASONS: Record<ScreenCondition, Reason[]> = {
	pad: [
		{
			text: 'Compression presses on the arteries too, and a leg whose arteries already struggle can be starved of blood. Compression makers list arterial insufficiency, calf pain on walking (intermittent claudication) and ischaemia as cautions.',
			source: 'sigvaris',
		},
		{
			text: 'A hosiery guideline says no compression at all with a history or signs of peripheral arterial disease, and an ankle-pressure test (ABPI) before anything above 20 mmHg.',
			source: 'derbyshire',
		},
		{ text: 'Calf pain on walking that eases with rest can be a sign of artery disease: get it checked before any compression.', source: 'redFlags' },
	],
	'diabetes-numb-feet': [
		{
			text: 'With numb feet you may not feel a garment that is too tight or rubbing, and new numbness, tingling or a cold, pale foot is the sign to stop that everyone else relies on.',
			source: 'redFlags',
		},
		{
			text: 'A hosiery guideline counts up to 20 mmHg as safe only for people without risk factors; a clinician can check your circulation first (an ankle-pressure test, ABPI).',
			source: 'derbyshire',
		},
		{ text: 'Boot makers list severe nerve damage (neuropathy) as a reason not to use boots.', source: 'bootMakers' },
	],
	'past-clot': [
		{
			text: 'After a clot, compression is a medical treatment: the firmer classes are prescribed for DVT and post-thrombotic syndrome under a doctor.',
			source: 'sigvaris',
		},
		{ text: 'Boot makers say no boots with a known or suspected clot (DVT, pulmonary embolism or thrombophlebitis).', source: 'bootMakers' },
		{ text: 'A new swollen, warm, painful calf on one side must never be squeezed, rolled or massaged: see a clinician.', source: 'redFlags' },
	],
	'heart-failure': [
		{ text: 'Compression makers list uncontrolled heart failure as a caution.', source: 'sigvaris' },
		{ text: 'Boot makers list uncontrolled heart failure and fluid on the lungs as reasons not to use boots.', source: 'bootMakers' },
	],
	skin: [
		{
			text: 'Compression makers list skin infection, weeping or inflamed skin and leg infection as cautions.',
			source: 'sigvaris',
		},
		{ text: 'Boot makers say no boots over cellulitis, inflamed skin or a wound.', source: 'bootMakers' },
		{ text: 'A hot, red, swollen area, especially with a fever, needs a clinician first.', source: 'redFlags' },
	],
};

const CLINICIAN_FIRST: Reason = {
	text: 'Please don’t use compression garments or boots until a clinician has checked you. Tell them what you want compression for: they can say whether it is safe, and prescribe the pressure and fit if it is.',
	source: 'site',
};

// ---------------------------------------------------------------------------------------------
// Garment rules (this site's rule of thumb where the evidence is silent)

const PURPOSE_KIND: Record<Purpose, GarmentKind> = {
	recovery: 'recovery',
	overnight: 'recovery',
	'during-runs': 'performance',
	travel: 'everyday',
	standing: 'everyday',
};

const SOCK_FOR: Record<GarmentKind, Garment> = { recovery: 'recovery-sock', performance: 'running-sock', everyday: 'everyday-sock' };

function pickGarment(purpose: Purpose, area: Area, style: Style): Garment {
	const kind = PURPOSE_KIND[purpose];
	if (area === 'knee') return 'knee-sleeve';
	if (area === 'thigh') return 'thigh-sleeve';
	if (area === 'arm') return 'arm-sleeve';
	// Travel and standing: the published 15-20 mmHg use is leg hosiery that covers foot, ankle and calf.
	if (kind === 'everyday') return 'everyday-sock';
	if (area === 'ankle') return style === 'sock' ? SOCK_FOR[kind] : 'ankle-sleeve';
	if (style === 'sleeve') return 'calf-sleeve';
	if (style === 'sock') return SOCK_FOR[kind];
	// No preference: the makers' recovery garment is the sock; on the run a sleeve keeps your own socks.
	return kind === 'recovery' ? 'recovery-sock' : 'calf-sleeve';
}

const PURPOSE_REASONS: Record<Purpose, Reason[]> = {
	recovery: [
		{
			text: 'Worn after exercise, compression garments gave a small-to-moderate benefit across 23 studies (overall effect size 0.38), mostly in soreness and feeling less fatigued.',
			source: 'brown2017',
		},
		{ text: 'Whether they help strength come back is mixed: a later meta-analysis of 19 trials found no strength-sparing effect.', source: 'negyesi2022' },
	],
	'during-runs': [
		{
			text: 'The trials behind compression tested it for recovery. Whether wearing it during a run helps you is unknown: wear it if it feels good, not for speed.',
			source: 'brown2017',
		},
	],
	travel: [
		{ text: '15–20 mmHg is the level makers list for travel and long sitting.', source: 'sigvaris' },
		{
			text: 'Long-haul travel after a race raises the risk of a clot: a swollen, warm, red or painful calf on one side afterwards needs a clinician, not a tighter sock.',
			source: 'redFlags',
		},
	],
	standing: [{ text: '15–20 mmHg is the level makers list for tired, heavy legs and long standing.', source: 'sigvaris' }],
	overnight: [
		{ text: 'We found no trial of sleeping in compression and no maker’s advice on it: whether it helps overnight is unknown.', source: 'notFound' },
		{
			text: 'If you try it, use a 15–20 mmHg recovery sock and take it off at once if your foot goes numb, tingles, or turns cold or pale.',
			source: 'redFlags',
		},
	],
};

function garmentNotes(purpose: Purpose, area: Area, style: Style, garment: Garment): Reason[] {
	const notes: Reason[] = [];
	const kind = PURPOSE_KIND[purpose];
	if (garment === 'calf-sleeve' && kind === 'recovery')
		notes.push({
			text: 'Some makers (CEP and 2XU, per a retailer) make separate recovery socks and don’t advise their calf sleeves for recovery: a knee-high recovery sock is the usual choice.',
			source: 'moveo',
		});
	if (garment === 'calf-sleeve' && style === 'either' && kind === 'performance')
		notes.push({ text: 'A knee-high running sock does the same job; a sleeve lets you keep your usual running socks.', source: 'site' });
	if (kind === 'everyday' && LOWER_LEG_AREAS.includes(area) && style === 'sleeve')
		notes.push({ text: 'For travel and standing, a sock rather than a sleeve: it covers the foot and ankle as well as the calf.', source: 'site' });
	if (style === 'sock' && (area === 'knee' || area === 'thigh' || area === 'arm'))
		notes.push({ text: `No sock reaches the ${AREA_LABELS[area].toLowerCase()}: a sleeve is the garment for it.`, source: 'site' });
	if (kind === 'everyday' && !LOWER_LEG_AREAS.includes(area))
		notes.push({ text: 'The 15–20 mmHg travel and standing level is described for leg hosiery, not for sleeves on other areas.', source: 'sigvaris' });
	if (area === 'knee' || area === 'thigh' || area === 'arm')
		notes.push({
			text: 'The recovery trials pooled many kinds of garment; the notes we rely on don’t break the benefit down by body part, so for this area it is unknown.',
			source: 'brown2017',
		});
	return notes;
}

// ---------------------------------------------------------------------------------------------
// Pressure, boots, measuring

const PRESSURE_REASONS: Reason[] = [
	{
		text: 'In the meta-analysis of 23 studies, firmer garments (15 mmHg or more against less) did not change the benefit, so there is nothing to gain from going tighter.',
		source: 'brown2017',
	},
	{ text: '15–20 mmHg is sold over the counter for tired legs, travel and standing, without medical advice.', source: 'sigvaris' },
	{
		text: '20–30 mmHg and above only on a clinician’s advice: makers recommend doctor oversight, and a guideline asks for an ankle-pressure test (ABPI) before anything above 20 mmHg.',
		source: 'derbyshire',
	},
];

const SLEEVE_PRESSURE: Reason = {
	text: 'Where the maker states a pressure, pick 15–20 mmHg. If a sleeve states none, go by fit: snug, never numb or tingling.',
	source: 'site',
};

const BOOT_EVIDENCE: Reason[] = [
	{
		text: 'A small drop in soreness (standardised mean difference −0.33 across 12 studies, 322 people), with no change in jump height or the muscle-damage marker CK.',
		source: 'wisniowski2022',
	},
	{ text: 'A second meta-analysis (17 studies): a trivial-to-small effect on muscle function and a trivial-to-moderate one on pain.', source: 'maia2024' },
	{ text: 'One randomised trial of 30-minute sessions after 100 drop jumps found no benefit.', source: 'wiecha2021' },
	{ text: 'Sessions: 20–30 minutes is what studies most often used.', source: 'maia2024' },
	{ text: 'NormaTec’s own advice is at least 30 minutes a day.', source: 'tririg' },
	{ text: 'Cost: a home system is one of the priciest recovery purchases; some clinics sell single sessions.', source: 'site' },
	{ text: 'We have no verified price, and no verified boot pressures in mmHg.', source: 'notFound' },
	{ text: 'The sports models are cleared as massagers for minor aches, for people in good health, not as treatment.', source: 'fda2016' },
	{
		text: 'When not to: a known or suspected clot, skin infection or inflammation, heart failure or fluid on the lungs, artery disease, severe nerve damage, a fracture or wound where the boot goes, or pain nobody has explained.',
		source: 'bootMakers',
	},
];

function bootsAdvice(purpose: Purpose): BootsAdvice {
	if (purpose === 'recovery' || purpose === 'overnight')
		return {
			verdict: 'optional',
			summary:
				purpose === 'overnight'
					? 'Boots are a 20–30 minute session, not something to sleep in. As a recovery session they are optional: a small soreness benefit, worth it only if you have easy access and enjoy it.'
					: 'Optional: a small soreness benefit and nothing measurable for performance. Worth it if you have easy access (a club, clinic or studio) and enjoy it; not worth buying for recovery alone if money is tight.',
			reasons: BOOT_EVIDENCE,
		};
	return {
		verdict: 'not-for-this-purpose',
		summary: `Not for this: boots are a seated session after exercise, not something you wear ${purpose === 'during-runs' ? 'on the run' : purpose === 'travel' ? 'while travelling' : 'while standing'}.`,
		reasons: BOOT_EVIDENCE,
	};
}

const BOOTS_AFTER_SCREEN: BootsAdvice = {
	verdict: 'not-until-checked',
	summary: 'No boots either until a clinician has checked: the conditions you ticked are on the boot makers’ lists of reasons not to use them.',
	reasons: [BOOT_EVIDENCE[BOOT_EVIDENCE.length - 1] as Reason],
};

export const HOW_TO_MEASURE: readonly Reason[] = [
	{ text: 'Measure in the morning, before the day’s swelling.', source: 'mayo' },
	{ text: 'Stand, and put the tape straight on the skin.', source: 'measuring' },
	{ text: 'Ankle: at its narrowest. Calf: at its widest.', source: 'measuring' },
	{ text: 'Knee-highs also need the length from the floor at the heel to the crease behind the knee.', source: 'sigvaris' },
];

// ---------------------------------------------------------------------------------------------
// Numbers

const round1 = (n: number) => Math.round(n * 10) / 10;
const toCm = (value: number, unit: Unit) => (unit === 'cm' ? value : value * CM_PER_INCH);
const fmt = (n: number) => String(round1(n));

function measurement(value: number, unit: Unit): Measurement {
	const cm = toCm(value, unit);
	const other = unit === 'cm' ? `${fmt(cm / CM_PER_INCH)} in` : `${fmt(cm)} cm`;
	return { value, unit, cm, text: `${fmt(value)} ${unit} (${other})` };
}

const LENGTH_NAMES = { ankle: 'Ankle', calf: 'Calf', length: 'Heel-to-knee length' } as const;
const PART_NAMES = { ankle: 'ankle', calf: 'calf', length: 'heel-to-knee length' } as const;

/** A typed leg measurement: a number, in human range, or a message (with a unit suggestion for an obvious mix-up). */
function readLength(
	raw: string,
	field: keyof typeof LEG_LIMITS_CM,
	unit: Unit,
	optional: boolean,
): { ok: true; value: number | undefined } | { ok: false; error: FieldError } {
	const label = LENGTH_NAMES[field];
	const spec = { label, min: -Infinity, max: Infinity, unit };
	const parsed = optional ? parseOptionalNumber(raw, spec) : parseNumber(raw, spec);
	if (!parsed.ok) return { ok: false, error: { message: parsed.error } };
	const value = parsed.value;
	if (value === undefined) return { ok: true, value };
	const limits = LEG_LIMITS_CM[field];
	const cm = toCm(value, unit);
	if (cm >= limits.min && cm <= limits.max) return { ok: true, value };
	const other: Unit = unit === 'cm' ? 'in' : 'cm';
	const asOther = toCm(value, other);
	const range = `${limits.min} to ${limits.max} cm (${fmt(limits.min / CM_PER_INCH)} to ${fmt(limits.max / CM_PER_INCH)} in)`;
	if (value > 0 && asOther >= limits.min && asOther <= limits.max) {
		const message =
			unit === 'cm'
				? `${label} of ${fmt(value)} cm is smaller than any runner’s ${PART_NAMES[field]}. Did you measure in inches? ${fmt(value)} in is ${fmt(asOther)} cm: switch the unit to inches if so.`
				: `${label} of ${fmt(value)} in (${fmt(cm)} cm) is larger than any runner’s ${PART_NAMES[field]}. Did you measure in centimetres? Switch the unit to cm if so.`;
		return { ok: false, error: { message, suggestUnit: other } };
	}
	return {
		ok: false,
		error: { message: `${label} of ${fmt(value)} ${unit} is not a measurement a human leg has: this tool takes ${range}.` },
	};
}

/** Where a calf measurement falls in SIZE_BANDS, in the runner's own unit. */
export function sizeForCalf(value: number, unit: Unit): { kind: 'size'; band: SizeBand } | { kind: 'between'; lower: SizeBand; upper: SizeBand } | { kind: 'below-table' | 'above-table' } {
	const first = SIZE_BANDS[0] as SizeBand;
	const last = SIZE_BANDS[SIZE_BANDS.length - 1] as SizeBand;
	if (value > last[unit].max) return { kind: 'above-table' };
	if (!(value >= first[unit].min)) return { kind: 'below-table' }; // NaN lands here too
	for (let i = 0; i < SIZE_BANDS.length; i++) {
		const band = SIZE_BANDS[i] as SizeBand;
		if (value >= band[unit].min && value <= band[unit].max) return { kind: 'size', band };
		const next = SIZE_BANDS[i + 1];
		if (next && value > band[unit].max && value < next[unit].min) return { kind: 'between', lower: band, upper: next };
	}
	return { kind: 'above-table' };
}

const bandText = (band: SizeBand) =>
	`${band.label}: calf ${band.cm.min}–${band.cm.max} cm (${band.in.min}–${band.in.max} in)`;

const BRAND_WINS: Reason = {
	text: 'This is this site’s brand-neutral rule of thumb, derived from one brand’s published calf bands. Sizes vary by brand: the brand’s own chart wins.',
	source: 'cep2011',
};
const BETWEEN_RULE: Reason = {
	text: 'Between two sizes, measure again (morning, standing, on the skin). Still between? Take the larger size: too tight can cause numbness or tingling, and firmer pressure brought no extra benefit.',
	source: 'site',
};

function sizeAdvice(garment: Garment, m: NonNullable<GearAdvice['measurements']>): SizeAdvice {
	const sock = SOCKS.includes(garment);
	const extra: Reason[] = [];
	if (sock) {
		extra.push({
			text: `Sock charts often go by ankle and shoe size too (Sigvaris uses shoe size, ankle and calf): check your ankle, ${m.ankle.text}${m.shoe !== undefined ? `, and shoe size ${fmt(m.shoe)}` : ''}, against the brand’s ranges. If they point to a different size from your calf, follow the brand.`,
			source: 'sigvaris',
		});
		if (m.shoe === undefined) extra.push({ text: 'Some brands size socks by shoe size alone (Swiftwick prints S–XL by shoe size): have yours ready.', source: 'swiftwick' });
		extra.push(
			m.length
				? { text: `Your heel-to-knee length, ${m.length.text}: compare it with the brand’s length for knee-highs.`, source: 'sigvaris' }
				: { text: 'Knee-highs also need your heel-to-knee-crease length: add it to compare with the brand’s chart.', source: 'sigvaris' },
		);
	}
	if (!CALF_SIZED.includes(garment))
		return {
			kind: 'brand-chart',
			reasons: [
				{
					text: `Ankle sleeves are sized at the ankle or by shoe size, depending on the brand; this site has no brand-neutral ankle table. Use the brand’s chart with your ankle, ${m.ankle.text}.`,
					source: 'site',
				},
			],
		};
	const found = sizeForCalf(m.calf.value, m.calf.unit);
	const first = SIZE_BANDS[0] as SizeBand;
	const last = SIZE_BANDS[SIZE_BANDS.length - 1] as SizeBand;
	if (found.kind === 'size')
		return { kind: 'size', band: found.band, reasons: [{ text: `Your calf, ${m.calf.text}, falls in ${bandText(found.band)}.`, source: 'site' }, BRAND_WINS, BETWEEN_RULE, ...extra] };
	if (found.kind === 'between')
		return {
			kind: 'between',
			lower: found.lower,
			upper: found.upper,
			reasons: [
				{ text: `Your calf, ${m.calf.text}, is between ${found.lower.label.toLowerCase()} and ${found.upper.label.toLowerCase()}.`, source: 'site' },
				BETWEEN_RULE,
				BRAND_WINS,
				...extra,
			],
		};
	return {
		kind: found.kind,
		reasons: [
			found.kind === 'below-table'
				? { text: `Your calf, ${m.calf.text}, is smaller than this table’s smallest band (${first.cm.min} cm, ${first.in.min} in). Look for a brand’s extra-small or junior sizes, or ask a fitter.`, source: 'site' }
				: { text: `Your calf, ${m.calf.text}, is larger than this table’s largest band (${last.cm.max} cm, ${last.in.max} in). Look for a brand’s wide-calf sizes, or ask a fitter about made-to-measure.`, source: 'site' },
			BRAND_WINS,
			...extra,
		],
	};
}

// ---------------------------------------------------------------------------------------------
// The chooser

const pick = <T extends string>(values: readonly T[], raw: unknown): T | undefined =>
	typeof raw === 'string' && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** The conditions ticked, in SCREEN_CONDITIONS order; unknown ids are ignored. */
export function screenYes(screen: unknown): ScreenCondition[] {
	const list = Array.isArray(screen) ? screen : [];
	return SCREEN_CONDITIONS.filter((c) => list.includes(c));
}

/** Inputs in, advice or per-field errors out. Never throws. */
export function chooseCompression(input: ChooserInput): ChooserOutcome {
	try {
		return choose(input);
	} catch {
		// Unreachable by design (a property test drives arbitrary input); a safe answer if it ever is.
		return { ok: false, errors: { screen: { message: 'Something went wrong: please check your answers and try again.' } } };
	}
}

function choose(input: ChooserInput): ChooserOutcome {
	// 1. The screen first: a "yes" answers the question whatever else is filled in.
	const yes = screenYes(input.screen);
	if (yes.length > 0)
		return {
			ok: true,
			result: { kind: 'see-clinician', conditions: yes, reasons: [CLINICIAN_FIRST, ...yes.flatMap((c) => SCREEN_REASONS[c])], boots: BOOTS_AFTER_SCREEN },
		};

	const errors: FieldErrors = {};
	const screenAnswered = Array.isArray(input.screen) && input.screen.includes(SCREEN_NONE);
	if (!screenAnswered) errors.screen = { message: 'Health check: tick each one that applies to you, or “None of these”.' };
	const purpose = pick(PURPOSES, input.purpose);
	if (!purpose) errors.purpose = { message: 'Purpose: choose what you want compression for.' };
	const area = pick(AREAS, input.area);
	if (!area) errors.area = { message: 'Body area: choose where you want compression.' };
	const style = pick(STYLES, input.style);
	if (!style) errors.style = { message: 'Sleeve or sock: choose one, or “No preference”.' };
	const unit = pick(UNITS, input.unit);
	if (!unit) errors.unit = { message: 'Unit: choose centimetres or inches.' };

	// 2. Measurements, only for garments sized by them.
	let measurements: GearAdvice['measurements'];
	if (area && unit && LOWER_LEG_AREAS.includes(area)) {
		const ankle = readLength(input.ankle, 'ankle', unit, false);
		const calf = readLength(input.calf, 'calf', unit, false);
		const length = readLength(input.length, 'length', unit, true);
		const shoe = parseOptionalNumber(input.shoe, {
			label: 'Shoe size',
			min: SHOE_LIMITS.min,
			max: SHOE_LIMITS.max,
			rangeHint: `Shoe size must be between ${SHOE_LIMITS.min} and ${SHOE_LIMITS.max}, as printed on your shoe (UK, US or EU)`,
		});
		if (!ankle.ok) errors.ankle = ankle.error;
		if (!calf.ok) errors.calf = calf.error;
		if (!length.ok) errors.length = length.error;
		if (!shoe.ok) errors.shoe = { message: shoe.error };
		if (ankle.ok && calf.ok && ankle.value !== undefined && calf.value !== undefined) {
			if (ankle.value >= calf.value)
				errors.ankle = {
					message: `Ankle (${fmt(ankle.value)} ${unit}) must be smaller than your calf (${fmt(calf.value)} ${unit}): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.`,
				};
			else if (length.ok && shoe.ok)
				measurements = {
					ankle: measurement(ankle.value, unit),
					calf: measurement(calf.value, unit),
					length: length.value === undefined ? undefined : measurement(length.value, unit),
					shoe: shoe.value,
				};
		}
	}

	if (Object.keys(errors).length > 0 || !purpose || !area || !style) return { ok: false, errors };

	// 3. The advice.
	const garment = pickGarment(purpose, area, style);
	const kind = PURPOSE_KIND[purpose];
	const lowerLeg = LOWER_LEG_AREAS.includes(area);
	return {
		ok: true,
		result: {
			kind: 'advice',
			purpose,
			area,
			garment: {
				id: garment,
				label: GARMENT_LABELS[garment],
				kind,
				reasons: [...PURPOSE_REASONS[purpose], ...garmentNotes(purpose, area, style, garment)],
			},
			pressure: {
				mmHg: DEFAULT_PRESSURE,
				reasons: lowerLeg ? PRESSURE_REASONS : [SLEEVE_PRESSURE, ...PRESSURE_REASONS],
				classes: PRESSURE_CLASSES,
				note: RAL_NOTE,
			},
			measurements,
			size: measurements
				? sizeAdvice(garment, measurements)
				: {
						kind: 'brand-chart',
						reasons: [
							{
								text: `This site’s size table is for calf garments only. ${AREA_LABELS[area]} sleeves are sized by the brand’s own chart: measure where the sleeve will sit, the same way (morning, on the skin).`,
								source: 'site',
							},
						],
					},
			howToMeasure: [...HOW_TO_MEASURE],
			boots: bootsAdvice(purpose),
		},
	};
}
