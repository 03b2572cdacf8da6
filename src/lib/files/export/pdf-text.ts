/**
 * Text for jsPDF's built-in fonts, which cover WinAnsi (Latin-1 plus a few typographic signs):
 * German, French, Spanish and other Western European text works. Other characters (CJK, emoji,
 * Hebrew, Arabic, Cyrillic, ...) are replaced by a visible "?" and collected so the interface can
 * warn; spaces and dashes that Intl uses are mapped to their WinAnsi equivalents.
 */

/** Characters of WinAnsiEncoding's 0x80-0x9F range (besides Latin-1 0x20-0x7E and 0xA0-0xFF). */
const WIN_ANSI_EXTRA = new Set(
	'\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178'
);

/** Characters with a close WinAnsi equivalent. */
const SUBSTITUTES: Record<string, string> = {
	'\u202f': '\u00a0', // narrow no-break space (fr-FR thousands) -> no-break space
	'\u2007': '\u00a0',
	'\u2009': ' ',
	'\u200a': ' ',
	'\u2002': ' ',
	'\u2003': ' ',
	'\u2212': '-', // minus sign
	'\u2010': '-',
	'\u2011': '-',
	'\u2192': '->',
	'\u2264': '<=',
	'\u2265': '>=',
	'\u2248': '~',
	'\u03bb': 'lambda', // the beta-PERT shape in the method note
	'\u2032': "'",
	'\u2033': '"'
};

/** Invisible characters dropped (joiners, variation selectors, direction marks). */
const DROPPED =
	/^(?:[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\p{Variation_Selector})$/u;

/** Whether a single code point can be drawn with the built-in fonts. */
export function isWinAnsi(ch: string): boolean {
	const c = ch.codePointAt(0)!;
	return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/**
 * Text as the built-in fonts can draw it. Characters they lack become "?" and are added to
 * `missing` (when given). Control characters other than line feeds become spaces.
 */
export function toWinAnsi(text: string, missing?: Set<string>): string {
	let out = '';
	for (const ch of text.normalize('NFC')) {
		if (isWinAnsi(ch)) out += ch;
		else if (ch in SUBSTITUTES) out += SUBSTITUTES[ch];
		else if (DROPPED.test(ch) || /\p{M}/u.test(ch)) continue;
		else if (ch === '\n') out += ch;
		else if (/^\p{Cc}$/u.test(ch)) out += ' ';
		else {
			out += '?';
			missing?.add(ch);
		}
	}
	return out;
}
