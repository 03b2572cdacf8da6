/**
 * The scenario file: a versioned JSON wrapper around saved scenarios (the excalidraw `data/` way).
 * Building the object is pure (`buildScenarioFile`), turning it into text is one tiny step
 * (`serializeScenarioFile`), and writing it to disk or a download belongs to the caller.
 *
 * Loading (`parseScenarioFile`) runs, in order: size check on the raw text, JSON.parse, removal of
 * prototype keys, a type guard on the wrapper, the ordered migrations up to the current version,
 * restoring missing fields from defaults (the schema fills every scenario field; ids, names and
 * timestamps are filled here), and validation of every scenario. It never throws: every failure is
 * a typed `ImportError` that `messageForImportError` turns into one specific sentence.
 */
import { isUnsafeKey, parseScenario, type InputIssue, type Scenario } from '../model/index.ts';
import { isJsonObject, migrateFile, MIGRATIONS, type JsonObject } from './migrations.ts';

/** The value of `format` in every scenario file. */
export const SCENARIO_FILE_FORMAT = 'build-or-buy/scenarios';
/** The file version this code writes and the newest it reads. */
export const SCENARIO_FILE_VERSION = 2;
/** Largest file accepted, in bytes of UTF-8 (checked before parsing). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most scenarios in one file. */
export const MAX_SCENARIOS = 500;
/** Longest id kept from a file; longer ones are replaced. */
export const MAX_ID_LENGTH = 100;
/** Longest entry name (the same limit as a scenario's name). */
export const MAX_NAME_LENGTH = 120;

/** One saved scenario: what the browser keeps and what a file holds. */
export interface StoredScenario {
	/** Stable identity, unique within a file (a UUID for new scenarios). */
	id: string;
	/** Name shown in the list of saved scenarios; normally the same as `scenario.name`. */
	name: string;
	/** ISO 8601 timestamps (UTC, e.g. "2025-01-31T09:30:00.000Z"). */
	createdAt: string;
	updatedAt: string;
	scenario: Scenario;
}

/** A scenario file of the current version, as built for export and as returned by the parser. */
export interface ScenarioFile {
	format: typeof SCENARIO_FILE_FORMAT;
	version: typeof SCENARIO_FILE_VERSION;
	/** Version of the app that wrote the file ("unknown" when it was not recorded). */
	appVersion: string;
	/** ISO 8601 time of export. */
	exportedAt: string;
	scenarios: StoredScenario[];
}

/** Why a file could not be imported. Each variant carries what its message needs. */
export type ImportError =
	/** Not JSON at all; line and column (1-based) when the parser said where; `endedEarly` when cut off. */
	| { code: 'not-json'; line: number | null; column: number | null; endedEarly: boolean }
	| { code: 'empty' }
	| { code: 'too-large'; bytes: number; limitBytes: number }
	/** JSON, but not ours: not an object, no `format`, another `format`, or no usable `version`. */
	| {
			code: 'wrong-format';
			reason: 'not-an-object' | 'no-format' | 'other-format' | 'bad-version';
			/** What was found instead: the JSON type, the other format's name, or the version. */
			found: string | null;
	  }
	| { code: 'future-version'; version: number; supportedVersion: number }
	| { code: 'too-many-scenarios'; count: number; limit: number }
	| { code: 'no-scenarios' }
	/** The wrapper itself is damaged: `path` names the part, `expected` what it should be. */
	| { code: 'malformed-file'; path: (string | number)[]; expected: 'list' | 'object' }
	| {
			code: 'invalid-scenario';
			/** 0-based position of the first invalid scenario in the file. */
			index: number;
			/** Its name as far as the file tells, or null. */
			name: string | null;
			/** Everything wrong with it; paths are inside the scenario (e.g. ['roles', 0, 'salaryPerYear']). */
			issues: InputIssue[];
			/** Names found along issue paths, keyed by the dotted path (e.g. "roles.0" -> "Data analyst"). */
			pathNames: Record<string, string>;
			/** Its currency when the file gives a valid one (money bounds are written in it). */
			currency?: string;
			/** How many scenarios in the file are invalid, and how many there are. */
			invalidCount: number;
			total: number;
	  }
	/** A failure nobody foresaw (a bug): the import is refused rather than risking bad data. */
	| { code: 'unexpected'; detail: string };

export type ImportErrorCode = ImportError['code'];

