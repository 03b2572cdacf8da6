/**
 * Where a keystroke's main-thread time goes (bench/browser-latency.ts): a CPU profile and a
 * performance trace (Chrome DevTools Protocol) recorded during a separate run of edits, read per
 * edit. Scripts are split by the build's chunk (named from Vite's manifest: "chartjs" is Chart.js,
 * a chunk with Svelte's error links holds Svelte runtime code); rendering by its trace events (style,
 * layout, paint and compositing); garbage collection from the profile. Thread CPU time is used where
 * the trace has it, so the split holds up on a busy machine better than wall time does.
 * Nested rendering events (a Paint per layer inside the frame's Paint) count once. Style and layout
 * run inside a key press's own event (the browser inserting or deleting the character places the
 * caret, so it lays out what the input handlers changed) are named apart: no script is on the stack
 * there, and they used to land in "not attributed".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { originalAt } from './source-map.ts';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { type?: string } };
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** Chunk file name -> a readable label, from the build's manifest and the chunks' contents. */
function chunkLabels(): Map<string, string> {
	const labels = new Map<string, string>();
	const kitOut = resolve(process.env.KIT_OUT_DIR ?? '.svelte-kit');
	const build = resolve(process.env.BUILD_DIR ?? 'build');
	const manifestPath = join(kitOut, 'output/client/.vite/manifest.json');
	if (!existsSync(manifestPath)) return labels;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
		string,
		{ file: string; name?: string }
	>;
	for (const [src, { file, name }] of Object.entries(manifest)) {
		if (!file.endsWith('.js')) continue;
		const base = file.split('/').pop()!;
		let label = name ?? src;
		if (label === 'chartjs') label = 'Chart.js';
		const path = join(build, file);
		if (existsSync(path) && readFileSync(path, 'utf8').includes('svelte.dev/e/'))
			label = `${label} (with Svelte runtime code)`;
		labels.set(base, label);
	}
	return labels;
}

export interface Attribution {
	/** Milliseconds per edit, by phase (largest first). */
	phases: [string, number][];
	/** All main-thread task time per edit. */
	total: number;
	/**
	 * Style and layout forced by scripts (a script read layout after changing the page), per edit:
	 * part of "scripts".
	 */
	forced: number;
	/**
	 * With a build made with `vite build --sourcemap`: the functions of the app's own source that
	 * take the most time per edit, inclusive of what they call ("12.3 ms  set src/lib/…:40"); empty
	 * without source maps.
	 */
	functions: string[];
}

const RENDER: Record<string, string> = {
	UpdateLayoutTree: 'style',
	Layout: 'layout',
	PrePaint: 'paint and compositing',
	Paint: 'paint and compositing',
	Layerize: 'paint and compositing',
	Commit: 'paint and compositing',
	UpdateLayer: 'paint and compositing',
	CompositeLayers: 'paint and compositing'
};
/** Events inside which the browser edits a text field (and lays the page out to place the caret). */
const EDITING_EVENTS = new Set(['keydown', 'keypress', 'textInput']);
const SCRIPT_EVENTS = new Set([
	'EventDispatch',
	'FunctionCall',
	'RunMicrotasks',
	'TimerFire',
	'FireAnimationFrame',
	'v8.callFunction'
]);

/** Start recording (call right before the edits to attribute). */
export async function startAttribution(page: Page): Promise<() => Promise<Attribution>> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (d: { value: TraceEvent[] }) => {
		for (const e of d.value) events.push(e);
	});
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
		transferMode: 'ReportEvents'
	});
	await cdp.send('Profiler.start');
	return async () => {
		const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
		const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
		await cdp.send('Tracing.end');
		await complete;
		await cdp.detach();
		return attribute(events, profile);
	};
}

