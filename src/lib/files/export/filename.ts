/**
 * Safe file names for exports: `build-or-buy_Data-team_2026-11-25.pdf`. Letters and digits of any
 * script are kept (German letters are spelled out: ä -> ae, ß -> ss; other Latin accents dropped);
 * everything else (path characters, control characters, emoji, spaces) becomes a hyphen.
 */
import { isoDate } from '../../i18n/format.ts';

/** Longest name part, in characters, so the whole name stays well under file-system limits. */
export const MAX_NAME_CHARS = 60;

const SPELLED: Record<string, string> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	Ä: 'Ae',
	Ö: 'Oe',
	Ü: 'Ue',
	ß: 'ss',
	ẞ: 'SS',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
	ø: 'o',
	Ø: 'O',
	å: 'aa',
	Å: 'Aa',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	þ: 'th',
	Þ: 'Th',
	ð: 'd',
	Ð: 'D'
};

/** The scenario-name part of a file name: letters and digits joined by hyphens, never empty. */
export function fileNamePart(name: string, fallback = 'scenario'): string {
	const spelled = name
		.normalize('NFC')
		.replace(/[äöüÄÖÜßẞæÆœŒøØåÅłŁđĐþÞðÐ]/g, (c) => SPELLED[c] ?? c)
		// Latin letters with accents: drop the accent (é -> e). Other scripts are kept whole.
		.replace(/\p{Script=Latin}\p{M}*/gu, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''))
		.normalize('NFC');
	const part = spelled
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.replace(/-{2,}/g, '-');
	const chars = Array.from(part).slice(0, MAX_NAME_CHARS);
	const cut = chars.join('').replace(/-+$/, '');
	return cut === '' ? fallback : cut;
}

/**
 * A file name for an export: `build-or-buy_<name>_<YYYY-MM-DD>.<ext>`, using the local date.
 * `ext` is reduced to lowercase letters and digits ("pdf", "xlsx").
 */
export function exportFileName(scenarioName: string, date: Date, ext: string): string {
	const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
	return `build-or-buy_${fileNamePart(scenarioName)}_${isoDate(date)}.${extension}`;
}
