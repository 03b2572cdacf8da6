import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart } from './filename.ts';

const date = new Date(2026, 10, 25);

describe('exportFileName', () => {
	it('builds a safe name with the local date', () => {
		expect(exportFileName('Data team', date, 'pdf')).toBe('build-or-buy_Data-team_2026-11-25.pdf');
		expect(exportFileName('Data team', date, '.XLSX')).toBe(
			'build-or-buy_Data-team_2026-11-25.xlsx'
		);
	});

	it('removes path and control characters', () => {
		const name = exportFileName('../../etc/passwd\u0000\n<x>:*?|"', date, 'csv');
		expect(name).toBe('build-or-buy_etc-passwd-x_2026-11-25.csv');
		expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
	});

	it('spells out German letters, drops accents and keeps other scripts', () => {
		expect(fileNamePart('Größe Übersicht')).toBe('Groesse-Uebersicht');
		expect(fileNamePart('Café Señor Łódź')).toBe('Cafe-Senor-Lodz');
		expect(fileNamePart('数据团队 2026')).toBe('数据团队-2026');
		expect(fileNamePart('צוות נתונים')).toBe('צוות-נתונים');
	});

	it('never gives an empty or overlong name', () => {
		expect(fileNamePart('🚀🔥')).toBe('scenario');
		expect(fileNamePart('   ')).toBe('scenario');
		const long = fileNamePart('x'.repeat(500));
		expect(Array.from(long).length).toBeLessThanOrEqual(60);
		expect(Array.from(fileNamePart('数'.repeat(200))).length).toBe(60);
	});
});
