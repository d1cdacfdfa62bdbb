/**
 * Understanding a described pain, situation or warning sign, as data (issue 26): a runner types
 * where it hurts, how and when ("one spot on my leg bone hurts when I press it"), what just
 * happened ("how many days off after a marathon") or something alarming ("pee looks like cola"),
 * not a guide's name. Search then puts the page that answers it first.
 *
 * This site's routing, not a published algorithm:
 * - Red flags: each red flag's `described` rules (src/lib/red-flags.ts) send a query to /red-flags/,
 *   before anything else and even when the query names a page.
 * - Situations: plain rules, each a page and the word groups a query must all touch (after + a
 *   race; a fever or an illness; a size + a sock).
 * - Symptoms: a lexicon built at build time from every injury guide's title, aliases, signs and
 *   body regions (/search/symptoms.json), so a new guide extends it with no code change. Everyday
 *   descriptions are first read as the signs' words (DESCRIPTIONS). A query that says something is
 *   felt (a feel word) is scored against each guide: the sum, over the query's words found in the
 *   guide, of how rare each word is among the guides (inverse document frequency), counted again
 *   for a place of the guide's region or a telling sign and for a word of its title. The best
 *   guide is chosen only when it clearly beats the next.
 *
 * A clear symptom beats a situation ("toenail turned purple after the marathon"); otherwise the
 * situation comes first ("sore calves after my half" is about the race). A page the query names (a
 * synonym pin) holds unless the symptom says more than its name: "massaging sore calves" is about
 * massage.
 */
import { FILLER, normalize, searchRoot } from './search-query';
import { RED_FLAGS_PAGE, goalListPage } from './search';
import { tool, type ToolId } from './tools/registry';
import type { Goal } from './vocab/methods';
import type { Region } from './vocab/regions';

/** A guide's words as the lexicon keeps them: roots of its title, aliases and signs. */
export interface SymptomEntry {
	url: string;
	/** The words to find the guide with in the index (its title). */
	title: string;
	words: string[];
	/** The guide's first "see a clinician first if" sign, shown above the results. */
	flag: string;
	/** The guide's body regions: a place word of one of them counts twice. */
	regions: string[];
}

export interface SymptomLexicon {
	entries: SymptomEntry[];
	/** The red flags' descriptions (src/lib/red-flags.ts): a query that matches one goes to /red-flags/. */
	redFlags?: RedFlagRule[];
}

/** Words that say a query describes something felt, as roots (after DESCRIPTIONS has run). */
export const FEEL_WORDS = new Set(
	(
		'pain painful ache aching achy aches hurt hurts hurting sore soreness tender stiff stiffness swollen swelling ' +
		'pop popped pull pulled burn burning sharp dull throb throbbing throbs bruise bruised numb tight tightness ' +
		'stabbing grinding lump bleeding raw rubbed giving twinge niggle cramp purple black blister puffy limp ' +
		'cant unable weak creaky wobbly loose seized flaring pinpoint diffuse unstable wentover lifting'
	)
		.split(' ')
		.map(searchRoot),
);

/** Words too common in the guides' signs to tell one from another, besides the filler words. */
const GENERIC = new Set(
	(
		'pain run running runs runner after before start time week weeks each feel feels later ' +
		// Whole legs and whole days say "sore after training", not which injury.
		'leg legs body whole muscle muscles day days long hard two'
	)
		.split(' ')
		.map(searchRoot),
);

/**
 * Everyday words for the places the guides name formally, and forms the root rule cannot join
 * ("popped" keeps its double p: src/lib/search-query.ts's searchRoot leaves roots under 4 letters).
 */
const EVERYDAY: Record<string, string> = {
	bum: 'buttock',
	butt: 'buttock',
	backside: 'buttock',
	calve: 'calf',
	tibia: 'shin',
	heal: 'heel',
	popped: 'pop',
	nail: 'toenail',
	achiles: 'achilles',
	achillies: 'achilles',
	hamstrng: 'hamstring',
	itb: 'iliotibial',
};

