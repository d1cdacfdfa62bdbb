/**
 * /search/symptoms.json: the symptom lexicon (src/lib/symptoms.ts), built from every injury guide's
 * title, aliases and signs and from the red flags' descriptions (src/lib/red-flags.ts), so a new
 * guide's signs or a new red flag are understood with no code change. Fetched once, with the
 * synonyms, when a search runs.
 */
import type { APIRoute } from 'astro';
import { injuries } from '../../data/collections';
import { RED_FLAGS, URGENCY_LABELS } from '../../lib/red-flags';
import { buildSymptomLexicon, redFlagRules } from '../../lib/symptoms';

export const GET: APIRoute = async () => {
	const guides = (await injuries()).map((e) => ({
		url: `/injuries/${e.id}/`,
		title: e.data.title,
		aliases: e.data.aliases,
		signs: e.data.signs,
		flags: e.data.redFlags.signs,
		regions: e.data.regions,
	}));
	const redFlags = RED_FLAGS.flatMap((f) => redFlagRules(f.described ?? [], `${f.title}. ${URGENCY_LABELS[f.urgency]}`));
	return new Response(JSON.stringify(buildSymptomLexicon(guides, redFlags)), { headers: { 'Content-Type': 'application/json' } });
};
