/**
 * Monte Carlo over a scenario: runs the kernel many times with one seeded generator, keeps each
 * run's decision measure, cumulative cost and month to full capacity, and summarises them per
 * option (mean, P10/P50/P90, probability of being cheapest, probability of full capacity by a
 * month, histogram, P10-P90 band of cumulative cost). Runs can be done in batches (`step`) with a
 * summary after each: the sequence of draws does not depend on the batch sizes, so the final
 * result is the same however the runs were split.
 */
import type { OptionId, Scenario } from './schema.ts';
import { CAPACITY_NEVER, Kernel } from './montecarlo-kernel.ts';
import { Random } from './montecarlo-random.ts';

/** Bins of the distribution histogram (shared by all options). */
export const HISTOGRAM_BINS = 24;
/**
 * Runs whose cumulative cost is kept for the P10-P90 band (the first ones; runs are independent, so
 * they are a fair sample). 2,500 runs put each band edge within about 1.5 percentile points.
 */
export const BAND_RUNS = 2_500;

export interface OptionUncertainty {
	mean: number;
	/** Standard error of the mean (standard deviation / sqrt(runs)). */
	standardError: number;
	p10: number;
	p50: number;
	p90: number;
	min: number;
	max: number;
	/** Share of runs in which this option is cheapest (ties split evenly). */
	probabilityBest: number;
	/** Share of runs in which this option reaches full capacity by `capacityMonth`. */
	probabilityFullCapacity: number;
	/** Runs per histogram bin (bins in `UncertaintyResult.histogramEdges`). */
	histogram: number[];
	/**
	 * P10 and P90 of cumulative (nominal) cost by month, from the first BAND_RUNS runs; empty when
	 * the summary was asked for without it.
	 */
	band: { p10: number[]; p90: number[] };
}

export interface UncertaintyResult {
	/** Runs done (may be fewer than `totalRuns` while a simulation is in progress). */
	runs: number;
	totalRuns: number;
	seed: number;
	measure: 'economicNpv' | 'cashNpv';
	options: OptionId[];
	horizonMonths: number;
	/** The month (1-based, capped at the horizon) asked about for full capacity. */
	capacityMonth: number;
	perOption: Partial<Record<OptionId, OptionUncertainty>>;
	/** HISTOGRAM_BINS + 1 bin edges, shared by all options. */
	histogramEdges: number[];
	/**
	 * For the sentence: the option most often cheapest, the other option with the lowest mean, and
	 * the 90th percentile of (best - other) per run: what the best costs more in the worst 10 %
	 * (negative: it still costs less).
	 */
	headline: { best: OptionId; probability: number; other: OptionId | null; worstExtra: number };
	/** True when no input is ranged (only per-person events vary). */
	eventsOnly: boolean;
}

/** Percentile q (0..1) of ascending `sorted` values, interpolated between neighbours (type 7). */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const x = (n - 1) * q;
	const i = Math.floor(x);
	const f = x - i;
	return i + 1 < n ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i];
}

