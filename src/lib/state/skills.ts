/**
 * The skill-gap table's edits of a role in the draft: add and remove skills (the ranges of later
 * skills move up with them), a skill's study-hour range, and the note on where preset ranges come
 * from. The table component only lays the skills out.
 */
import type { Messages } from '../i18n/messages.ts';
import {
	MAX_LEVEL,
	MAX_SKILLS,
	presetRangeRule,
	rangesWithoutSkill,
	skillRangePath
} from '../model/index.ts';
import type { RoleDraft } from './draft.ts';
import { sourceKindText } from './field-view.ts';

/** The levels a skill can be at: 0 (none) to MAX_LEVEL (expert). */
export const SKILL_LEVELS: readonly number[] = Array.from({ length: MAX_LEVEL + 1 }, (_, i) => i);

/** Another skill may be added to a role with `count` skills. */
export const canAddSkill = (count: number): boolean => count < MAX_SKILLS;

/** Add a skill named `name` at the starting levels (1 now, 3 required, 40 hours a level). */
export function addSkill(role: RoleDraft, name: string): void {
	role.build.skills.push({ name, currentLevel: 1, requiredLevel: 3, hoursPerLevel: 40 });
}

/** Remove skill `index`; the ranges of later skills move up with them. */
export function removeSkill(role: RoleDraft, index: number): void {
	role.build.skills.splice(index, 1);
	if (role.ranges) role.ranges = rangesWithoutSkill(role.ranges, index);
}

/** A skill's study-hour range (presets bring one), or undefined. */
export function skillRange(
	role: RoleDraft | undefined,
	index: number
): { low: unknown; high: unknown } | undefined {
	const ranges = role?.ranges as Record<string, { low: unknown; high: unknown }> | undefined;
	return ranges?.[skillRangePath(index)];
}

/** The path within a role of skill `index`'s study-hour range (for the range control). */
export { skillRangePath };

/** Where the study-hour ranges come from, when the role has any ('' when it has none). */
export function skillRangeNote(role: RoleDraft | undefined, t: Messages): string {
	const skills = role?.build.skills ?? [];
	if (!skills.some((_, i) => skillRange(role, i))) return '';
	const rule = presetRangeRule('roles.build.skills.hoursPerLevel');
	if (!role?.preset || !rule) return t.risk.skillRanges;
	return `${t.risk.skillRanges} ${sourceKindText(rule.kind, t)}: ${t.risk.rangeSources[rule.id]}`;
}
