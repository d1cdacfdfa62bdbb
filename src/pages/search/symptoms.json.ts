/**
 * /search/symptoms.json: the symptom lexicon (src/lib/symptoms.ts), built from every injury guide's
 * title, aliases and signs, so a new guide's signs are understood with no code change. Fetched
 * once, with the synonyms, when a search runs.
 */
import type { APIRoute } from 'astro';
import { injuries } from '../../data/collections';
import { buildSymptomLexicon } from '../../lib/symptoms';

export const GET: APIRoute = async () => {
	const guides = (await injuries()).map((e) => ({
		url: `/injuries/${e.id}/`,
		title: e.data.title,
		aliases: e.data.aliases,
		signs: e.data.signs,
		flags: e.data.redFlags.signs,
	}));
	return new Response(JSON.stringify(buildSymptomLexicon(guides)), { headers: { 'Content-Type': 'application/json' } });
};
