/**
 * A small static file server for the built site (dist/), used by the e2e tests, the Lighthouse
 * audit and the benchmark. It behaves like the CDNs the README deploys to: directory index pages,
 * a real 404 page with status 404, and the response headers declared in public/_headers (copied to
 * dist/_headers by the build), so the tests see the security headers a reader's browser would, and
 * text sent gzipped to a browser that accepts it, as every host in the README's table sends it (so
 * Lighthouse times the bytes a reader downloads, not the uncompressed file). Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Types a CDN compresses; Pagefind's index files and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/** Parses the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const rule = rules.at(-1);
			const colon = line.indexOf(':');
			if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

export interface RunningServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<RunningServer> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);

		let file = normalize(join(root, pathname));
		if (!file.startsWith(root + sep) && file !== root) {
			res.writeHead(400).end('Bad request');
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
			if (!existsSync(file)) {
				res.writeHead(404).end('Not found');
				return;
			}
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
		if (req.method === 'HEAD') res.end();
		else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
		else createReadStream(file).pipe(res);
	});

	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		server,
		// Open keep-alive connections would keep close() waiting (and a "cut" server answering).
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
