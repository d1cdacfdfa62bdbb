/**
 * The red flags: symptoms that mean stop self-treating and see a clinician, with how urgent each is.
 *
 * One list for the /red-flags/ page, the guides' links (/red-flags/#<id>) and the quiz's warning
 * signs, so the urgency a reader is told is the same everywhere. Facts come from the sources named
 * on each entry (shared research/evidence.md §5); where a source gives no number, none is given.
 */

import { RED_FLAG_ID_LIST, type RedFlagId } from './situation/red-flag-ids';

export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Record<Urgency, string> = {
	emergency: 'Emergency: call your local emergency number now',
	urgent: 'Urgent: get medical care today',
	soon: 'Soon: stop running on it and book a clinician within days',
};

export interface RedFlag {
	/** Anchor on /red-flags/, e.g. /red-flags/#clot. */
	id: RedFlagId;
	title: string;
	urgency: Urgency;
	signs: string[];
	/** What to do, and what not to do meanwhile. */
	action: string;
	/** When the urgency goes up. */
	escalate?: string;
	/** Bibliography ids (src/content/references/); empty where the advice is general first aid. */
	sources: string[];
	/**
	 * How a runner might type it, so search puts /red-flags/ first: rules as src/lib/symptoms.ts
	 * reads them (ruleGroups), each rule's groups joined by " + " all touched, each by one of its
	 * alternatives joined by " | ". Left out where a guide answers the same words better (a stress
	 * fracture's pinpoint pain).
	 */
	described?: string[];
}

