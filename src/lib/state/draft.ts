/**
 * A scenario as the user is editing it: the scenario's shape, where any number may temporarily be
 * the raw text the user typed (so nothing they type is lost while it is invalid). Pure helpers.
 */
import {
	createRole,
	createScenario,
	isRecord,
	isUnsafeKey,
	type Role,
	type Scenario
} from '../model/index.ts';
import { decimalSeparator } from '../i18n/format.ts';

type Draftify<T> = T extends number
	? number | string
	: T extends (infer U)[]
		? Draftify<U>[]
		: T extends object
			? { [K in keyof T]: Draftify<T[K]> }
			: T;

export type ScenarioDraft = Draftify<Scenario>;
export type RoleDraft = Draftify<Role>;
export type Path = (string | number)[];

/** The key of a path, as used to look up a field's message: "roles.0.buy.timeToFillDays". */
export function pathKey(path: Path): string {
	return path.join('.');
}

/** Set a value at a path inside an object (mutates; refuses unsafe keys). */
export function setAtPath(target: unknown, path: Path, value: unknown): void {
	if (path.length === 0) return;
	let node = target as Record<string | number, unknown>;
	for (let i = 0; i < path.length - 1; i++) {
		const k = path[i];
		if (isUnsafeKey(k)) return;
		node = node[k] as Record<string | number, unknown>;
		if (typeof node !== 'object' || node === null) return;
	}
	const last = path[path.length - 1];
	if (isUnsafeKey(last)) return;
	node[last] = value;
}

/** Read a value at a path, or undefined. */
export function getAtPath(source: unknown, path: Path): unknown {
	let node: unknown = source;
	for (const k of path) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<string | number, unknown>)[k];
	}
	return node;
}

/**
 * Fill `value` into the shape of `template`: objects keep the template's keys only (unknown keys
 * are dropped, so `__proto__` and friends never survive), primitives keep the value when it is a
 * primitive (right type or not: validation will say), arrays are merged element-wise against
 * `itemTemplate`.
 */
function fillShape(value: unknown, template: unknown): unknown {
	// What is taken from the template is a copy: the templates are shared (see `roleShape`).
	if (Array.isArray(template)) return Array.isArray(value) ? value : plainCopy(template);
	if (isRecord(template)) {
		const src = isRecord(value) ? value : {};
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(template)) {
			const t = template[key];
			const v = Object.prototype.hasOwnProperty.call(src, key) ? src[key] : undefined;
			out[key] = v === undefined ? plainCopy(t) : fillShape(v, t);
		}
		return out;
	}
	// Primitive or null template: keep primitives (numbers, strings, booleans, null).
	if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) return value;
	return template;
}

let defaultRole: Role | null = null;
let defaultScenario: Scenario | null = null;

/**
 * The shapes drafts are filled into, a default role and a default scenario: each made once and
 * shared (only copies of their parts are handed out). Making them is the model's costliest first
 * run, which the app's start does in two tasks of its own (the role first: most of the scenario's
 * fields are the role's).
 */
export function roleShape(): Role {
	return (defaultRole ??= createRole());
}

/** See `roleShape`. */
export function scenarioShape(): Scenario {
	return (defaultScenario ??= createScenario());
}

/**
 * Make any stored or imported value safe to edit: the full scenario shape, every role and skill
 * complete. Values are kept as they were, so invalid ones still show their message.
 */
/** The keys of a role's plan, checked against the schema's (values are filled from what was stored). */
const PLAN_TEMPLATE: Record<keyof NonNullable<Role['plan']>, number> = {
	buy: 0,
	build: 0,
	borrow: 0,
	bridgedBuy: 0,
	bridgedBuild: 0
};

export function normalizeDraft(value: unknown): ScenarioDraft {
	const base = scenarioShape();
	const roleTemplate = roleShape();
	const filled = fillShape(value, base) as Record<string, unknown>;
	const rolesIn = Array.isArray(filled.roles) ? filled.roles : base.roles;
	filled.roles = (rolesIn.length ? rolesIn : base.roles).map((r) => {
		const role = fillShape(r, roleTemplate) as Record<string, Record<string, unknown>>;
		// Optional and absent from the template: keep the preset a role was started from.
		const preset = (r as { preset?: unknown } | null)?.preset;
		if (typeof preset === 'string') (role as Record<string, unknown>).preset = preset;
		// Ranges (risk): a record keyed by field path, absent from the template; keep each entry's low
		// and high as given (validation names what is wrong), drop entries that are not objects.
		const ranges = (r as { ranges?: unknown } | null)?.ranges;
		const keptRanges: Record<string, unknown> = {};
		if (isRecord(ranges)) {
			for (const key of Object.keys(ranges)) {
				if (isUnsafeKey(key) || !isRecord(ranges[key])) continue;
				keptRanges[key] = fillShape(ranges[key], { low: null, high: null });
			}
		}
		(role as Record<string, unknown>).ranges = keptRanges;
		// The plan (a mix): null in the template, so filled here from its own shape, values as given.
		const plan = (r as { plan?: unknown } | null)?.plan;
		(role as Record<string, unknown>).plan = isRecord(plan) ? fillShape(plan, PLAN_TEMPLATE) : null;
		const skills = Array.isArray(role.build.skills) ? role.build.skills : [];
		const skillTemplate = { name: 'Skill', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 40 };
		role.build.skills = skills.map((s: unknown) =>
			fillShape(s, skillTemplate)
		) as unknown as Record<string, unknown>;
		return role;
	});
	return filled as unknown as ScenarioDraft;
}