function attribute(events: TraceEvent[], profile: Profile): Attribution {
	// The renderer's main thread: the one that dispatched the key presses.
	const keys = events.filter(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.ph === 'X'
	);
	const edits = Math.max(1, keys.length);
	const main = keys[0] ? { pid: keys[0].pid, tid: keys[0].tid } : null;
	const onMain = (e: TraceEvent) => main !== null && e.pid === main.pid && e.tid === main.tid;
	const from = keys.length ? Math.min(...keys.map((k) => k.ts)) : 0;
	const to = keys.length ? Math.max(...keys.map((k) => k.ts)) + 80_000 : Infinity;
	const inWindow = (ts: number) => ts >= from && ts <= to;
	const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
	const mainEvents = events.filter((e) => e.ph === 'X' && onMain(e) && inWindow(e.ts));
	const total = mainEvents
		.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
		.reduce((s, e) => s + cpu(e), 0);
	const scripts = mainEvents
		.filter((e) => SCRIPT_EVENTS.has(e.name))
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const encloses = (outer: TraceEvent, e: TraceEvent) =>
		outer !== e && e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0);
	/** The innermost script event around `e` (the last one that started before it and encloses it). */
	const innermostScript = (e: TraceEvent): TraceEvent | null => {
		let found: TraceEvent | null = null;
		for (const s of scripts) {
			if (s.ts > e.ts) break;
			if (encloses(s, e)) found = s;
		}
		return found;
	};
	// Rendering events nest (a Paint holds the Paint of each layer inside it): only the outermost
	// one counts, or paint is counted two or three times over.
	const rendering = mainEvents
		.filter((e) => RENDER[e.name])
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const outermost: TraceEvent[] = [];
	let open: TraceEvent | null = null;
	for (const e of rendering) {
		if (open && encloses(open, e)) continue;
		outermost.push(e);
		open = e;
	}
	const phases = new Map<string, number>();
	const add = (k: string, ms: number) => phases.set(k, (phases.get(k) ?? 0) + ms);
	let forced = 0;
	for (const e of outermost) {
		const phase = RENDER[e.name];
		const script = phase === 'style' || phase === 'layout' ? innermostScript(e) : null;
		if (!script) add(phase, cpu(e));
		// The browser's own text editing (inserting or deleting the typed character) lays the page
		// out after the input event's handlers changed it: no script on the stack, so the profile
		// does not see it.
		else if (script.name === 'EventDispatch' && EDITING_EVENTS.has(script.args?.data?.type ?? ''))
			add('style and layout forced by the text edit (after the input event)', cpu(e));
		else forced += cpu(e);
	}
	// Scripts: the profile's samples in the same window, each given to the nearest frame with a
	// script address (a built-in such as structuredClone counts for the chunk that called it).
	const labels = chunkLabels();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const ownerOf = new Map<number, string>();
	const owner = (id: number): string => {
		const known = ownerOf.get(id);
		if (known !== undefined) return known;
		const n = byId.get(id)!;
		const name = n.callFrame.functionName;
		let label: string;
		if (name === '(garbage collector)') label = 'garbage collection';
		else if (name === '(idle)' || name === '(program)' || name === '(root)') label = '';
		else if (n.callFrame.url) {
			const file = n.callFrame.url.split('/').pop()!.split('?')[0];
			label = `scripts: ${labels.get(file) ?? file}`;
		} else label = parent.has(id) ? owner(parent.get(id)!) : '';
		ownerOf.set(id, label);
		return label;
	};
	let t = profile.startTime;
	let sampled = 0;
	const counted = new Map<string, number>();
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i] ?? 0;
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		if (!inWindow(t)) continue;
		sampled++;
		const label = owner(profile.samples[i]);
		if (label) counted.set(label, (counted.get(label) ?? 0) + dt);
	}
	// Clocks not comparable (never seen so far): count the whole profile rather than nothing.
	if (sampled === 0) {
		for (let i = 0; i < profile.samples.length; i++) {
			const label = owner(profile.samples[i]);
			const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
			if (label) counted.set(label, (counted.get(label) ?? 0) + dt);
		}
	}
	for (const [k, v] of counted) add(k, v);
	const functions = appFunctions(profile, byId, parent, inWindow, edits);
	const perEdit = [...phases].map(([k, v]) => [k, v / edits] as [string, number]);
	const known = perEdit.reduce((s, [, v]) => s + v, 0);
	const totalPerEdit = total / edits;
	if (totalPerEdit > known) perEdit.push(['other (tasks not attributed)', totalPerEdit - known]);
	perEdit.sort((a, b) => b[1] - a[1]);
	return { phases: perEdit, total: totalPerEdit, forced: forced / edits, functions };
}

/** The built file on disk behind a script address of the served build, or null. */
function builtFile(url: string): string | null {
	try {
		const path = new URL(url).pathname;
		return path.startsWith('/_app/') ? join(resolve(process.env.BUILD_DIR ?? 'build'), path) : null;
	} catch {
		return null;
	}
}

/**
 * Inclusive time per function of the app's own source (source-mapped; a function counted once per
 * sample however deep it recurses), per edit, the 12 largest (BENCH_FUNCTIONS sets how many).
 */
function appFunctions(
	profile: Profile,
	byId: Map<number, ProfileNode>,
	parent: Map<number, number>,
	inWindow: (ts: number) => boolean,
	edits: number
): string[] {
	const names = new Map<number, string | null>();
	const nameOf = (id: number): string | null => {
		if (names.has(id)) return names.get(id)!;
		const f = byId.get(id)!.callFrame;
		const file = f.url ? builtFile(f.url) : null;
		const at = file ? originalAt(file, f.lineNumber, f.columnNumber) : null;
		const name = at && /^src\//.test(at) ? `${f.functionName || '(anonymous)'} ${at}` : null;
		names.set(id, name);
		return name;
	};
	const inclusive = new Map<string, number>();
	let t = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i] ?? 0;
		if (!inWindow(t)) continue;
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const seen = new Set<string>();
		for (let up: number | undefined = profile.samples[i]; up !== undefined; up = parent.get(up)) {
			const name = nameOf(up);
			if (name && !seen.has(name)) {
				seen.add(name);
				inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
			}
		}
	}
	return [...inclusive]
		.sort((a, b) => b[1] - a[1])
		.slice(0, Number(process.env.BENCH_FUNCTIONS ?? 12))
		.map(([name, ms]) => `${(ms / edits).toFixed(2)} ms  ${name}`);
}
