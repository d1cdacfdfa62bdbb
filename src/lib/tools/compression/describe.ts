/**
 * The chooser's answer in words: the one-line answer first ("Knee-high recovery sock · 15–20 mmHg ·
 * Medium calf, 31.8–38.1 cm (12.5–15 in)"), then what to buy (with a label checklist), the size,
 * and boots, each with its reasons in a "Why" disclosure.
 */
import { listText, type Description, type Reason, type Section } from '../contract';
import {
	BOOTS_SUMMARY,
	BOOT_REASONS,
	CLINICIAN_FIRST,
	DEFAULT_PRESSURE,
	LABEL_CHECKLIST,
	MEASURE_REASON,
	PRESSURE_REASONS,
	PURPOSE_REASONS,
	SCREEN_REASONS,
	SIZE_REASONS,
} from './advice';
import { GARMENT_LABELS, SOCKS, type CompressionResult, type GearAdvice } from './choose';
import { SCREEN_LABELS, type ScreenCondition } from './form';
import { bandRange } from './sizing';

export function describeCompression(result: CompressionResult): Description {
	switch (result.kind) {
		case 'urgent':
			return urgent(result.conditions);
		case 'see-clinician':
			return clinicianFirst(result.conditions);
		default:
			return advice(result);
	}
}

const ticked = (conditions: ScreenCondition[]) => listText(conditions.map((c) => SCREEN_LABELS[c].toLowerCase()));

function urgent(conditions: ScreenCondition[]): Description {
	return {
		headline: 'Get that calf checked today. No compression, rolling or massage on it.',
		sections: [
			{
				id: 'urgent',
				title: 'Urgent: get medical care today',
				answer:
					'A swollen, hot, red or painful calf on one side can be a blood clot. Sudden chest pain, breathlessness or coughing blood is an emergency: call for help.',
				items: [{ text: 'Red flags: a swollen calf on one side', href: '/red-flags/#clot' }],
				reasons: conditions.flatMap((c) => SCREEN_REASONS[c]),
				basis: 'published',
				tone: 'warning',
			},
		],
	};
}

function clinicianFirst(conditions: ScreenCondition[]): Description {
	return {
		headline: 'See a clinician before any compression garment or boots.',
		sections: [
			{
				id: 'clinician',
				title: 'A clinician first',
				answer: `You ticked: ${ticked(conditions)}.`,
				items: [
					{ text: 'Red flags: calf pain on walking', href: '/red-flags/#claudication' },
					{ text: 'Red flags: numbness or a cold, pale foot', href: '/red-flags/#numbness' },
				],
				reasons: [CLINICIAN_FIRST, ...conditions.flatMap((c) => SCREEN_REASONS[c])],
				basis: 'published',
				tone: 'warning',
			},
			{ id: 'boots', title: 'Boots', answer: BOOTS_SUMMARY.checked, items: [], reasons: [], basis: 'published' },
		],
	};
}

function sizeLine(a: GearAdvice): string {
	switch (a.size.kind) {
		case 'size':
			return `${a.size.band.label}, ${bandRange(a.size.band)}`;
		case 'between':
			return `Between ${a.size.lower.label.toLowerCase()} and ${a.size.upper.label.toLowerCase()}: measure again; still between, take the larger`;
		case 'below-table':
			return 'Smaller than this table: look for a brand’s extra-small or junior sizes';
		case 'above-table':
			return 'Larger than this table: look for a brand’s wide-calf sizes, or ask a fitter';
		default:
			return 'Sized by the brand’s own chart';
	}
}

function advice(a: GearAdvice): Description {
	const garment = GARMENT_LABELS[a.garment];
	const buy: Section = {
		id: 'buy',
		title: 'What to buy',
		answer: `${garment}, ${DEFAULT_PRESSURE}.`,
		items: LABEL_CHECKLIST,
		reasons: [...PURPOSE_REASONS[a.purpose], ...PRESSURE_REASONS],
		basis: 'mixed',
	};
	return { headline: `${garment} · ${DEFAULT_PRESSURE} · ${sizeLine(a)}`, sections: [buy, sizeSection(a), boots(a)] };
}

function sizeSection(a: GearAdvice): Section {
	const measured = [
		a.calf && `Calf: ${a.calf.text}`,
		a.ankle && `Ankle: ${a.ankle.text}`,
		a.length && `Heel to the back of the knee: ${a.length.text}`,
		a.shoe !== undefined && `Shoe size: ${a.shoe}`,
	].filter((x): x is string => Boolean(x));
	const reasons: Reason[] = [MEASURE_REASON];
	if (a.size.kind !== 'brand-chart') reasons.push(SIZE_REASONS.brand, SIZE_REASONS.fit);
	if (a.size.kind === 'between') reasons.push(SIZE_REASONS.between);
	if (SOCKS.includes(a.garment)) reasons.push(SIZE_REASONS.sock);
	return { id: 'size', title: 'Your size', answer: `${sizeLine(a)}.`, items: measured, reasons, basis: 'rule-of-thumb' };
}

function boots(a: GearAdvice): Section {
	const summary =
		a.purpose === 'recovery' ? BOOTS_SUMMARY.recovery : a.purpose === 'overnight' ? BOOTS_SUMMARY.overnight : BOOTS_SUMMARY.other;
	return {
		id: 'boots',
		title: 'Compression boots?',
		answer: summary,
		items: [{ text: 'The compression boots guide', href: '/methods/compression-boots/' }],
		reasons: BOOT_REASONS,
		basis: 'published',
	};
}