/**
 * How runners describe where and how, and what the guides' signs call the same thing: each
 * pattern (on normalised text) is read as the words after it, in the signs and in a query alike,
 * so "back of my thigh" meets a sign's "hamstring" and "can't point to one spot" is not read as
 * the one-finger pain of a stress fracture. This site's reading, not a published vocabulary; the
 * first pattern that matches a stretch of text wins, so negations come before what they negate.
 */
export const DESCRIPTIONS: readonly (readonly [pattern: RegExp, means: string])[] = [
	// Where it hurts: one finger's width, or too spread out to point to.
	[/\b(hard to|cant|cannot|can not|not able to) (point|pinpoint)( to)?( with one finger| one spot| the spot)?/g, 'diffuse'],
	[/\b(point to( with)? one finger|point to (one|the|a) spot|one spot|one finger|pinpoint|point to it)\b/g, 'pinpoint'],
	// Places.
	[/\b(back of|behind) (the |my |your )?(thigh|thighs|leg above the knee)\b/g, 'hamstring'],
	[/\bsit ?bones?\b/g, 'sitbone'],
	[/\b(back of|behind) (the |my |your )?ankle\b/g, 'achilles'],
	[/\b(back of|behind|above) (the |my |your )?heel\b/g, 'achilles heel'],
	[/\b(back of|behind) (the |my |your )?lower leg\b|\blower leg muscle\b/g, 'calf'],
	[
		/\b(inside|inner edge|inside edge) of (the |my |your )?(lower leg|shin|leg bone)\b|\binner leg bone\b|\bfront bone\b|\bfront of (the |my )?lower legs?\b/g,
		'inner shin',
	],
	[/\b(under|underneath|bottom of|sole of|underside of) (the |my |your )?(foot|feet|heel|heal)\b/g, 'underside heel'],
	[/\b(second|third) toe\b|\blong bones behind the toes\b|\bbehind (the |my )?toes\b/g, 'metatarsal'],
	[/\b(outside|outer|side|lateral)( of)? (the |my |your )?knees?\b/g, 'lateralknee knee'],
	[/\b(outside|outer|side)( of)? (the |my |your )?thighs?\b/g, 'iliotibial'],
	[/\b(around|behind|under|below) (the |my |your )?knee ?caps?\b|\bknee ?caps?\b|\bfront of (the |my |your )?knees?\b/g, 'kneecap'],
	[/\b(outside|outer|side)( of)? (the |my |your )?ankles?( bone)?\b/g, 'outerankle'],
	[/\bball of (the |my |your )?foot\b/g, 'ballfoot'],
	[/\bbig toe ?nail\b|\btoe ?nails?\b/g, 'toenail'],
	// When it hurts.
	[/\b(first steps?|first thing|out of bed|getting up in the morning|when i wake( up)?)\b/g, 'morning'],
	[/\b(stand|standing|get|getting) up\b/g, 'stand'],
	[/\b(sitting|sit down|desk|chairs?|car journeys?|long drives?|cinema)\b/g, 'sitting'],
	[/\b(down ?stairs|up ?stairs|climbing stairs|stairs)\b/g, 'stairs'],
	[/\b(down ?hill|descents?|descending)\b/g, 'downhill'],
	[/\b(sprint|sprints|sprinting|sped up|speeding up|surge|intervals?|reps?|kick(ing)? on|kick at the end)\b/g, 'sprint'],
	[/\b(at night|in bed|wakes? me)\b/g, 'night'],
	// How it feels.
	[/\b(went|go|going|gone) over on\b|\b(twisted|turned|rolled)\b/g, 'wentover'],
	[/\b(gives?|giving|gave) way\b|\b(wobbly|loose|unstable)\b/g, 'unstable'],
	[/\b(crunch|crunching|crackle|crackling|crackly|grind|grinding|clicking|creaky)\b/g, 'grinding'],
	[/\b(bubble of fluid|bubble|hot ?spots?)\b/g, 'blister'],
	[/\bblack and blue\b/g, 'bruised'],
	[/\b(lifting|falling|coming) (off|away)\b/g, 'lifting'],
	[
		/\b(increas(ing|ed) (my )?(weekly )?(mileage|miles|distance|training)|upping (my )?(mileage|miles)|(ran|running|run|doing) more)\b/g,
		'ranmore',
	],
	[/\b(seized( up)?|tightness|tight)\b/g, 'tight'],
];