/** The k-th smallest of a[lo..hi] (0-based k within the whole array), rearranging a (quickselect). */
function select(a: Float64Array, lo: number, hi: number, k: number): number {
	while (hi > lo) {
		const pivot = a[(lo + hi) >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				const t = a[i];
				a[i] = a[j];
				a[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return a[k];
	}
	return a[k];
}

/**
 * P10 and P90 of a[0..n-1] by selection (nearest rank, for the chart band), rearranging a; the
 * second selection only searches above the first.
 */
function decileBand(a: Float64Array, n: number): [number, number] {
	const k10 = Math.round((n - 1) * 0.1);
	const k90 = Math.round((n - 1) * 0.9);
	const p10 = select(a, 0, n - 1, k10);
	return [p10, select(a, k10, n - 1, k90)];
}

export interface SimulationOptions {
	runs: number;
	seed: number;
	/** Month (1-based) for the probability of full capacity; capped at the horizon. */
	capacityMonth?: number;
}

/** A simulation in progress: `step` runs more futures, `summary` describes those done so far. */
export class Simulation {
	readonly kernel: Kernel;
	readonly totalRuns: number;
	readonly seed: number;
	done = 0;
	private readonly rng: Random;
	/** Decision measure per option and run: [o * runs + r]. */
	private readonly npv: Float64Array;
	/** Cumulative cost per run, option and month: [r * O * H + o * H + m] (written in one copy per run). */
	private readonly cumulative: Float32Array;
	/** Runs kept for the band. */
	private readonly bandRuns: number;
	/** Month to full capacity per option and run: [o * runs + r]. */
	private readonly capacity: Uint16Array;
	private readonly scratch: Float64Array;

	constructor(scenario: Scenario, runs: number, seed: number) {
		this.kernel = new Kernel(scenario);
		this.totalRuns = runs;
		this.seed = seed;
		this.rng = new Random(seed);
		const O = this.kernel.options.length;
		const H = this.kernel.horizon;
		this.npv = new Float64Array(O * runs);
		this.bandRuns = Math.min(runs, BAND_RUNS);
		this.cumulative = new Float32Array(O * H * this.bandRuns);
		this.capacity = new Uint16Array(O * runs);
		this.scratch = new Float64Array(runs);
	}

	get finished(): boolean {
		return this.done >= this.totalRuns;
	}

	/** Run up to `count` more futures; returns how many runs are done in all. */
	step(count: number): number {
		const k = this.kernel;
		const O = k.options.length;
		const H = k.horizon;
		const R = this.totalRuns;
		const B = this.bandRuns;
		const end = Math.min(R, this.done + count);
		for (let r = this.done; r < end; r++) {
			const run = k.run(this.rng);
			for (let o = 0; o < O; o++) {
				this.npv[o * R + r] = run.npv[o];
				this.capacity[o * R + r] = run.capacityMonth[o];
			}
			if (r < B) this.cumulative.set(run.cumulative, r * O * H);
		}
		this.done = end;
		return end;
	}

	/** The decision measure of option index `o` in run `r` (for tests). */
	valueAt(o: number, r: number): number {
		return this.npv[o * this.totalRuns + r];
	}

	/**
	 * Summary of the runs done so far (at least one run must be done). The band of cumulative cost
	 * takes the longest; progress updates may leave it out (`band: false`).
	 */
	summary(capacityMonth = 12, { band: withBand = true } = {}): UncertaintyResult {
		const k = this.kernel;
		const options = k.options;
		const O = options.length;
		const H = k.horizon;
		const R = this.totalRuns;
		const n = this.done;
		const month = Math.max(1, Math.min(H, Math.round(capacityMonth)));
		const values = options.map((_, o) => this.npv.subarray(o * R, o * R + n));

		// Probability of being cheapest, ties (within 1e-9 relative) split evenly.
		const wins = new Float64Array(O);
		for (let r = 0; r < n; r++) {
			let min = Infinity;
			for (let o = 0; o < O; o++) if (values[o][r] < min) min = values[o][r];
			const tol = 1e-9 * Math.max(1, Math.abs(min));
			let tied = 0;
			for (let o = 0; o < O; o++) if (values[o][r] <= min + tol) tied++;
			for (let o = 0; o < O; o++) if (values[o][r] <= min + tol) wins[o] += 1 / tied;
		}

		let low = Infinity;
		let high = -Infinity;
		for (const v of values) {
			for (let r = 0; r < n; r++) {
				if (v[r] < low) low = v[r];
				if (v[r] > high) high = v[r];
			}
		}
		const width = high > low ? (high - low) / HISTOGRAM_BINS : 0;
		const histogramEdges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) =>
			i === HISTOGRAM_BINS ? high : low + i * width
		);

		const perOption: Partial<Record<OptionId, OptionUncertainty>> = {};
		const means: number[] = [];
		options.forEach((option, o) => {
			const v = values[o];
			let sum = 0;
			for (let r = 0; r < n; r++) sum += v[r];
			const mean = sum / n;
			let ss = 0;
			for (let r = 0; r < n; r++) ss += (v[r] - mean) * (v[r] - mean);
			const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
			const sorted = Float64Array.from(v).sort();
			const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
			for (let r = 0; r < n; r++) {
				const bin = width > 0 ? Math.min(HISTOGRAM_BINS - 1, Math.floor((v[r] - low) / width)) : 0;
				histogram[bin]++;
			}
			let capable = 0;
			for (let r = 0; r < n; r++) if (this.capacity[o * R + r] <= month) capable++;
			const band = { p10: [] as number[], p90: [] as number[] };
			const b = Math.min(n, this.bandRuns);
			const stride = O * H;
			for (let m = 0; m < H && withBand; m++) {
				let at = o * H + m;
				for (let r = 0; r < b; r++, at += stride) this.scratch[r] = this.cumulative[at];
				const [p10, p90] = decileBand(this.scratch, b);
				band.p10.push(p10);
				band.p90.push(p90);
			}
			means.push(mean);
			perOption[option] = {
				mean,
				standardError: sd / Math.sqrt(n),
				p10: percentileSorted(sorted, 0.1),
				p50: percentileSorted(sorted, 0.5),
				p90: percentileSorted(sorted, 0.9),
				min: sorted[0],
				max: sorted[n - 1],
				probabilityBest: wins[o] / n,
				probabilityFullCapacity: capable / n,
				histogram,
				band
			};
		});

		let best = 0;
		for (let o = 1; o < O; o++) if (wins[o] > wins[best]) best = o;
		let other = -1;
		for (let o = 0; o < O; o++) {
			if (o !== best && (other < 0 || means[o] < means[other])) other = o;
		}
		let worstExtra = 0;
		if (other >= 0) {
			for (let r = 0; r < n; r++) this.scratch[r] = values[best][r] - values[other][r];
			const diffs = this.scratch.subarray(0, n).sort();
			worstExtra = percentileSorted(diffs, 0.9);
		}
		return {
			runs: n,
			totalRuns: R,
			seed: this.seed,
			measure: k.measure,
			options: [...options],
			horizonMonths: H,
			capacityMonth: month,
			perOption,
			histogramEdges,
			headline: {
				best: options[best],
				probability: wins[best] / n,
				other: other >= 0 ? options[other] : null,
				worstExtra
			},
			eventsOnly: !k.hasRanges
		};
	}
}

/** Run a whole simulation at once (command line, exports, tests). */
export function simulateScenario(
	scenario: Scenario,
	options: SimulationOptions
): UncertaintyResult {
	const sim = new Simulation(scenario, options.runs, options.seed);
	sim.step(options.runs);
	return sim.summary(options.capacityMonth ?? scenario.settings.simulation.capacityMonth);
}

export { CAPACITY_NEVER };
