/**
 * /tools/today/m/<slug>.json: a method's title and doses, fetched by the quiz for the few methods a
 * plan picks, so the quiz page never carries every guide's text (it stays small at any guide count).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { methods } from '../../../../data/collections';
import type { MethodDetails } from '../../../../lib/tools/today';

export const getStaticPaths: GetStaticPaths = async () =>
	(await methods()).map((entry) => ({
		params: { slug: entry.id },
		props: { details: { title: entry.data.title, dose: entry.data.dose, doses: entry.data.doses } satisfies MethodDetails },
	}));

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.details), { headers: { 'Content-Type': 'application/json' } });