/**
 * Place words and the body regions (src/lib/vocab/regions.ts) they belong to: where it hurts tells
 * the guides apart more than how, so a place counts twice for a guide of its region ("knee" in a
 * runner's knee guide) and once for another that mentions it ("straighten the knee" in the
 * hamstring guide's signs).
 */
const PLACE_REGIONS: Record<string, readonly Region[]> = Object.fromEntries(
	(
		[
			['shin inner', ['calves-shins']],
			['calf', ['calves-shins']],
			['heel arch foot toe toenail underside ballfoot metatarsal', ['feet']],
			['ankle outerankle', ['ankles']],
			['achilles', ['ankles', 'calves-shins']],
			['knee kneecap', ['knees']],
			['lateralknee', ['knees', 'it-band']],
			['iliotibial', ['it-band']],
			['thigh hamstring sitbone', ['hamstrings']],
			['buttock', ['hamstrings', 'hips-glutes']],
			['groin hip', ['hips-glutes']],
		] as const
	).flatMap(([places, regions]) => places.split(' ').map((p) => [searchRoot(p), regions])),
);

/** A text with every description read as the guides' words. */
function described(text: string): string {
	return DESCRIPTIONS.reduce((t, [pattern, means]) => t.replace(pattern, ` ${means} `), ` ${normalize(text)} `);
}

/** A text's words as roots, descriptions read and everyday words replaced, filler dropped. */
function describedRoots(text: string): string[] {
	return described(text)
		.split(/\s+/)
		.map((w) => EVERYDAY[w] ?? w)
		.filter((w) => (w.length > 2 || /\d/.test(w)) && !FILLER.has(w))
		.map(searchRoot);
}

/** A text's meaningful words as roots, each once: those that can tell one guide from another. */
export function symptomWords(text: string): string[] {
	return [...new Set(describedRoots(text).filter((w) => !GENERIC.has(w)))];
}

/** The lexicon, built at build time: the injury guides' words and the red flags' descriptions. */
export function buildSymptomLexicon(
	guides: readonly {
		url: string;
		title: string;
		aliases: readonly string[];
		signs: readonly string[];
		flags: readonly string[];
		regions: readonly string[];
	}[],
	redFlags: readonly RedFlagRule[] = [],
): SymptomLexicon {
	return {
		entries: guides.map((g) => ({
			url: g.url,
			title: g.title,
			words: symptomWords([g.title, ...g.aliases, ...g.signs].join(' . ')),
			flag: g.flags[0] ?? '',
			regions: [...g.regions],
		})),
		redFlags: [...redFlags],
	};
}

/**
 * A rule as written here and in src/lib/red-flags.ts: groups joined by " + ", every one of which a
 * query must touch, each by one of its alternatives joined by " | ". An alternative is a word
 * (matching its other forms: "races" for "race") or a phrase of several words matched as written
 * ("with a cold", not "cold water").
 */
export type Rule = string;
type Groups = string[][];

export function ruleGroups(rule: Rule): Groups {
	return rule.split(' + ').map((g) => g.split(' | ').map((a) => a.trim()));
}

/** A page a query is routed to when it touches every group of the rule. */
export interface Situation {
	url: string;
	/** Words to find the page with in the index. */
	title: string;
	groups: Groups;
	/** Wins over a described pain: swelling on both sides is not one ankle's sprain. */
	firm?: boolean;
}

/** A red flag as search reads it: the words that describe it, and the line shown with the results. */
export interface RedFlagRule {
	groups: Groups;
	/** The red flag's title and how urgent it is. */
	flag: string;
}

const RACE = 'race | raced | racing | marathon | half | 10k | 5k | ultra | parkrun';
const AFTER = 'after | since | post | following | finished | recovering | recover';
const SOCK = 'sock | socks | sleeve | sleeves | stocking | stockings | compression';

