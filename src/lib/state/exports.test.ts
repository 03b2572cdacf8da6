import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../files/app-version.ts';
import { parseScenarioFile } from '../files/scenario-file.ts';
import { en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, PRESETS } from '../model/index.ts';
import { chartCsv, chartFileName, dataUrlBytes } from './chart-downloads.ts';
import { checkLogo, exportLabel, prepareExport } from './exports.ts';

const scenario = createScenario({ name: 'Data team', roles: [PRESETS[0].role()] });
const result = evaluateScenario(scenario);
const date = new Date(2026, 10, 25, 12);
const request = { date, messages: en, pageSize: 'a4' as const, logo: null };

describe('prepareExport', () => {
	it('names every format after the scenario and the day, the risk CSV with "risk" added', async () => {
		const names: Record<string, string> = {};
		for (const kind of ['csv', 'risk-csv', 'json'] as const) {
			const out = await prepareExport(kind, scenario, result, request);
			if (!out.ok) throw new Error(out.message);
			names[kind] = out.fileName;
		}
		expect(names).toEqual({
			csv: 'build-or-buy_Data-team_2026-11-25.csv',
			'risk-csv': 'build-or-buy_Data-team-risk_2026-11-25.csv',
			json: 'build-or-buy_Data-team_2026-11-25.json'
		});
	});

	it('writes the JSON as a scenario file that reads back, with the package version', async () => {
		const out = await prepareExport('json', scenario, result, request);
		if (!out.ok) throw new Error(out.message);
		expect(out.mimeType).toBe('application/json');
		const json = JSON.parse(String(out.data));
		expect(json.appVersion).toBe(APP_VERSION);
		const back = parseScenarioFile(String(out.data));
		expect(back.ok && back.scenarios.map((e) => e.name)).toEqual(['Data team']);
	});

	it("passes the builder's refusal on as its message", async () => {
		const logo = { dataUrl: 'data:image/png;base64,AAAA', format: 'PNG' as const, name: 'x.png' };
		const out = await prepareExport('pdf', scenario, result, { ...request, logo });
		expect(out).toEqual({ ok: false, message: en.exports.errors.badLogo });
	});

	it('labels the formats as the status line names them', () => {
		expect(exportLabel('risk-csv')).toBe('CSV');
		expect(exportLabel('pptx')).toBe('PPTX');
	});
});

describe('checkLogo', () => {
	it('knows PNG and JPEG by their first bytes, not by name', () => {
		expect(checkLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 10)).toEqual({
			format: 'PNG',
			problem: null
		});
		expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 10).format).toBe('JPEG');
		expect(checkLogo(new Uint8Array([0x47, 0x49, 0x46, 0x38]), 10).problem).toEqual({
			code: 'type'
		});
		expect(checkLogo(new Uint8Array([]), 0).problem).toEqual({ code: 'type' });
	});

	it('refuses a logo over 2 MB and says how big it is', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
		expect(checkLogo(png, 2 * 1024 * 1024).problem).toBeNull();
		expect(checkLogo(png, 3 * 1024 * 1024).problem).toEqual({ code: 'size', megabytes: 3 });
	});
});

describe('chart downloads', () => {
	it('names a chart file after the scenario and the chart', () => {
		expect(chartFileName('Data team', 'capacity', 'png', date)).toBe(
			'build-or-buy_Data-team-capacity_2026-11-25.png'
		);
	});

	it('gives the chart data as CSV with the option names', async () => {
		const text = await chartCsv(scenario, result, 'cost-by-layer', en, 'nominal');
		expect(text?.split('\n')[0]).toContain('Cash');
		expect(text).toContain('Recruit');
	});

	it('reads the bytes of a data URL', () => {
		expect([...dataUrlBytes('data:image/png;base64,AQID')]).toEqual([1, 2, 3]);
	});
});
