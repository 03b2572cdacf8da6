/**
 * Chart downloads from the calculator (a chart's PNG and its data as CSV) and their file names.
 * Kept apart from the export dialog's module (exports.ts), which loads with the dialog: the
 * calculator's first load carries only this. The CSV builder and its texts load when asked for.
 */
import { downloadFile } from '../files/download.ts';
import { exportFileName } from '../files/export/filename.ts';
import type { Messages } from '../i18n/messages.ts';
import type { FigureBasis, ResultChartId, Scenario, ScenarioResult } from '../model/index.ts';
import { withLaterMessages } from './language.svelte.ts';

/** A chart's download file name: build-or-buy_<scenario>-<chart>_<date>.<ext>. */
export function chartFileName(
	scenarioName: string,
	chart: ResultChartId,
	ext: string,
	date = new Date()
) {
	return exportFileName(`${scenarioName} ${chart}`, date, ext);
}

/** The data behind one chart as CSV text (the export code loads only when asked), or null. */
export async function chartCsv(
	scenario: Scenario,
	result: ScenarioResult,
	chart: ResultChartId,
	messages: Messages,
	basis: FigureBasis
): Promise<string | null> {
	const { chartDataCsv } = await withLaterMessages(
		() => import('../files/export/csv.ts'),
		messages
	);
	const out = chartDataCsv(scenario, result, chart, { messages, basis });
	return out.ok ? out.data : null;
}

/** The bytes of a base64 data: URL (a chart rendered as PNG). */
export function dataUrlBytes(url: string): Uint8Array {
	const bin = atob(url.slice(url.indexOf(',') + 1));
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

/** Save a chart image rendered as a PNG data: URL. */
export function savePng(url: string, fileName: string): void {
	downloadFile(dataUrlBytes(url), fileName, 'image/png');
}

/** Save a chart's data as CSV. */
export function saveCsv(text: string, fileName: string): void {
	downloadFile(text, fileName, 'text/csv;charset=utf-8');
}
