/**
 * Helpers for the export tests (Node only): sample scenarios, reading zipped XML parts back, and
 * pulling the text out of an uncompressed PDF.
 */
import { strFromU8, unzipSync } from 'fflate';
import { createScenario, evaluateScenario, PRESETS, type Scenario } from '../../model/index.ts';

/** Two scenarios: US English with dollars, and German format with euros and a cash decision. */
export function sampleScenarios(): { id: string; scenario: Scenario }[] {
	return [
		{
			id: 'en-US',
			scenario: createScenario({
				name: 'Data team, "phase 1"',
				roles: [PRESETS[0].role(), PRESETS[1].role()]
			})
		},
		{
			id: 'de-DE',
			scenario: createScenario({
				name: 'Datenteam Größe Süd',
				currency: 'EUR',
				locale: 'de-DE',
				settings: { horizonMonths: 48, discountRatePerYear: 0.05, decisionMeasure: 'cash' },
				roles: [PRESETS[2].role(), PRESETS[3].role(), PRESETS[4].role()]
			})
		}
	];
}

export function evaluated(scenario: Scenario) {
	return { scenario, result: evaluateScenario(scenario) };
}

/** The files of a zip as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
	const files = unzipSync(bytes);
	const out: Record<string, string> = {};
	for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
	return out;
}

const WIN_ANSI_HIGH: Record<number, string> = {
	0x80: '\u20ac',
	0x82: '\u201a',
	0x83: '\u0192',
	0x84: '\u201e',
	0x85: '\u2026',
	0x86: '\u2020',
	0x87: '\u2021',
	0x88: '\u02c6',
	0x89: '\u2030',
	0x8a: '\u0160',
	0x8b: '\u2039',
	0x8c: '\u0152',
	0x8e: '\u017d',
	0x91: '\u2018',
	0x92: '\u2019',
	0x93: '\u201c',
	0x94: '\u201d',
	0x95: '\u2022',
	0x96: '\u2013',
	0x97: '\u2014',
	0x98: '\u02dc',
	0x99: '\u2122',
	0x9a: '\u0161',
	0x9b: '\u203a',
	0x9c: '\u0153',
	0x9e: '\u017e',
	0x9f: '\u0178'
};

/** Text strings drawn in an uncompressed jsPDF file, decoded from WinAnsi, one per text call. */
export function pdfStrings(bytes: Uint8Array): string[] {
	const raw = Buffer.from(bytes).toString('latin1');
	const out: string[] = [];
	for (const m of raw.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
		const unescaped = m[1].replace(/\\([0-7]{1,3}|.)/g, (_, e: string) => {
			if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
			return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
		});
		let text = '';
		for (const ch of unescaped) text += WIN_ANSI_HIGH[ch.charCodeAt(0)] ?? ch;
		out.push(text);
	}
	return out;
}

/**
 * A valid truecolour PNG as a data URL (for logo tests and the render script). `pixel` gives the
 * RGB colour at (x, y); grey by default.
 */
export async function pngDataUrl(
	width: number,
	height: number,
	pixel: (x: number, y: number) => [number, number, number] = () => [0x80, 0x80, 0x80]
): Promise<string> {
	const zlib = await import('node:zlib');
	const stride = width * 3 + 1;
	const raw = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		raw[y * stride] = 0; // filter: none
		for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * stride + 1 + x * 3);
	}
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(zlib.crc32(body));
		return Buffer.concat([len, body, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const png = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', zlib.deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
	return 'data:image/png;base64,' + png.toString('base64');
}
