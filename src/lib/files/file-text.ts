/**
 * Text of a scenario file from its bytes, the same way in the browser and the command line: a byte
 * order mark picks UTF-8, UTF-16 LE or UTF-16 BE (and is dropped); without one the file is UTF-8.
 * Bytes that are not valid in the encoding become U+FFFD, which the JSON parser then reports.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
	let encoding = 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
	// TextDecoder drops the BOM that matches its encoding.
	return new TextDecoder(encoding).decode(bytes);
}
