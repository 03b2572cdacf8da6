/**
 * All interface text, in two parts per language: this file holds the English texts of the first
 * view (the calculator, the layout's header and banners, and what every view shares), which load
 * with the page; `messages-later.ts` holds the texts of the other views, dialogs and exports, which
 * load with the view or panel that shows them (state/language.svelte.ts). Components, exports and
 * the command line read text from here, so another language is added as one object of each part's
 * shape (messages-de.ts, messages-later-de.ts). Keys are placed by where they are first shown: a
 * text the calculator page shows before any click belongs here, any other text in the later part.
 */
import type {
	ColumnId,
	OptionId,
	ComponentId,
	FigureBasis,
	FigureId,
	FieldLabelKey,
	Layer,
	Measure,
	PresetId,
	PresetRangeId,
	SkillId,
	SourceKey
} from '../model/index.ts';
import type { LaterMessages } from './messages-later.ts';

export const en = {
	/** Language of these messages (BCP 47), for plural rules. */
	lang: 'en',
	app: {
		name: 'Build or Buy',
		tagline: 'Recruit, upskill or borrow? Compare the cost and the time to a productive team.',
		privacy: 'Your data stays in this browser. Nothing is uploaded.',
		/** A page's <title>: "Scenarios · Build or Buy". */
		pageTitle: (page: string) => `${page} · Build or Buy`,
		untitled: 'Untitled',
		untitledScenario: 'Untitled scenario'
	},
	nav: {
		calculator: 'Calculator',
		compare: 'Compare',
		present: 'Present',
		methodology: 'Methodology',
		scenarios: 'Scenarios',
		// Plan (issue 12)
		budget: 'Budget',
		skip: 'Skip to results',
		skipToContent: 'Skip to content',
		main: 'Main'
	},
	/** The header's theme and language switches. */
	header: {
		toLight: 'Switch to light theme',
		toDark: 'Switch to dark theme',
		light: 'Light',
		dark: 'Dark',
		language: 'Language',
		languages: { en: 'English', de: 'Deutsch' }
	},
	/** Banners of the layout: storage problems, file drop, shared links. */
	notices: {
		unavailable:
			'This browser is not letting the app save (private mode or blocked storage). Your work stays available until you close the tab: export it to keep it.',
		saveFailed: (reason: 'quota' | 'error') =>
			`Your latest changes could not be saved (${reason === 'quota' ? 'browser storage is full' : 'storage error'}). Export your scenarios to keep them; delete some to free space.`,
		unreadable: (backupKey: string) =>
			`Saved data could not be read completely. ${backupKey ? `A copy of it was kept in this browser (${backupKey}).` : ''} The app started with what could be read.`,
		dismiss: 'Dismiss',
		drop: 'Drop a Build or Buy scenario file to import it',
		protected: 'This shared scenario is protected. Passphrase:',
		open: 'Open',
		cancel: 'Cancel',
		sharedUnsaved:
			'You are looking at a shared scenario. It is not saved in this browser until you keep it.',
		keep: 'Keep it',
		discard: 'Discard'
	},
	/** Keeping work safe: storage, other tabs, backups, new versions, stale views (state helper). */
	keeping: {
		full: 'Browser storage is full. Your saved scenarios are shown, but new changes stay only in this tab until there is room. Back up all scenarios to a file (Scenarios page), then delete scenarios you no longer need or clear other sites\u2019 data in the browser settings.',
		recovered: (backupKey: string) =>
			`Saved data could not be read completely. A copy of all of it was kept in this browser (${backupKey}); the app started with what could be read.`,
		unreadableKept: (partial: boolean) =>
			`${partial ? 'Part of the saved data' : 'The saved data'} could not be read, and there is no room for a copy of it in this browser. It is left untouched and nothing is saved over it until you decide: download it to keep it, then replace it with what you see now.`,
		downloadUnreadable: 'Download the saved data',
		replaceUnreadable: 'Replace it and save again',
		copied: (name: string, copy: string) =>
			`\u201c${name}\u201d was changed in another tab at the same time. Both versions are kept: the other tab\u2019s as \u201c${name}\u201d, this tab\u2019s as \u201c${copy}\u201d.`,
		restored: (name: string) =>
			`\u201c${name}\u201d was deleted in another tab while you changed it here, so it was kept.`,
		updateReady: 'A new version of Build or Buy is ready.',
		reload: 'Reload',
		stale: (names: string) =>
			`Some inputs of ${names} are not valid: this view and its exports use the last valid values from before that edit began.`,
		lastBackup: (when: string) => `Last backup file saved ${when}.`,
		noBackup: 'No backup file saved from this browser yet.',
		backUpAll: 'Back up all',
		undone: (what: string) => `Undone: ${what}.`,
		redone: (what: string) => `Redone: ${what}.`,
		aChange: 'a change',
		notFoundTitle: 'Page not found',
		notFound: 'There is no page at this address. Your scenarios are safe.',
		errorTitle: 'Something went wrong',
		backToCalculator: 'Back to the calculator'
	},
	/** The calculator page. */
	calculator: {
		heading: (name: string) => `Calculator: ${name}`,
		printReport: (date: string, roles: string, months: number, rate: number) =>
			`Build or Buy report${date ? ` · ${date}` : ''} · ${roles} · horizon ${months} months · discount rate ${rate} %`,
		noResult: 'Fix the highlighted inputs to see results.'
	},
	/** The bar above the calculator: pick, name, create and act on scenarios. */
	scenarioBar: {
		scenario: 'Scenario',
		name: 'Name',
		newScenario: 'New scenario',
		newPrompt: '+ New scenario\u2026',
		blank: 'Blank (defaults)',
		fromPreset: (name: string) => `From preset: ${name}`,
		duplicate: 'Duplicate',
		delete: 'Delete',
		export: 'Export\u2026',
		share: 'Share link\u2026',
		undo: '\u21b6 Undo',
		undoTitle: 'Undo (Ctrl/Cmd+Z)',
		redo: '\u21b7 Redo',
		redoTitle: 'Redo (Shift+Ctrl/Cmd+Z)',
		deleted: (name: string) => `Deleted \u201c${name}\u201d.`,
		undoDelete: 'Undo delete',
		undone: (what: string) => `Undone: ${what}`,
		redone: (what: string) => `Redone: ${what}`,
		lastChange: 'the last change'
	},
	/** The input form around the field lists. */
	inputs: {
		roles: 'Roles',
		role: (n: number) => `Role ${n}`,
		addRole: '+ Add role',
		preset: 'Start from a preset',
		choosePreset: 'Choose a role\u2026',
		removeRole: 'Remove this role',
		/** The help line under a number field. */
		unit: (unit: string) => ` Unit: ${unit}.`,
		defaultValue: (value: string, unit: string) => `Default ${value}${unit ? ` ${unit}` : ''}. `,
		sourceKinds: { assumption: 'Assumption', derived: 'Derived', source: 'Source' }
	},
	/** Inputs named outside the form (the comparison of scenarios). */
	paths: {
		role: (n: number) => `Role ${n}`,
		skill: (n: number) => `Skill ${n}`,
		numberOfSkills: 'Number of skills',
		numberOfRoles: 'Number of roles',
		count: 'Count',
		auto: 'auto',
		yes: 'yes',
		no: 'no'
	},
	options: {
		buy: 'Recruit',
		build: 'Upskill',
		borrow: 'Contract',
		// Plan (issue 12)
		plan: 'Your plan'
	} satisfies Record<ColumnId, string>,
	optionsLong: {
		buy: 'Recruit (buy)',
		build: 'Upskill (build)',
		borrow: 'Contractors (borrow)',
		// Plan (issue 12)
		plan: 'Your plan (mix)'
	} satisfies Record<ColumnId, string>,
	/** Option names inside a sentence ("cheaper than recruiting"). */
	optionsInSentence: {
		buy: 'recruiting',
		build: 'upskilling',
		borrow: 'hiring contractors',
		// Plan (issue 12)
		plan: 'your plan'
	} satisfies Record<ColumnId, string>,
	// Plan (issue 12): the best mix, its constraints, doing nothing, the budget view
	plan: {
		/** A role's mix in words: "2 recruited, 1 upskilled (1 bridged)". */
		recruited: (n: number) => `${n} recruited`,
		upskilled: (n: number) => `${n} upskilled`,
		contracted: (n: number) => `${n} contracted`,
		bridged: (n: number) => `${n} bridged`,
		noOne: 'no one',
		bestMix: 'Best mix',
		searching: 'Searching for the best mix…',
		failed: 'The best mix could not be computed.',
		/** "Economic cost (NPV) of the best mix: $1.2M." */
		bestValue: (value: string, measure: string) => `${measure} of the best mix: ${value}.`,
		/** "$120K less than your plan" */
		versusPlan: (amount: string) => `That is ${amount} less than your plan.`,
		planIsBest: 'Your plan is the best mix.',
		versusPure: (amount: string, option: string) =>
			`That is ${amount} less than the cheapest pure option (${option}).`,
		sameAsPure: (option: string) => `No mix beats ${option} alone.`,
		unconstrained: 'No constraint holds it back.',
		/** "Limited by the internal pool of 2 (Data analyst): one more trainee saves $41K." */
		limitedBy: (what: string, relax: string) => `Limited by ${what}: ${relax}.`,
		binding: {
			pool: (n: number, role: string) => `the internal pool of ${n} (${role})`,
			deadline: (month: number) => `the capacity deadline in month ${month}`,
			budget: (money: string) => `the budget of ${money} per fiscal year`,
			cap: (n: number) => `the cap of ${n} contractors`
		},
		relax: {
			pool: (saving: string) => `one more trainee saves ${saving}`,
			deadline: (saving: string) => `one more month saves ${saving}`,
			budget: (saving: string) => `10 % more budget saves ${saving}`,
			cap: (saving: string) => `one more contractor saves ${saving}`,
			/** One step is not enough to change the mix. */
			onlyWithout: (saving: string) =>
				`one step alone changes nothing; without it the plan saves ${saving}`
		},
		/** "These constraints cannot all be met: the pool and the deadline." */
		infeasible: (list: string) =>
			`These constraints cannot all be met: ${list}. Relax one of them; the pure options are shown as they are.`,
		conflict: {
			pool: 'the internal pool',
			deadline: 'the capacity deadline',
			budget: 'the budget per fiscal year',
			cap: 'the contractor cap'
		},
		and: 'and',
		/** Pure options that break the constraints. */
		pureBreaks: (options: string) => `Breaks the constraints: ${options}.`,
		useBestMix: 'Use best mix',
		editMix: 'Plan this role’s mix',
		editMixHelp:
			'Split the people needed into recruited, upskilled and contracted. Off: the role counts with its cheapest option.',
		poolHint: 'The internal pool limits how many can be upskilled (also for the best mix).',
		/** "Pool: 12 × 25 % = 3 people can be upskilled." Pick the form with `plural(size, …)`. */
		poolSum: {
			one: (feeders: string, share: string, size: string) =>
				`Pool: ${feeders} × ${share} = ${size} person can be upskilled.`,
			other: (feeders: string, share: string, size: string) =>
				`Pool: ${feeders} × ${share} = ${size} people can be upskilled.`
		},
		poolUnlimited: 'Pool: no limit (no feeder headcount given).',
		/** The bridging choice: hand over at a productivity level, or after a set number of months. */
		bridgeLegend: 'A bridging contractor hands over',
		bridgeAtLevel: 'when the person reaches a productivity level',
		bridgeAfter: 'after a set number of months',
		bridgeHelp:
			'Bridging contractors cover a recruit’s vacancy, or a trainee’s training and ramp-up, for the bridged people above and in the best mix. The most months per contractor (Contract section) still applies.',
		useBestMixHelp: 'Puts the best mix into each role’s plan (undo restores yours).',
		/** "Doing nothing costs $2.4M in lost capacity over 36 months (NPV)." */
		doNothing: (money: string, months: number) =>
			`Doing nothing costs ${money} in lost capacity over ${months} months (NPV).`
	},
	// Risk (issue 11): Monte Carlo results in words
	risk: {
		title: 'How sure is this?',
		intro:
			'Every input is an estimate. These figures come from many simulated futures: each estimate with a range is drawn between its low and high, and each person’s training success and leaving month are drawn as events.',
		computing: 'Simulating possible futures…',
		/** Progress while the simulation runs: "2,000 of 10,000 futures". */
		progress: (done: string, total: string) => `${done} of ${total} futures`,
		updating: 'Updating after your change…',
		failed: (reason: string) => `The simulation could not run (${reason}).`,
		eventsOnly:
			'No estimate has a range yet, so only per-person events vary (who completes training, who leaves when). Give an estimate a range to see how much it matters.',
		/** Column: share of futures in which the option reaches full capacity by the month. */
		capacityBy: (month: number) => `Full capacity by month ${month}`,
		tableCaption: (measure: string) => `${measure} over the simulated futures`,
		histogramTitle: 'Spread over the simulated futures',
		valueAxis: (measure: string, currency: string) => `${measure} (${currency})`,
		shareAxis: 'Share of futures',
		bin: (from: string, to: string) => `${from} – ${to}`,
		histogramDescription: (items: string) =>
			`Distribution per option over the simulated futures: ${items}.`,
		/** One option in the chart description: "Recruit: P10 £1.1M, median £1.3M, P90 £1.6M". */
		histogramItem: (option: string, p10: string, p50: string, p90: string) =>
			`${option}: P10 ${p10}, median ${p50}, P90 ${p90}`,
		/** Under the cumulative cost chart when the band is shown. */
		band: 'Shaded: the middle 80 % of simulated futures (P10–P90), as paid.',
		settings: 'Simulation settings',
		/** Ranges beside a field in the form. */
		addRange: '± range',
		addRangeFor: (field: string) => `Add a range to ${field}`,
		removeRange: (field: string) => `Remove the range of ${field}`,
		widenRange: (value: string) => `Widen the range to include ${value}`,
		rangeOf: (field: string) => `Range of ${field}`,
		low: 'Low',
		high: 'High',
		/** Under a field of a role started from a preset: the preset's range ("36 days – 77 days"). */
		presetRange: (range: string) => `Preset range ${range}. `,
		/** Where the spread of each preset range comes from (keys: model PresetRangeId). */
		skillRanges: 'Under each skill\u2019s hours: the range the risk simulation draws from.',
		rangeSources: {
			timeToFill:
				'SHRM\u2019s 36 days and vendors\u2019 77 days around SHRM\u2019s average of 42: 0.86 to 1.83 times the likely value.',
			externalRamp:
				'Oxford Economics (2014): 12 to 28 weeks to full productivity, around Mellon\u2019s 20 for external professionals: 0.6 to 1.4 times.',
			internalRamp:
				'Mellon (2003): internal movers take 6 to 16 weeks by job family, around 12 for professionals: 0.5 to 1.33 times.',
			earlyExit:
				'Half to double the likely value, at most 46 % (Leadership IQ: 46 % of new hires fail within 18 months; Jobvite 2018: about 30 % leave within 90 days).',
			trainingSuccess:
				'20 points below to 10 points above the likely value, within the 30-95 % reskilling.info uses; no employer benchmark exists.',
			salaryPremium:
				'Half to one and a half times the likely premium; published averages are 18-20 % (Bidwell 2011; McKinsey UK about 20 %).',
			studyHours:
				'75 % to 150 % of the likely hours: learning overruns its plan more often than it finishes early.',
			dayRate:
				'85 % to 125 % of the likely day rate: quotes for the same profile differ; agency markups run 50-60 % over pay (ecapital, Pace Staffing).'
		} satisfies Record<PresetRangeId, string>,
		/** "Upskilling is cheapest in 71 % of 10,000 simulated futures" */
		cheapestIn: (option: string, percent: string, runs: string) =>
			`${option} is cheapest in ${percent} of ${runs} simulated futures`,
		/** "; in the worst 10 % it costs £X more than recruiting." */
		worstMore: (amount: string, other: string) =>
			`in the worst 10 % it costs ${amount} more than ${other}`,
		worstLess: (amount: string, other: string) =>
			`even in the worst 10 % it costs ${amount} less than ${other}`,
		/** Option names as the subject of the sentence. */
		subject: { buy: 'Recruiting', build: 'Upskilling', borrow: 'Hiring contractors' },
		/** Option names after "than". */
		than: { buy: 'recruiting', build: 'upskilling', borrow: 'hiring contractors' },
		option: 'Option',
		mean: 'Mean',
		p10: 'P10',
		p50: 'P50 (median)',
		p90: 'P90',
		probabilityBest: 'Cheapest in',
		runsAndSeed: (runs: string, seed: string, measure: string) =>
			`${runs} simulated futures, seed ${seed}, ${measure}; ranged inputs drawn from beta-PERT (λ = 4), each person's training success and leaving month drawn as events.`
	},
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
	/** Figures (model/figures.ts): the name; money figures add their basis from `basis`. */
	figures: {
		economicNpv: 'Economic cost',
		cashNpv: 'Cash cost',
		internalNpv: 'Internal time',
		shortfallNpv: 'Capacity shortfall',
		economicNominal: 'Economic cost',
		cashNominal: 'Cash cost',
		monthsToFullCapacity: 'Months to full capacity',
		costPerProductiveFteMonth: 'Cash per productive FTE-month',
		productiveFteMonths: 'Productive FTE-months',
		hires: 'Expected hires',
		costPerHire: 'Cost per hire'
	} satisfies Record<FigureId, string>,
	/** How money is counted: shown with every money figure and on the cost charts. */
	basis: {
		npv: 'NPV',
		nominal: 'not discounted',
		/** A figure's name with its basis: "Economic cost (NPV)". */
		label: (name: string, basis: string) => `${name} (${basis})`
	} satisfies Record<FigureBasis, string> & { label: unknown },
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
		level: 'level 0-5',
		perHour: 'per hour'
	},
	/** Scale words accepted after a typed number ("80k", "1.2m"), separated by "|" (fields helper). */
	numberWords: { thousand: 'k|thousand', million: 'm|mn|million', billion: 'bn|billion' },
	/** Units written after a count, singular and plural ("1 day", "30 days"). */
	unitCounts: {
		days: { one: 'day', other: 'days' },
		weeks: { one: 'week', other: 'weeks' },
		months: { one: 'month', other: 'months' },
		hours: { one: 'hour', other: 'hours' },
		people: { one: 'person', other: 'people' },
		times: { one: '\u00d7 salary', other: '\u00d7 salary' },
		level: { one: 'level', other: 'levels' }
	},
	sections: {
		need: 'The need',
		buy: 'Recruit (buy)',
		build: 'Upskill (build)',
		borrow: 'Contractors (borrow)',
		settings: 'Settings',
		advanced: 'More assumptions',
		skills: 'Skill gap',
		// Plan (issue 12)
		plan: 'Your plan (mix)',
		constraints: 'Calendar, budget and constraints',
		bridging: 'Contractor rules and bridging'
	},
	/** Field labels and one-line help; the default's source is added from the model. */
	fields: {
		// Plan: contractor rules, mix, pool, calendar and constraints
		maxMonthsPerContractor: {
			label: 'Most months per contractor',
			help: 'Agency-worker limit (18 months in Germany). Empty: no limit.'
		},
		conversionFee: {
			label: 'Conversion fee',
			help: 'Paid to hire a contractor permanently at the limit, instead of replacing them. Empty: replace.'
		},
		bridgeUntilProductivity: {
			label: 'Hand over at productivity',
			help: 'The contractor leaves when the person they cover reaches this productivity (0–100 %).'
		},
		bridgeMonths: {
			label: 'Bridge for',
			help: 'Months each bridging contractor stays from their start (0–120).'
		},
		planBuy: { label: 'Recruited', help: 'People hired from outside.' },
		planBuild: { label: 'Upskilled', help: 'Employees trained for the role.' },
		planBorrow: { label: 'Contracted', help: 'Contractors filling the role.' },
		bridgedBuy: {
			label: 'Recruits bridged',
			help: 'Of the recruits, how many a contractor covers until they are productive.'
		},
		bridgedBuild: {
			label: 'Trainees bridged',
			help: 'Of the trainees, how many a contractor covers while they train and ramp up.'
		},
		feeders: {
			label: 'Feeder headcount',
			help: 'People in the roles trainees would come from. Empty: no limit.'
		},
		shareAbleToMove: {
			label: 'Share able to move',
			help: 'Of the feeder headcount, the share who could make the move.'
		},
		startMonth: { label: 'Start month', help: 'Calendar month (1-12) of the first month.' },
		startYear: { label: 'Start year', help: 'Calendar year of the first month.' },
		fiscalYearStartMonth: {
			label: 'Fiscal year starts in month',
			help: 'Calendar month (1-12); a fiscal year is named by the year it ends in.'
		},
		budgetPerFiscalYear: {
			label: 'Cash budget per fiscal year',
			help: 'For all roles together. Empty: no budget.'
		},
		capacityDeadlineMonth: {
			label: 'Capacity deadline',
			help: 'Month by which every role must reach 95 % of its need. Empty: none.'
		},
		contractorCap: {
			label: 'Most contractors',
			help: 'Contracted people plus bridging contractors. Empty: no cap.'
		},
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
		locale: { label: 'Number format', help: '' },
		preset: { label: 'Preset', help: '' },
		scenarioName: { label: 'Scenario name', help: '' },
		skillName: { label: 'Skill name', help: '' },
		currentLevel: { label: 'Current level', help: '' },
		requiredLevel: { label: 'Required level', help: '' },
		hoursPerLevel: { label: 'Hours per level', help: '' },
		// Risk: simulation settings and ranges
		runs: {
			label: 'Simulated futures',
			help: 'How many futures the simulation draws (100 to 100,000). More runs: steadier figures, longer wait.'
		},
		seed: {
			label: 'Seed',
			help: 'Starting number of the random generator: the same seed and inputs give the same results on every computer.'
		},
		capacityMonth: {
			label: 'Full capacity by month',
			help: 'The month by which you need the role at full capacity; the simulation reports how likely each option gets there.'
		},
		ranges: {
			label: 'Ranges',
			help: 'Low and high values beside the likely value of uncertain inputs.'
		}
	} satisfies Record<FieldLabelKey, { label: string; help: string }>,
	/** Where each default comes from (keys: the field table's `source`; fields helper). */
	sources: {
		horizonMonths:
			'Three years: long enough for ramp-up and first-year attrition to show; reskilling payback windows are 9-24 months (A11).',
		discountRatePerYear:
			'A typical corporate cost of capital; WEF/BCG (2019) used a "very conservative" 2 %. Set your own WACC.',
		onCostRate:
			'Rules of thumb put total employee cost at 1.25-1.4 x base; BLS ECEC Dec 2024 implies 1.42 x wages (benefits 13.20 / wages 31.47).',
		workingDaysPerYear:
			'Cost-of-vacancy convention (executrade): 230 working days; others use 220 or 260 (changes results by up to 18 %).',
		hoursPerWorkingDay: 'Standard 8-hour day.',
		headcount: 'Example need of three people.',
		salaryPerYear: 'Example salary; enter your own pay band. Presets carry sourced figures.',
		valueMultiplier:
			'Salary-multiplier method of cost-of-vacancy calculators: value = 1-3 x salary, "2 can be used safely" (executrade).',
		salaryPremiumRate:
			'Bidwell (2011), ASQ 56(3): external hires paid about 18 % more than internal movers into similar jobs.',
		agencyFeeRate:
			'Contingent search fees 20-25 % of first-year base (incolator); 15-35 % typical (getrocket). Set 0 without an agency.',
		advertisingPerHire:
			'Job boards and sourcing per hire; an external cost in ANSI/SHRM 06001 cost-per-hire.',
		assessmentPerHire:
			'Background checks and assessments per hire (ANSI/SHRM 06001 external costs).',
		interviewHoursPerHire:
			'Hiring-manager and panel time per hire (an internal cost in ANSI/SHRM 06001), valued at the role\u2019s loaded hourly cost.',
		signOnBonus:
			'WorldatWork: 76 % of organisations use sign-on bonuses; about a third pay 1,000-4,999.',
		signOnClawbackShare:
			'Share recovered if the hire leaves within 12 months; about 49 % of employers require forfeiture (WorldatWork 2001).',
		relocationPerHire:
			'Zero for a local hire. Worldwide ERC: new-hire renter about 18,000, homeowner about 72,000 (2015).',
		onboardingPerHire: 'Equipment, accounts and onboarding programme per new starter.',
		costPerHire:
			'SHRM benchmarking: about 4,700 per hire (2022); 5,475 non-executive (2025). Replaces the itemised costs, never added to them.',
		timeToFillDays: 'SHRM Human Capital Benchmarking (FY2015 data): average time-to-fill 42 days.',
		externalRampWeeks:
			'Mellon Learning Curve study (2003): professionals hired externally reach full productivity in a median 20 weeks.',
		externalRampStart:
			'Productivity on day one; Gallup-attributed figures give 25-50 % output loss during ramp.',
		earlyExitProbability:
			'Within published range: ~30 % of hires leave within 90 days (Jobvite 2018, self-reported); 46 % "fail" within 18 months (Leadership IQ).',
		externalAttritionRatePerYear:
			'Annual leaving rate after the first year; external hires quit 21 % more often than internal movers (Bidwell 2011).',
		currentSalaryPerYear:
			'The trainee\u2019s salary today (in their current role); its base is paid in every option and not counted.',
		hoursPerLevel:
			'Study hours to raise one skill by one level (0-5 scale); adjacent gaps take days to weeks, role changes 6-24 months (WEF 2018-2020, IBM 2019).',
		trainingHoursPerWeek: 'Part-time learning alongside the current job.',
		courseFeesPerTrainee:
			'Pluralsight 2025: US organisations spend about 5,770 to upskill an IT employee; 73 % spend under 5,000.',
		costPerTrainingHour:
			'Zero when course fees are given. ATD spend per employee / formal hours is about 38 per hour (derived, 2018).',
		certificationCost: 'Exam and certification fees per trainee.',
		mentorHoursPerWeek:
			'Senior colleague time during training, valued at the role\u2019s loaded hourly cost.',
		raiseRate:
			'Raise on completion; McKinsey UK (2020): external hires are paid about 20 % more than reskilled workers.',
		internalRampWeeks:
			'Mellon Learning Curve study (2003): professionals moved internally reach full productivity in a median 12 weeks.',
		internalRampStart:
			'Mellon (2003): nearly half of internal hires quickly reach about 75 % productivity (vs 20 % of external).',
		successProbability:
			'Probability a trainee reaches the required level. No employer benchmark exists; reskilling.info uses 30-95 %.',
		oldRole:
			'The trainee\u2019s old job must be covered (BCG); backfill adds the replacement\u2019s cost (learnin).',
		internalAttritionRatePerYear:
			'Internal movers stay about 41 % longer (LinkedIn): 12 % / 1.41 = 8.5 % per year.',
		billRatePerDay:
			'Contractor day rate: pay rate plus agency markup of 50-60 % (ecapital, Pace Staffing).',
		contractorDaysPerMonth: 'Billable days per month (230 / 12 is 19.2).',
		contractorLeadTimeDays: 'Days until a contractor can start.',
		contractorOnboardingWeeks: 'Weeks for a contractor to get up to speed.',
		contractorEfficiency:
			'Contractor output relative to a fully productive employee; lower it if contractors deliver less (e.g. 90 %).',
		skills: 'Example skill gap for a data-analyst move.'
	} satisfies Record<SourceKey, string>,
	/** Preset roles: names and the sources of their figures (keys: model PRESET_IDS; fields helper). */
	presets: {
		'data-analyst': {
			name: 'Data analyst',
			sources: [
				'BLS Occupational Outlook Handbook, median pay May 2024: operations research analysts 91,290 (nearest occupation)',
				'Gap from finance/reporting staff: SQL, statistics, Python, visualisation (BCG: accountant to data analyst in about 9 weeks full-time); reporting work that automation shrinks is not refilled'
			]
		},
		'ml-engineer': {
			name: 'Machine-learning engineer',
			sources: [
				'BLS Occupational Outlook Handbook, median pay May 2024: data scientists 112,590; software developers 133,080 (ML engineers sit between and above)',
				'Bersin (2019): recruiting a mid-career engineer at 150-200k "can be $30,000 or more"; agency fees up to a third of salary (US Chamber Foundation)',
				'General Assembly 12-week immersive about 11,900 (US Chamber Foundation)'
			]
		},
		'cloud-engineer': {
			name: 'Cloud engineer',
			sources: [
				'BLS Occupational Outlook Handbook, median pay May 2024: computer network architects 130,390; network and systems administrators 96,800 (typical feeder role)',
				'Pluralsight 2025: upskilling an IT employee costs about 5,770 in the US; hiring 14,170'
			]
		},
		'cybersecurity-analyst': {
			name: 'Cybersecurity analyst',
			sources: [
				'BLS Occupational Outlook Handbook, median pay May 2024: information security analysts 124,910; network and systems administrators 96,800 (feeder role)',
				'BCG: mid-level accountant to cybersecurity in about 9 weeks of full-time reskilling'
			]
		},
		'customer-service': {
			name: 'Customer service specialist',
			sources: [
				'BLS Occupational Outlook Handbook, median pay May 2024: customer service representatives 41,770',
				'Mellon (2003): customer service reps reach full productivity in 12 weeks external, 6 weeks internal'
			]
		}
	} satisfies Record<PresetId, { name: string; sources: string[] }>,
	/** Skill names of the presets (keys: model SKILL_IDS). */
	skillNames: {
		sql: 'SQL',
		statistics: 'Statistics',
		python: 'Python',
		'data-visualisation': 'Data visualisation',
		'machine-learning': 'Machine learning',
		mlops: 'MLOps',
		'cloud-platform': 'Cloud platform',
		'infrastructure-as-code': 'Infrastructure as code',
		containers: 'Containers',
		networking: 'Networking',
		'security-operations': 'Security operations',
		'threat-analysis': 'Threat analysis',
		compliance: 'Compliance',
		'product-knowledge': 'Product knowledge',
		'support-tools': 'Support tools'
	} satisfies Record<SkillId, string>,
	/** The help line of a field whose role was started from a preset. */
	presetValue: (value: string, preset: string) => `Preset \u201c${preset}\u201d: ${value}. `,
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
		/** Name of a newly added skill. */
		newName: (n: number) => `Skill ${n}`,
		removeColumn: 'Remove',
		remove: (name: string) => `Remove skill ${name}`,
		totalHours: (hours: string, months: string) =>
			`${hours} study hours per trainee, about ${months} months`,
		empty: 'No skills listed: training costs only what you enter below.'
	},
	/** Names the workspace gives and what it says about imports. */
	workspace: {
		firstName: 'My first scenario',
		newName: 'New scenario',
		copyOf: (name: string) => `${name} (copy)`,
		theFile: 'the file',
		notImported: (file: string, why: string) =>
			`${file.charAt(0).toUpperCase()}${file.slice(1)} was not imported. ${why}`,
		/** Pick the form with `plural(count, …)`. */
		imported: {
			one: (count: number, file: string, names: string, more: number) =>
				`Imported ${count} scenario from ${file}: ${names}${more > 0 ? `, and ${more} more` : ''}.`,
			other: (count: number, file: string, names: string, more: number) =>
				`Imported ${count} scenarios from ${file}: ${names}${more > 0 ? `, and ${more} more` : ''}.`
		}
	},
	/** The recommendation in sentences (values come formatted). */
	recommendation: {
		title: 'Recommendation',
		cashCost: 'cash cost',
		economicCost: 'economic cost',
		only: (winner: string, measure: string, value: string, months: number) =>
			`${winner}: ${measure} ${value} over ${months} months (NPV).`,
		close: (winner: string, other: string) =>
			`${winner} and ${other} cost about the same (within 1 %): decide on time to capacity and risk.`,
		better: (
			winner: string,
			measure: string,
			months: number,
			value: string,
			margin: string,
			share: string,
			other: string
		) =>
			`${winner} is the better choice: its ${measure} over ${months} months (NPV) is ${value}, ${margin}${share ? ` (${share})` : ''} less than ${other}.`,
		/** Option names after "with" (en) or "bei" (de): where a cost falls. */
		withOption: {
			buy: 'with recruiting',
			build: 'with upskilling',
			borrow: 'with contractors'
		} satisfies Record<OptionId, string>,
		/** What differs most on each side: "with contractors, contractor fees ($1.18M more)". */
		/** What differs most on each side: "with contractors, contractor fees ($1.18M more)". */
		reasonSide: (where: string, component: string, amount: string) =>
			`${where}, ${component.charAt(0).toLowerCase() + component.slice(1)} (${amount} more)`,
		reason: (sides: string) => `What differs most: ${sides}.`,
		capacity: (list: string) => `Full capacity (95 % of the need): ${list}.`,
		/** The headline when the economic and the cash answer differ. */
		bothMeasures: (
			winner: string,
			value: string,
			measure: string,
			other: string,
			saving: string,
			otherMeasure: string,
			timing: string
		) =>
			`${winner} is cheaper ${measure} (${value}), but ${other} saves ${saving} ${otherMeasure} and ${timing}.`,
		overall: 'overall',
		inCash: 'in cash',
		economicShort: 'economic cost',
		cashShort: 'cash cost',
		/** `longer` and `sooner`: pick the form with `plural(n, …)`. */
		timing: {
			longer: {
				one: (n: number) => `takes ${n} month longer to reach full capacity`,
				other: (n: number) => `takes ${n} months longer to reach full capacity`
			},
			sooner: {
				one: (n: number) => `reaches full capacity ${n} month sooner`,
				other: (n: number) => `reaches full capacity ${n} months sooner`
			},
			same: 'reaches full capacity at the same time',
			never: 'never reaches full capacity within the horizon',
			at: (month: number) => `reaches full capacity in month ${month}`
		},
		/** The other measure's answer, under the result. */
		onCashAlone: (name: string, value: string, same: boolean, margin: string, other: string) =>
			same
				? `On cash alone the answer is the same: ${name} (${value} cash cost, NPV).`
				: `On cash alone the answer would be ${name}: ${value} cash cost (NPV), ${margin} less than ${other}.`,
		onEconomic: (name: string, value: string, same: boolean, margin: string, other: string) =>
			same
				? `Counting lost capacity and staff time too (economic cost), the answer is the same: ${name} (${value}).`
				: `Counting lost capacity and staff time too (economic cost), the answer would be ${name}: ${value}, ${margin} less than ${other}.`,
		/** The value of a productive month, which drives the economic answer. */
		valueLabel: 'Value of a productive month',
		value: (amount: string, multiplier: string) =>
			`${amount} per person (${multiplier} × monthly salary)`,
		valueRange: (low: string, high: string) => `${low} to ${high} per person, by role`,
		valueSource: 'Source: salary-multiplier method of cost-of-vacancy calculators (1–3 × salary).',
		valueChanged: 'Your assumption (the default is 2 × salary).',
		/** Degenerate plans. */
		nothingToCompare:
			'Nothing to compare: no role needs anyone (0 people). Enter how many people you need to see the options side by side.',
		neverFull: (name: string, months: number, measures: string, share: string) =>
			`${name} never reaches full capacity within the ${months} months: its lead on ${measures} covers only ${share} of the capacity needed.`,
		neverFullMark: 'does not reach full capacity within the horizon',
		/** Break-even of upskilling against recruiting in words, every crossing of the curves. */
		/** Break-even in words, every crossing: "Upskilling costs more than recruiting in month 1, …". */
		spanPeriod: (from: number, to: number, last: boolean, months: number) =>
			last
				? from === 1
					? `throughout the ${months} months`
					: `from month ${from} on`
				: from === to
					? `in month ${from}`
					: `in months ${from}\u2013${to}`,
		spanHow: { more: 'more', less: 'less', same: 'the same' },
		spansHead: (subject: string, how: string, other: string, period: string, equal: boolean) =>
			`${subject} costs ${how} ${equal ? 'as' : 'than'} ${other} ${period}`,
		spansPart: (how: string, period: string) => `${how} ${period}`,
		and: 'and',
		breakEvenNote: (month: number) => ` (break-even: month ${month})`,
		/** The same, short, for a table cell: "Upskill: dearer in month 1, cheaper in months 2–10, …". */
		spanShortPeriod: (from: number, to: number, last: boolean) =>
			last
				? from === 1
					? 'throughout'
					: `from month ${from}`
				: from === to
					? `in month ${from}`
					: `in months ${from}\u2013${to}`,
		spanShortHow: { more: 'dearer', less: 'cheaper', same: 'same cost' },
		spansShortPart: (how: string, period: string) => `${how} ${period}`
	},
	/** Trust: the glossary, per-role results and the result bar (issue 8). */
	glossary: {
		title: 'Glossary',
		what: (term: string) => `What is \u201c${term}\u201d?`,
		all: 'All terms',
		terms: {
			npv: {
				term: 'NPV',
				text: 'Net present value: every month\u2019s cost discounted to today at the discount rate, so money paid later weighs less than money paid now.'
			},
			fteMonth: {
				term: 'FTE-month',
				text: 'One full-time person fully productive for one month. Two people at half productivity for a month are also one FTE-month.'
			},
			shortfall: {
				term: 'Capacity shortfall',
				text: 'The value of work that is not done while people are missing, still learning or ramping up: missing productive people \u00d7 the value of a productive month.'
			},
			breakEven: {
				term: 'Break-even',
				text: 'Where the cumulative cost curves of two options cross: the option that costs more at first becomes the cheaper one from that month on.'
			},
			economicVsCash: {
				term: 'Economic vs cash cost',
				text: 'Cash cost is money paid out (salaries, fees, training, contractors). Economic cost adds staff time diverted to interviews and learning and the capacity shortfall, so it also counts what the gap costs.'
			},
			fullCapacity: {
				term: 'Full capacity',
				text: 'The first month in which the expected productive people reach 95 % of the need, within a hundredth of a person per person needed.'
			}
		}
	},
	perRole: {
		title: 'Results per role',
		caption: (months: number) =>
			`Economic cost (NPV) and full capacity per role, over ${months} months`,
		role: 'Role',
		best: 'Best option',
		/** Pick the form with `plural(n, …)`. */
		people: { one: (n: string) => `${n} person`, other: (n: string) => `${n} people` },
		none: 'no one needed'
	},
	resultBar: {
		label: 'Current result',
		best: (option: string) => `Best: ${option}`,
		show: 'Show results'
	},
	results: {
		notWithinHorizon: 'not within horizon',
		none: 'none within horizon',
		month: (m: number) => `month ${m}`,
		months: (m: number) => `${m} months`,
		stale: 'Showing the last valid result: fix the highlighted inputs to update.',
		keyFigures: (months: number) => `Key figures over ${months} months`,
		measure: 'Measure',
		best: 'best',
		breakEven: (a: string, b: string) => `Break-even (${a} vs ${b})`,
		cumulativeCash: 'Cumulative cash cost',
		cumulativeEconomic: 'Cumulative economic cost',
		capacityTitle: 'Productive capacity over time',
		layersTitle: 'Cost by layer (NPV)',
		/** Text alternatives of the charts. */
		cumulativeAfter: (title: string, months: number, values: string) =>
			`${title} after ${months} months: ${values}. `,
		capacityDescription: (needed: string, values: string) =>
			`Expected productive people per month against ${needed} needed. Full capacity: ${values}.`,
		layerDescription: (values: string) => `Net present cost by layer: ${values}.`
	},
	/** A chart's frame: download buttons and their errors, axis and legend texts. */
	charts: {
		download: (title: string) => `Download ${title}`,
		png: 'PNG',
		pngTitle: 'PNG on white',
		pngTheme: 'PNG (theme)',
		pngThemeTitle: 'PNG in the current theme',
		csv: 'CSV',
		csvTitle: "The chart's data as CSV",
		imageError: 'The image could not be made in this browser.',
		dataError: 'The data could not be exported.',
		month: 'Month',
		needed: 'Needed',
		breakEven: 'Break-even',
		breakEvenMonth: (m: number) => `Break-even, month ${m}`,
		/** A crossing of the cumulative curves that does not last: "Upskill cheaper from month 2". */
		crossing: (option: string, how: string, m: number) => `${option} ${how} from month ${m}`,
		costAxis: (currency: string) => `Cost (${currency})`,
		basis: 'Cost',
		basisNominal: 'As paid',
		basisNpv: 'Discounted (NPV)',
		fteAxis: 'Productive people (FTE)'
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
	}
};

/** The texts the first view shows (this file's part). */
export type FirstMessages = typeof en;

/**
 * Every text of a language: the first view's part and the later part. In the browser the later
 * part is attached when a view or panel that shows it loads (loadLaterMessages); elsewhere
 * (exports in Node, the command line, tests) the full catalogues come from messages-all.ts.
 */
export type Messages = FirstMessages & LaterMessages;
