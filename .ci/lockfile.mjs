#!/usr/bin/env node
/**
 * Regenerates package-lock.json so that `npm ci` accepts it on every platform.
 *
 * Why: this project's machines reach a registry mirror that holds only the Linux builds of the
 * packages that ship one binary per platform (@astrojs/compiler-binding-*, @pagefind/*,
 * @rolldown/binding-*, @esbuild/*, @img/sharp-*, lightningcss-*...). A plain `npm install` here
 * therefore leaves the other platforms out of the lockfile, and `npm ci` then refuses it as out of
 * sync. This script regenerates the lockfile, then adds an entry for every optional dependency the
 * lockfile names but does not list, with the version its parent pins and the os and cpu read from
 * its name (the same fields npm records), so `npm ci` skips it on other machines as it should.
 *
 *   node .ci/lockfile.mjs            npm install (lockfile brought in line with package.json), then add the missing entries
 *   node .ci/lockfile.mjs --fresh    the same from an empty lockfile
 *   node .ci/lockfile.mjs --check    only report missing entries; exit 1 if there are any
 *
 * A full `npm install` (not --package-lock-only) is used so every package keeps its integrity hash.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lockPath = join(root, 'package-lock.json');
const checkOnly = process.argv.includes('--check');
const fresh = process.argv.includes('--fresh');

/** os and cpu from a platform package's name, e.g. "darwin-arm64", "win32-x64-msvc", "linux-x64-gnu". */
export function platformOf(name) {
	const tail = name.split('/').pop() ?? name;
	const os = [
		['darwin', 'darwin'],
		['linux', 'linux'],
		['win32', 'win32'],
		['windows', 'win32'],
		['android', 'android'],
		['freebsd', 'freebsd'],
		['netbsd', 'netbsd'],
		['openbsd', 'openbsd'],
		['sunos', 'sunos'],
		['aix', 'aix'],
		['openharmony', 'openharmony'],
	].find(([token]) => new RegExp(`(^|-)${token}(-|$)`).test(tail))?.[1];
	const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'].find((c) =>
		new RegExp(`(^|-)${c}(-|$)`).test(tail),
	);
	const libc = /-(musl)(-|$)/.test(tail) ? 'musl' : /-(gnu|gnueabihf)(-|$)/.test(tail) ? 'glibc' : undefined;
	return { os, cpu, libc };
}

function missingEntries(lock) {
	const packages = lock.packages;
	const added = {};
	for (const [path, entry] of Object.entries(packages)) {
		for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
			const key = `node_modules/${name}`;
			const nested = `${path}/node_modules/${name}`;
			if (packages[key] || packages[nested] || added[key]) continue;
			const { os, cpu, libc } = platformOf(name);
			if (!os && cpu !== 'wasm32') continue; // not a platform binary: leave it to npm
			const version = /^\d+\.\d+\.\d+/.test(spec) ? spec.replace(/^[~^=]/, '') : undefined;
			if (!version) throw new Error(`${path} pins ${name} as "${spec}": give it an exact version or add it by hand`);
			added[key] = {
				version,
				...(cpu ? { cpu: [cpu] } : {}),
				...(libc ? { libc: [libc] } : {}),
				optional: true,
				...(os ? { os: [os] } : {}),
			};
		}
	}
	return added;
}

if (!checkOnly) {
	if (fresh) rmSync(lockPath, { force: true });
	execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const added = missingEntries(lock);
const names = Object.keys(added);
if (checkOnly) {
	if (names.length > 0) {
		console.error(`package-lock.json lacks ${names.length} platform entries (run node .ci/lockfile.mjs):\n  ${names.join('\n  ')}`);
		process.exit(1);
	}
	console.log('package-lock.json lists every platform binary.');
} else {
	lock.packages = Object.fromEntries(
		Object.entries({ ...lock.packages, ...added }).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
	);
	writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(`Added ${names.length} platform entries:\n  ${names.join('\n  ')}`);
}
