/**
 * Exports from the interface: the export dialog's formats (built lazily, each export library loads
 * only when its format is asked for) and the logo check; it loads with the dialog. Chart downloads
 * are in chart-downloads.ts (part of the calculator). The builders are pure (files/export/); this
 * module picks one, names the file and hands it to the browser.
 */
import { APP_VERSION } from '../files/app-version.ts';
import { downloadFile } from '../files/download.ts';
import { exportFileName } from '../files/export/filename.ts';
import { MAX_LOGO_BYTES } from '../files/export/logo.ts';
import type { Messages } from '../i18n/messages.ts';
import { loadLaterMessages } from './language.svelte.ts';
import type { Scenario, ScenarioResult, UncertaintyResult } from '../model/index.ts';

/** The export dialog's formats. */
export type ExportKind = 'pdf' | 'xlsx' | 'csv' | 'risk-csv' | 'pptx' | 'json';

/** A logo read from the user's file. */
export interface Logo {
	dataUrl: string;
	format: 'PNG' | 'JPEG';
	name: string;
}

/** What the export dialog asks for besides the scenario. */
export interface ExportRequest {
	date: Date;
	messages: Messages;
	pageSize: 'a4' | 'letter';
	companyName?: string;
	logo: Logo | null;
	/** The risk panel's finished futures when at hand; otherwise the builders run the same ones. */
	risk?: UncertaintyResult | null;
}

/** A file ready to download, or the builder's message why there is none. */
export type PreparedExport =
	| { ok: true; data: Uint8Array | string; fileName: string; mimeType: string; warnings: string[] }
	| { ok: false; message: string };

/** The format's short name in the status line ("PDF", "CSV"). */
export function exportLabel(kind: ExportKind): string {
	return kind === 'risk-csv' ? 'CSV' : kind.toUpperCase();
}

/**
 * Build one export of `scenario` (its `result`) as a named file. JSON is the scenario file of this
 * one scenario; the risk CSV is named after the scenario with "risk" added
 * (build-or-buy_Team-risk_2026-11-25.csv).
 */
export async function prepareExport(
	kind: ExportKind,
	scenario: Scenario,
	result: ScenarioResult,
	request: ExportRequest
): Promise<PreparedExport> {
	const { date, messages, pageSize, companyName, risk } = request;
	// The files' texts are in the later part of the messages.
	await loadLaterMessages(messages);
	if (kind === 'json') {
		const { buildScenarioFile, serializeScenarioFile } = await import('../files/scenario-file.ts');
		const at = date.toISOString();
		const file = buildScenarioFile(
			[
				{
					id: crypto.randomUUID?.() ?? String(date.getTime()),
					name: scenario.name,
					createdAt: at,
					updatedAt: at,
					scenario
				}
			],
			APP_VERSION,
			date
		);
		return {
			ok: true,
			data: serializeScenarioFile(file),
			fileName: exportFileName(scenario.name, date, 'json'),
			mimeType: 'application/json',
			warnings: []
		};
	}
	const logo = request.logo
		? { dataUrl: request.logo.dataUrl, format: request.logo.format }
		: undefined;
	const out =
		kind === 'pdf'
			? (await import('../files/export/pdf.ts')).buildPdf(scenario, result, {
					date,
					messages,
					pageSize,
					companyName,
					logo,
					risk
				})
			: kind === 'xlsx'
				? (await import('../files/export/xlsx.ts')).buildXlsx(scenario, result, {
						date,
						messages,
						companyName,
						risk
					})
				: kind === 'csv'
					? (await import('../files/export/csv.ts')).buildCsv(scenario, result, { date, messages })
					: kind === 'risk-csv'
						? (await import('../files/export/risk.ts')).buildRiskCsv(scenario, result, {
								date,
								messages,
								risk
							})
						: await (
								await import('../files/export/pptx.ts')
							).buildPptx(scenario, result, { date, messages, companyName, logo, risk });
	if (!out.ok) return { ok: false, message: out.error.message };
	const stem = kind === 'risk-csv' ? `${scenario.name} risk` : scenario.name;
	return {
		ok: true,
		data: out.data,
		fileName: exportFileName(stem, date, out.extension),
		mimeType: out.mimeType,
		warnings: out.warnings
	};
}

/** Hand a prepared file to the browser as a download. */
export function saveExport(file: {
	data: Uint8Array | string;
	fileName: string;
	mimeType: string;
}) {
	downloadFile(file.data, file.fileName, file.mimeType);
}

/** Why a logo file is refused, or null when it may be read. */
export type LogoProblem = { code: 'type' } | { code: 'size'; megabytes: number } | null;

/**
 * Check a logo by its first bytes (not its name or type: PNG starts 89 50 4E 47, JPEG FF D8 FF)
 * and its size (at most MAX_LOGO_BYTES). Returns the format, or the problem.
 */
export function checkLogo(
	head: Uint8Array,
	size: number
): { format: 'PNG' | 'JPEG'; problem: null } | { format: null; problem: NonNullable<LogoProblem> } {
	const format =
		head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47
			? 'PNG'
			: head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff
				? 'JPEG'
				: null;
	if (!format) return { format: null, problem: { code: 'type' } };
	if (size > MAX_LOGO_BYTES) {
		return { format: null, problem: { code: 'size', megabytes: size / 1024 / 1024 } };
	}
	return { format, problem: null };
}
