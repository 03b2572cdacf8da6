/** Median and percentiles of a list of timings (ms). */
export function summarize(times: number[]): { median: number; p95: number; min: number } {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { median: at(0.5), p95: at(0.95), min: sorted[0] };
}