const toolPage = (id: ToolId, rule: Rule): Situation => ({ url: tool(id).href, title: tool(id).title, groups: ruleGroups(rule) });
const goalPage = (goal: Goal, rule: Rule, firm?: true): Situation => ({ ...goalListPage(goal), groups: ruleGroups(rule), firm });
const guidePage = (url: string, title: string, rule: Rule): Situation => ({ url, title, groups: ruleGroups(rule) });

/**
 * What a runner says about their situation, and the page that answers it, first matching rule
 * first. This site's routing, not a published algorithm: the tools where a tool answers (the
 * quiz for "should I train today", the timeline for a plan of the days after a race, the sleep
 * calculator for a bedtime, the compression chooser for a size or a trip), the after-race guide for
 * the days after a race, a goal's methods for soreness, fatigue or swelling with no injury named.
 */
export const SITUATIONS: readonly Situation[] = [
	toolPage(
		'compression',
		`size | sizing | measure | measuring | pressure | mmhg | fit | flight | flying | plane | travel | trip | how tight | too tight + ${SOCK}`,
	),
	toolPage('after-race', `calendar | timeline | schedule | plan | ics + ${AFTER} + ${RACE}`),
	guidePage('/after-the-race/', 'After the race', `${AFTER} + ${RACE}`),
	toolPage(
		'today',
		'fever | flu | sick | ill | illness | virus | covid | bug | throat | cough | unwell | with a cold | have a cold | got a cold | ' +
			'had a cold | head cold | chest cold | run down | under the weather',
	),
	toolPage(
		'today',
		`${RACE} + tomorrow | weekend | saturday | sunday | today | in two days | in 2 days | in three days | in 3 days | this week`,
	),
	toolPage(
		'today',
		'slept | bad night | no sleep | little sleep | short night | poor sleep + run | workout | train | training | session | intervals',
	),
	toolPage('sleep', 'sleep | bedtime | to bed + alarm | early | start | night | eve | nervous | 5am | 6am | 7am | what time'),
	guidePage(
		'/methods/nutrition/',
		'Nutrition',
		'eat | eating | food | meal | snack | drink | drinks | drinking | protein | carb | carbs | fluid | fluids | hydrate | breakfast | dinner',
	),
	guidePage('/methods/chafing-care/', 'Chafing care', 'nipple | nipples | armpit | armpits | underarm | underarms | bra'),
	guidePage(
		'/methods/chafing-care/',
		'Chafing care',
		'rub | rubbed | rubbing | raw | chafe | chafed | chafing | sting | stinging + thigh | thighs | groin | chest | waistband',
	),
	goalPage(
		'soreness',
		'ache | aches | aching | achy | sore | stiff | heavy + day after | days after | next day | morning after | 48 hours | 2 days | two days | three days',
	),
	goalPage('fatigue', 'heavy | dead | flat | tired | sluggish + legs'),
	goalPage('swelling', 'puffy | swollen | swelling + feet and ankles | ankles and feet | both ankles | both feet | both legs', true),
	goalPage('swelling', 'puffy | swollen | swelling + feet | legs'),
];

/** How far ahead of the next guide the best must be, and the least score it must have. */
export const SYMPTOM_MARGIN = 1.5;
export const SYMPTOM_MIN_SCORE = 1.5;
/** A symptom this specific wins over a situation ("toenail turned purple after the marathon"). */
export const SYMPTOM_OVER_SITUATION = 4;

export interface Understood {
	url: string;
	/** Words to find the page with in the index. */
	title: string;
	why: 'red flag' | 'situation' | 'symptom';
	/** For a symptom, its guide's first red-flag sign; for a red flag, its title and urgency. */
	flag?: string;
}

/**
 * Signs that tell guides apart as much as a place does: how far the pain spreads (one finger's
 * width, or too spread out to point to), pain at night, pain on hopping.
 */
const TELLING = new Set(['pinpoint', 'diffuse', 'night', 'hop'].map(searchRoot));

/**
 * How much a query word found in a guide counts: its rarity among the guides, once more for a
 * place of the guide's region or an extent, and once more for a word of the guide's title (the
 * shin splints guide owns "shin", which the stress fracture guide also mentions).
 */
