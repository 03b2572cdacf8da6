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
	/** Option names inside a sentence ("cheaper than recruiting"). */
	optionsInSentence: {
		buy: 'recruiting',
		build: 'upskilling',
		borrow: 'hiring contractors'
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
	sections: {
		need: 'The need',
		buy: 'Recruit (buy)',
		build: 'Upskill (build)',
		borrow: 'Contractors (borrow)',
		settings: 'Settings',
		advanced: 'More assumptions',
		skills: 'Skill gap'
	},
	/** Field labels and one-line help; the default's source is added from the model. */
	fields: {
		name: { label: 'Role', help: 'The role you need to staff.' },
		headcount: { label: 'People needed', help: 'How many people must be productive in the role.' },
		neededFromMonth: {
			label: 'Needed from month',
			help: '0 = now. Recruiting and training are planned to finish by then where possible.'
		},
		salaryPerYear: {
			label: 'Salary in the role',
			help: 'Base salary per year for the role (internal pay band).'
		},
		valueMultiplier: {
			label: 'Value of a productive person',
			help: 'Value of one fully productive person as a multiple of salary; prices missing capacity.'
		},
		salaryPremiumRate: {
			label: 'External salary premium',
			help: 'How much more an external hire is paid than the internal pay band.'
		},
		acquisitionMode: {
			label: 'Recruiting costs',
			help: 'Itemised costs, or one benchmark cost-per-hire that replaces them.'
		},
		agencyFeeRate: { label: 'Agency fee', help: 'Share of first-year base salary.' },
		advertisingPerHire: { label: 'Advertising and sourcing', help: '' },
		assessmentPerHire: { label: 'Assessments and checks', help: '' },
		interviewHoursPerHire: { label: 'Interview time', help: 'Staff hours spent per hire.' },
		signOnBonus: { label: 'Sign-on bonus', help: '' },
		signOnClawbackShare: {
			label: 'Sign-on clawback',
			help: 'Share of the bonus repaid by a hire who leaves within 12 months.'
		},
		relocationPerHire: { label: 'Relocation', help: '' },
		onboardingPerHire: {
			label: 'Onboarding and equipment',
			help: 'Outside the cost-per-hire standard, so added in both modes.'
		},
		costPerHire: { label: 'Cost per hire (benchmark)', help: 'ANSI/SHRM 06001 cost-per-hire.' },
		timeToFillDays: { label: 'Time to fill', help: 'Calendar days from opening to start date.' },
		rampWeeks: { label: 'Ramp-up', help: 'Time from start to full productivity.' },
		rampStartProductivity: { label: 'Productivity on day one', help: '' },
		rampCurve: { label: 'Ramp shape', help: 'Linear, S-curve (slow start) or stepped.' },
		earlyExitProbability: {
			label: 'Leave in first year',
			help: 'Probability a new hire leaves within 12 months; replaced by recruiting again.'
		},
		attritionRatePerYear: {
			label: 'Attrition after that',
			help: 'Probability of leaving per year.'
		},
		currentSalaryPerYear: {
			label: 'Trainee’s current salary',
			help: 'Paid in every option, so only the raise counts; also prices the old role.'
		},
		trainingHoursPerWeek: { label: 'Study time', help: 'Hours per week spent learning.' },
		trainingMonthsOverride: {
			label: 'Training duration (optional)',
			help: 'Leave empty to derive it from the skill gap and study time.'
		},
		courseFeesPerTrainee: { label: 'Course fees', help: '' },
		costPerTrainingHour: {
			label: 'Cost per study hour',
			help: 'Content or tutoring billed per hour.'
		},
		certificationCost: { label: 'Certification', help: '' },
		mentorHoursPerWeek: { label: 'Mentor time', help: 'A senior colleague’s hours per week.' },
		raiseRate: { label: 'Raise on completion', help: 'On the trainee’s current salary.' },
		successProbability: {
			label: 'Training success',
			help: 'Probability a trainee reaches the required level; otherwise the seat is recruited for.'
		},
		oldRole: { label: 'The trainee’s old role', help: '' },
		billRatePerDay: { label: 'Contractor day rate', help: '' },
		daysPerMonth: { label: 'Billed days', help: '' },
		leadTimeDays: { label: 'Time to start', help: '' },
		onboardingWeeks: { label: 'Onboarding', help: '' },
		efficiency: { label: 'Contractor efficiency', help: '' },
		horizonMonths: { label: 'Horizon', help: 'How far ahead to compare (1-120 months).' },
		discountRatePerYear: { label: 'Discount rate', help: 'Per year, for net present value.' },
		onCostRate: {
			label: 'On-cost',
			help: 'Benefits and employer taxes on top of base salary.'
		},
		workingDaysPerYear: { label: 'Working days', help: '' },
		hoursPerWorkingDay: { label: 'Hours per day', help: '' },
		decisionMeasure: { label: 'Decide on', help: '' },
		includeBorrow: { label: 'Compare contractors too', help: '' },
		currency: { label: 'Currency', help: '' },
		locale: { label: 'Number format', help: '' }
	},
	choices: {
		acquisitionMode: { itemised: 'Itemised', benchmark: 'Benchmark cost-per-hire' },
		rampCurve: { linear: 'Linear', 's-curve': 'S-curve', stepped: 'Stepped' },
		oldRole: {
			backfill: 'Backfill (recruit a replacement)',
			'leave-open': 'Leave open (its work is lost)',
			'not-needed': 'Not needed (shrinking role)'
		},
		decisionMeasure: {
			economic: 'Economic cost (cash + time + lost capacity)',
			cash: 'Cash only'
		}
	},
	skills: {
		skill: 'Skill',
		current: 'Now',
		required: 'Needed',
		hoursPerLevel: 'Hours per level',
		add: 'Add skill',
		remove: (name: string) => `Remove skill ${name}`,
		totalHours: (hours: string, months: string) =>
			`${hours} study hours per trainee, about ${months} months`,
		empty: 'No skills listed: training costs only what you enter below.'
	},
	results: {
		notWithinHorizon: 'not within horizon',
		none: 'none within horizon',
		month: (m: number) => `month ${m}`,
		months: (m: number) => `${m} months`,
		stale: 'Showing the last valid result: fix the highlighted inputs to update.'
	},
	/** What moves the decision (tornado) and where it flips. */
	sensitivity: {
		title: 'What would change the answer',
		intro: (winner: string) =>
			`How far ${winner} stays ahead of the best other option when one assumption changes (all roles at once): x0.75 / x1.25 for amounts and durations, -/+ 10 points for rates.`,
		computing: 'Checking which assumptions matter\u2026',
		gapAxis: 'Lead of the recommended option (NPV)',
		low: 'Lower',
		high: 'Higher',
		flipsAt: 'Answer changes at',
		noFlip: 'no change within range',
		flipSentence: (
			input: string,
			direction: 'above' | 'below',
			value: string,
			now: string,
			to: string
		) =>
			`The answer changes to ${to} if ${input} ${direction === 'above' ? 'rises above' : 'falls below'} ${value} (now ${now}).`,
		robust: 'No single assumption, within its allowed range, changes the answer.',
		inputs: {
			timeToFillDays: 'time to fill',
			externalRampWeeks: 'ramp-up of new hires',
			earlyExitProbability: 'first-year leaving rate',
			agencyFeeRate: 'agency fee',
			salaryPremiumRate: 'external salary premium',
			salaryPerYear: 'salary in the role',
			valueMultiplier: 'value of a productive person',
			successProbability: 'training success',
			trainingHours: 'study hours per trainee',
			trainingHoursPerWeek: 'study time per week',
			courseFeesPerTrainee: 'course fees',
			raiseRate: 'raise on completion',
			billRatePerDay: 'contractor day rate',
			discountRatePerYear: 'discount rate'
		}
	},
	/** Text of the PDF, spreadsheet, slides and CSV exports. */
	exports: {
		fileStem: 'build-or-buy',
		fileFallback: 'scenario',
		subtitle: 'Recruit, upskill or contract: cost and time to a productive team',
		prepared: (date: string) => `Prepared ${date}`,
		preparedFor: (company: string) => `Prepared for ${company}`,
		yes: 'yes',
		no: 'no',
		page: (n: number, total: number) => `Page ${n} of ${total}`,
		privacy: 'Calculated on this device with Build or Buy; no data was uploaded.',
		sheets: { summary: 'Summary', inputs: 'Inputs', monthly: 'Monthly', roles: 'Roles' },
		headings: {
			recommendation: 'Recommendation',
			keyFigures: 'Key figures',
			cumulative: (layer: string) => `Cumulative cost over time: ${layer}`,
			capacity: 'Productive capacity over time',
			costByLayer: 'Cost by layer (NPV)',
			costByComponent: 'Cost by component (NPV)',
			assumptions: 'Assumptions',
			perRole: 'Results per role',
			methodology: 'Methodology in brief'
		},
		columns: {
			month: 'Month',
			option: 'Option',
			role: 'Role',
			measure: 'Measure',
			group: 'Group',
			input: 'Input',
			value: 'Value',
			unit: 'Unit',
			isDefault: 'Default',
			source: 'Source of default',
			headcount: 'People',
			trainingMonths: 'Training months',
			best: 'Best',
			total: 'Total',
			economic: 'Economic cost',
			cumulative: (layer: string) => `Cumulative ${layer.toLowerCase()}`,
			productiveFte: 'Productive FTE',
			peopleInRole: 'People in role',
			neededFte: 'Needed FTE'
		},
		facts: {
			scenario: 'Scenario',
			date: 'Date',
			currency: 'Currency',
			horizon: 'Horizon',
			discountRate: 'Discount rate',
			decision: 'Decision measure',
			breakEven: 'Break-even'
		},
		figures: {
			internalNpv: 'Internal time (NPV)',
			shortfallNpv: 'Capacity shortfall (NPV)',
			economicNominal: 'Economic cost (not discounted)',
			productiveFteMonths: 'Productive FTE-months',
			hires: 'Expected hires',
			costPerHire: 'Cost per hire'
		},
		axis: {
			month: 'Month',
			fte: 'Productive people (FTE)',
			needed: 'Needed',
			money: (currency: string) => `Cumulative cost (${currency})`,
			breakEven: (month: string) => `Break-even: ${month}`
		},
		units: { skill: 'levels', fte: 'FTE' },
		skillValue: (from: number, to: number, hours: string) =>
			`level ${from} to ${to}, ${hours} h per level`,
		notes: {
			defaults:
				'Grey values are the tool\u2019s defaults; black values were entered for this scenario.',
			npv: (rate: string) => `NPV discounted at ${rate} per year.`,
			moreRoles: (n: number) => `and ${n} more roles in the spreadsheet export`
		},
		sentences: {
			headline: (option: string, measure: string) =>
				`${option} is cheapest on ${measure.charAt(0).toLowerCase() + measure.slice(1)}`,
			headlineClose: (a: string, b: string) => `${a} and ${b} cost about the same`,
			winner: (option: string, measure: string, margin: string, runnerUp: string, share: string) =>
				`${option} is the cheapest option on ${measure.charAt(0).toLowerCase() + measure.slice(1)}: ${margin} less than ${runnerUp}` +
				(share ? ` (${share} less).` : '.'),
			only: (option: string, measure: string) => `${option} is the only option on ${measure}.`,
			close: (a: string, b: string, measure: string) =>
				`${a} and ${b} are within 1 % of each other on ${measure}: a tie for practical purposes.`,
			reason: (component: string, amount: string) =>
				`The largest difference: ${component.toLowerCase()} (${amount} in its favour).`,
			breakEven: (dearer: string, other: string, month: number) =>
				`${dearer} costs more at first but is cheaper than ${other} from month ${month} on.`,
			noBreakEven: (dearer: string, other: string) =>
				`${dearer} costs more at first and does not become cheaper than ${other} within the horizon.`,
			capacity: (parts: string) => `Full capacity: ${parts}.`,
			capacityPart: (option: string, when: string) => `${option} ${when}`
		},
		methodology: [
			'The engine simulates each option month by month over the horizon. Durations are fractional months and partial months are pro-rated.',
			'Cash is money paid out that would not be paid if nothing changed (new salaries with on-cost, raises, fees, bonuses, training, backfill, contractors). Internal time is staff time diverted to interviews, learning and mentoring, at loaded hourly cost. Capacity shortfall is the value of missing productive people (value multiplier x salary).',
			'Economic cost = cash + internal time + capacity shortfall. Net present value (NPV) discounts each month at the monthly equivalent of the annual rate.',
			'Risks (early exits, failed training) enter as expected values. Months to full capacity is the first month with at least 95 % of the needed people productive. Break-even is the month from which the option that costs more at first stays cheaper.'
		],
		errors: {
			badLogo: 'The logo could not be used: choose a PNG or JPEG image under 2 MB.',
			mismatch:
				'The results do not match the scenario. Wait for the calculation to finish and try again.',
			internal:
				'The file could not be created. Please try again; if it keeps failing, export the scenario file instead.'
		},
		warnings: {
			pdfCharacters: (chars: string) =>
				`Some characters in names cannot be shown in the PDF: ${chars}. They appear as "?".`
		}
	}
};

export type Messages = typeof en;
