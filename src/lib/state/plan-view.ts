/**
 * The plan editor's figures in words (issue 12): the internal pool as a sum beside its fields.
 */
import { formatNumber, formatPercent, plural } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { poolSize } from '../model/index.ts';

/**
 * The internal pool as a sum, for beside its fields: "Pool: 12 × 25 % = 3 people can be
 * upskilled."; no limit without a feeder headcount; null while either field is not a valid number.
 */
export function poolText(
	feeders: unknown,
	share: unknown,
	locale: string,
	t: Messages
): string | null {
	if (feeders === null) return t.plan.poolUnlimited;
	const whole = typeof feeders === 'number' && Number.isInteger(feeders) && feeders >= 0;
	const rate = typeof share === 'number' && share >= 0 && share <= 1;
	if (!whole || !rate) return null;
	const size = poolSize({ feeders, shareAbleToMove: share }) ?? 0;
	return plural(size, t.plan.poolSum, t)(
		formatNumber(feeders, locale, 0),
		formatPercent(share, locale, 2),
		formatNumber(size, locale, 0)
	);
}
