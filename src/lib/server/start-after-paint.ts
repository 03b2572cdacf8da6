/**
 * The prerendered page paints before the app's scripts are even requested (used by the server hook
 * when pages are prerendered; never in the browser).
 *
 * SvelteKit writes `<link rel="modulepreload">` tags for the app's scripts into the head and an
 * inline script at the end of the body that imports them and starts the app. On a slow phone
 * network those ~100 KB compete with the page and its stylesheet, and starting the app (long work
 * on a slow phone) competes with the first paint. Here the preload tags are taken out and the
 * import is wrapped: it runs once the browser reports the page's first contentful paint, and then
 * preloads the same files (so no request waits for another). It runs at once where there is no
 * paint to wait for: a hidden tab, a browser without paint timing, or a page that stays hidden
 * until the app starts (`data-wait="all"`, src/app.html). Whatever happens, it starts after
 * `FALLBACK_MS`. Typing before the start is not lost (state/early-input.ts). Once the app's code has
 * been evaluated, SvelteKit's start waits for the next task (two tasks instead of one long one).
 *
 * The inline script is allowed by its hash in the page's content policy: the hash is replaced by
 * the new script's.
 */
import { createHash } from 'node:crypto';

/** Start anyway after this long, should no paint be reported. */
export const FALLBACK_MS = 4000;

const PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The index of the first character from `from` at which `stop` holds, brackets counted; or -1. */
function scan(text: string, from: number, stop: (c: string, depth: number) => boolean): number {
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '{' || c === '[') depth++;
		else if (c === ')' || c === '}' || c === ']') depth--;
		if (stop(c, depth)) return i;
	}
	return -1;
}

/** The end (index of its `;`) of the statement that starts at `from`: brackets balanced. */
const statementEnd = (text: string, from: number) =>
	scan(text, from, (c, depth) => c === ';' && depth === 0);

/** The index of the bracket that closes the one opened at `open`. */
const closing = (text: string, open: number) => scan(text, open, (_, depth) => depth === 0);

/**
 * SvelteKit's `Promise.all([import(...), ...]).then(... kit.start ...)` with a task between the
 * two: evaluating the app's code and starting it are then two tasks rather than one long one.
 */
function taskBeforeStart(statement: string): string {
	const close = closing(statement, statement.indexOf('('));
	if (close < 0) throw new Error('start-after-paint: SvelteKit’s start script has a new shape');
	return (
		statement.slice(0, close + 1) +
		'.then((modules) => new Promise((resolve) => setTimeout(resolve, 0, modules)))' +
		statement.slice(close + 1)
	);
}

/** The code that runs `start` once, after the first contentful paint (see above). */
function afterFirstPaint(preloads: string[], start: string): string {
	return `const start = () => {
	for (const href of ${JSON.stringify(preloads)}) {
		const link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = href;
		document.head.append(link);
	}
	${start}
};
let started = false;
const go = () => {
	if (started) return;
	started = true;
	start();
};
const Observer = window.PerformanceObserver;
if (
	document.visibilityState === 'hidden' ||
	document.documentElement.dataset.wait === 'all' ||
	!Observer ||
	!(Observer.supportedEntryTypes || []).includes('paint') ||
	performance.getEntriesByName('first-contentful-paint').length > 0
) {
	go();
} else {
	new Observer((list, observer) => {
		if (list.getEntriesByName('first-contentful-paint').length === 0) return;
		observer.disconnect();
		go();
	}).observe({ type: 'paint', buffered: true });
	document.addEventListener('visibilitychange', go, { once: true });
	setTimeout(go, ${FALLBACK_MS});
}`;
}

/**
 * A prerendered page's HTML with the app started after its first paint. A page without SvelteKit's
 * start script is returned as it is; one whose script's hash is not in its content policy is an
 * error (the page would not start at all).
 */
export function startAfterPaint(html: string): string {
	const script = [...html.matchAll(SCRIPT)].find((m) => m[1].includes('kit.start('));
	if (!script) return html;
	const body = script[1];
	const from = body.indexOf('Promise.all([');
	const end = from < 0 ? -1 : statementEnd(body, from);
	if (end < 0) throw new Error('start-after-paint: SvelteKit’s start script has a new shape');
	const oldHash = sha256(body);
	if (!html.includes(`'${oldHash}'`)) {
		throw new Error('start-after-paint: the start script’s hash is not in the content policy');
	}
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
	const next =
		body.slice(0, from) +
		afterFirstPaint(preloads, taskBeforeStart(body.slice(from, end + 1))) +
		body.slice(end + 1);
	return html
		.replace(PRELOAD, '')
		.replace(`'${oldHash}'`, `'${sha256(next)}'`)
		.replace(script[0], () => `<script>${next}</script>`);
}
