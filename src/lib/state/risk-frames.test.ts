/** Showing a running simulation in stages, one per frame (no long task while it runs). */
import { describe, expect, it } from 'vitest';
import { RiskFrames, type FrameClock } from './risk-frames.ts';

interface Reply {
	n: number;
	done: boolean;
}

/** A clock whose frames run only when the test says so; `later` moves time on at once. */
function fakeClock() {
	let time = 0;
	let frames: (() => void)[] = [];
	const timers: { at: number; f: () => void }[] = [];
	const clock: FrameClock = {
		frame: (f) => frames.push(f),
		later: (f, ms) => timers.push({ at: time + ms, f }),
		now: () => time
	};
	return {
		clock,
		/** Run the frame callbacks booked so far (one animation frame), 16 ms later. */
		frame() {
			const due = frames;
			frames = [];
			time += 16;
			for (const f of due) f();
			return due.length;
		},
		/** Move time on and fire the timers that are due. */
		advance(ms: number) {
			time += ms;
			for (const t of timers.splice(0)) {
				if (t.at <= time) t.f();
				else timers.push(t);
			}
		},
		booked: () => frames.length
	};
}

function setup() {
	const c = fakeClock();
	/** What each frame drew: one entry per stage call, tagged with the frame's number. */
	const drawn: string[] = [];
	let frameNo = 0;
	const frames = new RiskFrames<Reply>(
		{
			figures: (r) => drawn.push(`${frameNo}:figures ${r.n}`),
			chart: (r) => drawn.push(`${frameNo}:chart ${r.n}`),
			band: (r) => drawn.push(`${frameNo}:band ${r.n}`)
		},
		c.clock,
		250,
		2000
	);
	const frame = () => {
		frameNo++;
		return c.frame();
	};
	return { c, frames, drawn, frame };
}

describe('RiskFrames', () => {
	it('draws a batch in stages, one per frame: figures, then histogram, then (last batch) band', () => {
		const { frames, drawn, frame } = setup();
		frames.push({ n: 1, done: true });
		while (frame() > 0);
		expect(drawn).toEqual(['1:figures 1', '2:chart 1', '3:band 1']);
	});

	it('never draws two stages in one frame', () => {
		const { c, frames, drawn, frame } = setup();
		frames.push({ n: 1, done: false });
		frame();
		frames.push({ n: 2, done: false });
		frames.push({ n: 3, done: true });
		for (let i = 0; i < 20; i++) {
			frame();
			c.advance(100);
		}
		const perFrame = new Map<string, number>();
		for (const d of drawn) {
			const f = d.split(':')[0];
			perFrame.set(f, (perFrame.get(f) ?? 0) + 1);
		}
		expect([...perFrame.values()].every((n) => n === 1)).toBe(true);
		// Replies that arrived together are drawn once, with the latest figures; the last one fully.
		expect(drawn.filter((d) => d.includes('figures')).map((d) => d.split(' ')[1])).toEqual([
			'1',
			'3'
		]);
		expect(drawn.at(-1)).toMatch(/band 3$/);
		expect(drawn.filter((d) => d.includes('chart 3'))).toHaveLength(1);
	});

	it('redraws the figures at most every 250 ms and the histogram at most every 2 s while running', () => {
		const { c, frames, drawn, frame } = setup();
		// A batch every 50 ms for 3 s.
		for (let t = 0; t < 3000; t += 50) {
			frames.push({ n: t, done: false });
			c.advance(34);
			frame();
		}
		const figures = drawn.filter((d) => d.includes('figures')).length;
		const charts = drawn.filter((d) => d.includes('chart')).length;
		expect(figures).toBeGreaterThanOrEqual(8);
		expect(figures).toBeLessThanOrEqual(3000 / 250 + 1);
		// The first batch's (nothing drawn yet), then one 2 s into the run.
		expect(charts).toBe(2);
		expect(drawn.some((d) => d.includes('band'))).toBe(false);
	});

	it('shows the first batch of a run at once, and the last one without waiting', () => {
		const { frames, drawn, frame } = setup();
		frames.push({ n: 1, done: false });
		frame();
		expect(drawn).toEqual(['1:figures 1']);
		frames.push({ n: 2, done: true });
		// The histogram of the first batch, then the last batch at once (no 250 ms wait).
		frame();
		frame();
		expect(drawn).toEqual(['1:figures 1', '2:chart 1', '3:figures 2']);
	});

	it('after reset (an edit), nothing of the old run is drawn', () => {
		const { c, frames, drawn, frame } = setup();
		frames.push({ n: 1, done: true });
		frame();
		frames.reset();
		frames.push({ n: 9, done: false });
		for (let i = 0; i < 5; i++) {
			frame();
			c.advance(300);
		}
		expect(drawn).toEqual(['1:figures 1', '2:figures 9', '3:chart 9']);
	});

	it('draws no histogram for a later run until its last batch (or 2 s into it): the old one stays', () => {
		const { c, frames, drawn, frame } = setup();
		frames.push({ n: 1, done: true });
		while (frame() > 0);
		drawn.length = 0;
		frames.reset();
		// The next run: batches every 300 ms, the last one 1.5 s in.
		for (let n = 2; n <= 6; n++) {
			frames.push({ n, done: n === 6 });
			for (let i = 0; i < 3; i++) frame();
			c.advance(300);
			for (let i = 0; i < 3; i++) frame();
		}
		expect(drawn.filter((d) => d.includes('chart'))).toEqual([expect.stringMatching(/chart 6$/)]);
		expect(drawn.filter((d) => d.includes('figures')).length).toBeGreaterThanOrEqual(4);
		expect(drawn.at(-1)).toMatch(/band 6$/);
	});

	it('redraws the histogram of a long later run every 2 s, counted from its start', () => {
		const { c, frames, drawn, frame } = setup();
		frames.push({ n: 0, done: true });
		while (frame() > 0);
		drawn.length = 0;
		frames.reset();
		// A batch every 100 ms for 5 s.
		for (let t = 100; t <= 5000; t += 100) {
			frames.push({ n: t, done: t === 5000 });
			frame();
			frame();
			c.advance(100);
		}
		while (frame() > 0);
		const charts = drawn.filter((d) => d.includes('chart')).map((d) => Number(d.split(' ')[1]));
		// About 2 s and 4 s into the run (each frame also takes 16 ms), then its last batch.
		expect(charts).toHaveLength(3);
		expect(charts[0]).toBeGreaterThanOrEqual(1700);
		expect(charts[0]).toBeLessThanOrEqual(2100);
		expect(charts.at(-1)).toBe(5000);
	});
});
