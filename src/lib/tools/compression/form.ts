/**
 * The compression chooser's questions: the form as typed, its codecs (the health check has none:
 * it is never put in the link or stored), and the choices' labels.
 */
import { numberTextCodec, oneOfCodec, type PartialCodecs } from '../../persisted-state';
import type { ToolShape } from '../contract';
// The light modules of the situation model only: this file loads before the form is touched.
import { HEALTH_LABELS, WARNING_LABELS, type HealthCondition, type WarningSign } from '../../situation/health';

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
/** Areas whose garments are sized at the calf, so the calf measurement is needed. */
export const LOWER_LEG_AREAS: readonly Area[] = ['calf-shin', 'ankle'];

export const STYLES = ['either', 'sleeve', 'sock'] as const;
export type Style = (typeof STYLES)[number];
export const STYLE_LABELS: Record<Style, string> = { either: 'No preference', sleeve: 'Sleeve', sock: 'Sock' };

export const UNITS = ['cm', 'in'] as const;
export type Unit = (typeof UNITS)[number];
export const UNIT_LABELS: Record<Unit, string> = { cm: 'Centimetres (cm)', in: 'Inches (in)' };

/**
 * The health check, from the situation model's one list: 'calf-swelling' is a warning sign (possible
 * clot: urgent, as the quiz treats it); the others are reasons to see a clinician before any
 * compression. 'none' is the "no" answer.
 */
export const SCREEN_ANSWERS = [
	'calf-swelling',
	'artery-disease',
	'diabetes-neuropathy',
	'clot-or-blood-thinners',
	'heart-failure',
	'skin-wound',
	'none',
] as const satisfies readonly (HealthCondition | WarningSign | 'none')[];
export type ScreenAnswer = (typeof SCREEN_ANSWERS)[number];
export type ScreenCondition = Exclude<ScreenAnswer, 'none'>;
export const SCREEN_LABELS: Record<ScreenAnswer, string> = {
	'calf-swelling': WARNING_LABELS['calf-swelling'],
	'artery-disease': HEALTH_LABELS['artery-disease'],
	'diabetes-neuropathy': HEALTH_LABELS['diabetes-neuropathy'],
	'clot-or-blood-thinners': HEALTH_LABELS['clot-or-blood-thinners'],
	'heart-failure': HEALTH_LABELS['heart-failure'],
	'skin-wound': HEALTH_LABELS['skin-wound'],
	none: HEALTH_LABELS.none,
};

export interface CompressionForm {
	purpose: Purpose;
	area: Area;
	style: Style;
	unit: Unit;
	calf: string;
	ankle: string;
	length: string;
	shoe: string;
	/** Health answers: in memory on the page only. */
	screen: ScreenAnswer[];
}

export const COMPRESSION_DEFAULTS: CompressionForm = {
	purpose: 'recovery',
	area: 'calf-shin',
	style: 'either',
	unit: 'cm',
	calf: '',
	ankle: '',
	length: '',
	shoe: '',
	screen: [],
};

export const COMPRESSION_CODECS: PartialCodecs<CompressionForm> = {
	purpose: oneOfCodec(PURPOSES),
	area: oneOfCodec(AREAS),
	style: oneOfCodec(STYLES),
	unit: oneOfCodec(UNITS),
	calf: numberTextCodec(),
	ankle: numberTextCodec(),
	length: numberTextCodec(),
	shoe: numberTextCodec(),
};

/** v2: the ankle became optional and the calf comes first. */
export const COMPRESSION_STORAGE_KEY = 'runner-recovery:compression:v2';

export type CompressionField = 'purpose' | 'area' | 'style' | 'unit' | 'calf' | 'ankle' | 'length' | 'shoe' | 'screen';
export const COMPRESSION_FIELD_ORDER: readonly CompressionField[] = [
	'screen',
	'purpose',
	'area',
	'style',
	'unit',
	'calf',
	'ankle',
	'length',
	'shoe',
];

/** The chooser's shape: what the form needs before the logic loads. */
export const COMPRESSION_SHAPE: ToolShape<CompressionForm, CompressionField> = {
	id: 'compression',
	storageKey: COMPRESSION_STORAGE_KEY,
	codecs: COMPRESSION_CODECS,
	sensitive: ['screen'],
	defaults: COMPRESSION_DEFAULTS,
	fieldOrder: COMPRESSION_FIELD_ORDER,
	// "Did you measure in inches?" is about the unit as much as the number.
	messageDependsOn: { calf: ['unit'], ankle: ['unit'], length: ['unit'] },
};
