/**
 * Import errors and warnings (typed, from `scenario-file.ts`) and share-link errors as text in the
 * language of the messages given: specific enough that a person knows what to fix ("Scenario 2
 * (“Pessimistic”), role 1 (“Data analyst”): Salary in the role must be at least $1 per year.").
 * Names from files are inserted as plain text; whoever renders these must escape them (Svelte's
 * `{text}` does).
 */
import { formatNumber, plural } from '../i18n/format.ts';
import { issueSentence } from '../i18n/issues.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ImportError, ImportWarning } from './scenario-file.ts';
import type { ShareLinkError } from './share-link.ts';

function megabytes(bytes: number, t: Messages): string {
	return `${formatNumber(bytes / (1024 * 1024), t.lang, 1)} MB`;
}

/** One specific sentence (or two) for an import error. */
export function messageForImportError(error: ImportError, t: Messages): string {
	const f = t.fileErrors;
	const n = (v: number) => formatNumber(v, t.lang, 0);
	switch (error.code) {
		case 'not-json':
			if (error.endedEarly) return f.endedEarly;
			if (error.line !== null) return f.notJsonAt(error.line, error.column ?? 0);
			return f.notJson;
		case 'empty':
			return f.empty;
		case 'too-large': {
			const size = megabytes(error.bytes, t);
			const limit = megabytes(error.limitBytes, t);
			return size === limit ? f.justOver(limit) : f.tooLarge(size, limit);
		}
		case 'wrong-format':
			switch (error.reason) {
				case 'not-an-object': {
					const found = f.found as Record<string, string>;
					return f.notOurs(found[error.found ?? ''] ?? f.found.other);
				}
				case 'no-format':
					return f.noFormat;
				case 'other-format':
					return f.otherFormat(String(error.found));
				case 'bad-version':
					return error.found === null ? f.noVersion : f.badVersion(error.found);
			}
			break;
		case 'future-version':
			return f.futureVersion(error.version, error.supportedVersion);
		case 'too-many-scenarios':
			return f.tooManyScenarios(n(error.count), n(error.limit));
		case 'no-scenarios':
			return f.noScenarios;
		case 'malformed-file': {
			const [first, index] = error.path;
			if (typeof index === 'number') return f.damagedEntry(index + 1, String(first));
			return f.damagedPart(error.path.join('.'), error.expected === 'list');
		}
		case 'invalid-scenario': {
			const w = t.issues.where;
			const who =
				error.total === 1
					? error.name
						? w.scenarioNamed(error.name)
						: w.scenario
					: error.name
						? w.named(w.scenarioNumber(error.index + 1), error.name)
						: w.scenarioNumber(error.index + 1);
			const first = error.issues[0];
			let text = first
				? issueSentence(first, { t, pathNames: error.pathNames, who, currency: error.currency })
				: f.invalid(who);
			const more = error.issues.length - 1;
			if (more > 0) text += ` ${plural(more, f.moreProblems, t)(more)}`;
			if (error.invalidCount > 1) text += ` ${f.invalidCount(error.invalidCount, error.total)}`;
			return text;
		}
		case 'unexpected':
			return f.unexpected(error.detail);
	}
	return f.unexpected('?');
}

/** One sentence for a warning about a file that did open. */
export function messageForImportWarning(warning: ImportWarning, t: Messages): string {
	const w = t.fileWarnings;
	switch (warning.code) {
		case 'migrated':
			return w.migrated(warning.fromVersion, warning.steps.join(' '));
		case 'bare-scenario':
			return w.bareScenario;
		case 'unsafe-keys-removed':
			return plural(warning.count, w.unsafeKeys, t)(warning.count);
		case 'metadata-restored':
			return plural(
				warning.fields.length,
				w.metadataRestored,
				t
			)(warning.index + 1, warning.fields.map((field) => w.metadata[field]).join(', '));
	}
}

/** One sentence for a share-link error. */
export function messageForShareLinkError(error: ShareLinkError, t: Messages): string {
	const s = t.shareErrors;
	switch (error.code) {
		case 'malformed':
			return s.malformed;
		case 'truncated':
			return s.truncated;
		case 'unsupported-version':
			return s.unsupportedVersion;
		case 'needs-passphrase':
			return s.needsPassphrase;
		case 'wrong-passphrase':
			return s.wrongPassphrase;
		case 'invalid-scenario': {
			const first = error.issues[0];
			return first ? s.invalidBecause(issueSentence(first, { t })) : s.invalid;
		}
		case 'too-large':
			return s.tooLarge;
	}
}