/**
 * A deep, plain copy of a JSON value (also read through Svelte's state proxies): arrays and objects
 * copied, primitives kept. Cheaper than `$state.snapshot`, which clones every leaf on its own.
 */
export function plainCopy<T>(value: T): T {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) {
		const out = new Array<unknown>(value.length);
		for (let i = 0; i < value.length; i++) out[i] = plainCopy(value[i] as unknown);
		return out as T;
	}
	const out: Record<string, unknown> = {};
	const src = value as Record<string, unknown>;
	for (const k of Object.keys(src)) out[k] = plainCopy(src[k]);
	return out as T;
}

/**
 * `source` with `value` at `path`, the source left as it is: only the objects along the path are
 * copied, the rest is shared (so an edit costs the path's depth, not the draft's size). Returns
 * null where `setAtPath` would change nothing (an unsafe key, or no object on the way).
 */
export function withAtPath<T>(source: T, path: Path, value: unknown): T | null {
	if (path.length === 0 || typeof source !== 'object' || source === null) return null;
	const k = path[0];
	if (isUnsafeKey(k)) return null;
	const node = source as Record<string | number, unknown>;
	let next: unknown;
	if (path.length === 1) next = plainCopy(value);
	else {
		next = withAtPath(node[k], path.slice(1), value);
		if (next === null) return null;
	}
	const copy = (Array.isArray(source) ? source.slice() : { ...node }) as Record<
		string | number,
		unknown
	>;
	copy[k] = next;
	return copy as T;
}

/** A deep, plain copy of a draft (JSON round trip: drafts hold only JSON values). */
export function cloneDraft<T>(draft: T): T {
	return JSON.parse(JSON.stringify(draft)) as T;
}

/** Words for thousands, millions and billions a person may type after a number ("80k"). */
export interface NumberWords {
	/** Each: the accepted words, separated by "|", compared without case and a final dot. */
	thousand: string;
	million: string;
	billion: string;
}

/** What a number field accepts besides plain numbers. */
export interface NumberInputOptions {
	/** Scale words of the interface language ("k", "m" in English; "Tsd.", "Mio." in German). */
	words?: NumberWords;
	/** A percent field: a trailing "%" is allowed (the number is still in percent). */
	percent?: boolean;
}

const SCALES: [keyof NumberWords, number][] = [
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9]
];

/** Split "80k" / "1,2 Mio." into the number text and its scale (1 without a word). */
function scaleOf(text: string, words: NumberWords | undefined): { text: string; scale: number } {
	const m = /^(.*?\d)\s*([\p{L}]+)\.?$/u.exec(text);
	if (!m || !words) return { text, scale: 1 };
	const word = m[2].toLowerCase();
	for (const [key, scale] of SCALES) {
		const accepted = words[key].split('|').map((w) => w.toLowerCase().replace(/\.$/, ''));
		if (accepted.includes(word)) return { text: m[1], scale };
	}
	return { text, scale: 1 };
}

/**
 * Parse what a person typed into a number field, in their locale: accepts "80000", "80,000",
 * "80 000", "1.234,5" (de) and a leading minus; with the language's scale words also "80k",
 * "1.2m" (English) or "80 Tsd.", "1,2 Mio." (German); in a percent field also "90 %". Returns the
 * number, or the raw text when it is not a number (validation then explains), or '' for an empty
 * field. Never clamps: a number out of range is returned as it is, for validation to refuse.
 */
export function parseNumberInput(
	text: string,
	locale: string,
	options: NumberInputOptions = {}
): number | string {
	const raw = text.trim();
	if (raw === '') return '';
	let body = raw;
	if (options.percent) body = body.replace(/\s*%$/, '');
	const scaled = scaleOf(body, options.words);
	const n = parsePlainNumber(scaled.text, locale);
	if (n === null) return raw;
	// Scale without floating-point dust: 1.2 x 1e6 is 1200000, not 1199999.9999999998.
	const value = scaled.scale === 1 ? n : Number((n * scaled.scale).toPrecision(15));
	return Number.isFinite(value) ? value : raw;
}

/** A plain number in the locale's format, or null. */
function parsePlainNumber(raw: string, locale: string): number | null {
	const decimal = decimalSeparator(locale);
	// Spaces and apostrophes (also typographic) group digits; a Unicode minus or a plus sign is fine.
	let s = raw
		.replace(/[\s\u00a0\u202f'\u2019]/g, '')
		.replace(/^\u2212/, '-')
		.replace(/^\+/, '');
	if (decimal === ',') {
		// "1.234.567,5" -> drop "." groups; a lone "2.5" stays a decimal point.
		if (/^-?\d{1,3}(\.\d{3})+(,\d*)?$/.test(s)) s = s.replace(/\./g, '');
		s = s.replace(',', '.');
	} else if (/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) {
		s = s.replace(/,/g, '');
	}
	if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}
