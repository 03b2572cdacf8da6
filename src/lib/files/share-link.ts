/**
 * Share links that carry the scenario itself in the URL fragment (the part after '#', which
 * browsers never send to a server). Pure: works in browsers and in Node 20 (WebCrypto through
 * `globalThis.crypto.subtle`, compression through fflate).
 *
 *   plain:     s1.<base64url(deflate-raw(JSON))>.<base64url(CRC-32 of JSON)>
 *   encrypted: e1.<salt>.<iv>.<base64url(AES-256-GCM(deflate-raw(JSON)))>.<CRC-32 of salt+iv+ciphertext>
 *
 * Raw DEFLATE has no checksum: without the CRC, about one in six single-character changes to a
 * plain link still decoded, silently, to a different scenario. AES-GCM authenticates e1 links;
 * their CRC only tells a damaged or cut link apart from a wrong passphrase. Because the CRC is
 * the last, fixed-length segment, a link cut anywhere is reported as truncated.
 *
 * The JSON is compact: fields equal to their schema default are left out and restored on decode by
 * the schema, so links stay short and a decoded scenario equals the encoded one exactly.
 * Decoding never throws and caps every size before doing work (no zip bombs).
 */
import { deflateSync, Inflate } from 'fflate';
import { createRole, createScenario, type InputIssue, type Scenario } from '../model/index.ts';
import { isJsonObject, type JsonObject } from './migrations.ts';
import { restoreScenarioFile, SCENARIO_FILE_FORMAT } from './scenario-file.ts';

/** Prefix of a plain link payload (version 1). */
export const PLAIN_PREFIX = 's1';
/** Prefix of an encrypted link payload (version 1). */
export const ENCRYPTED_PREFIX = 'e1';
/** The scenario file version whose scenario shape s1 and e1 links carry (migrated on opening). */
export const LINK_FILE_VERSION = 1;
/**
 * PBKDF2-HMAC-SHA-256 iterations for e1 links: the OWASP Password Storage Cheat Sheet's current
 * figure (600,000; it was 310,000 until 2023). Changing it needs a new prefix (e2).
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM authentication tag length in bytes. */
const TAG_BYTES = 16;
/** Longest fragment accepted (characters), checked first. */
export const MAX_FRAGMENT_CHARS = 100_000;
/** Largest decompressed JSON accepted (bytes); decompression stops as soon as it is passed. */
export const MAX_INFLATED_BYTES = 1_000_000;

export type ShareLinkError =
	/** Not a share link of this app, or damaged beyond recognition (also: empty). */
	| { code: 'malformed' }
	/** Cut off: the link ends too early (often a chat app or e-mail wrapped it). */
	| { code: 'truncated' }
	/** A link made by a newer version of the app. */
	| { code: 'unsupported-version'; prefix: string }
	| { code: 'needs-passphrase' }
	/** The passphrase does not open the link (the link itself is intact: its CRC matched). */
	| { code: 'wrong-passphrase' }
	| { code: 'invalid-scenario'; issues: InputIssue[] }
	| { code: 'too-large'; limit: number };

export type ShareLinkErrorCode = ShareLinkError['code'];

export type DecodeShareResult =
	{ ok: true; scenario: Scenario; encrypted: boolean } | { ok: false; error: ShareLinkError };

// ---------------------------------------------------------------------------------------------
// base64url (RFC 4648 §5, no padding), strict on decode

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out +=
			ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i] << 16;
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
	} else if (rest === 2) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
	}
	return out;
}

/** Decode base64url; null when a character is not in the alphabet or the length is impossible. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let o = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const v = c < 128 ? LOOKUP[c] : -1;
		if (v < 0) return null;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (acc >> bits) & 0xff;
		}
		acc &= 0xff;
	}
	// Strict: the unused low bits of the last character must be zero (one spelling per payload).
	if ((acc & ((1 << bits) - 1)) !== 0) return null;
	return out.subarray(0, o);
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as in zip and PNG)

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	CRC_TABLE[n] = c >>> 0;
}

export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function crcBytes(bytes: Uint8Array): Uint8Array {
	const value = crc32(bytes);
	return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

/** Characters of the base64url CRC segment (4 bytes). */
const CRC_CHARS = 6;

