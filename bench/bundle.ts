// Initial page weight: JavaScript and CSS the calculator page loads at start (gzip), from ./build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error('bundle: no build found; run `npm run build` first');
	process.exit(1);
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';

/** Follow static imports from the entry files to find everything loaded before any user action. */
function initialJs(): string[] {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const seeds = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) seeds.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) seeds.add(m[1]);
	const seen = new Set<string>();
	const queue = [...seeds].map((s) => resolve(root, s.replace(/^\.\//, '')));
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		// Static imports only: `import ... from "./x.js"` and `import "./x.js"`.
		for (const m of code.matchAll(
			/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']([^"']+\.js)["']/g
		)) {
			queue.push(resolve(file, '..', m[1]));
		}
		for (const m of code.matchAll(/from["']([^"']+\.js)["']/g))
			queue.push(resolve(file, '..', m[1]));
	}
	return [...seen];
}

/** The calculator page's own node (the route component) is imported dynamically by the app: add it. */
function pageNodes(): string[] {
	const nodes = join(root, '_app/immutable/nodes');
	if (!existsSync(nodes)) return [];
	return readdirSync(nodes)
		.filter((f) => /^[01]\./.test(f) || /^2\./.test(f))
		.map((f) => join(nodes, f));
}

const files = new Set([...initialJs(), ...pageNodes()]);
// Pull in the static imports of the page nodes too.
for (const f of [...files]) {
	const code = readFileSync(f, 'utf8');
	for (const m of code.matchAll(/from["']([^"']+\.js)["']/g)) files.add(resolve(f, '..', m[1]));
}
let total = 0;
let raw = 0;
for (const f of files) {
	if (!existsSync(f)) continue;
	total += gz(f);
	raw += statSync(f).size;
}
const css = readdirSync(join(root, '_app/immutable/assets')).filter((f) => f.endsWith('.css'));
const cssGz = css.reduce((a, f) => a + gz(join(root, '_app/immutable/assets', f)), 0);
console.log(
	`bundle: initial JS ${kb(total)} gzip (${kb(raw)} raw, ${files.size} files; target < 120 KB gzip); all CSS ${kb(cssGz)} gzip`
);
