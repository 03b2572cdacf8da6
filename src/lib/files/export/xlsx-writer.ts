/**
 * A small XLSX (Office Open XML spreadsheet) writer: cells with numbers, text and dates, a fixed
 * set of styles with number formats, frozen panes, column widths, merged cells and an autofilter,
 * zipped with fflate. Enough for a clean report workbook at a fraction of a general library's size.
 */
import { zipSync, strToU8 } from 'fflate';
import { xmlEscape } from './shared.ts';

/** Named cell styles; the index in this list is the style id in styles.xml. */
export const STYLES = [
	'text',
	'header',
	'title',
	'muted',
	'bold',
	'wrap',
	'money',
	'moneyBold',
	'percent',
	'integer',
	'decimal1',
	'decimal2',
	'date',
	'number'
] as const;
export type StyleName = (typeof STYLES)[number];

export type CellValue = string | number | Date | null;
export interface StyledCell {
	v: CellValue;
	s?: StyleName;
}
export type Cell = CellValue | StyledCell;

export interface SheetSpec {
	name: string;
	rows: Cell[][];
	/** Column widths in characters. */
	widths?: number[];
	/** Rows and columns frozen at the top and left. */
	freeze?: { rows: number; cols: number };
	/** Ranges to merge, e.g. "A1:E1". */
	merges?: string[];
	/** Row heights in points, by 0-based row index. */
	heights?: Record<number, number>;
	/** Add an autofilter over the header row (row 1) and the data below. */
	autoFilter?: boolean;
	landscape?: boolean;
}

/**
 * A data sheet: a bold header row (frozen, filtered), then the rows, landscape when printed. The
 * one shape of the workbook's table sheets (inputs, monthly, roles, budget).
 */
export function tableSheet(
	name: string,
	header: string[],
	rows: Cell[][],
	layout: {
		/** Column widths in characters. */
		widths: number[];
		/** Columns frozen at the left (default none). */
		freezeCols?: number;
		/** Height of the header row in points (default Excel's). */
		headerHeight?: number;
		/** Printed landscape (default true). */
		landscape?: boolean;
	}
): SheetSpec {
	return {
		name,
		rows: [header.map((h) => ({ v: h, s: 'header' as const })), ...rows],
		widths: layout.widths,
		freeze: { rows: 1, cols: layout.freezeCols ?? 0 },
		...(layout.headerHeight === undefined ? {} : { heights: { 0: layout.headerHeight } }),
		autoFilter: true,
		landscape: layout.landscape ?? true
	};
}

/** One column of a table sheet: its header, its width in characters and its cell in a row. */
export interface Column<R> {
	head: string;
	width: number;
	cell: (row: R) => Cell;
}

/** A table sheet written column by column: each column's header, width and cell stand together. */
export function columnSheet<R>(
	name: string,
	columns: Column<R>[],
	rows: Iterable<R>,
	layout: Omit<Parameters<typeof tableSheet>[3], 'widths'>
): SheetSpec {
	return tableSheet(
		name,
		columns.map((c) => c.head),
		Array.from(rows, (r) => columns.map((c) => c.cell(r))),
		{ ...layout, widths: columns.map((c) => c.width) }
	);
}

export interface WorkbookSpec {
	sheets: SheetSpec[];
	/** Excel number format for money, e.g. `#,##0 "€"`. */
	moneyFormat: string;
	title?: string;
	created?: Date;
}

