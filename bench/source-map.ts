// Where a position in a built script comes from: reads the script's source map (a build made with
// `vite build --sourcemap`), so a bench can name the source file and function of a minified frame.
// A small decoder of the source map v3 "mappings" (base-64 VLQ); no dependency.
import { existsSync, readFileSync } from 'node:fs';

/** One mapped segment: generated column -> source index, line, column, name index (or -1). */
type Segment = [number, number, number, number, number];

interface Decoded {
	sources: string[];
	names: string[];
	lines: Segment[][];
	/** Start offset of each generated line in the built file (to turn a char position into line/column). */
	lineStarts: number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** The VLQ numbers of one segment ("AAAA,SAAS"). */
function vlq(text: string): number[] {
	const out: number[] = [];
	let value = 0;
	let shift = 0;
	for (const c of text) {
		const d = DIGIT.get(c) ?? 0;
		value += (d & 31) << shift;
		if (d & 32) shift += 5;
		else {
			out.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return out;
}

function decode(
	code: string,
	map: { sources: string[]; names?: string[]; mappings: string }
): Decoded {
	const lines: Segment[][] = [];
	let source = 0;
	let line = 0;
	let column = 0;
	let name = 0;
	for (const text of map.mappings.split(';')) {
		const segments: Segment[] = [];
		let generated = 0;
		for (const part of text.split(',')) {
			if (!part) continue;
			const v = vlq(part);
			generated += v[0];
			if (v.length >= 4) {
				source += v[1];
				line += v[2];
				column += v[3];
				if (v.length >= 5) name += v[4];
				segments.push([generated, source, line, column, v.length >= 5 ? name : -1]);
			}
		}
		lines.push(segments);
	}
	const lineStarts = [0];
	for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
	return { sources: map.sources, names: map.names ?? [], lines, lineStarts };
}

const cache = new Map<string, Decoded | null>();

function decoded(file: string): Decoded | null {
	let d = cache.get(file);
	if (d === undefined) {
		d = null;
		if (existsSync(file) && existsSync(`${file}.map`)) {
			d = decode(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')));
		}
		cache.set(file, d);
	}
	return d;
}

/**
 * "src/lib/charts/chart.svelte.ts:52" for a character offset in a built file, or null without a
 * source map. `file` is the built script's path on disk.
 */
export function originalPosition(file: string, charPosition: number): string | null {
	const d = decoded(file);
	if (!d || charPosition < 0) return null;
	let line = 0;
	let lo = 0;
	let hi = d.lineStarts.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (d.lineStarts[mid] <= charPosition) {
			line = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return originalAt(file, line, charPosition - d.lineStarts[line]);
}

/** The same for a 0-based line and column (as a CPU profile's call frames give them). */
export function originalAt(file: string, line: number, column: number): string | null {
	const d = decoded(file);
	if (!d) return null;
	let best: Segment | null = null;
	for (const s of d.lines[line] ?? []) {
		if (s[0] <= column) best = s;
		else break;
	}
	if (!best) return null;
	const source = d.sources[best[1]].replace(/^(\.\.\/)+/, '');
	return `${source}:${best[2] + 1}`;
}
