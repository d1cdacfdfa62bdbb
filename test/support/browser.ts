/**
 * Real Chromium for the e2e tests, through playwright-core (no browser download: this project's
 * machines cannot fetch one). The browser is CHROME_PATH, else the system's Chromium or Chrome.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser executable, or an error that says how to get one. */
export function findChrome(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there. Point it at a Chromium or Chrome binary.`);
	}
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		"No Chromium found for the browser tests. Install Debian's Chromium with `apt-get install -y chromium` " +
			'(bash .ci/run does this), or set CHROME_PATH to a Chromium or Chrome binary.',
	);
}

/** Flags for a headless run on a machine with no GPU and no network but loopback. */
export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export function launchChrome(): Promise<Browser> {
	return chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS, headless: true });
}