/** Column letters for a 0-based index: 0 -> A, 26 -> AA. */
export function columnName(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** A1-style reference for 0-based row and column. */
export function cellRef(row: number, col: number): string {
	return columnName(col) + String(row + 1);
}

/** Excel's serial day number of a local calendar date (1900 date system). */
export function excelDate(date: Date): number {
	const utc = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
	return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A sheet name Excel accepts: no []:*?/\ characters, at most 31 characters, unique. */
function sheetName(name: string, used: Set<string>): string {
	const base =
		Array.from(name.replace(/[[\]:*?/\\]/g, ' ').trim())
			.slice(0, 31)
			.join('') || 'Sheet';
	let out = base;
	for (let i = 2; used.has(out.toLowerCase()); i++) {
		const suffix = ` (${i})`;
		out =
			Array.from(base)
				.slice(0, 31 - suffix.length)
				.join('') + suffix;
	}
	used.add(out.toLowerCase());
	return out;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function stylesXml(moneyFormat: string): string {
	// Number formats: Excel's built-in 0 (general) and 3 (#,##0), and ours from 164.
	const [INTEGER, MONEY, PERCENT, DECIMAL1, DECIMAL2, DATE] = [3, 164, 165, 166, 167, 168];
	const fmts: [number, string][] = [
		[MONEY, moneyFormat],
		[PERCENT, '0.0%'],
		[DECIMAL1, '#,##0.0'],
		[DECIMAL2, '#,##0.00'],
		[DATE, 'yyyy-mm-dd']
	];
	const font = (extra: string, size = 11, color = 'FF1F2937') =>
		`<font>${extra}<sz val="${size}"/><color rgb="${color}"/><name val="Calibri"/><family val="2"/></font>`;
	// Font ids: 0 normal, then bold, title, muted.
	const fonts = [font(''), font('<b/>'), font('<b/>', 16), font('', 10, 'FF6B7280')];
	const [BOLD, TITLE, MUTED] = [1, 2, 3];
	// Fill 2 is the header's shade, border 1 a thin line below (see <fills> and <borders>).
	const [SHADE, UNDERLINE] = [2, 1];
	/** What a style sets beyond plain text: general format, normal font, no fill, border or alignment. */
	type Xf = { num?: number; font?: number; fill?: number; border?: number; align?: string };
	const xf: Record<StyleName, Xf> = {
		text: {},
		header: {
			font: BOLD,
			fill: SHADE,
			border: UNDERLINE,
			align: '<alignment vertical="center" wrapText="1"/>'
		},
		title: { font: TITLE },
		muted: { font: MUTED },
		bold: { font: BOLD },
		wrap: { align: '<alignment vertical="top" wrapText="1"/>' },
		money: { num: MONEY },
		moneyBold: { num: MONEY, font: BOLD },
		percent: { num: PERCENT },
		integer: { num: INTEGER },
		decimal1: { num: DECIMAL1 },
		decimal2: { num: DECIMAL2 },
		date: { num: DATE, align: '<alignment horizontal="left"/>' },
		number: { align: '<alignment horizontal="right"/>' }
	};
	const xfs = STYLES.map((name) => {
		const { num = 0, font: fontId = 0, fill = 0, border = 0, align = '' } = xf[name];
		const attrs =
			`numFmtId="${num}" fontId="${fontId}" fillId="${fill}" borderId="${border}" xfId="0"` +
			(num ? ' applyNumberFormat="1"' : '') +
			(fontId ? ' applyFont="1"' : '') +
			(fill ? ' applyFill="1"' : '') +
			(border ? ' applyBorder="1"' : '') +
			(align ? ' applyAlignment="1"' : '');
		return align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`;
	});
	return (
		XML_HEAD +
		`<styleSheet xmlns="${NS}">` +
		`<numFmts count="${fmts.length}">` +
		fmts
			.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`)
			.join('') +
		'</numFmts>' +
		`<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
		'<fills count="3"><fill><patternFill patternType="none"/></fill>' +
		'<fill><patternFill patternType="gray125"/></fill>' +
		'<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/><bgColor indexed="64"/></patternFill></fill></fills>' +
		'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
		'<border><left/><right/><top/><bottom style="thin"><color rgb="FF9CA3AF"/></bottom><diagonal/></border></borders>' +
		'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
		`<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
		'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
		'</styleSheet>'
	);
}

class SharedStrings {
	private index = new Map<string, number>();
	readonly list: string[] = [];
	count = 0;
	id(text: string): number {
		this.count++;
		let i = this.index.get(text);
		if (i === undefined) {
			i = this.list.length;
			this.list.push(text);
			this.index.set(text, i);
		}
		return i;
	}
	xml(): string {
		const items = this.list.map((t) => {
			const space = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : '';
			return `<si><t${space}>${xmlEscape(t)}</t></si>`;
		});
		return (
			XML_HEAD +
			`<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.list.length}">` +
			items.join('') +
			'</sst>'
		);
	}
}

function cellXml(ref: string, cell: Cell, strings: SharedStrings): string {
	const styled: StyledCell =
		cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell : { v: cell };
	const { v } = styled;
	let style = styled.s;
	if (v instanceof Date) style ??= 'date';
	const s = style && style !== 'text' ? ` s="${STYLES.indexOf(style)}"` : '';
	if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) {
		return s ? `<c r="${ref}"${s}/>` : '';
	}
	if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
	if (v instanceof Date) {
		return Number.isFinite(v.getTime()) ? `<c r="${ref}"${s}><v>${excelDate(v)}</v></c>` : '';
	}
	return `<c r="${ref}"${s} t="s"><v>${strings.id(v)}</v></c>`;
}

function sheetXml(sheet: SheetSpec, strings: SharedStrings): string {
	const nCols = Math.max(1, ...sheet.rows.map((r) => r.length));
	const nRows = Math.max(1, sheet.rows.length);
	const dim = `A1:${cellRef(nRows - 1, nCols - 1)}`;
	let view = '<sheetView workbookViewId="0"';
	const f = sheet.freeze;
	if (f && (f.rows > 0 || f.cols > 0)) {
		const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
		view +=
			'><pane' +
			(f.cols > 0 ? ` xSplit="${f.cols}"` : '') +
			(f.rows > 0 ? ` ySplit="${f.rows}"` : '') +
			` topLeftCell="${cellRef(f.rows, f.cols)}" activePane="${pane}" state="frozen"/>` +
			`<selection pane="${pane}" activeCell="${cellRef(f.rows, f.cols)}" sqref="${cellRef(f.rows, f.cols)}"/>` +
			'</sheetView>';
	} else {
		view += '/>';
	}
	const cols = (sheet.widths ?? [])
		.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
		.join('');
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row.map((cell, c) => cellXml(cellRef(r, c), cell, strings)).join('');
			const h = sheet.heights?.[r];
			const ht = h ? ` ht="${h}" customHeight="1"` : '';
			return cells || ht ? `<row r="${r + 1}"${ht}>${cells}</row>` : '';
		})
		.join('');
	const merges = sheet.merges?.length
		? `<mergeCells count="${sheet.merges.length}">` +
			sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('') +
			'</mergeCells>'
		: '';
	const filter = sheet.autoFilter ? `<autoFilter ref="${dim}"/>` : '';
	return (
		XML_HEAD +
		`<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
		'<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
		`<dimension ref="${dim}"/>` +
		`<sheetViews>${view}</sheetViews>` +
		'<sheetFormatPr defaultRowHeight="15"/>' +
		(cols ? `<cols>${cols}</cols>` : '') +
		`<sheetData>${rows}</sheetData>` +
		filter +
		merges +
		'<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
		`<pageSetup orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
		'</worksheet>'
	);
}

