/**
 * The one place where new scenarios are built: the first one, a blank one, one from a preset. They
 * start in the browser's number format and currency.
 */
import {
	createScenario,
	DEFAULT_SKILL_IDS,
	findPreset,
	PRESETS,
	type PresetNames,
	type Role
} from '../model/index.ts';
import { regionalDefaults } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { normalizeDraft, type ScenarioDraft } from './draft.ts';

/** Starting locale and currency of new scenarios (the browser's language, else en-US and USD). */
export function regional(language = globalThis.navigator?.language): {
	locale: string;
	currency: string;
} {
	return regionalDefaults(language);
}

/**
 * A new scenario as a draft: the defaults, or a preset's role when `presetId` is known (its role and
 * skill names in the interface language when `names` is given).
 */
export function newScenarioDraft(
	name: string,
	presetId?: string,
	names?: PresetNames,
	language?: string
): ScenarioDraft {
	const scenario = createScenario({ name, ...regional(language) });
	const preset = presetId ? findPreset(presetId) : undefined;
	if (preset) scenario.roles = [preset.role(names)];
	else if (names) nameDefaultRole(scenario.roles[0], names);
	return normalizeDraft(scenario);
}

/** The default role's and its skills' names in the interface language. */
function nameDefaultRole(role: Role | undefined, names: PresetNames): void {
	if (!role) return;
	role.name = names.role;
	role.build.skills.forEach((skill, i) => {
		const id = DEFAULT_SKILL_IDS[i];
		if (id) skill.name = names.skill(id);
	});
}

/** A random id for a new scenario (a UUID where the platform has one). */
export function newId(): string {
	const c = globalThis.crypto;
	if (c && 'randomUUID' in c) return c.randomUUID();
	return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** A random nonce that tells two saves of the same revision apart. */
export function newNonce(): string {
	return Math.random().toString(36).slice(2, 12);
}

/** A name not in `taken`: "Name", "Name (2)", ... */
export function uniqueName(name: string, taken: Iterable<string>): string {
	const names = new Set(taken);
	if (!names.has(name)) return name;
	for (let i = 2; ; i++) {
		const candidate = `${name} (${i})`;
		if (!names.has(candidate)) return candidate;
	}
}

/** The presets a scenario or a role can start from: each id with its name in the interface language. */
export function presetChoices(t: Messages): { id: string; name: string }[] {
	return PRESETS.map((p) => ({ id: p.id, name: t.presets[p.id].name }));
}
