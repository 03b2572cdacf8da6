/**
 * What every export builder shares: the result type (bytes or text, or a typed error, never a raw
 * throw), the options common to all builders, and small text helpers. Pure: no DOM.
 */
import type { Scenario, ScenarioResult } from '../../model/index.ts';
import { en } from '../../i18n/messages-all.ts';
import type { Messages } from '../../i18n/messages.ts';

/** Why an export failed. */
export type ExportErrorCode =
	/** The logo is not a PNG or JPEG data URL, is corrupt, or is too large. */
	| 'bad-logo'
	/** The scenario and result do not belong together (e.g. a stale result). */
	| 'mismatch'
	/** Anything unexpected inside a library; the message says what. */
	| 'internal';

/** A typed export error the interface can show. */
export interface ExportError {
	code: ExportErrorCode;
	/** A sentence for the user, in the language of the messages passed in. */
	message: string;
	/** The underlying error's text, for the console. */
	detail?: string;
}

/** The outcome of a builder: the file and any warnings, or an error. */
export type ExportResult<T> =
	| { ok: true; data: T; mimeType: string; extension: string; warnings: string[] }
	| { ok: false; error: ExportError };

/** Options every builder understands. */
export interface BaseExportOptions {
	/** Date printed on the export and used in its file name; default now. */
	date?: Date;
	/** Interface text; default English. */
	messages?: Messages;
}

export const MIME = {
	csv: 'text/csv;charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pdf: 'application/pdf',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
} as const;

/** Make a failure result. */
export function fail<T>(code: ExportErrorCode, message: string, detail?: string): ExportResult<T> {
	return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } };
}

/**
 * Run a builder body for a scenario and its result: a result that does not belong to the scenario
 * is refused, and any unexpected throw becomes an 'internal' error result.
 */
export function guard<T>(
	messages: Messages,
	scenario: Scenario,
	result: ScenarioResult,
	body: () => ExportResult<T>
): ExportResult<T> {
	try {
		return checkMatch<T>(scenario, result, messages) ?? body();
	} catch (e) {
		return fail('internal', messages.exports.errors.internal, errorText(e));
	}
}

/** Async form of `guard`. */
export async function guardAsync<T>(
	messages: Messages,
	scenario: Scenario,
	result: ScenarioResult,
	body: () => Promise<ExportResult<T>>
): Promise<ExportResult<T>> {
	try {
		return checkMatch<T>(scenario, result, messages) ?? (await body());
	} catch (e) {
		return fail('internal', messages.exports.errors.internal, errorText(e));
	}
}

function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/**
 * Check that a result was computed from this scenario (same horizon, same roles, same options).
 * Returns an error result, or null when they match.
 */
export function checkMatch<T>(
	scenario: Scenario,
	result: ScenarioResult,
	messages: Messages
): ExportResult<T> | null {
	const options = scenario.settings.includeBorrow ? 3 : 2;
	const ok =
		result.horizonMonths === scenario.settings.horizonMonths &&
		result.roles.length === scenario.roles.length &&
		result.options.length === options &&
		result.options.every((o) => result.totals[o] !== undefined);
	return ok ? null : fail('mismatch', messages.exports.errors.mismatch);
}

/** Messages from options, or English. */
export function messagesOf(options: BaseExportOptions): Messages {
	return options.messages ?? en;
}

/** Remove characters that XML 1.0 forbids (control characters, lone surrogates). */
export function xmlSafe(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
	);
}

/** Escape text for XML content and attributes. */
export function xmlEscape(text: string): string {
	return xmlSafe(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Shorten text to at most `max` characters (whole code points), with an ellipsis. */
export function truncate(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('') + '\u2026';
}
