import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { poolText } from './plan-view.ts';

describe('the pool as a sum', () => {
	it('shows feeders × share = people, in each language', () => {
		expect(poolText(12, 0.25, 'en-GB', en)).toBe('Pool: 12 × 25% = 3 people can be upskilled.');
		expect(poolText(1, 1, 'en-GB', en)).toBe('Pool: 1 × 100% = 1 person can be upskilled.');
		// Whole people only: 5 × 50 % is 2.5, so 2 can move.
		expect(poolText(5, 0.5, 'en-US', en)).toBe('Pool: 5 × 50% = 2 people can be upskilled.');
		expect(poolText(12, 0.25, 'de-DE', de)).toBe(
			'Pool: 12 × 25\u00a0% = 3 Personen können weitergebildet werden.'
		);
		expect(poolText(1, 1, 'de-DE', de)).toBe(
			'Pool: 1 × 100\u00a0% = 1 Person kann weitergebildet werden.'
		);
	});

	it('says there is no limit without feeders, and nothing while a field is invalid', () => {
		expect(poolText(null, 0.5, 'en-GB', en)).toBe(en.plan.poolUnlimited);
		expect(poolText('1x', 0.5, 'en-GB', en)).toBeNull();
		expect(poolText(4, '', 'en-GB', en)).toBeNull();
		expect(poolText(4, 1.5, 'en-GB', en)).toBeNull();
		expect(poolText(-1, 0.5, 'en-GB', en)).toBeNull();
	});
});
