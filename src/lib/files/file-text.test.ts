import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './file-text.ts';

const TEXT = '{"name":"Café ✓"}';

function utf16(text: string, bigEndian: boolean): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const [a, b] = bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8];
		out[2 + i * 2] = a;
		out[3 + i * 2] = b;
	}
	return out;
}

describe('decodeFileBytes', () => {
	it('reads UTF-8 with and without a byte order mark', () => {
		const plain = new TextEncoder().encode(TEXT);
		expect(decodeFileBytes(plain)).toBe(TEXT);
		expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(TEXT);
	});

	it('reads UTF-16 little and big endian with a byte order mark', () => {
		expect(decodeFileBytes(utf16(TEXT, false))).toBe(TEXT);
		expect(decodeFileBytes(utf16(TEXT, true))).toBe(TEXT);
	});

	it('never throws on odd bytes', () => {
		expect(decodeFileBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toContain('\ufffd');
		expect(decodeFileBytes(new Uint8Array([0xc3]))).toBe('\ufffd');
		expect(decodeFileBytes(new Uint8Array([]))).toBe('');
	});
});