/** Zip a workbook into XLSX bytes. */
export function writeWorkbook(spec: WorkbookSpec): Uint8Array {
	const strings = new SharedStrings();
	const used = new Set<string>();
	const names = spec.sheets.map((s) => sheetName(s.name, used));
	// Sheets first (they fill the shared strings); [Content_Types].xml must still come first in the zip.
	const sheetParts = spec.sheets.map((s) => strToU8(sheetXml(s, strings)));
	const files: Record<string, Uint8Array> = {};
	const sheetOverrides = spec.sheets
		.map(
			(_, i) =>
				`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
		)
		.join('');
	files['[Content_Types].xml'] = strToU8(
		XML_HEAD +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
			sheetOverrides +
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
			'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
			'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
			'</Types>'
	);
	files['_rels/.rels'] = strToU8(
		XML_HEAD +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
			'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
			'</Relationships>'
	);
	const created = spec.created && Number.isFinite(spec.created.getTime()) ? spec.created : null;
	files['docProps/core.xml'] = strToU8(
		XML_HEAD +
			'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
			'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
			'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
			(spec.title ? `<dc:title>${xmlEscape(spec.title)}</dc:title>` : '') +
			'<dc:creator>Build or Buy</dc:creator>' +
			(created
				? `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:created>`
				: '') +
			'</cp:coreProperties>'
	);
	const filters = spec.sheets
		.map((s, i) => {
			if (!s.autoFilter) return '';
			const nCols = Math.max(1, ...s.rows.map((r) => r.length));
			const last = cellRef(Math.max(0, s.rows.length - 1), nCols - 1).replace(
				/([A-Z]+)(\d+)/,
				'$$$1$$$2'
			);
			const quoted = `'${names[i].replace(/'/g, "''")}'`;
			return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(quoted)}!$A$1:${last}</definedName>`;
		})
		.join('');
	files['xl/workbook.xml'] = strToU8(
		XML_HEAD +
			`<workbook xmlns="${NS}" xmlns:r="${NS_R}">` +
			'<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
			names
				.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
				.join('') +
			'</sheets>' +
			(filters ? `<definedNames>${filters}</definedNames>` : '') +
			'</workbook>'
	);
	const n = spec.sheets.length;
	files['xl/_rels/workbook.xml.rels'] = strToU8(
		XML_HEAD +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			spec.sheets
				.map(
					(_, i) =>
						`<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
				)
				.join('') +
			`<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
			'</Relationships>'
	);
	sheetParts.forEach((part, i) => {
		files[`xl/worksheets/sheet${i + 1}.xml`] = part;
	});
	files['xl/styles.xml'] = strToU8(stylesXml(spec.moneyFormat));
	files['xl/sharedStrings.xml'] = strToU8(strings.xml());
	return zipSync(files, { level: 6 });
}