// ---------------------------------------------------------------------------------------------
// compact JSON: leave out what equals the default

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== typeof b || typeof a !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const bb = b as unknown[];
		return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
	}
	const ka = Object.keys(a as object);
	const kb = Object.keys(b as object);
	return (
		ka.length === kb.length &&
		ka.every(
			(k) => Object.hasOwn(b as object, k) && deepEqual((a as JsonObject)[k], (b as JsonObject)[k])
		)
	);
}

function compactValue(value: unknown, def: unknown, key: string | null): unknown {
	if (Array.isArray(value)) {
		const itemDefault = key === 'roles' ? DEFAULT_ROLE : key === 'skills' ? skillDefault() : null;
		return itemDefault ? value.map((item) => compactValue(item, itemDefault, null)) : value;
	}
	if (isJsonObject(value) && isJsonObject(def)) {
		const out: JsonObject = {};
		for (const [k, v] of Object.entries(value)) {
			if (Object.hasOwn(def, k) && deepEqual(v, def[k])) continue;
			out[k] = compactValue(v, Object.hasOwn(def, k) ? def[k] : undefined, k);
		}
		return out;
	}
	return value;
}

let defaultScenarioCache: Scenario | null = null;
const DEFAULT_ROLE: JsonObject = createRole() as unknown as JsonObject;
let skillDefaultCache: JsonObject | null = null;
function skillDefault(): JsonObject {
	if (!skillDefaultCache) {
		// The schema's per-skill defaults (a skill's name has none).
		const parsed = createRole({ build: { skills: [{ name: 'x' }] } }).build.skills[0];
		skillDefaultCache = { ...parsed } as JsonObject;
		delete skillDefaultCache.name;
	}
	return skillDefaultCache;
}

/** The scenario without the fields that equal their defaults (the schema restores them). */
export function compactScenario(scenario: Scenario): JsonObject {
	defaultScenarioCache ??= createScenario();
	return compactValue(scenario, defaultScenarioCache, null) as JsonObject;
}

// ---------------------------------------------------------------------------------------------
// crypto

function subtle(): SubtleCrypto {
	const c = globalThis.crypto as Crypto | undefined;
	if (!c?.subtle) throw new Error('Web Crypto is not available (a secure context is required).');
	return c.subtle;
}

const encoder = new TextEncoder();

/**
 * The key for a passphrase. Passphrases are NFC-normalised first, so "é" typed as one character or
 * as "e" plus a combining accent opens the same link (`normalize: false` only to open links made
 * before normalisation, which used the passphrase as typed).
 */