/** Things the user may want to know about a file that did open. */
export type ImportWarning =
	| { code: 'migrated'; fromVersion: number; toVersion: number; steps: string[] }
	/** The file was a single bare scenario, not a scenario file. */
	| { code: 'bare-scenario' }
	/** Keys such as __proto__ were found and removed. */
	| { code: 'unsafe-keys-removed'; count: number }
	/** An entry's id, name or timestamps were unusable (or the id was a duplicate) and were replaced. */
	| {
			code: 'metadata-restored';
			index: number;
			fields: ('id' | 'name' | 'createdAt' | 'updatedAt')[];
	  };

export type ParseFileResult =
	| { ok: true; file: ScenarioFile; scenarios: StoredScenario[]; warnings: ImportWarning[] }
	| { ok: false; error: ImportError };

/** What the restore step gives back: the parse result plus the migrated raw entries. */
export type RestoreResult =
	| {
			ok: true;
			file: ScenarioFile;
			scenarios: StoredScenario[];
			warnings: ImportWarning[];
			/** The migrated entries as they were stored, aligned with `scenarios` (extra fields kept). */
			entries: JsonObject[];
			/** The migrated wrapper (extra top-level fields kept, e.g. the workspace's tombstones). */
			wrapper: JsonObject;
			/** Entries left out because they were damaged or invalid (only with `skipInvalid`). */
			skipped: unknown[];
	  }
	| { ok: false; error: ImportError };

export interface RestoreOptions extends ParseFileOptions {
	/** Leave out invalid or damaged entries instead of refusing the whole file (browser storage). */
	skipInvalid?: boolean;
}

export interface ParseFileOptions {
	/** Time used for missing timestamps (default: now). */
	now?: Date;
	/** Makes ids for entries without a usable one (default: crypto.randomUUID). */
	newId?: () => string;
	/** Override the limits (tests). */
	maxBytes?: number;
	maxScenarios?: number;
}

/** A new random id (UUID v4 where the platform has one). */
export function newScenarioId(): string {
	const c = globalThis.crypto as Crypto | undefined;
	if (c && typeof c.randomUUID === 'function') return c.randomUUID();
	return 's-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
}

/** The file object for a list of saved scenarios (pure: the caller passes the time). */
export function buildScenarioFile(
	scenarios: StoredScenario[],
	appVersion: string,
	now: Date
): ScenarioFile {
	return {
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		appVersion,
		exportedAt: now.toISOString(),
		scenarios: scenarios.map((s) => ({
			id: s.id,
			name: s.name,
			createdAt: s.createdAt,
			updatedAt: s.updatedAt,
			scenario: s.scenario
		}))
	};
}

/** The file as text: tab-indented JSON with a final newline. */
export function serializeScenarioFile(file: ScenarioFile): string {
	return JSON.stringify(file, null, '\t') + '\n';
}

/** A file name for an export made at `now`, e.g. "build-or-buy-2025-01-31.json". */
export function scenarioFileName(now: Date): string {
	return `build-or-buy-${now.toISOString().slice(0, 10)}.json`;
}

/** UTF-8 length of a string, counting only until it passes `stopAbove` (cheap for huge inputs). */
export function utf8ByteLength(text: string, stopAbove = Infinity): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
		if (bytes > stopAbove) return bytes;
	}
	return bytes;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1 };
}

function notJson(text: string, err: unknown): ImportError {
	const message = err instanceof Error ? err.message : '';
	const endedEarly = /end of (JSON|data)|unterminated/i.test(message);
	const m = /position (\d+)/.exec(message);
	if (m && !endedEarly) {
		const { line, column } = lineAndColumn(text, Number(m[1]));
		return { code: 'not-json', line, column, endedEarly };
	}
	return { code: 'not-json', line: null, column: null, endedEarly };
}

/**
 * Delete prototype-related keys from every object in a parsed JSON value, in place, without
 * recursion (deeply nested input cannot overflow the stack). Returns how many were removed.
 */
export function removeUnsafeKeys(root: unknown): number {
	let removed = 0;
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const value = stack.pop();
		if (typeof value !== 'object' || value === null) continue;
		if (Array.isArray(value)) {
			for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
			continue;
		}
		const obj = value as JsonObject;
		for (const key of Object.keys(obj)) {
			if (isUnsafeKey(key)) {
				delete obj[key];
				removed++;
				continue;
			}
			const item = obj[key];
			if (typeof item === 'object' && item !== null) stack.push(item);
		}
	}
	return removed;
}

function jsonTypeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'list';
	if (typeof value === 'string') return 'text';
	return typeof value;
}

