/**
 * Seeded random numbers for the simulation. The generator is sfc32 (Chris Doty-Humphrey's Small
 * Fast Chaotic generator, 128-bit state) seeded through splitmix32; both use only 32-bit integer
 * arithmetic (`| 0`, `>>>`, `Math.imul`), so the same seed gives the same sequence of integers on
 * every machine and JavaScript engine. Uniforms are those integers / 2^32. The beta-PERT draws
 * use Marsaglia and Tsang's gamma method (with a polar-method normal), which needs only
 * `Math.log` and `Math.sqrt`.
 */

/** 2^-32: turns a 32-bit unsigned integer into a uniform in [0, 1). */
const TWO_POW_MINUS_32 = 1 / 4294967296;

export class Random {
	private a = 0;
	private b = 0;
	private c = 0;
	private d = 0;
	/** Second normal of the last polar-method pair, if not yet used. */
	private spare = 0;
	private hasSpare = false;

	constructor(seed: number) {
		this.reseed(seed);
	}

	/** Restart the sequence from a seed (an integer; only its low 32 bits count). */
	reseed(seed: number): void {
		// splitmix32 expands the seed into four well-mixed state words.
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) | 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
			return (z ^ (z >>> 16)) | 0;
		};
		this.a = next();
		this.b = next();
		this.c = next();
		this.d = 1; // sfc32's counter starts at 1
		this.hasSpare = false;
		// Discard the first outputs, as sfc32's authors recommend.
		for (let i = 0; i < 12; i++) this.nextUint32();
	}

	/** Next 32-bit unsigned integer (sfc32). */
	nextUint32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [0, 1). */
	uniform(): number {
		return this.nextUint32() * TWO_POW_MINUS_32;
	}

	/** Uniform in (0, 1): never 0, safe under a logarithm. */
	uniformOpen(): number {
		return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
	}

	/** Standard normal (Marsaglia's polar method; the pair's second value is kept for the next call). */
	normal(): number {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		for (;;) {
			const u = 2 * this.uniformOpen() - 1;
			const v = 2 * this.uniformOpen() - 1;
			const s = u * u + v * v;
			if (s >= 1 || s === 0) continue;
			const f = Math.sqrt((-2 * Math.log(s)) / s);
			this.spare = v * f;
			this.hasSpare = true;
			return u * f;
		}
	}

	/** Gamma(shape, 1) for shape >= 1 (Marsaglia and Tsang 2000). */
	gamma(shape: number): number {
		const d = shape - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			const x = this.normal();
			const w = 1 + c * x;
			if (w <= 0) continue;
			const v = w * w * w;
			const u = this.uniformOpen();
			const x2 = x * x;
			if (u < 1 - 0.0331 * x2 * x2) return d * v;
			if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
		}
	}

	/** Beta(alpha, beta) for alpha, beta >= 1, as X / (X + Y) with X, Y gamma-distributed. */
	beta(alpha: number, beta: number): number {
		const x = this.gamma(alpha);
		const y = this.gamma(beta);
		return x / (x + y);
	}
}

/** The PERT weight of the likely value (the classic beta-PERT uses 4). */
export const PERT_LAMBDA = 4;

/** Shape parameters of the beta-PERT over (low, likely, high); null when low = high (a constant). */
export function pertShape(
	low: number,
	likely: number,
	high: number,
	lambda = PERT_LAMBDA
): { alpha: number; beta: number } | null {
	const width = high - low;
	if (!(width > 0)) return null;
	return {
		alpha: 1 + (lambda * (likely - low)) / width,
		beta: 1 + (lambda * (high - likely)) / width
	};
}

/** Mean of the beta-PERT: (low + lambda x likely + high) / (lambda + 2). */
export function pertMean(low: number, likely: number, high: number, lambda = PERT_LAMBDA): number {
	return (low + lambda * likely + high) / (lambda + 2);
}

/** One draw from the beta-PERT over (low, likely, high). */
export function drawPert(rng: Random, low: number, likely: number, high: number): number {
	const shape = pertShape(low, likely, high);
	if (!shape) return likely;
	return low + (high - low) * rng.beta(shape.alpha, shape.beta);
}
