import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-all.ts';
import { createScenario, findPreset, MAX_LEVEL, MAX_SKILLS } from '../model/index.ts';
import { normalizeDraft } from './draft.ts';
import {
	addSkill,
	canAddSkill,
	removeSkill,
	SKILL_LEVELS,
	skillRange,
	skillRangeNote
} from './skills.ts';

const ml = findPreset('ml-engineer')!;
const presetRole = () =>
	normalizeDraft(createScenario({ roles: [{ ...ml.role(), preset: ml.id }] })).roles[0];

describe('skill edits', () => {
	it('offers levels 0 to the maximum and skills up to the maximum', () => {
		expect(SKILL_LEVELS).toEqual(Array.from({ length: MAX_LEVEL + 1 }, (_, i) => i));
		expect(SKILL_LEVELS[0]).toBe(0);
		expect(canAddSkill(MAX_SKILLS - 1)).toBe(true);
		expect(canAddSkill(MAX_SKILLS)).toBe(false);
	});

	it('adds a skill at level 1 of 3, 40 hours a level', () => {
		const role = presetRole();
		const before = role.build.skills.length;
		addSkill(role, 'Rust');
		expect(role.build.skills).toHaveLength(before + 1);
		expect(role.build.skills.at(-1)).toEqual({
			name: 'Rust',
			currentLevel: 1,
			requiredLevel: 3,
			hoursPerLevel: 40
		});
	});

	it("removes a skill and moves the later skills' ranges up with them", () => {
		const role = presetRole();
		const third = skillRange(role, 2);
		const fourth = skillRange(role, 3);
		expect(third).toBeDefined();
		removeSkill(role, 1);
		expect(skillRange(role, 1)).toEqual(third);
		expect(skillRange(role, 2)).toEqual(fourth);
		expect(skillRange(role, 3)).toBeUndefined();
	});
});

describe('skillRangeNote', () => {
	it('is empty without ranges, names the source with a preset, and says less without one', () => {
		const role = presetRole();
		expect(skillRangeNote(role, en)).toMatch(new RegExp(`^${en.risk.skillRanges} \\w+: .+`));
		const noPreset = { ...role, preset: '' };
		expect(skillRangeNote(noPreset, en)).toBe(en.risk.skillRanges);
		role.ranges = {};
		expect(skillRangeNote(role, en)).toBe('');
	});
});
