/**
 * /tools/today/guides.json: the compact index the quiz decides from (a few numbers and ids per
 * method, encoded by encodeMethods, and the injury guides it routes pain to). The quiz fetches it
 * with its rules when the form is first touched, so the quiz page is the same size at any guide
 * count; the file grows by about 90 bytes a guide.
 */
import type { APIRoute } from 'astro';
import { injuries, methods } from '../../../data/collections';
import { GUIDE_INDEX_VERSION, encodeMethods, toQuizInjury, toQuizMethod, type GuideIndexWire } from '../../../lib/tools/today';

export const GET: APIRoute = async () => {
	const index: GuideIndexWire = {
		version: GUIDE_INDEX_VERSION,
		methods: encodeMethods((await methods()).map((entry) => toQuizMethod(entry.id, entry.data))),
		injuries: (await injuries()).map((entry) => toQuizInjury(entry.id, entry.data)),
	};
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
