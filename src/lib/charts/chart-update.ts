/**
 * Updating a Chart.js chart in place (pure helpers of `chart.svelte.ts`, testable in Node): what
 * changed between two configs, options whose formatters follow the latest config, and writing new
 * data into a chart's own data object.
 */
import type { ChartConfiguration, ChartData } from 'chart.js';

export type Options = NonNullable<ChartConfiguration['options']>;

const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' &&
	v !== null &&
	(Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Deep equality of option or data trees: plain objects, arrays and primitives by value; functions
 * are equal when both sides have one (they are trampolines to the latest config, see `trampolined`);
 * anything else (gradients, plugin objects) by identity.
 */
export function sameTree(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a === 'function' && typeof b === 'function') return true;
	if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
	if (Array.isArray(a) || ArrayBuffer.isView(a)) {
		if (!(Array.isArray(b) || ArrayBuffer.isView(b))) return false;
		const x = a as ArrayLike<unknown>;
		const y = b as ArrayLike<unknown>;
		if (x.length !== y.length) return false;
		for (let i = 0; i < x.length; i++) if (!sameTree(x[i], y[i])) return false;
		return true;
	}
	if (isPlain(a) && isPlain(b)) {
		const ka = Object.keys(a);
		if (ka.length !== Object.keys(b).length) return false;
		for (const k of ka) if (!(k in b) || !sameTree(a[k], b[k])) return false;
		return true;
	}
	return false;
}

/**
 * A copy of an options tree whose functions (tick and tooltip formatters) call the function at the
 * same place in the latest options given to `latest.set`. So options that differ only in their
 * closures (a new formatter object with the same currency) need no update, and a chart kept from an
 * earlier config still formats with the current one.
 */
export function trampolined(options: Options): {
	options: Options;
	latest: { set: (o: Options) => void };
} {
	let current: unknown = options;
	const at = (path: string[]) => {
		let v: unknown = current;
		for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
		return v as ((...args: unknown[]) => unknown) | undefined;
	};
	const copy = (v: unknown, path: string[]): unknown => {
		if (typeof v === 'function') {
			return function (this: unknown, ...args: unknown[]) {
				return (at(path) ?? (v as (...a: unknown[]) => unknown)).apply(this, args);
			};
		}
		if (Array.isArray(v)) return v.map((x, i) => copy(x, [...path, String(i)]));
		if (isPlain(v)) {
			const out: Record<string, unknown> = {};
			for (const k of Object.keys(v)) out[k] = copy(v[k], [...path, k]);
			return out;
		}
		return v;
	};
	return {
		options: copy(options, []) as Options,
		latest: { set: (o) => (current = o) }
	};
}

/** What a config change requires: nothing, new data only, or new options too. */
export function changeOf(
	before: ChartConfiguration,
	after: ChartConfiguration
): 'none' | 'data' | 'options' {
	const options = !sameTree(before.options ?? {}, after.options ?? {});
	const data = !sameTree(before.data, after.data);
	return options ? 'options' : data ? 'data' : 'none';
}

/** Write a config's data into the chart's own data object: same datasets, new values. */
export function writeData(target: ChartData, config: ChartConfiguration): void {
	const source = config.data;
	if (!sameTree(target.labels, source.labels)) target.labels = source.labels;
	if (target.datasets.length !== source.datasets.length) {
		target.datasets = source.datasets;
		return;
	}
	source.datasets.forEach((d, i) => {
		const t = target.datasets[i] as unknown as Record<string, unknown>;
		for (const k of Object.keys(d)) {
			const v = (d as unknown as Record<string, unknown>)[k];
			if (!sameTree(t[k], v)) t[k] = v;
		}
	});
}
