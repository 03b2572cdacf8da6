import { describe, expect, it } from 'vitest';
import { rangesWithoutSkill, skillRangePath } from './skill-ranges.ts';

describe('skill ranges follow their skill', () => {
	it('drop the removed skill and move later ones up, leaving other ranges alone', () => {
		const ranges = {
			'buy.timeToFillDays': { low: 30, high: 90 },
			'build.skills.0.hoursPerLevel': { low: 1, high: 2 },
			'build.skills.1.hoursPerLevel': { low: 3, high: 4 },
			'build.skills.2.hoursPerLevel': { low: 5, high: 6 },
			'build.skills.10.hoursPerLevel': { low: 7, high: 8 }
		};
		expect(rangesWithoutSkill(ranges, 1)).toEqual({
			'buy.timeToFillDays': { low: 30, high: 90 },
			'build.skills.0.hoursPerLevel': { low: 1, high: 2 },
			'build.skills.1.hoursPerLevel': { low: 5, high: 6 },
			'build.skills.9.hoursPerLevel': { low: 7, high: 8 }
		});
		expect(ranges['build.skills.1.hoursPerLevel']).toEqual({ low: 3, high: 4 });
		expect(rangesWithoutSkill({}, 0)).toEqual({});
		expect(skillRangePath(3)).toBe('build.skills.3.hoursPerLevel');
	});
});
