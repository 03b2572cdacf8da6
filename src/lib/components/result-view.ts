import type { ScenarioResult } from '../model/index.ts';

/** What a view of one scenario's results is given: the result, and its currency and locale. */
export interface ResultViewProps {
	result: ScenarioResult;
	/** ISO 4217 code the amounts are in. */
	currency: string;
	/** BCP 47 locale the numbers are written in. */
	locale: string;
}
