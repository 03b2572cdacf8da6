/**
 * Ordered, pure migrations of the scenario file. Each one takes a file of version `from` (already
 * known to be a plain object with `format` and `version`) and returns a new object of version `to`.
 * They never mutate their input and never throw on odd data: anything they do not recognise is
 * passed through unchanged for the validation step to report.
 *
 * To change the file format: bump `SCENARIO_FILE_VERSION` in scenario-file.ts, append a migration
 * here, add `tests/fixtures/scenarios-v<N>.json`, and describe the change in docs/file-format.md.
 */

import { isRecord } from '../model/index.ts';

/** A JSON object as it arrives from a file (any field may be missing or of any type). */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
	/** File version this migration reads. */
	from: number;
	/** File version it produces (always from + 1). */
	to: number;
	/** What changed, in one sentence (shown in the import notice and in docs/file-format.md). */
	description: string;
	migrate: (file: JsonObject) => JsonObject;
}

/** Whether a value is a JSON object (the model's one record guard). */
export const isJsonObject: (value: unknown) => value is JsonObject = isRecord;

/** Copy of an object with one key renamed (the new key wins if both exist). */
function renameKey(obj: JsonObject, from: string, to: string): JsonObject {
	if (!Object.hasOwn(obj, from)) return obj;
	const out: JsonObject = {};
	for (const [key, value] of Object.entries(obj)) {
		if (key !== from) out[key] = value;
	}
	if (!Object.hasOwn(obj, to)) out[to] = obj[from];
	return out;
}

/**
 * Version 0 (the prototype, before saved scenarios had identities): `scenarios` was a list of bare
 * scenarios, the export time was called `exported`, and the discount rate was `settings.discountRate`.
 */
function migrateV0ToV1(file: JsonObject): JsonObject {
	const renamed = renameKey(file, 'exported', 'exportedAt');
	const scenarios = Array.isArray(file.scenarios)
		? file.scenarios.map((scenario: unknown) => {
				if (!isJsonObject(scenario)) return scenario;
				const settings = isJsonObject(scenario.settings)
					? renameKey(scenario.settings, 'discountRate', 'discountRatePerYear')
					: scenario.settings;
				const upgraded: JsonObject =
					settings === undefined ? { ...scenario } : { ...scenario, settings };
				// Ids and timestamps are left out on purpose: the restore step fills them.
				return {
					name: typeof scenario.name === 'string' ? scenario.name : undefined,
					scenario: upgraded
				};
			})
		: file.scenarios;
	return { ...renamed, version: 1, scenarios };
}

/**
 * Version 1 -> 2 (plan, shared with the risk work): roles may carry a `plan` (a mix of recruited,
 * upskilled and contracted people) and a `pool`; contractors an agency limit, a conversion fee and
 * bridging rules; settings a start date, a fiscal-year start and the plan's constraints. All are
 * new with defaults, so a version 1 file needs only its version raised. The version exists so that
 * an older app refuses a file with a plan instead of silently dropping it.
 */
function migrateV1ToV2(file: JsonObject): JsonObject {
	return { ...file, version: 2 };
}

/** Every migration, in order; `MIGRATIONS[i].from === i`. */
export const MIGRATIONS: readonly Migration[] = [
	{
		from: 0,
		to: 1,
		description:
			'Scenarios became entries with an id, a name and timestamps; "exported" was renamed "exportedAt" and "settings.discountRate" was renamed "discountRatePerYear".',
		migrate: migrateV0ToV1
	},
	{
		from: 1,
		to: 2,
		description:
			'Roles may carry a plan (a mix of recruited, upskilled and contracted people) and an internal pool; settings a start date, a fiscal-year start and plan constraints; older files have none.',
		migrate: migrateV1ToV2
	}
];

/**
 * Apply the migrations from `version` up to `target`, in order. Returns the migrated file and the
 * descriptions of the steps applied (empty when the file was current).
 */
export function migrateFile(
	file: JsonObject,
	version: number,
	target: number,
	migrations: readonly Migration[] = MIGRATIONS
): { file: JsonObject; applied: Migration[] } {
	let current = file;
	let v = version;
	const applied: Migration[] = [];
	while (v < target) {
		const step = migrations.find((m) => m.from === v);
		if (!step) throw new Error(`No migration from file version ${v}`);
		current = step.migrate(current);
		applied.push(step);
		v = step.to;
	}
	return { file: current, applied };
}

/**
 * The browser's workspace before it was stored as a scenario file ("storage version 1", app 0.1.0):
 * `{ version: 1, savedAt, activeId, entries: [{ id, createdAt, updatedAt, draft, lastValid? }] }`.
 * Turned into a scenario file of version 1 (each entry's scenario is its last valid state, else what
 * was typed; what was typed stays in `draft`), so it takes the same migrations as every file.
 */
export function isWorkspaceV1(value: unknown): value is JsonObject {
	return (
		isJsonObject(value) &&
		!Object.hasOwn(value, 'format') &&
		value.version === 1 &&
		Array.isArray(value.entries)
	);
}

export function workspaceV1ToFile(workspace: JsonObject, format: string): JsonObject {
	const entries = Array.isArray(workspace.entries) ? workspace.entries : [];
	return {
		format,
		version: 1,
		exportedAt: workspace.savedAt,
		scenarios: entries.map((entry: unknown) => {
			if (!isJsonObject(entry)) return entry;
			const draft = isJsonObject(entry.draft) ? entry.draft : undefined;
			const scenario = isJsonObject(entry.lastValid) ? entry.lastValid : draft;
			return {
				id: entry.id,
				name: isJsonObject(draft) && typeof draft.name === 'string' ? draft.name : undefined,
				createdAt: entry.createdAt,
				updatedAt: entry.updatedAt,
				scenario,
				...(draft && scenario !== draft ? { draft } : {})
			};
		})
	};
}
