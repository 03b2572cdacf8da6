import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FALLBACK_MS, startAfterPaint } from './start-after-paint.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** SvelteKit's start script as it writes it (its imports replaced by a recorder). */
const START = `
	{
		const element = document.currentScript.parentElement;

		Promise.all([
			load("./_app/immutable/entry/start.A.js"),
			load("./_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [null, null] });
		});

		if ('serviceWorker' in navigator) {
			addEventListener('load', function () {});
		}
	}
`;
const THEME = `document.documentElement.dataset.theme = 'light';`;

function page(): string {
	return `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' '${sha256(THEME)}' '${sha256(START)}'">
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="./_app/immutable/assets/0.css" rel="stylesheet">
		<script>${THEME}</script>
	</head><body><div>content<script>${START}</script></div></body></html>`;
}

const scriptOf = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.find((s) => s.includes('kit.start('))!;

interface World {
	hidden?: boolean;
	wait?: string;
	observer?: boolean;
	painted?: boolean;
}

/** Run the rewritten script against a stand-in browser; returns its controls and what it did. */
function run(html: string, world: World = {}) {
	const loaded: string[] = [];
	const preloaded: string[] = [];
	const timers: { fn: () => void; ms: number }[] = [];
	const listeners: Record<string, () => void> = {};
	let observed: ((list: { getEntriesByName(n: string): unknown[] }, o: unknown) => void) | null =
		null;
	let disconnected = false;
	const started: string[] = [];
	const document = {
		visibilityState: world.hidden ? 'hidden' : 'visible',
		documentElement: { dataset: world.wait ? { wait: world.wait } : {} },
		currentScript: { parentElement: 'root' },
		createElement: () => ({ rel: '', href: '' }),
		head: { append: (l: { rel: string; href: string }) => preloaded.push(`${l.rel} ${l.href}`) },
		addEventListener: (name: string, fn: () => void) => (listeners[name] = fn)
	};
	class Observer {
		static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
		constructor(fn: typeof observed) {
			observed = fn;
		}
		observe() {}
	}
	const window = { PerformanceObserver: world.observer === false ? undefined : Observer };
	const performance = {
		getEntriesByName: (n: string) => (world.painted && n === 'first-contentful-paint' ? [{}] : [])
	};
	const load = (url: string) => {
		loaded.push(url);
		return Promise.resolve({ start: () => started.push(url) });
	};
	new Function(
		'window',
		'document',
		'performance',
		'navigator',
		'load',
		'setTimeout',
		'addEventListener',
		scriptOf(html)
	)(
		window,
		document,
		performance,
		{},
		load,
		(fn: (...args: unknown[]) => void, ms: number, ...args: unknown[]) =>
			timers.push({ fn: () => fn(...args), ms }),
		() => {}
	);
	return {
		loaded,
		preloaded,
		timers,
		listeners,
		started,
		get disconnected() {
			return disconnected;
		},
		paint(name: string) {
			observed?.(
				{ getEntriesByName: (n: string) => (n === name ? [{}] : []) },
				{ disconnect: () => (disconnected = true) }
			);
		}
	};
}

describe('the app starts after the first paint (server/start-after-paint.ts)', () => {
	it('takes the script preloads out of the head and keeps every other tag', () => {
		const html = startAfterPaint(page());
		expect(html).not.toMatch(/rel="modulepreload"/);
		expect(html).toContain('<link href="./_app/immutable/assets/0.css" rel="stylesheet">');
		expect(html).toContain(`<script>${THEME}</script>`);
		expect(html).toContain('<div>content<script>');
	});

	it('allows the new start script by its hash, and no longer the old one', () => {
		const html = startAfterPaint(page());
		const policy = html.match(/content="(script-src[^"]*)"/)![1];
		expect(policy).toContain(`'${sha256(scriptOf(html))}'`);
		expect(policy).toContain(`'${sha256(THEME)}'`);
		expect(policy).not.toContain(`'${sha256(START)}'`);
	});

	it('requests nothing until the first contentful paint is reported, then preloads and starts', async () => {
		const w = run(startAfterPaint(page()));
		expect(w.loaded).toEqual([]);
		expect(w.preloaded).toEqual([]);
		w.paint('first-paint');
		expect(w.loaded).toEqual([]);
		w.paint('first-contentful-paint');
		expect(w.preloaded).toEqual([
			'modulepreload ./_app/immutable/entry/start.A.js',
			'modulepreload ./_app/immutable/chunks/C.js'
		]);
		expect(w.loaded).toEqual([
			'./_app/immutable/entry/start.A.js',
			'./_app/immutable/entry/app.B.js'
		]);
		expect(w.disconnected).toBe(true);
		// The code evaluated, SvelteKit starts in the next task.
		for (let i = 0; i < 4; i++) await Promise.resolve();
		expect(w.started).toEqual([]);
		const next = w.timers.filter((t) => t.ms === 0);
		expect(next).toHaveLength(1);
		next[0].fn();
		for (let i = 0; i < 4; i++) await Promise.resolve();
		expect(w.started).toEqual(['./_app/immutable/entry/start.A.js']);
		// Whatever fires next (the tab hidden, the fallback) does not start it twice.
		w.listeners.visibilitychange();
		for (const t of w.timers) t.fn();
		expect(w.loaded).toHaveLength(2);
	});

	it('starts at once where no paint is to be waited for', () => {
		for (const world of [
			{ hidden: true },
			{ wait: 'all' },
			{ observer: false },
			{ painted: true }
		]) {
			expect(run(startAfterPaint(page()), world).loaded, JSON.stringify(world)).toHaveLength(2);
		}
		// Saved work hides only the main part (data-wait="page"): the header still paints first.
		expect(run(startAfterPaint(page()), { wait: 'page' }).loaded).toEqual([]);
	});

	it('starts when the tab is hidden before it painted, or after the fallback time', () => {
		const hidden = run(startAfterPaint(page()));
		hidden.listeners.visibilitychange();
		expect(hidden.loaded).toHaveLength(2);

		const late = run(startAfterPaint(page()));
		expect(late.timers.map((t) => t.ms)).toEqual([FALLBACK_MS]);
		late.timers[0].fn();
		expect(late.loaded).toHaveLength(2);
	});

	it('leaves a page without the start script as it is, and refuses one the policy would block', () => {
		const plain = '<html><head><link href="./a.js" rel="modulepreload"></head><body></body></html>';
		expect(startAfterPaint(plain)).toBe(plain);
		expect(() => startAfterPaint(page().replace(sha256(START), 'sha256-other'))).toThrow(
			/content policy/
		);
		expect(() => startAfterPaint(page().replace('Promise.all([', 'Promise.any(['))).toThrow(
			/new shape/
		);
	});
});