export const RED_FLAGS: readonly RedFlag[] = [
	{
		id: 'cardiac',
		title: 'Chest pain, fainting or a racing heart',
		urgency: 'emergency',
		signs: [
			'Chest pain or pressure during or after a run',
			'Fainting or nearly fainting',
			'Palpitations or breathlessness out of proportion to the effort',
		],
		action: 'Stop running and call for emergency help. Do not drive yourself.',
		sources: ['hse-chest-pain'],
		described: [
			'chest + pain | hurts | tight | tightness | pressure | heavy',
			'heart + racing | pounding | fluttering | palpitations | skipping',
		],
	},
	{
		id: 'heat-illness',
		title: 'Heat stroke and heat exhaustion',
		urgency: 'emergency',
		signs: [
			'Confusion, slurred speech or odd behaviour after running in the heat',
			'Collapse or a seizure',
			'A very high body temperature',
			'Heat exhaustion: headache, nausea, dizziness, weakness, heavy sweating and passing less urine',
		],
		action:
			'Heat stroke is an emergency: call for help and cool the person fast, ideally in cold water or with ice. Heat exhaustion needs a medical assessment too.',
		sources: ['cdc-heat-illness'],
		described: ['dizzy | confused | confusion | collapsed | collapse | fainted | faint + heat | hot | sun | humid'],
	},
	{
		id: 'hyponatraemia',
		title: 'Vomiting or confusion after a long race (low blood sodium)',
		urgency: 'emergency',
		signs: [
			'Vomiting, confusion, unusual drowsiness or a seizure during or in the 24 hours after a long race',
			'Headache and nausea that get worse after the finish',
			'More likely if you drank well beyond thirst, took ibuprofen or similar painkillers, or are small or female',
		],
		action:
			'Vomiting, confusion, drowsiness or a seizure: call your local emergency number and say how much was drunk. A headache or nausea alone: get medical care today. Do not drink more water to "fix" it.',
		sources: ['hewbutler2015'],
		described: [
			'vomit | vomited | vomiting | threw up | throwing up | confused | confusion | drowsy | seizure + race | marathon | ultra | finish | finished',
		],
	},
	{
		id: 'rhabdomyolysis',
		title: 'Dark urine with severe muscle pain (rhabdomyolysis)',
		urgency: 'urgent',
		signs: [
			'Urine the colour of tea or cola',
			'Muscle pain, swelling or weakness far beyond normal soreness',
			'Unable to exercise at all the next day',
		],
		action: 'Stop exercising, drink fluids and get medical care straight away; ask for a creatine kinase (CK) blood test.',
		escalate: 'A fast or irregular heartbeat, fainting, or passing little or no urine: emergency.',
		sources: ['cdc-rhabdo'],
		described: ['pee | urine | wee + dark | brown | cola | tea | black'],
	},
	{
		id: 'clot',
		title: 'A swollen calf on one side (possible clot)',
		urgency: 'urgent',
		signs: [
			'Swelling, warmth, redness or pain in one calf, especially after long travel to or from a race',
			'Sudden chest pain, breathlessness or coughing blood (a clot that has moved to the lung)',
		],
		action: 'Get checked today. Do not massage, roll, compress or use boots on that leg until a clinician has ruled out a clot.',
		escalate: 'Chest pain, breathlessness or coughing blood: emergency.',
		sources: ['cdc-blood-clots'],
		described: ['calf | leg + swollen | swelling | puffy + hot | warm | red | redness'],
	},
	{
		id: 'infection',
		title: 'A hot, red, swollen area (possible infection)',
		urgency: 'urgent',
		signs: [
			'Skin that is hot, swollen, painful and getting worse; the redness can be harder to see on brown or black skin',
			'Redness spreading out from a blister, chafe or wound, or a blister that is hot and full of green or yellow pus',
			'Feeling unwell, sick or shivery with it',
		],
		action: 'See a clinician today. No heat, massage, rolling or compression on it until then.',
		escalate:
			'Redness spreading fast, a high temperature, a fast heartbeat or breathing, dizziness or confusion (the infection may be spreading): emergency.',
		sources: ['nhs-cellulitis', 'nhs-blisters'],
		described: ['pus | oozing | spreading redness | red streak | red streaks + blister | chafe | cut | wound | graze | skin'],
	},
	{
		id: 'numbness',
		title: 'Numbness, tingling or a cold, pale foot',
		urgency: 'urgent',
		signs: [
			'New numbness or pins and needles, especially during or after ice or compression',
			'A foot or toes that turn cold, pale or blue',
			'Severe, tight pain in a lower-leg compartment with numbness',
		],
		action:
			'Take off the ice, sleeve or boots at once. If feeling and colour do not come back quickly, get care today. Severe tight pain with numbness is an emergency.',
		escalate: 'Severe, tight leg pain with numbness (possible compartment syndrome): emergency.',
		sources: ['fraipont2003'],
		described: [
			'numb | numbness | tingling | pins and needles | went white | turned white | went pale | turned blue | went blue + ice | compression | sleeve | boots | sock | socks',
		],
	},
	{
		id: 'compartment',
		title: 'Severe, tight pain in the lower leg that keeps growing',
		urgency: 'emergency',
		signs: [
			'Pain in the shin or calf far beyond what the run or knock explains, that keeps growing after you stop',
			'A tight, hard feel to the muscle, and more pain when the toes or foot are moved or stretched',
			'Numbness, pins and needles or weakness come late: do not wait for them',
		],
		action:
			'Go to an emergency department now: acute compartment syndrome cuts off the muscle’s blood supply and needs surgery within hours. Take off any sleeve, sock or boot, and do not raise the leg high or put ice on it.',
		sources: ['fraipont2003'],
		described: ['rock hard | hard as a rock | keeps growing + shin | calf | lower leg | muscle'],
	},
	{
		id: 'hip-groin',
		title: 'Deep groin or hip pain with running (possible hip stress fracture)',
		urgency: 'urgent',
		signs: [
			'A deep ache in the groin or the front of the hip that comes on with running and builds with each run',
			'Pain at the end of a hip movement, or when you stand or hop on that leg',
			'A limp, or pain at night, with it',
		],
		action:
			'Stop running today, keep weight off the leg (crutches if walking hurts) and get seen the same day. Do not hop, jump or run to test it: a stress fracture of the thigh bone’s neck can break through and move, which needs surgery. X-rays are often normal early on; an MRI is the usual test.',
		sources: ['hoenig2023', 'warden2014'],
	},
	{
		id: 'bone-stress',
		title: 'Pinpoint bone pain (possible stress fracture)',
		urgency: 'soon',
		signs: [
			'Pain you can point to with one finger on a bone, worse with each run',
			'Pain on walking, or a limp',
			'Swelling on the shin, foot or top of the foot (often behind the second toe)',
			'Bone pain with a fever, night sweats, weight loss or a lump: see a clinician this week, as bone pain is not always a stress injury',
		],
		action:
			'Stop running and see a clinician within days. Do not hop on it to test it. X-rays are often normal early on; an MRI or bone scan may be needed. Women, and anyone eating too little for their training (low energy availability, REDs), are at higher risk; repeated bone stress injuries are a reason to ask about REDs.',
		escalate: 'Deep groin or hip pain: same day (the hip flag above).',
		sources: ['warden2014', 'mountjoy2023'],
	},
	{
		id: 'rest-pain',
		title: 'Pain at rest or at night',
		urgency: 'soon',
		signs: [
			'Pain that is there when you are sitting still',
			'Pain that wakes you at night',
			'Pain that keeps getting worse despite a few easy days',
		],
		action:
			'Normal soreness eases with rest; this does not. Stop running on it and see a clinician within days. Bone stress injuries often behave this way.',
		sources: ['mountjoy2023'],
	},
	{
		id: 'cant-bear-weight',
		title: 'Cannot put weight on it after a fall, twist or knock',
		urgency: 'urgent',
		signs: [
			'You could not take four steps on the leg straight after the injury, and you still cannot',
			'An ankle or foot (the Ottawa ankle rules): pain when you press on the back edge or the tip of either ankle bone, on the bony bump halfway along the outer edge of the foot (the base of the fifth metatarsal), or on the bony bump on the inner side of the midfoot (the navicular)',
		],
		action:
			'Get it checked today, and keep weight off it meanwhile. For an ankle or foot, any one of the signs above means an X-ray to look for a fracture (the Ottawa ankle rules); if none applies, a fracture is unlikely and a sprain can usually be treated without an X-ray. For a knee, hip or thigh, not being able to walk on it after an injury is reason enough to be seen the same day.',
		escalate: 'A joint or limb that looks out of shape or sits at an odd angle, or a foot that is numb, discoloured or cold: emergency.',
		sources: ['stiell1993', 'bachmann2003', 'vuurberg2018', 'portsmouth-sprains'],
		described: ['cant | couldnt | cannot | unable + put weight | bear weight | take a step | walk on it | stand on it'],
	},
	{
		id: 'tendon-rupture',
		title: 'A snap or kick at the back of the heel, then weakness',
		urgency: 'urgent',
		signs: [
			'A sudden pain at the back of the ankle or calf, often with a snap or pop, or a feeling that someone kicked or hit you there',
			'A weak push-off: walking flat-footed, or unable to rise onto the toes of that foot',
			'Sometimes a dip or gap you can feel in the tendon above the heel, though swelling often hides it',
		],
		action:
			'Get seen today and ask to be checked for a torn Achilles tendon (a calf-squeeze test). Being able to walk, or to point your foot, does not rule a tear out, and a tear is easily mistaken for a sprain. Do not run or stretch it meanwhile.',
		sources: ['boyd2015', 'healthinfo-achilles'],
		described: ['kicked | kick | snap | snapped + calf | heel | achilles | ankle'],
	},
	{
		id: 'cauda-equina',
		title: 'Back pain with numbness in the saddle area or changes in bladder or bowel',
		urgency: 'emergency',
		signs: [
			'New or worsening numbness or tingling around the back passage or genitals, or over the area you would sit on in a saddle',
			'New difficulty starting to pass urine, not feeling the urine flow, or not feeling when your bowel is full',
			'Leaking urine or losing control of your bowels',
			'Severe or worsening weakness or numbness in both legs',
			'New loss of feeling in the genitals, or new trouble getting an erection or ejaculating',
		],
		action:
			'Go to an emergency department now and say you are worried about cauda equina syndrome. It needs an emergency MRI scan and, if it is confirmed, emergency surgery to save bladder, bowel, sexual and leg function. Signs that are new in the last two weeks, or getting worse, matter most.',
		sources: ['girft-ces'],
		described: ['numb | numbness | tingling + bottom | bum | saddle | groin | genitals | back passage', 'bladder | bowel + back'],
	},
	{
		id: 'cold-urticaria',
		title: 'Hives, swelling or faintness in cold water',
		urgency: 'soon',
		signs: [
			'Itchy raised weals (hives) or swelling on skin that has been in cold water, on ice or in cold air',
			'Hands or feet that swell, or earlobes that itch, after cold exposure',
		],
		action:
			'Get out of the cold, dry off and warm up. Book a clinician within days: an ice-cube test on the skin can confirm cold urticaria, and people at higher risk are shown how to carry and use an adrenaline auto-injector. Until then, no ice baths, cold plunges, cold-water swims or cryotherapy: going right under in cold water is the commonest trigger of dangerous reactions.',
		escalate:
			'Feeling faint or dizzy, trouble breathing, wheezing, vomiting or stomach cramps, or swelling of the lips, tongue or throat, in or after cold water: emergency. Use an adrenaline auto-injector if you have one.',
		sources: ['bizjak2022'],
	},
	{
		id: 'claudication',
		title: 'Calf pain on walking that eases with rest',
		urgency: 'soon',
		signs: ['Cramping calf pain that comes on with walking and goes within minutes of stopping'],
		action: 'This can be a sign of narrowed leg arteries. No compression garments or boots until a clinician has checked your circulation.',
		sources: ['bhf-claudication'],
	},
	{
		id: 'sleepiness',
		title: 'Sleepy all day despite enough sleep, or loud snoring and gasping',
		urgency: 'soon',
		signs: ['Nodding off in the day despite 7 or more hours in bed', 'Loud snoring, or someone has seen you stop breathing or gasp'],
		action: 'Book a clinician: these can be signs of a sleep disorder that more time in bed will not fix.',
		sources: ['watson2015'],
	},
];

/** Every flag's id, for schemas that may only point at a flag that exists (src/content.config.ts). */
export const RED_FLAG_IDS = RED_FLAG_ID_LIST;
export type { RedFlagId };
