/**
 * One answer everywhere: the situation model (src/lib/situation/) is the one place the tools' shared
 * facts live, and the tools agree with each other because they read it.
 *
 * - The agreement grid: for every race the quiz offers, every age band and every day from race day
 *   to the last day either tool counts, the quiz's call and the days it names match the after-race
 *   timeline's day list for the same race (read from the list of days, not from the milestones), and
 *   the quiz's link opens the timeline with that race. For every race x effort x age band, each
 *   timeline states one set of days: its headline, its checks and its day lines agree.
 * - Safety wins: a post-race warning sign or an illness with fever stops both tools.
 * - Structure: no tool imports another tool's files; the red-flag ids are the red flags; the
 *   model's facts are not typed as literals anywhere else in src.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../../src/lib/civil-date';
import { readQuery } from '../../src/lib/persisted-state';
import { RED_FLAGS } from '../../src/lib/red-flags';
import {
	AGE_BANDS,
	EFFORTS,
	POST_RACE_SIGNS,
	RACES,
	RACE_LABELS,
	RECENT_RACE_DAYS,
	RED_FLAG_ID_LIST,
	type Effort,
	type Race,
} from '../../src/lib/situation';
import {
	AFTER_RACE_CODECS,
	AFTER_RACE_DEFAULTS,
	afterRaceTool,
	dayLines,
	type AfterRaceForm,
	type Timeline,
} from '../../src/lib/tools/after-race';
import type { AfterRaceOptions } from '../../src/lib/tools/after-race/describe';
import type { Description, Item } from '../../src/lib/tools/contract';
import { TODAY_DEFAULTS, planToday, toQuizInjury, toQuizMethod, type RecoveryPlan, type TodayForm } from '../../src/lib/tools/today';
import { describeToday } from '../../src/lib/tools/today/describe';
import { loadGuides, loadInjuries, root } from '../support/guides';

const METHODS = loadGuides().flatMap((g) => (g.data ? [toQuizMethod(g.slug, g.data)] : []));
const INJURIES = loadInjuries().flatMap((g) => (g.data ? [toQuizInjury(g.slug, g.data)] : []));
const DETAILS = Object.fromEntries(
	loadGuides().flatMap((g) => (g.data ? [[g.slug, { title: g.data.title, dose: g.data.dose, doses: g.data.doses }]] : [])),
);
const FLAGS: AfterRaceOptions['flags'] = RED_FLAGS.map(({ id, title, urgency, action }) => ({ id, title, urgency, action }));

/** Today, as a day number: a Monday in a month with 30 days, so dates cross a month end. */
const TODAY = toDayNumber({ year: 2026, month: 11, day: 30 });
const iso = (day: number) => formatIsoDate(fromDayNumber(day));
/** One age for each band, and none (the adult band). */
const AGES = [undefined, ...AGE_BANDS.map((b) => Math.round((b.minAge + b.maxAge) / 2))];

function quizPlan(race: Race, daysAgo: number, age: number | undefined): RecoveryPlan {
	const form: TodayForm = {
		...TODAY_DEFAULTS,
		warnings: ['none'],
		health: ['none'],
		ill: 'none',
		last: 'rest',
		next: 'easy',
		racedAgo: String(daysAgo),
		raceDistance: race,
		age: age === undefined ? '' : String(age),
	};
	const e = planToday(form, METHODS, INJURIES);
	if (!e.ok || e.result.kind !== 'recover') throw new Error(`no plan for ${race} ${daysAgo} days ago: ${JSON.stringify(e)}`);
	return e.result;
}

function timeline(race: Race, effort: Effort, age: number | undefined, raceDay = TODAY): Timeline {
	const e = afterRaceTool.evaluate({
		...AFTER_RACE_DEFAULTS,
		distance: race,
		effort,
		raceDay: iso(raceDay),
		today: iso(TODAY),
		age: age === undefined ? '' : String(age),
		ill: 'none',
	});
	if (!e.ok || e.result.kind !== 'timeline') throw new Error(`no timeline for ${race}`);
	return e.result;
}

/** The days as the day list states them: the first easy run, the first workout, race ready. */
function statedDays(t: Timeline) {
	const first = (kind: string) => t.days.findIndex((d) => d.kind === kind);
	return { firstRun: first('Easy run'), firstWorkout: first('Workout'), raceReady: first('Race ready') };
}

const text = (d: Description) =>
	[
		d.headline,
		...d.sections.flatMap((s) => [
			s.answer,
			...s.items.map((i: Item) => (typeof i === 'string' ? i : `${i.text} ${i.note ?? ''}`)),
			...s.reasons.map((r) => r.text),
		]),
	].join('\n');

