/**
 * The four tools in real Chromium, filled by label as a runner would: the quiz, the after-race
 * timeline, the sleep calculator and the compression chooser, on their pages and embedded in
 * guides. Each: a result with its heading focused, a share link that reproduces it in a fresh
 * browser (the quiz's once its safety questions, which never travel, are answered), health answers kept out of the address and storage, axe on the result, no console
 * errors, nothing from another origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TOOLS } from '../../src/lib/tools/registry';
import { chooseRaceDay, expectNoAxeViolations, thirdPartyRequests, useBrowser, waitForIslands } from './support';

const open = useBrowser();

const group = (page: Page, name: string) => page.getByRole('group', { name });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const storageText = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));

/** Open a page with its tool hydrated and its controls enabled. */
async function openTool(path: string, options: Parameters<typeof open>[1] = {}) {
	const tracked = await open(path, options);
	await tracked.page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await waitForIslands(tracked.page);
	await tracked.page.locator('astro-island form button[type="submit"]:not([disabled])').first().waitFor();
	return tracked;
}

async function safetyNone(page: Page) {
	await group(page, 'Any of these warning signs today?').getByLabel('None of these').check();
	await group(page, 'Does any of these apply to you?').getByLabel('None of these').check();
	await notIll(page);
}

/** "Not ill in the last two weeks": asked by the quiz and the timeline, never kept. */
const notIll = (page: Page | ReturnType<Page['locator']>) =>
	page.getByRole('group', { name: 'Have you been ill in the last two weeks?' }).getByLabel('No', { exact: true }).check();

