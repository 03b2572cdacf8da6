/**
 * Validating a logo given as a data URL: PNG or JPEG, under 2 MB, with readable dimensions.
 * Checking the bytes here means a bad file gives a clear error instead of a crash in a library.
 */

export interface LogoInput {
	/** `data:image/png;base64,...` or `data:image/jpeg;base64,...` */
	dataUrl: string;
	format: 'PNG' | 'JPEG';
}

export interface Logo {
	format: 'PNG' | 'JPEG';
	bytes: Uint8Array;
	/** Pixel size from the image header. */
	width: number;
	height: number;
	/** The data URL without the `data:` prefix, as PptxGenJS wants it. */
	base64: string;
}

/** Largest logo accepted, in bytes. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

function decodeBase64(b64: string): Uint8Array | null {
	try {
		const bin = atob(b64);
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

function pngSize(b: Uint8Array): [number, number] | null {
	const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (b.length < 33 || sig.some((v, i) => b[i] !== v)) return null;
	// IHDR must be the first chunk.
	if (String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return null;
	const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
	return [dv.getUint32(16), dv.getUint32(20)];
}

function jpegSize(b: Uint8Array): [number, number] | null {
	if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
	let i = 2;
	while (i + 9 < b.length) {
		if (b[i] !== 0xff) return null;
		const marker = b[i + 1];
		if (marker === 0xff) {
			i++;
			continue;
		}
		const len = (b[i + 2] << 8) | b[i + 3];
		const isSof =
			marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
		if (isSof) return [(b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]];
		if (len < 2) return null;
		i += 2 + len;
	}
	return null;
}

/** The logo's bytes and size, or null when it is not a usable PNG or JPEG. */
export function readLogo(input: unknown): Logo | null {
	if (!input || typeof input !== 'object') return null;
	const { dataUrl, format } = input as Partial<LogoInput>;
	if (typeof dataUrl !== 'string' || (format !== 'PNG' && format !== 'JPEG')) return null;
	const match = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]+)$/i.exec(dataUrl.trim());
	if (!match) return null;
	const declared = match[1].toLowerCase() === 'png' ? 'PNG' : 'JPEG';
	if (declared !== format) return null;
	const b64 = match[2].replace(/\s+/g, '');
	if (b64.length > (MAX_LOGO_BYTES * 4) / 3 + 4) return null;
	const bytes = decodeBase64(b64);
	if (!bytes || bytes.length === 0) return null;
	const size = format === 'PNG' ? pngSize(bytes) : jpegSize(bytes);
	if (!size || size[0] < 1 || size[1] < 1 || size[0] > 20_000 || size[1] > 20_000) return null;
	return {
		format,
		bytes,
		width: size[0],
		height: size[1],
		base64: `image/${format === 'PNG' ? 'png' : 'jpeg'};base64,${b64}`
	};
}

/** Fit a logo into a box, keeping its aspect ratio: [width, height] in the box's unit. */
export function fitLogo(logo: Logo, maxW: number, maxH: number): [number, number] {
	const scale = Math.min(maxW / logo.width, maxH / logo.height);
	return [logo.width * scale, logo.height * scale];
}