describe('the quiz and the timeline give the same days for the same race', () => {
	const rows = RACES.flatMap((race) => AGES.map((age) => [RACE_LABELS[race], age, race] as const));
	test.each(rows)('%s, age %s: every day from race day to the last day either counts', (_label, age, race) => {
		const t = timeline(race, 'all-out', age, TODAY - RECENT_RACE_DAYS);
		const days = statedDays(t);
		expect(days.firstRun).toBeGreaterThan(0);
		expect(days.firstWorkout).toBeGreaterThan(days.firstRun);
		expect(days.raceReady).toBeGreaterThan(days.firstWorkout);
		for (let d = 0; d <= RECENT_RACE_DAYS; d++) {
			const plan = quizPlan(race, d, age);
			const reasons = plan.callReasons.map((r) => r.text).join(' ');
			// The call: no running before the timeline's first easy run, easy runs until its first
			// workout, then training as planned; and the day it names is the timeline's.
			if (d < days.firstRun) {
				expect(plan.call, `${race} day ${d}`).toBe('rest');
				expect(reasons).toContain(`no running before day ${days.firstRun}`);
				expect(['Rest', 'Walk', 'Cross-train']).toContain(t.days[d]!.kind);
			} else if (d < days.firstWorkout) {
				expect(plan.call, `${race} day ${d}`).toBe('easy');
				expect(reasons).toContain(`until your first workout, about day ${days.firstWorkout}`);
				expect(['Easy run', 'Cross-train', 'Steady run']).toContain(t.days[d]!.kind);
			} else {
				expect(plan.call, `${race} day ${d}`).toBe('train');
				expect(['Workout', 'Race ready']).toContain(t.days[Math.min(d, t.days.length - 1)]!.kind);
			}
			// The after-race section names the same three days.
			const words = describeToday(plan, { details: DETAILS, clock: '24', today: TODAY });
			const section = words.sections.find((s) => s.id === 'after-race')!;
			expect(section.answer).toContain(`first easy run about day ${days.firstRun} `);
			expect(section.answer).toContain(`first workout about day ${days.firstWorkout},`);
			expect(section.answer).toContain(`race again from about day ${days.raceReady}`);
			// Any number of days a dose on the plan states is one of the timeline's days.
			for (const r of plan.choice.chosen) {
				const dose = (plan.situation && DETAILS[r.m.slug]?.doses[plan.situation]) || DETAILS[r.m.slug]?.dose || '';
				for (const m of dose.matchAll(/\b(\d+) days?\b/g))
					expect([days.firstRun, days.firstWorkout, days.raceReady], dose).toContain(Number(m[1]));
			}
		}
	});

	test.each(RACES)('%s: the quiz links to the timeline with the distance, the race day and the effort it assumed', (race) => {
		const plan = quizPlan(race, 3, undefined);
		const words = describeToday(plan, { details: DETAILS, clock: '24', today: TODAY });
		const link = words.sections.find((s) => s.id === 'after-race')!.items[0] as { href: string };
		const url = new URL(link.href, 'https://example.org');
		expect(url.pathname).toBe('/tools/after-race/');
		// The timeline reads it with its own codecs, to the same race.
		const read = readQuery(AFTER_RACE_CODECS, url.search) as Partial<AfterRaceForm>;
		expect(read).toEqual({ distance: race, raceDay: iso(TODAY - 3), effort: 'all-out' });
		// And says, in its own words, that the effort was assumed.
		expect(words.sections.find((s) => s.id === 'after-race')!.answer).toContain('the timeline asks how hard it was');
		const t = timeline(race, 'all-out', undefined, parseIsoDate(read.raceDay) ? toDayNumber(parseIsoDate(read.raceDay)!) : NaN);
		expect(statedDays(t).firstRun).toBe(plan.afterRace!.firstRun);
	});
});

describe('a timeline states one set of days', () => {
	const rows = RACES.flatMap((race) => EFFORTS.flatMap((effort) => AGES.map((age) => [race, effort, age] as const)));
	test.each(rows)(
		'%s, %s, age %s: headline, checks and day lines agree; racing within a week of the first workout says why',
		(race, effort, age) => {
			const t = timeline(race, effort, age, TODAY - 1);
			const days = statedDays(t);
			const d = afterRaceTool.describe(t, { methods: {}, flags: FLAGS });
			const on = (day: number) => {
				const { day: dd, month } = fromDayNumber(t.raceDay + day);
				return `${dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}`;
			};
			expect(d.headline).toContain(`first easy run about ${on(days.firstRun)}`);
			expect(d.headline).toContain(`first workout about ${on(days.firstWorkout)}`);
			expect(d.headline).toContain(`race again from about ${on(days.raceReady)}`);
			if (days.raceReady - days.firstWorkout < 7)
				expect(d.headline).toMatch(/after your first workout: after a race this short, the legs are back within days\)\.$/);
			else expect(d.headline).not.toMatch(/after your first workout/);
			const lines = dayLines(t);
			expect(lines.find((l) => l.includes('only if the checks above pass'))).toMatch(new RegExp(`^Days? ${days.firstRun}\\b`));
			expect(lines.find((l) => l.includes('First workout back'))).toMatch(new RegExp(`^Days? ${days.firstWorkout}\\b`));
			// The first week after a half or longer: no easy run longer than 30 minutes (sherman1984).
			for (const line of lines) {
				const day = Number(/^Days? (\d+)/.exec(line)![1]);
				const minutes = /up to (\d+) min/.exec(line)?.[1];
				if (minutes && ['half', 'marathon', 'ultra'].includes(race) && day <= 7) expect(Number(minutes), line).toBeLessThanOrEqual(30);
			}
			// No page states a day it does not plan.
			expect(text(d)).not.toMatch(/normal training from about/);
		},
	);
});