async function openStep(page: Page, summary: RegExp) {
	const step = page.locator('summary', { hasText: summary });
	if (!(await step.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await step.click();
}

describe('the quiz, /tools/today/', () => {
	test('a plan, answer first, that a shared link reproduces in a fresh browser once its safety questions are answered, twice', async () => {
		const { page, errors, requests } = await openTool('/tools/today/');
		await safetyNone(page);
		await openStep(page, /^Your training/);
		await page.getByLabel('Long run').check();
		await page.getByLabel('In the last 2 hours').check();
		await openStep(page, /^How you feel/);
		await page.getByLabel('Leg soreness, 0 to 10').fill('5');
		await page.getByLabel('Quads').check();
		await openStep(page, /^Sleep, time and kit/);
		await page.getByLabel('Hours slept last night').fill('6,5');
		await page.getByLabel('30 minutes').check();
		await page.getByLabel('Foam roller').check();
		await page.getByRole('button', { name: 'Get my plan' }).click();

		await expect.poll(() => focusedText(page)).toBe('Your plan for today');
		const result = page.locator('.tool-result');
		const text = await result.innerText();
		expect(text).toMatch(/^Your plan for today\n+Go easy today/);
		expect(text).toContain('Legs: 5/10.');
		for (const href of await result.locator('[data-section="methods"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			expect(href).toMatch(/^\/methods\/[a-z0-9-]+\/$/);
		await expectNoAxeViolations(page);

		const shared = new URL(page.url());
		expect(shared.search).toContain('legs=5');
		expect(shared.search).not.toMatch(/warnings|health/);
		// A first visit in a fresh browser, then a return visit in the same one (its storage now holds
		// the kept answers, never the safety ones): each time the link asks the safety questions again
		// and, answered, gives the same plan.
		const fresh = await openTool(shared.pathname + shared.search);
		for (const visit of ['first', 'return']) {
			const again = visit === 'first' ? fresh.page : await fresh.page.context().newPage();
			if (visit === 'return') {
				await again.goto(shared.href, { waitUntil: 'load' });
				await again.locator('astro-island form button[type="submit"]:not([disabled])').first().waitFor();
			}
			await group(again, 'Any of these warning signs today?').locator('.field-error').waitFor();
			expect(await again.locator('.tool-result').innerText(), `${visit} visit`).toBe('');
			expect(await again.getByLabel('Leg soreness, 0 to 10').inputValue()).toBe('5');
			await safetyNone(again);
			await again.getByRole('button', { name: 'Get my plan' }).click();
			await again.locator('.tool-result h2').waitFor();
			expect(await again.locator('.tool-result').innerText(), `${visit} visit`).toBe(text);
		}
		expect(fresh.errors).toEqual([]);
		await fresh.page.context().close();
		expect(errors).toEqual([]);
		expect(thirdPartyRequests(requests)).toEqual([]);
		await page.context().close();
	});

	test('warning signs and health answers never reach the address or storage', async () => {
		const { page } = await openTool('/tools/today/');
		await group(page, 'Does any of these apply to you?').getByLabel('Pregnancy').check();
		await group(page, 'Any of these warning signs today?').getByLabel('None of these').check();
		await notIll(page);
		await page.getByRole('button', { name: 'Get my plan' }).click();
		await page.locator('.tool-result h2').waitFor();
		await group(page, 'Any of these warning signs today?').getByLabel('One calf swollen, hot, red or painful now').check();
		await page.getByRole('button', { name: 'Get my plan' }).click();
		await expect.poll(() => page.locator('.tool-result').innerText()).toMatch(/Stop self-treating/);
		expect(await page.locator('.tool-result a[href="/red-flags/#clot"]').count()).toBe(1);
		await expectNoAxeViolations(page);
		const everything = `${page.url()} ${await storageText(page)}`;
		for (const word of ['pregnancy', 'calf-swelling', 'warnings', 'health']) expect(everything).not.toContain(word);
		await page.context().close();
	});

	test.each([
		['Feet and arches', '/injuries/plantar-heel-pain/'],
		['Calves and shins', '/injuries/shin-pain/'],
		['IT band and outer thigh', '/injuries/it-band-pain/'],
	])('pain in the %s routes to its guide, red flags first', async (region, guide) => {
		const { page } = await openTool('/tools/today/');
		await safetyNone(page);
		await openStep(page, /^How you feel/);
		await page.getByLabel(region, { exact: true }).check();
		await group(page, `${region}: how does it feel?`).getByLabel('Pain in one spot, a joint or a tendon').check();
		await page.getByRole('button', { name: 'Get my plan' }).click();
		await page.locator('.tool-result h2').waitFor();
		const pain = page.locator('[data-section="pain"]');
		expect(await pain.locator(`a[href="${guide}"]`).count()).toBe(1);
		expect(await page.locator('.tool-result').innerText()).not.toContain('Train as planned');
		await page.context().close();
	});

	test('on a phone the first question is on the first screen, and the optional questions fold, so the button follows the safety questions', async () => {
		// The safety questions (warning signs, health, illness) are required and never folded; every
		// optional question is, so between the last safety answer and the button there are only the
		// three closed folds.
		const { page } = await openTool('/tools/today/', { viewport: { width: 390, height: 844 } });
		const first = await group(page, 'Any of these warning signs today?').getByRole('checkbox').first().boundingBox();
		expect(first!.y + first!.height).toBeLessThan(844);
		const safety = await page.getByRole('group', { name: 'Safety first (required)' }).boundingBox();
		const button = await page.getByRole('button', { name: 'Get my plan' }).boundingBox();
		const folds = page.locator('details.tool-step');
		expect(await folds.count()).toBe(3);
		for (const open of await folds.evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open))) expect(open).toBe(false);
		expect(button!.y - (safety!.y + safety!.height)).toBeLessThan(3 * 60 + 100);
		await page.context().close();
	});
});

describe('every tool on a phone (390 x 844, touch)', () => {
	const phone = { viewport: { width: 390, height: 844 } };
	for (const tool of TOOLS) {
		test(`${tool.href}: a one-row header, the first question on the first screen, every choice a 44 px target, every fold marked`, async () => {
			const { page } = await openTool(tool.href, phone);
			const measured = await page.evaluate(() => {
				const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
				const form = document.querySelector('astro-island form')!;
				const first = form.querySelector('input, select')!;
				const header = document.querySelector('.site-header')!.getBoundingClientRect();
				const intro = document.querySelector('h1 ~ p.prose');
				return {
					header: header.height,
					firstBottom: top(first) + first.getBoundingClientRect().height,
					introSentences: intro ? (intro.textContent!.trim().match(/[.!?](\s|$)/g) ?? []).length : 0,
					targets: [...form.querySelectorAll('.tool-option')].map((o) => {
						const r = o.getBoundingClientRect();
						return { text: o.textContent, w: r.width, h: r.height, label: o.tagName === 'LABEL' };
					}),
					markers: [...form.querySelectorAll('details > summary')].map((s) => getComputedStyle(s, '::before').borderInlineStartWidth),
				};
			});
			// One row: the bar is one line of 44 px targets plus its padding, not two.
			expect(measured.header).toBeLessThan(70);
			expect(measured.firstBottom).toBeLessThan(844);
			expect(measured.introSentences).toBe(1);
			expect(measured.targets.length).toBeGreaterThan(0);
			for (const t of measured.targets) {
				expect(t.label, t.text!).toBe(true);
				expect(t.w, t.text!).toBeGreaterThanOrEqual(44);
				expect(t.h, t.text!).toBeGreaterThanOrEqual(44);
			}
			for (const m of measured.markers) expect(parseFloat(m)).toBeGreaterThan(0);
			// axe with every fold closed (as loaded) and open.
			await expectNoAxeViolations(page);
			await page.evaluate(() => document.querySelectorAll('astro-island details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
			await expectNoAxeViolations(page);
			// A tap on the row away from the box ticks it.
			const row = page.locator('astro-island form .tool-option').first();
			const box = (await row.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height / 2);
			expect(await row.locator('input').isChecked()).toBe(true);
			await page.context().close();
		});
	}
});

describe('the quiz: the cases it was criticised for', () => {
	/** The quiz's result text after the answers `fill` gives (safety answers first). */
	async function planFor(fill: (page: Page) => Promise<void>, { safety = true } = {}) {
		const tracked = await openTool('/tools/today/');
		if (safety) await safetyNone(tracked.page);
		await fill(tracked.page);
		await tracked.page.getByRole('button', { name: 'Get my plan' }).click();
		await tracked.page.locator('.tool-result h2').waitFor();
		// textContent, not innerText: the reasons sit in closed "Why" disclosures.
		return { ...tracked, text: (await tracked.page.locator('.tool-result').textContent()) ?? '' };
	}

	test('race in 2 days with a hard session tomorrow: an easy day and nothing new', async () => {
		const { page, text } = await planFor(async (p) => {
			await openStep(p, /^Your training/);
			await p.getByLabel('A hard session tomorrow').check();
			await p.getByLabel('Days until your next race').fill('2');
		});
		expect(text).toMatch(/Go easy today/);
		expect(text).toContain('no hard session today or tomorrow');
		expect(text).toContain('Nothing new before a race');
		expect(text).not.toMatch(/Toe separators/);
		await page.context().close();
	});

	test('a fresh ankle sprain with an hour and ice: legs up, cold for pain, walking as pain allows; the sprain guide first', async () => {
		const { page, text } = await planFor(async (p) => {
			await openStep(p, /^How you feel/);
			await p.getByLabel('Ankles', { exact: true }).check();
			await group(p, 'Ankles: how does it feel?').getByLabel('Pain in one spot, a joint or a tendon').check();
			await group(p, 'A fresh strain, sprain or knock in the last 48 hours?').getByLabel('Yes').check();
			await group(p, 'Can you take four steps on it?').getByLabel('Yes').check();
			await openStep(p, /^Sleep, time and kit/);
			await p.getByLabel('60 minutes or more').check();
			await p.getByLabel('Ice', { exact: true }).check();
		});
		expect(text).toContain('walk on it as pain allows');
		expect(await page.locator('[data-section="methods"] a[href="/methods/elevation/"]').count()).toBe(1);
		expect(await page.locator('[data-section="methods"] a[href="/methods/ice-packs/"]').count()).toBe(1);
		expect(await page.locator('[data-section="pain"] a').first().getAttribute('href')).toBe('/injuries/ankle-sprain/');
		await page.context().close();
	});

	test.each([
		['15', /Teenagers need 8 to 10 hours of sleep/],
		['65', /25% more days before workouts and racing/],
	])('age %s is echoed, with what changes for that age', async (age, note) => {
		const { page, text } = await planFor(async (p) => {
			await openStep(p, /^Your training/);
			await p.getByLabel('Age', { exact: true }).fill(age);
		});
		expect(text).toContain(`Age: ${age}.`);
		expect(text).toMatch(note);
		await page.context().close();
	});

	test('chafing ticked gets chafing care with no run in the last two hours', async () => {
		const { page } = await planFor(async (p) => {
			await openStep(p, /^How you feel/);
			await p.getByLabel('Skin and chafing').check();
		});
		expect(await page.locator('[data-section="methods"] a[href="/methods/chafing-care/"]').count()).toBe(1);
		await page.context().close();
	});

	test('heel pain: the heel guide first, with its signs; the others one line each', async () => {
		const { page } = await planFor(async (p) => {
			await openStep(p, /^How you feel/);
			await p.getByLabel('Feet and arches', { exact: true }).check();
			await group(p, 'Feet and arches: how does it feel?').getByLabel('Pain in one spot, a joint or a tendon').check();
		});
		const items = page.locator('[data-section="pain"] li');
		expect(await items.first().locator('a').getAttribute('href')).toBe('/injuries/plantar-heel-pain/');
		expect(await items.first().innerText()).toContain('Back to running when:');
		expect(await items.nth(1).innerText()).not.toContain('Back to running when:');
		await page.context().close();
	});

	test('after a marathon, the link to the timeline carries its distance, date and effort, and the timeline opens with them', async () => {
		const { page } = await planFor(async (p) => {
			await openStep(p, /^Your training/);
			await p.getByLabel('Days since your last race').fill('3');
			await p.getByLabel('Marathon', { exact: true }).check();
		});
		const href = await page.locator('[data-section="after-race"] a').first().getAttribute('href');
		const url = new URL(href!, 'http://x');
		expect(url.pathname).toBe('/tools/after-race/');
		expect(url.searchParams.get('distance')).toBe('marathon');
		expect(url.searchParams.get('effort')).toBe('all-out');
		expect(url.searchParams.get('raceDay')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await page.locator('[data-section="after-race"] a').first().click();
		await page.waitForURL(/\/tools\/after-race\//);
		await waitForIslands(page);
		expect(await page.getByLabel('Marathon', { exact: true }).isChecked()).toBe(true);
		expect(await page.getByLabel('Race day (required)').inputValue()).toBe(url.searchParams.get('raceDay'));
		await page.context().close();
	});

	test('a fever stops the plan, whatever else is answered, and stays off the address', async () => {
		const { page, text } = await planFor(
			async (p) => {
				await group(p, 'Any of these warning signs today?').getByLabel('None of these').check();
				await group(p, 'Does any of these apply to you?').getByLabel('None of these').check();
				await group(p, 'Have you been ill in the last two weeks?').getByLabel('Fever', { exact: true }).check();
			},
			{ safety: false },
		);
		expect(text).toMatch(/No training today: you have had a fever\./);
		expect(`${page.url()} ${await storageText(page)}`).not.toMatch(/fever|ill=/);
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	test('deep groin pain stops the plan and names the urgent hip flag first', async () => {
		const { page, text } = await planFor(
			async (p) => {
				await group(p, 'Any of these warning signs today?')
					.getByLabel(/^Deep groin or hip pain/)
					.check();
			},
			{ safety: false },
		);
		expect(text).toMatch(/Stop self-treating\. Urgent: get medical care today\./);
		expect(await page.locator('.tool-result a[href="/red-flags/#hip-groin"]').count()).toBe(1);
		expect(await page.locator('.tool-result h3').first().innerText()).toMatch(/groin or hip/i);
		await page.context().close();
	});
});

describe('sleep: a teenager and race eve', () => {
	test('a 16-year-old averaging 8 hours owes nothing, and race eve uses the usual night and plans the nights before', async () => {
		const { page } = await openTool('/tools/sleep/');
		await page.getByLabel('Wake-up time').fill('06:00');
		await openStep(page, /^About you/);
		await page.getByLabel('Age', { exact: true }).fill('16');
		await page.getByLabel('Average sleep over the last 7 nights').fill('8');
		await page.getByRole('button', { name: 'Work out my sleep' }).click();
		await page.locator('.tool-result h2').waitFor();
		expect(await page.locator('.tool-result').innerText()).toContain('No sleep debt.');
		await page.getByLabel('The night before a race').check();
		await page.getByLabel('Average sleep over the last 7 nights').fill('6.5');
		await page.getByRole('button', { name: 'Work out my sleep' }).click();
		await expect.poll(() => page.locator('.tool-result').innerText()).toMatch(/Aim for your usual night, 6 h 30 min \(your average\)/);
		expect(await page.locator('.tool-result').innerText()).toMatch(/The two or three nights before race eve: \d+ h/);
		await page.context().close();
	});
});

describe('the after-race timeline, /tools/after-race/', () => {
	test.each([
		['Dark, tea- or cola-coloured urine', '/red-flags/#rhabdomyolysis'],
		['Chest pain, fainting or a racing heart', '/red-flags/#cardiac'],
	])('%s stops the timeline and names its red flag', async (sign, flag) => {
		const { page } = await openTool('/tools/after-race/');
		await page.getByLabel('Marathon', { exact: true }).check();
		await chooseRaceDay(page, 'Yesterday');
		await notIll(page);
		await group(page, 'How are things now?').getByLabel(sign).check();
		await page.getByRole('button', { name: 'Show my timeline' }).click();
		await page.locator('.tool-result h2').waitFor();
		const text = await page.locator('.tool-result').innerText();
		expect(text).toMatch(/no timeline while you have/);
		expect(text).not.toContain('Day by day');
		expect(await page.locator(`.tool-result a[href="${flag}"]`).count()).toBe(1);
		await expectNoAxeViolations(page);
		expect(`${page.url()} ${await storageText(page)}`).not.toMatch(/urine|chest/);
		await page.context().close();
	});

	test('a marathon yesterday: the answer first, the checks before the first run, a calendar file, a print page, and the shared link', async () => {
		const { page, errors } = await openTool('/tools/after-race/');
		await page.getByLabel('Marathon', { exact: true }).check();
		await chooseRaceDay(page, 'Yesterday');
		await notIll(page);
		await page.getByRole('button', { name: 'Show my timeline' }).click();
		await expect.poll(() => focusedText(page)).toBe('Your recovery timeline');
		const text = await page.locator('.tool-result').innerText();
		// A date in another year than the race's carries its year.
		const on = '\\d+ \\w+(?: \\d{4})?';
		expect(text).toMatch(
			new RegExp(`Marathon on ${on}: first easy run about ${on}, first workout about ${on}, race again from about ${on}\\.`),
		);
		expect(text.indexOf('Before your first run')).toBeLessThan(text.indexOf('Day by day'));
		expect(text).toMatch(/Day 0 · \w{3} \d+ \w{3} · Rest/);
		await expectNoAxeViolations(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('after-the-race.ics');
		const { readFileSync } = await import('node:fs');
		const ics = readFileSync((await file.path())!, 'utf8');
		expect(ics).toMatch(/^BEGIN:VCALENDAR/);
		expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(20);
		expect(ics).toMatch(/SUMMARY:Rest: day 0 after the marathon/);
		// Built without SITE_URL (as the tests build): no placeholder domain, the link called local.
		const unfolded = ics.replace(/\r?\n[ \t]/g, '');
		expect(unfolded).not.toMatch(/\.example/);
		expect(unfolded).toContain('Plan from a local copy of this site');

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.tool-form').isVisible()).toBe(false);
		expect(await page.locator('.tool-result').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });

		// The link fills the race; the illness question, never kept, is asked again before the timeline.
		const shared = new URL(page.url());
		expect(shared.search).not.toMatch(/ill|none/);
		const again = await openTool(shared.pathname + shared.search);
		expect(await again.page.locator('.tool-result').innerText()).toBe('');
		await notIll(again.page);
		await again.page.getByRole('button', { name: 'Show my timeline' }).click();
		await again.page.locator('.tool-result h2').waitFor();
		expect(await again.page.locator('.tool-result').innerText()).toBe(text);
		expect(errors).toEqual([]);
		await again.page.context().close();
		await page.context().close();
	});

	test('a race day in the future, from a link, is refused at the field; limping routes to the injury guides and stays on the page', async () => {
		const { page } = await openTool('/tools/after-race/?distance=10k&raceDay=2999-01-01');
		expect(await page.getByLabel('Race day (required)').inputValue()).toBe('2999-01-01');
		await page.getByRole('button', { name: 'Show my timeline' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/-raceDay$/);
		expect(await page.locator('.field-error', { hasText: 'That race hasn’t happened yet' }).isVisible()).toBe(true);
		// The problem list links to the field with the same words.
		expect(await page.getByRole('link', { name: /^That race hasn’t happened yet/ }).getAttribute('href')).toMatch(/-raceDay$/);
		await chooseRaceDay(page, 'Today');
		await page.getByLabel('I am still limping').check();
		await page.getByRole('button', { name: 'Show my timeline' }).click();
		await page.locator('.tool-result h2').waitFor();
		expect(await page.locator('.tool-result a[href="/injuries/"]').count()).toBe(1);
		expect(`${page.url()} ${await storageText(page)}`).not.toContain('limping');
		await page.context().close();
	});
});

describe('the sleep calculator and the compression chooser', () => {
	test('a wake-up time typed in Persian or full-width digits is read', async () => {
		for (const typed of ['۰۶:۰۰', '０６：００']) {
			const { page } = await openTool('/tools/sleep/');
			await page.getByLabel('Wake-up time').fill(typed);
			await page.getByRole('button', { name: 'Work out my sleep' }).click();
			await expect.poll(() => focusedText(page)).toBe('Your sleep plan');
			expect(await page.locator('.tool-headline').innerText()).toMatch(/for a (06:00|6:00 am) alarm/);
			await page.context().close();
		}
	});

	test('the sleep calculator answers from the wake-up time alone', async () => {
		const { page, errors } = await openTool('/tools/sleep/');
		await page.getByLabel('Wake-up time').fill('06:00');
		await page.getByRole('button', { name: 'Work out my sleep' }).click();
		await expect.poll(() => focusedText(page)).toBe('Your sleep plan');
		expect(await page.locator('.tool-headline').innerText()).toMatch(/^Lights out (22:\d\d|\d+:\d\d pm) for a (06:00|6:00 am) alarm/);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the compression chooser: the health check first, a size in either unit, the check never stored', async () => {
		const { page } = await openTool('/tools/compression/');
		await page.getByLabel('None of these').check();
		await page.getByLabel('Inches (in)').check();
		await page.getByLabel('Calf at its widest (in)').fill('15');
		await page.getByRole('button', { name: 'Show my gear' }).click();
		await expect.poll(() => focusedText(page)).toBe('Your compression gear');
		expect(await page.locator('.tool-headline').innerText()).toMatch(/15–20 mmHg · Medium calf/);
		await expectNoAxeViolations(page);
		await page.getByLabel('One calf swollen, hot, red or painful now').check();
		await page.getByRole('button', { name: 'Show my gear' }).click();
		await expect.poll(() => page.locator('.tool-headline').innerText()).toMatch(/Get that calf checked today/);
		expect(`${page.url()} ${await storageText(page)}`).not.toMatch(/calf-swelling|screen/);
		await page.context().close();
	});
});

describe('embedded in guides', () => {
	test.each([
		['/methods/sleep/', async (p: Page) => p.getByLabel('Wake-up time').fill('07:00'), 'Work out my sleep', 'Your sleep plan'],
		[
			'/methods/compression-garments/',
			async (p: Page) => (await p.getByLabel('None of these').check(), p.getByLabel('Calf at its widest (cm)').fill('36')),
			'Show my gear',
			'Your compression gear',
		],
		[
			'/after-the-race/',
			async (p: Page) => (await p.getByLabel('Half marathon').check(), await notIll(p), chooseRaceDay(p, 'Today')),
			'Show my timeline',
			'Your recovery timeline',
		],
	] as const)('%s: the tool works and its heading steps down to h3', async (path, fill, submit, heading) => {
		const { page, errors } = await openTool(path);
		const tool = page.locator('astro-island').first();
		await fill(page);
		await tool.getByRole('button', { name: submit }).click();
		await tool.getByRole('heading', { name: heading, level: 3 }).waitFor();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test.each(TOOLS.map((t) => t.href))('%s: the no-JavaScript note is hidden when scripting is on and shown when off', async (path) => {
		const on = await openTool(path);
		expect(await on.page.getByText(/needs JavaScript/).isVisible()).toBe(false);
		await on.page.context().close();
		const off = await open(path, { javaScript: false });
		expect(
			await off.page
				.getByText(/needs JavaScript/)
				.first()
				.isVisible(),
		).toBe(true);
		expect(await off.page.locator('form button[type="submit"]').first().isDisabled()).toBe(true);
		await off.page.context().close();
	});
});
