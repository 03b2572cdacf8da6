import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createScenario, PRESETS, type Scenario } from '../model/index.ts';
import { en } from '../i18n/messages-all.ts';
import {
	compactScenario,
	crc32,
	decodeShareFragment,
	encodeShareFragment,
	fromBase64Url,
	isEncryptedFragment,
	isShareFragment,
	MAX_FRAGMENT_CHARS,
	toBase64Url,
	type DecodeShareResult,
	type ShareLinkErrorCode
} from './share-link.ts';
import { messageForShareLinkError } from './import-messages.ts';

/** Fuzz cases per property; `FUZZ_SCALE=20 npx vitest run src/lib/files` for a long run. */
const fuzzRuns = (n: number) => n * Number(process.env.FUZZ_SCALE ?? 1);

const ONE_ROLE = createScenario({ name: 'Data analysts', roles: [PRESETS[0].role()] });
const FIVE_ROLES = createScenario({
	name: 'All presets',
	currency: 'EUR',
	locale: 'de-DE',
	roles: PRESETS.map((p) => p.role())
});

function expectError(result: DecodeShareResult, code: ShareLinkErrorCode): void {
	expect(result.ok ? 'ok' : result.error.code).toBe(code);
	if (!result.ok) expect(messageForShareLinkError(result.error, en).length).toBeGreaterThan(10);
}