describe('safety answers stop both tools', () => {
	test.each(POST_RACE_SIGNS)('%s after a race stops the timeline and the quiz', (sign) => {
		const e = afterRaceTool.evaluate({
			...AFTER_RACE_DEFAULTS,
			distance: 'marathon',
			raceDay: iso(TODAY - 1),
			today: iso(TODAY),
			ill: 'none',
			now: [sign],
		});
		expect(e.ok && e.result.kind).toBe('stop');
		const q = planToday({ ...TODAY_DEFAULTS, warnings: [sign], health: ['none'], ill: 'none' }, METHODS, INJURIES);
		expect(q.ok && q.result.kind).toBe('stop');
	});

	test.each(['fever', 'chest'] as const)('illness (%s) stops both, even with every other answer missing', (ill) => {
		const e = afterRaceTool.evaluate({ ...AFTER_RACE_DEFAULTS, ill, today: iso(TODAY) });
		expect(e.ok && e.result.kind).toBe('stop');
		const q = planToday({ ...TODAY_DEFAULTS, ill }, METHODS, INJURIES);
		expect(q.ok && q.result.kind).toBe('stop');
	});
});

// ---------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
/** Code without its comments, so a documented fact in a header is not read as a literal. */
const code = (file: string) =>
	readFileSync(file, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '');

describe('structure', () => {
	const toolsDir = join(root, 'src/lib/tools');
	const tools = readdirSync(toolsDir).filter((f) => statSync(join(toolsDir, f)).isDirectory());

	test('there are tools to check', () => {
		expect(tools).toEqual(expect.arrayContaining(['today', 'after-race', 'sleep', 'compression']));
	});

	test.each(tools)('the %s tool imports no other tool’s files', (tool) => {
		for (const file of walk(join(toolsDir, tool))) {
			for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
				const target = relative(toolsDir, resolve(dirname(file), m[1]!));
				const other = target.split('/')[0];
				if (!target.startsWith('..') && other !== tool && tools.includes(other!))
					throw new Error(`${relative(root, file)} imports ${m[1]} (the ${other} tool): shared facts belong in src/lib/situation`);
			}
		}
	});

	/**
	 * What a tool page loads before the reader touches its form: each tool's form.ts and the islands.
	 * A module they import joins the chunk every tool page loads, so from the situation model they
	 * import only the modules that hold the questions' words (and the links between tools, a few
	 * lines with no rules), never its index or its rules.
	 */
	const LIGHT = ['races', 'ages', 'sleep', 'health', 'links'];
	const eager = [
		...tools.map((tool) => join(toolsDir, tool, 'form.ts')),
		...walk(join(root, 'src/components/islands')).filter((f) => /\.tsx?$/.test(f)),
	];
	test.each(eager.map((f) => [relative(root, f), f]))('%s imports only the light modules of the situation model', (_name, file) => {
		for (const m of readFileSync(file, 'utf8').matchAll(/from\s*['"]([^'"]*situation[^'"]*)['"]/g)) {
			const module = m[1]!.split('/situation')[1]?.replace(/^\//, '') ?? '';
			expect(LIGHT, `${relative(root, file)} imports ${m[1]}`).toContain(module);
		}
	});

	test('the red-flag ids are exactly the red flags, in order', () => {
		expect(RED_FLAGS.map((f) => f.id)).toEqual([...RED_FLAG_ID_LIST]);
	});

	/** Facts of the situation model, and how they would look typed as a literal instead of read. */
	const FACTS: [string, RegExp][] = [
		['the half marathon and marathon in km', /\b21\.0975\b|\b42\.195\b/],
		['a mile in km', /\b1\.609/],
		['Craven 2022’s fall in performance after short sleep', /\b7\.56\b|\b7\.6 ?%/],
		['the ages the tools accept', /\b13 (?:and|to) 100\b|min: 13\b|max: 100\b/],
		['the sleep ranges by age', /\b8 to 10\b|\b8[-–]10 h|\b7[-–]9 h|\b7 hours or more\b/],
		['the oldest race a tool counts', /\b56 days\b|\b8 weeks\b|= 56\b/],
		['the masters age and its 25% later', />= 50\b|\b50 and over\b|\b25% (?:later|more)\b/],
		[
			'the week of normal training before racing again',
			/\b(?:a|one|7) (?:week|days?) of normal training\b|\braceAgain - \w+\.normal < 7\b/,
		],
	];
	const files = walk(join(root, 'src')).filter((f) => /\.(ts|tsx|astro)$/.test(f) && !f.includes('/lib/situation/'));

	test('the source tree is scanned', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	test.each(FACTS)('%s is read from the situation model, never typed as its own literal', (_fact, pattern) => {
		const found = files.filter((f) => pattern.test(code(f))).map((f) => relative(root, f));
		expect(found).toEqual([]);
	});
});