/** Whether an object without `format` looks like a bare scenario (as docs/examples hold). */
function looksLikeScenario(obj: JsonObject): boolean {
	return Object.hasOwn(obj, 'roles') || Object.hasOwn(obj, 'settings');
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isIsoTime(value: unknown): value is string {
	return typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value));
}

function cleanName(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? trimmed : null;
}

/** Names met along each issue path in the raw scenario (role names, skill names). */
function namesAlongPaths(raw: unknown, issues: InputIssue[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of issues) {
		let node: unknown = raw;
		const prefix: (string | number)[] = [];
		for (const step of issue.path) {
			if (typeof node !== 'object' || node === null) break;
			node = (node as Record<string | number, unknown>)[step];
			prefix.push(step);
			if (typeof step === 'number' && isJsonObject(node) && typeof node.name === 'string') {
				const name = node.name.trim();
				if (name) out[prefix.join('.')] = name.slice(0, MAX_NAME_LENGTH);
			}
		}
	}
	return out;
}

function entryName(entry: unknown): string | null {
	if (!isJsonObject(entry)) return null;
	return (
		cleanName(entry.name) ?? (isJsonObject(entry.scenario) ? cleanName(entry.scenario.name) : null)
	);
}

/** Read a scenario file (or a bare scenario) from text. Never throws. */
export function parseScenarioFile(text: string, options: ParseFileOptions = {}): ParseFileResult {
	try {
		const restored = parseUnsafe(text, options);
		if (!restored.ok) return restored;
		const { file, scenarios, warnings } = restored;
		return { ok: true, file, scenarios, warnings };
	} catch (err) {
		return {
			ok: false,
			error: { code: 'unexpected', detail: err instanceof Error ? err.message : String(err) }
		};
	}
}

/** The scenario's currency code when it is a valid one. */
function currencyOf(scenario: unknown): string | undefined {
	const currency = isJsonObject(scenario) ? scenario.currency : undefined;
	return typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : undefined;
}

function fail(error: ImportError): { ok: false; error: ImportError } {
	return { ok: false, error };
}

function parseUnsafe(text: string, options: ParseFileOptions): RestoreResult {
	const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;

	if (typeof text !== 'string')
		return fail({ code: 'not-json', line: null, column: null, endedEarly: false });
	// Size first, before any parsing: every UTF-16 unit is at least one UTF-8 byte.
	if (text.length > maxBytes)
		return fail({ code: 'too-large', bytes: utf8ByteLength(text), limitBytes: maxBytes });
	const bytes = utf8ByteLength(text, maxBytes);
	if (bytes > maxBytes)
		return fail({ code: 'too-large', bytes: utf8ByteLength(text), limitBytes: maxBytes });
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return fail({ code: 'empty' });

	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (err) {
		return fail(notJson(body, err));
	}

	return restoreUnsafe(data, options);
}

/**
 * The one restore step for every source (files, share links, the browser's workspace): removal of
 * prototype keys, a type guard on the wrapper, the ordered migrations up to the current version,
 * restoring missing fields and validation of every scenario. Never throws.
 */
export function restoreScenarioFile(data: unknown, options: RestoreOptions = {}): RestoreResult {
	try {
		return restoreUnsafe(data, options);
	} catch (err) {
		return {
			ok: false,
			error: { code: 'unexpected', detail: err instanceof Error ? err.message : String(err) }
		};
	}
}