function weigh(word: string, rarity: number, entry: SymptomEntry): number {
	const place = PLACE_REGIONS[word]?.some((r) => entry.regions.includes(r)) || TELLING.has(word);
	return rarity * (1 + (place ? 1 : 0) + (inTitle(word, entry.title) ? 1 : 0));
}

/** Whether a root is a word of the title, or one form of it ("blisters" roots to "blist", "blister" to itself). */
function inTitle(word: string, title: string): boolean {
	const sameStart = (a: string, b: string) => a.length >= 4 && b.startsWith(a);
	return symptomWords(title).some((t) => t === word || sameStart(t, word) || sameStart(word, t));
}

function bestSymptom(query: string, lexicon: SymptomLexicon): { entry: SymptomEntry; score: number; matched: string[] } | undefined {
	if (!describedRoots(query).some((w) => FEEL_WORDS.has(w))) return undefined;
	const words = symptomWords(query);
	const n = lexicon.entries.length;
	const df = (w: string) => lexicon.entries.filter((e) => e.words.includes(w)).length;
	const rarity = new Map(words.map((w) => [w, Math.log((n + 1) / (df(w) + 0.5))]));
	const scored = lexicon.entries
		.map((entry) => {
			const matched = words.filter((w) => entry.words.includes(w));
			return { entry, matched, score: matched.reduce((sum, w) => sum + weigh(w, rarity.get(w)!, entry), 0) };
		})
		.sort((a, b) => b.score - a.score);
	const [best, next] = scored;
	if (!best || best.score < SYMPTOM_MIN_SCORE || (next && best.score < next.score * SYMPTOM_MARGIN)) return undefined;
	return best;
}

/** A red flag's descriptions (src/lib/red-flags.ts), one rule each, with the line shown for it. */
export function redFlagRules(described: readonly Rule[], flag: string): RedFlagRule[] {
	return described.map((rule) => ({ groups: ruleGroups(rule), flag }));
}

/** Whether a query touches every group: a word by any of its forms, a phrase as written. */
function touches(groups: Groups, text: string, roots: ReadonlySet<string>): boolean {
	return groups.every((g) => g.some((a) => (a.includes(' ') ? text.includes(` ${a} `) : roots.has(searchRoot(a)))));
}

/**
 * Whether a described pain moves ahead of the pages the query names: only when it is clear and
 * says more than the names do, a sign beyond a place that no named phrase holds. "Back of my ankle
 * stiff first thing in the morning" names the ankle sprain guide, but stiffness in the morning is
 * the Achilles guide's; "massaging sore calves" is about massage, "stretches for tight calves" about
 * stretching (its alias holds both words).
 */
function overNames(symptom: { score: number; matched: string[] }, named: readonly string[]): boolean {
	if (named.length === 0) return true;
	const held = new Set(symptomWords(named.join(' ')));
	return symptom.score >= SYMPTOM_OVER_SITUATION && symptom.matched.some((w) => !PLACE_REGIONS[w] && !held.has(w));
}

/**
 * The page a described pain or situation points to, or undefined when the query says neither
 * clearly. A red flag comes first, always; then a clear symptom, a situation, a weaker symptom.
 * `named`: the phrases of the pages the query names (synonym pins), which a symptom must say more than.
 */
export function understand(query: string, lexicon: SymptomLexicon | undefined, named: readonly string[] = []): Understood | undefined {
	const text = ` ${normalize(query)} `;
	const roots = new Set(text.trim().split(' ').map(searchRoot));
	const red = lexicon?.redFlags?.find((r) => touches(r.groups, text, roots));
	if (red) return { url: RED_FLAGS_PAGE.url, title: RED_FLAGS_PAGE.title, why: 'red flag', flag: red.flag };
	const situation = SITUATIONS.find((s) => touches(s.groups, text, roots));
	const found = lexicon && !situation?.firm ? bestSymptom(query, lexicon) : undefined;
	const symptom = found && overNames(found, named) ? found : undefined;
	if (symptom && (!situation || symptom.score >= SYMPTOM_OVER_SITUATION))
		return { url: symptom.entry.url, title: symptom.entry.title, why: 'symptom', flag: symptom.entry.flag };
	if (situation) return { url: situation.url, title: situation.title, why: 'situation' };
	return undefined;
}