async function deriveKey(
	passphrase: string,
	salt: Uint8Array,
	normalize = true
): Promise<CryptoKey> {
	const text = normalize ? passphrase.normalize('NFC') : passphrase;
	const base = await subtle().importKey('raw', encoder.encode(text), 'PBKDF2', false, [
		'deriveKey'
	]);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** The prefix is bound to the ciphertext as additional data, so it cannot be swapped. */
const AAD = encoder.encode(ENCRYPTED_PREFIX);

// ---------------------------------------------------------------------------------------------
// encode / decode

/**
 * The fragment (without '#') for a scenario. With a non-empty passphrase the payload is
 * encrypted (AES-256-GCM, key from PBKDF2-SHA-256 with a random salt); without, it is only
 * compressed. Rejects only if Web Crypto is missing when a passphrase is given.
 */
export async function encodeShareFragment(
	scenario: Scenario,
	options: { passphrase?: string } = {}
): Promise<string> {
	const json = encoder.encode(JSON.stringify(compactScenario(scenario)));
	const packed = deflateSync(json, { level: 9 });
	if (!options.passphrase) {
		return `${PLAIN_PREFIX}.${toBase64Url(packed)}.${toBase64Url(crcBytes(json))}`;
	}
	const c = globalThis.crypto;
	const salt = c.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = c.getRandomValues(new Uint8Array(IV_BYTES));
	const key = await deriveKey(options.passphrase, salt);
	const sealed = new Uint8Array(
		await subtle().encrypt(
			{ name: 'AES-GCM', iv: iv as BufferSource, additionalData: AAD as BufferSource },
			key,
			packed as BufferSource
		)
	);
	return [
		ENCRYPTED_PREFIX,
		toBase64Url(salt),
		toBase64Url(iv),
		toBase64Url(sealed),
		toBase64Url(crcBytes(concat([salt, iv, sealed])))
	].join('.');
}

/** The payload of a fragment, a '#fragment', or a whole URL. */
function payloadOf(fragment: string): string {
	const hash = fragment.indexOf('#');
	return (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
}

/** Whether a fragment (or URL) holds an encrypted scenario (so the UI should ask for a passphrase). */
export function isEncryptedFragment(fragment: string): boolean {
	return typeof fragment === 'string' && /^e\d+\./.test(payloadOf(fragment));
}

/** Whether a fragment (or URL) looks like a share link of this app at all. */
export function isShareFragment(fragment: string): boolean {
	return typeof fragment === 'string' && /^[se]\d+\./.test(payloadOf(fragment));
}

type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: ShareLinkError };

/** Inflate in small steps, stopping as soon as the output passes the cap. */
function inflateCapped(data: Uint8Array): InflateResult {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let tooLarge = false;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > MAX_INFLATED_BYTES) tooLarge = true;
		else chunks.push(chunk);
	});
	try {
		const STEP = 512;
		for (let i = 0; i < data.length && !tooLarge; i += STEP) {
			const end = Math.min(data.length, i + STEP);
			inflater.push(data.subarray(i, end), end === data.length);
		}
		if (data.length === 0) return { ok: false, error: { code: 'truncated' } };
	} catch (err) {
		if (tooLarge) return { ok: false, error: { code: 'too-large', limit: MAX_INFLATED_BYTES } };
		const code = (err as { code?: number }).code;
		return { ok: false, error: { code: code === 0 ? 'truncated' : 'malformed' } };
	}
	if (tooLarge) return { ok: false, error: { code: 'too-large', limit: MAX_INFLATED_BYTES } };
	const bytes = new Uint8Array(total);
	let o = 0;
	for (const c of chunks) {
		bytes.set(c, o);
		o += c.length;
	}
	return { ok: true, bytes };
}

function scenarioFromBytes(bytes: Uint8Array, encrypted: boolean): DecodeShareResult {
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, error: { code: 'malformed' } };
	}
	if (!isJsonObject(data)) return { ok: false, error: { code: 'malformed' } };
	// The same restore path as files and the browser's workspace: a v1 link holds a file-v1 scenario.
	const restored = restoreScenarioFile({
		format: SCENARIO_FILE_FORMAT,
		version: LINK_FILE_VERSION,
		scenarios: [{ scenario: data }]
	});
	if (!restored.ok) {
		return restored.error.code === 'invalid-scenario'
			? { ok: false, error: { code: 'invalid-scenario', issues: restored.error.issues } }
			: { ok: false, error: { code: 'malformed' } };
	}
	return { ok: true, scenario: restored.scenarios[0].scenario, encrypted };
}

/**
 * Read a scenario from a fragment (with or without '#', or a whole URL). Never throws; every
 * failure is a typed error. `passphrase` is needed only for encrypted links.
 */
export async function decodeShareFragment(
	fragment: string,
	passphrase?: string
): Promise<DecodeShareResult> {
	try {
		return await decodeUnsafe(fragment, passphrase);
	} catch {
		return { ok: false, error: { code: 'malformed' } };
	}
}

