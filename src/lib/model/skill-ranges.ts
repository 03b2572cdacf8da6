/**
 * Ranges keyed by a skill's place in the list ("build.skills.2.hoursPerLevel") follow their skill
 * when the list changes: removing a skill drops its ranges and moves those of later skills up one.
 */

const SKILL_RANGE = /^build\.skills\.(\d+)\.(.+)$/;

/** The path within a role of a skill field's range ("build.skills.0.hoursPerLevel"). */
export function skillRangePath(index: number): `build.skills.${number}.hoursPerLevel`;
export function skillRangePath(index: number, field: string): string;
export function skillRangePath(index: number, field = 'hoursPerLevel'): string {
	return `build.skills.${index}.${field}`;
}

/** A role's ranges after removing skill `index` (a new object; other ranges unchanged). */
export function rangesWithoutSkill<R>(ranges: Record<string, R>, index: number): Record<string, R> {
	const out: Record<string, R> = {};
	for (const [path, range] of Object.entries(ranges)) {
		const m = SKILL_RANGE.exec(path);
		if (!m) {
			out[path] = range;
			continue;
		}
		const i = Number(m[1]);
		if (i === index) continue;
		out[i > index ? skillRangePath(i - 1, m[2]) : path] = range;
	}
	return out;
}
