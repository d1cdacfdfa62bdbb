/**
 * Understanding a described pain or situation, as data (issue 26): a runner types where it hurts,
 * how and when ("one spot on my leg bone hurts when I press it"), or what just happened ("how many
 * days off after a marathon"), not a guide's name. Search then puts the page that answers it first.
 *
 * - Situations: a few plain rules, each a page and the word groups a query must all touch (after +
 *   a race; a fever or an illness). They are this site's routing, not a published algorithm.
 * - Symptoms: a lexicon built at build time from every injury guide's title, aliases and signs
 *   (/search/symptoms.json), so a new guide's signs extend it with no code change. A query that
 *   says something is felt (a feel word) is scored against each guide: the sum, over the query's
 *   words found in the guide, of how rare each word is among the guides (inverse document
 *   frequency), so "toenail" counts for much and "knee" for little. The best guide is chosen only
 *   when it clearly beats the next.
 *
 * A situation comes first (a named method is still shown, after it): "how many days off after a
 * marathon" is about the race. A symptom is read only when the query names no page (a synonym
 * pin): "massaging sore calves" is about massage.
 */
import { FILLER, normalize, searchRoot } from './search-query';

/** A guide's words as the lexicon keeps them: roots of its title, aliases and signs. */
export interface SymptomEntry {
	url: string;
	/** The words to find the guide with in the index (its title). */
	title: string;
	words: string[];
	/** The guide's first "see a clinician first if" sign, shown above the results. */
	flag: string;
}

export interface SymptomLexicon {
	entries: SymptomEntry[];
}

/** Words that say a query describes something felt, as roots. */
export const FEEL_WORDS = new Set(
	(
		'pain painful ache aching achy hurt hurts hurting sore soreness tender stiff stiffness swollen swelling ' +
		'pop popped pull pulled burn burning sharp dull throb throbbing bruise bruised numb tight tightness ' +
		'stabbing grinding lump bleeding raw rubbed giving twinge niggle cramp purple black blister'
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
};

/** A text's meaningful words as roots, each once. */
export function symptomWords(text: string): string[] {
	const words = normalize(text)
		.split(' ')
		.map((w) => EVERYDAY[w] ?? w)
		.filter((w) => (w.length > 2 || /\d/.test(w)) && !FILLER.has(w))
		.map(searchRoot)
		.filter((w) => !GENERIC.has(w));
	return [...new Set(words)];
}

/** The lexicon of the injury guides, built at build time from their frontmatter. */
export function buildSymptomLexicon(
	guides: readonly { url: string; title: string; aliases: readonly string[]; signs: readonly string[]; flags: readonly string[] }[],
): SymptomLexicon {
	return {
		entries: guides.map((g) => ({
			url: g.url,
			title: g.title,
			words: symptomWords([g.title, ...g.aliases, ...g.signs].join(' ')),
			flag: g.flags[0] ?? '',
		})),
	};
}

/** A situation: the page, and word groups of which the query must touch every one (as roots). */
export interface Situation {
	url: string;
	title: string;
	groups: string[][];
}

const roots = (words: string) => words.split(' ').map(searchRoot);

export const SITUATIONS: readonly Situation[] = [
	{
		url: '/after-the-race/',
		title: 'After the race',
		groups: [roots('after since post following finished'), roots('race raced racing marathon half 10k 5k ultra')],
	},
	{
		url: '/tools/today/',
		title: 'What should I do today',
		groups: [roots('fever flu sick ill illness virus covid')],
	},
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
	why: 'situation' | 'symptom';
	/** For a symptom, its guide's first red-flag sign: a pain query shows when to see a clinician. */
	flag?: string;
}

function bestSymptom(words: readonly string[], lexicon: SymptomLexicon): { entry: SymptomEntry; score: number } | undefined {
	if (!words.some((w) => FEEL_WORDS.has(w))) return undefined;
	const n = lexicon.entries.length;
	const df = (w: string) => lexicon.entries.filter((e) => e.words.includes(w)).length;
	const idf = new Map(words.map((w) => [w, Math.log((n + 1) / (df(w) + 0.5))]));
	const scored = lexicon.entries
		.map((entry) => ({ entry, score: words.filter((w) => entry.words.includes(w)).reduce((sum, w) => sum + idf.get(w)!, 0) }))
		.sort((a, b) => b.score - a.score);
	const [best, next] = scored;
	if (!best || best.score < SYMPTOM_MIN_SCORE || (next && best.score < next.score * SYMPTOM_MARGIN)) return undefined;
	return best;
}

/** The page a described pain or situation points to, or undefined when the query says neither clearly. */
export function understand(query: string, lexicon: SymptomLexicon | undefined): Understood | undefined {
	const words = symptomWords(query);
	const symptom = lexicon ? bestSymptom(words, lexicon) : undefined;
	// Situations read every word ("after" is too common in the guides' signs to tell guides apart, not here).
	const all = normalize(query).split(' ').map(searchRoot);
	const situation = SITUATIONS.find((s) => s.groups.every((g) => g.some((w) => all.includes(w))));
	if (symptom && (!situation || symptom.score >= SYMPTOM_OVER_SITUATION))
		return { url: symptom.entry.url, title: symptom.entry.title, why: 'symptom', flag: symptom.entry.flag };
	if (situation) return { url: situation.url, title: situation.title, why: 'situation' };
	return undefined;
}