async function decodeUnsafe(fragment: string, passphrase?: string): Promise<DecodeShareResult> {
	if (typeof fragment !== 'string') return { ok: false, error: { code: 'malformed' } };
	if (fragment.length > MAX_FRAGMENT_CHARS) {
		return { ok: false, error: { code: 'too-large', limit: MAX_FRAGMENT_CHARS } };
	}
	const payload = payloadOf(fragment);
	const parts = payload.split('.');
	const prefix = parts[0];
	if (!/^[se]\d+$/.test(prefix)) return { ok: false, error: { code: 'malformed' } };
	if (prefix !== PLAIN_PREFIX && prefix !== ENCRYPTED_PREFIX) {
		return { ok: false, error: { code: 'unsupported-version', prefix } };
	}

	if (prefix === PLAIN_PREFIX) {
		// s1.<payload>.<crc>: a link cut anywhere loses (part of) the CRC segment.
		if (parts.length > 3) return { ok: false, error: { code: 'malformed' } };
		const [, packedText = '', crcText = ''] = parts;
		if (!BASE64URL.test(packedText) || !BASE64URL.test(crcText)) {
			return { ok: false, error: { code: 'malformed' } };
		}
		if (parts.length < 3 || crcText.length < CRC_CHARS || packedText.length === 0) {
			return { ok: false, error: { code: 'truncated' } };
		}
		const packed = fromBase64Url(packedText);
		const crc = fromBase64Url(crcText);
		if (!packed || !crc || crc.length !== 4) return { ok: false, error: { code: 'malformed' } };
		const inflated = inflateCapped(packed);
		// The link is complete (its CRC segment is whole), so a stream that ends early was altered.
		if (!inflated.ok) {
			return inflated.error.code === 'truncated'
				? { ok: false, error: { code: 'malformed' } }
				: inflated;
		}
		const expected = crcBytes(inflated.bytes);
		if (expected.some((b, i) => b !== crc[i])) return { ok: false, error: { code: 'malformed' } };
		return scenarioFromBytes(inflated.bytes, false);
	}

	// Encrypted: e1.<salt>.<iv>.<ciphertext>.<crc of salt, iv and ciphertext>
	if (parts.length > 5) return { ok: false, error: { code: 'malformed' } };
	const texts = parts.slice(1);
	if (!texts.every((t) => BASE64URL.test(t))) return { ok: false, error: { code: 'malformed' } };
	const [saltText = '', ivText = '', sealedText = '', crcText = ''] = texts;
	if (parts.length < 5 || crcText.length < CRC_CHARS)
		return { ok: false, error: { code: 'truncated' } };
	const salt = fromBase64Url(saltText);
	const iv = fromBase64Url(ivText);
	const sealed = fromBase64Url(sealedText);
	const crc = fromBase64Url(crcText);
	if (
		!salt ||
		!iv ||
		!sealed ||
		!crc ||
		crc.length !== 4 ||
		salt.length !== SALT_BYTES ||
		iv.length !== IV_BYTES ||
		sealed.length <= TAG_BYTES
	) {
		return { ok: false, error: { code: 'malformed' } };
	}
	// Checked before the passphrase, so "wrong passphrase" means just that, not a damaged link.
	if (crcBytes(concat([salt, iv, sealed])).some((b, i) => b !== crc[i])) {
		return { ok: false, error: { code: 'malformed' } };
	}
	if (!passphrase) return { ok: false, error: { code: 'needs-passphrase' } };
	let packed = await decryptWith(passphrase, salt, iv, sealed, true);
	// Links made before passphrases were normalised used the text as typed.
	if (!packed && passphrase.normalize('NFC') !== passphrase) {
		packed = await decryptWith(passphrase, salt, iv, sealed, false);
	}
	if (!packed) return { ok: false, error: { code: 'wrong-passphrase' } };
	const inflated = inflateCapped(packed);
	if (!inflated.ok) return inflated;
	return scenarioFromBytes(inflated.bytes, true);
}

/** The decrypted payload, or null when the passphrase does not open it. */
async function decryptWith(
	passphrase: string,
	salt: Uint8Array,
	iv: Uint8Array,
	sealed: Uint8Array,
	normalize: boolean
): Promise<Uint8Array | null> {
	try {
		const key = await deriveKey(passphrase, salt, normalize);
		return new Uint8Array(
			await subtle().decrypt(
				{ name: 'AES-GCM', iv: iv as BufferSource, additionalData: AAD as BufferSource },
				key,
				sealed as BufferSource
			)
		);
	} catch {
		return null;
	}
}