function restoreUnsafe(data: unknown, options: RestoreOptions): RestoreResult {
	const maxScenarios = options.maxScenarios ?? MAX_SCENARIOS;
	const now = options.now ?? new Date();
	const newId = options.newId ?? newScenarioId;
	const warnings: ImportWarning[] = [];
	const removed = removeUnsafeKeys(data);
	if (removed > 0) warnings.push({ code: 'unsafe-keys-removed', count: removed });

	// Type guard on the wrapper.
	if (!isJsonObject(data)) {
		return fail({ code: 'wrong-format', reason: 'not-an-object', found: jsonTypeOf(data) });
	}
	let file: JsonObject;
	if (!Object.hasOwn(data, 'format')) {
		if (!looksLikeScenario(data))
			return fail({ code: 'wrong-format', reason: 'no-format', found: null });
		warnings.push({ code: 'bare-scenario' });
		file = {
			format: SCENARIO_FILE_FORMAT,
			version: SCENARIO_FILE_VERSION,
			scenarios: [{ scenario: data }]
		};
	} else {
		if (data.format !== SCENARIO_FILE_FORMAT) {
			const found =
				typeof data.format === 'string' ? data.format.slice(0, 80) : jsonTypeOf(data.format);
			return fail({ code: 'wrong-format', reason: 'other-format', found });
		}
		const version = data.version;
		if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
			const found = version === undefined ? null : String(JSON.stringify(version)).slice(0, 40);
			return fail({ code: 'wrong-format', reason: 'bad-version', found });
		}
		if (version > SCENARIO_FILE_VERSION) {
			return fail({ code: 'future-version', version, supportedVersion: SCENARIO_FILE_VERSION });
		}
		if (Array.isArray(data.scenarios) && data.scenarios.length > maxScenarios) {
			return fail({
				code: 'too-many-scenarios',
				count: data.scenarios.length,
				limit: maxScenarios
			});
		}
		const { file: migrated, applied } = migrateFile(
			data,
			version,
			SCENARIO_FILE_VERSION,
			MIGRATIONS
		);
		if (applied.length > 0) {
			warnings.push({
				code: 'migrated',
				fromVersion: version,
				toVersion: SCENARIO_FILE_VERSION,
				steps: applied.map((m) => m.description)
			});
		}
		file = migrated;
	}

	// Restore and validate.
	const entries = file.scenarios;
	if (!Array.isArray(entries))
		return fail({ code: 'malformed-file', path: ['scenarios'], expected: 'list' });
	if (entries.length === 0 && !options.skipInvalid) return fail({ code: 'no-scenarios' });
	if (entries.length > maxScenarios) {
		return fail({ code: 'too-many-scenarios', count: entries.length, limit: maxScenarios });
	}
	const exportedAt = isIsoTime(file.exportedAt) ? file.exportedAt : now.toISOString();
	const seenIds = new Set<string>();
	const scenarios: StoredScenario[] = [];
	const rawEntries: JsonObject[] = [];
	const skipped: unknown[] = [];
	let firstInvalid: Extract<ImportError, { code: 'invalid-scenario' }> | null = null;
	let invalidCount = 0;
	for (let i = 0; i < entries.length; i++) {
		const entry: unknown = entries[i];
		if (!isJsonObject(entry)) {
			if (options.skipInvalid) {
				skipped.push(entry);
				continue;
			}
			return fail({ code: 'malformed-file', path: ['scenarios', i], expected: 'object' });
		}
		const parsed = parseScenario(entry.scenario);
		if (!parsed.ok && options.skipInvalid) {
			skipped.push(entry);
			continue;
		}
		if (!parsed.ok) {
			invalidCount++;
			firstInvalid ??= {
				code: 'invalid-scenario',
				index: i,
				name: entryName(entry),
				issues: parsed.issues,
				pathNames: namesAlongPaths(entry.scenario, parsed.issues),
				currency: currencyOf(entry.scenario),
				invalidCount: 0,
				total: entries.length
			};
			continue;
		}
		const restored: ('id' | 'name' | 'createdAt' | 'updatedAt')[] = [];
		let id = typeof entry.id === 'string' ? entry.id.trim() : '';
		if (id === '' || id.length > MAX_ID_LENGTH || seenIds.has(id)) {
			if (entry.id !== undefined) restored.push('id');
			do id = newId();
			while (seenIds.has(id));
		}
		seenIds.add(id);
		let name = cleanName(entry.name);
		if (name === null) {
			if (entry.name !== undefined) restored.push('name');
			name = parsed.scenario.name;
		}
		let createdAt = entry.createdAt;
		if (!isIsoTime(createdAt)) {
			if (createdAt !== undefined) restored.push('createdAt');
			createdAt = isIsoTime(entry.updatedAt) ? entry.updatedAt : exportedAt;
		}
		let updatedAt = entry.updatedAt;
		if (!isIsoTime(updatedAt)) {
			if (updatedAt !== undefined) restored.push('updatedAt');
			updatedAt = createdAt;
		}
		if (restored.length > 0)
			warnings.push({ code: 'metadata-restored', index: i, fields: restored });
		scenarios.push({
			id,
			name,
			createdAt: createdAt as string,
			updatedAt: updatedAt as string,
			scenario: parsed.scenario
		});
		rawEntries.push(entry);
	}
	if (firstInvalid) return fail({ ...firstInvalid, invalidCount });

	const result: ScenarioFile = {
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		appVersion: typeof file.appVersion === 'string' ? file.appVersion.slice(0, 40) : 'unknown',
		exportedAt,
		scenarios
	};
	return {
		ok: true,
		file: result,
		scenarios,
		warnings,
		entries: rawEntries,
		wrapper: file,
		skipped
	};
}
