/**
 * All interface text, in one place. Components, exports and the command line read text from here
 * so another language can be added by adding one object of the same shape.
 */
import type { ComponentId, Layer, Measure, OptionId } from '../model/index.ts';

export const en = {
	app: {
		name: 'Build or Buy',
		tagline: 'Recruit, upskill or borrow? Compare the cost and the time to a productive team.',
		privacy: 'Your data stays in this browser. Nothing is uploaded.'
	},
	nav: {
		calculator: 'Calculator',
		compare: 'Compare',
		present: 'Present',
		methodology: 'Methodology',
		skip: 'Skip to results'
	},
	options: {
		buy: 'Recruit',
		build: 'Upskill',
		borrow: 'Contract'
	} satisfies Record<OptionId, string>,
	optionsLong: {
		buy: 'Recruit (buy)',
		build: 'Upskill (build)',
		borrow: 'Contractors (borrow)'
	} satisfies Record<OptionId, string>,
	layers: {
		cash: 'Cash',
		internal: 'Internal time',
		shortfall: 'Capacity shortfall'
	} satisfies Record<Layer, string>,
	components: {
		salaries: 'Salaries of new hires',
		raises: 'Raises on completion',
		acquisition: 'Recruiting and onboarding',
		training: 'Training fees',
		backfill: 'Backfill of old roles',
		contractors: 'Contractor fees',
		interviewTime: 'Interview time',
		learningTime: 'Learning time',
		mentorTime: 'Mentor time',
		vacancy: 'Missing capacity in the role',
		oldRoleGap: 'Missing capacity in old roles'
	} satisfies Record<ComponentId, string>,
	measures: {
		economicNpv: 'Economic cost (NPV)',
		cashNpv: 'Cash cost (NPV)',
		monthsToFullCapacity: 'Months to full capacity',
		costPerProductiveFteMonth: 'Cash per productive FTE-month'
	} satisfies Record<Measure, string>,
	units: {
		perYear: 'per year',
		perHire: 'per hire',
		perTrainee: 'per trainee',
		perDay: 'per day',
		perWeek: 'per week',
		perMonth: 'per month',
		days: 'days',
		weeks: 'weeks',
		months: 'months',
		hours: 'hours',
		hoursPerWeek: 'hours per week',
		people: 'people',
		percent: '%',
		times: '\u00d7 salary',
		level: 'level 0-5'
	},
	results: {
		notWithinHorizon: 'not within horizon',
		none: 'none within horizon',
		month: (m: number) => `month ${m}`,
		months: (m: number) => `${m} months`,
		stale: 'Showing the last valid result: fix the highlighted inputs to update.'
	}
};

export type Messages = typeof en;