/** A plain fragment for arbitrary JSON text (to test the decoder with hostile content). */
function plainFor(text: string): string {
	const bytes = new TextEncoder().encode(text);
	const crc = crc32(bytes);
	const crcBytes = new Uint8Array([crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
	return `s1.${toBase64Url(deflateSync(bytes))}.${toBase64Url(crcBytes)}`;
}

function flip(text: string, at: number): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const c = alphabet[(alphabet.indexOf(text[at]) + 7) % 64];
	return text.slice(0, at) + c + text.slice(at + 1);
}

describe('base64url and crc32', () => {
	it('round-trips bytes of every length and rejects bad input', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
		expect(fromBase64Url('abc=')).toBeNull();
		expect(fromBase64Url('a')).toBeNull();
		expect(fromBase64Url('AB')).toBeNull(); // non-zero padding bits
	});

	it('computes the standard CRC-32', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('plain links', () => {
	it('round-trip exactly', async () => {
		for (const s of [createScenario(), ONE_ROLE, FIVE_ROLES]) {
			const fragment = await encodeShareFragment(s);
			expect(fragment).toMatch(/^s1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
			expect(isEncryptedFragment(fragment)).toBe(false);
			const result = await decodeShareFragment(fragment);
			expect(result).toEqual({ ok: true, scenario: s, encrypted: false });
		}
	});

	it('accept "#fragment" and whole URLs', async () => {
		const fragment = await encodeShareFragment(ONE_ROLE);
		expect((await decodeShareFragment('#' + fragment)).ok).toBe(true);
		expect((await decodeShareFragment(`https://example.org/app/#${fragment}\n`)).ok).toBe(true);
		expect(isShareFragment(`https://example.org/#${fragment}`)).toBe(true);
		expect(isShareFragment('#/calculator')).toBe(false);
	});

	it('leave out defaults: the default scenario is an empty object', () => {
		expect(compactScenario(createScenario())).toEqual({});
		const compact = compactScenario(ONE_ROLE);
		expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(ONE_ROLE).length / 2);
	});

	it('round-trip exactly for varied scenarios (property)', async () => {
		const roleArb = fc.record(
			{
				name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
				headcount: fc.integer({ min: 0, max: 50 }),
				salaryPerYear: fc.double({ min: 1, max: 1e6, noNaN: true }),
				buy: fc.record({ timeToFillDays: fc.double({ min: 0, max: 730, noNaN: true }) }),
				build: fc.record({
					successProbability: fc.constantFrom(0, 0.5, 0.8, 1),
					skills: fc.array(
						fc.record({
							name: fc.constantFrom('SQL', 'Go', 'Maths'),
							currentLevel: fc.constant(1),
							requiredLevel: fc.integer({ min: 1, max: 5 })
						}),
						{ maxLength: 4 }
					)
				})
			},
			{ requiredKeys: ['name'] }
		);
		await fc.assert(
			fc.asyncProperty(fc.array(roleArb, { minLength: 1, maxLength: 4 }), async (roles) => {
				const s: Scenario = createScenario({ roles });
				const result = await decodeShareFragment(await encodeShareFragment(s));
				expect(result.ok && result.scenario).toEqual(s);
			}),
			{ numRuns: fuzzRuns(60) }
		);
	});

	it('report truncation wherever the link is cut', async () => {
		const fragment = await encodeShareFragment(FIVE_ROLES);
		for (let cut = 2; cut < fragment.length; cut += 7) {
			expectError(await decodeShareFragment(fragment.slice(0, cut)), 'truncated');
		}
	});

	it('report an altered character instead of decoding a different scenario', async () => {
		const fragment = await encodeShareFragment(FIVE_ROLES);
		const original = await decodeShareFragment(fragment);
		for (let at = 3; at < fragment.length; at += 5) {
			if (fragment[at] === '.') continue;
			const altered = await decodeShareFragment(flip(fragment, at));
			// The last byte of a DEFLATE stream may end in unused bits: a change there decodes to the
			// very same scenario (never a different one); every other change is reported.
			if (altered.ok && original.ok)
				expect(altered.scenario, `at ${at}`).toEqual(original.scenario);
			else expectError(altered, 'malformed');
		}
	});

	it('reject garbage, empty input and other app links', async () => {
		for (const text of ['', '#', '   ', 'hello', 's1', 's1.!!!.AAAAAA', '#/compare', '\u0000']) {
			const result = await decodeShareFragment(text);
			expect(result.ok).toBe(false);
		}
		expectError(await decodeShareFragment(''), 'malformed');
		expectError(await decodeShareFragment('x1.abc'), 'malformed');
		expectError(await decodeShareFragment('s9.abc.def'), 'unsupported-version');
		expectError(await decodeShareFragment(undefined as unknown as string), 'malformed');
	});

	it('reject content that is not a valid scenario', async () => {
		expectError(await decodeShareFragment(plainFor('not json')), 'malformed');
		expectError(await decodeShareFragment(plainFor('[1,2]')), 'malformed');
		const bad = await decodeShareFragment(plainFor('{"roles":[{"salaryPerYear":-5}]}'));
		expectError(bad, 'invalid-scenario');
		expect(!bad.ok && messageForShareLinkError(bad.error, en)).toBe(
			'The scenario in this link is not valid, so it was not opened: Role 1: Salary in the role must be at least 1.'
		);
	});

	it('never pollute prototypes', async () => {
		const text =
			'{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"roles":[{}]}';
		const result = await decodeShareFragment(plainFor(text));
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('cap sizes before and while decompressing (zip bomb)', async () => {
		expectError(await decodeShareFragment('s1.' + 'A'.repeat(MAX_FRAGMENT_CHARS)), 'too-large');
		const bomb = '{"name":"' + ' '.repeat(5_000_000) + '"}';
		const fragment = plainFor(bomb);
		expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
		const started = performance.now();
		expectError(await decodeShareFragment(fragment), 'too-large');
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('never throw on random text (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 300 }),
					fc.string({ maxLength: 300 }).map((s) => 's1.' + s),
					fc.string({ maxLength: 300 }).map((s) => 'e1.' + s),
					fc.base64String({ maxLength: 300 }).map((s) => 's1.' + s.replace(/=/g, '') + '.AAAAAA')
				),
				async (text) => {
					const result = await decodeShareFragment(text);
					if (result.ok) expect(result.scenario.roles.length).toBeGreaterThan(0);
					else expect(typeof result.error.code).toBe('string');
				}
			),
			{ numRuns: fuzzRuns(300) }
		);
	});
});

describe('encrypted links', () => {
	it('round-trip, and fail clearly without or with a wrong passphrase, or when damaged', async () => {
		const fragment = await encodeShareFragment(FIVE_ROLES, { passphrase: 'correct horse' });
		expect(fragment).toMatch(
			/^e1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/
		);
		expect(isEncryptedFragment(fragment)).toBe(true);
		expect(isEncryptedFragment('#' + fragment)).toBe(true);
		// The scenario cannot be read from the link without the passphrase.
		expect(fragment).not.toContain(toBase64Url(new TextEncoder().encode('All presets')));

		expect(await decodeShareFragment(fragment, 'correct horse')).toEqual({
			ok: true,
			scenario: FIVE_ROLES,
			encrypted: true
		});
		expectError(await decodeShareFragment(fragment), 'needs-passphrase');
		expectError(await decodeShareFragment(fragment, ''), 'needs-passphrase');
		expectError(await decodeShareFragment(fragment, 'wrong horse'), 'wrong-passphrase');
		// Damage is found before any key is derived (fast, and not blamed on the passphrase).
		expectError(await decodeShareFragment(flip(fragment, 40), 'correct horse'), 'malformed');
		expectError(await decodeShareFragment(flip(fragment, 60), 'correct horse'), 'malformed');
		for (const cut of [2, 3, 20, 30, 45, fragment.length - 3, fragment.length - 1]) {
			expectError(await decodeShareFragment(fragment.slice(0, cut), 'correct horse'), 'truncated');
		}
	});

	it('use a fresh salt and IV every time', async () => {
		const a = await encodeShareFragment(ONE_ROLE, { passphrase: 'p' });
		const b = await encodeShareFragment(ONE_ROLE, { passphrase: 'p' });
		expect(a).not.toBe(b);
		expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
	});
});

describe('passphrases are Unicode-normalised', () => {
	// "é" typed as one character (NFC) or as "e" plus a combining accent (NFD).
	const NFC = 'caf\u00e9 secret';
	const NFD = 'cafe\u0301 secret';

	it('open a link whichever way the accent was typed', async () => {
		const fragment = await encodeShareFragment(ONE_ROLE, { passphrase: NFD });
		const typedNfc = await decodeShareFragment(fragment, NFC);
		expect(typedNfc.ok && typedNfc.scenario).toEqual(ONE_ROLE);
		const typedNfd = await decodeShareFragment(fragment, NFD);
		expect(typedNfd.ok && typedNfd.scenario).toEqual(ONE_ROLE);
	});

	it('still open a link made before normalisation with a decomposed passphrase', async () => {
		// Made by the app before passphrases were normalised, with the NFD passphrase.
		const old =
			'e1.kfchZ7L_PIBBC8XgFjUx2g.wMRk03dI6sBgg8sS.FFVE_Lu56hN8rmeMHpiMBDVc-I5vdF9R0HZ4HpjvrNEBOwSHYHXy.WTTu-Q';
		const opened = await decodeShareFragment(old, NFD);
		expect(opened.ok && opened.scenario.name).toBe('Café plan');
		expectError(await decodeShareFragment(old, 'cafe secret'), 'wrong-passphrase');
	});
});
