/**
 * English texts of the views, dialogs and exports the first view does not show: the budget,
 * scenarios, compare, present and methodology pages, the export and share dialogs, and the text of
 * the exported files. They load with the view or panel that shows them (state/language.svelte.ts),
 * so the calculator's first load carries only messages.ts. German: messages-later-de.ts.
 */

export const enLater = {
	/** Validation messages shown by a field, and the same problems inside sentences (fields helper). */
	issues: {
		// Plan inputs
		planCountsSum: 'Recruited, upskilled and contracted must add up to the people needed.',
		bridgedOverCount: 'Cannot bridge more people than are in the group.',
		poolBelowUpskilled: 'The pool is smaller than the number upskilled.',
		deadlineAfterHorizon: 'Must fall within the horizon: lower it or lengthen the horizon.',
		wholeNumber: 'Enter a whole number.',
		number: 'Enter a number.',
		name: 'Enter a name.',
		atLeast: (value: string) => `Must be at least ${value}.`,
		tooSmall: 'Too small.',
		textTooLong: 'This text is too long.',
		atMost: (value: string) => `Must be at most ${value}.`,
		tooLarge: 'Too large.',
		currencyCode: 'Use a three-letter currency code such as EUR.',
		choose: 'Choose one of the listed values.',
		requiredBelowCurrent: 'The required level must be at least the current level.',
		neededAfterHorizon: 'Must fall within the horizon: lower it or lengthen the horizon.',
		// Risk: ranges
		rangeLowAboveLikely: (likely: string) =>
			`The low value must not be above the likely value (${likely}).`,
		rangeHighBelowLikely: (likely: string) =>
			`The high value must not be below the likely value (${likely}).`,
		rangeUnknownField: 'This input cannot carry a range.',
		invalid: 'This value is not valid.',
		/** A problem after the field's name: "Time to fill must be at least 1 day". */
		phrase: {
			// Plan inputs
			planCountsSum: 'must add up, with the other counts, to the people needed',
			bridgedOverCount: 'must not exceed the people in the group',
			poolBelowUpskilled: 'gives a pool smaller than the number upskilled',
			deadlineAfterHorizon: 'must be within the horizon',
			missing: 'is missing',
			notNumber: 'must be a number',
			notWhole: 'must be a whole number',
			atLeast: (value: string) => `must be at least ${value}`,
			atMost: (value: string) => `must be at most ${value}`,
			empty: 'must not be empty',
			tooShort: (n: string) => `must have at least ${n} characters`,
			tooLong: (n: string) => `must be at most ${n} characters long`,
			tooFew: (n: string, items: string) => `needs at least ${n} ${items}`,
			tooMany: (n: string, items: string) => `can have at most ${n} ${items}`,
			notCurrency: 'must be a three-letter currency code in capitals, such as USD or EUR',
			badFormat: 'has the wrong format',
			oneOf: (list: string) => `must be one of ${list}`,
			wrongType: (expected: string, received: string) => `must be ${expected}, not ${received}`,
			requiredBelowCurrent: 'must not be below the current level',
			neededAfterHorizon: 'must be within the horizon',
			rangeLowAboveLikely: (likely: string) =>
				`must have a low value no higher than the likely value (${likely})`,
			rangeHighBelowLikely: (likely: string) =>
				`must have a high value no lower than the likely value (${likely})`,
			rangeUnknownField: 'cannot carry a range',
			/** After a role: a range for a key that is no input of the app, quoted as the file wrote it. */
			rangeNotAnInput: (key: string) =>
				`has a range for \u201c${key}\u201d, which is not an input of this calculator`,
			invalid: 'is not valid'
		},
		/** Kinds of values, for "must be a number, not text". */
		types: {
			number: 'a number',
			text: 'text',
			boolean: 'true or false',
			list: 'a list',
			object: 'a group of fields',
			null: 'empty (null)',
			missing: 'missing'
		},
		items: {
			roles: { one: 'role', other: 'roles' },
			skills: { one: 'skill', other: 'skills' }
		},
		/** Where a problem is, in a file or link: "Scenario 2 (“Base”), role 1 (“Analyst”), Recruit". */
		where: {
			scenario: 'The scenario',
			scenarioNamed: (name: string) => `The scenario \u201c${name}\u201d`,
			scenarioNumber: (n: number) => `Scenario ${n}`,
			role: (n: number) => `role ${n}`,
			skill: (n: number) => `skill ${n}`,
			item: (n: number) => `item ${n}`,
			named: (place: string, name: string) => `${place} (\u201c${name}\u201d)`,
			settings: 'settings',
			roles: 'Roles',
			skills: 'Skills',
			// Risk (issue 11): one end of a field's range, where a file's range is refused.
			rangeEnd: (field: string, end: 'low' | 'high') =>
				`${end === 'low' ? 'Low' : 'High'} end of the range of ${field}`,
			range: (field: string) => `Range of ${field}`,
			noData: 'The scenario data is missing or is not a group of fields.'
		}
	},
	/** Why a file was not imported, and notes on one that was (fields helper: typed errors → text). */
	fileErrors: {
		notJson: 'This file is not valid JSON, so it cannot be a scenario file.',
		notJsonAt: (line: number, column: number) =>
			`This file is not valid JSON (error at line ${line}, column ${column}), so it cannot be a scenario file.`,
		endedEarly: 'This file is not valid JSON: it ends too early (it may have been cut off).',
		empty: 'This file is empty.',
		tooLarge: (size: string, limit: string) =>
			`This file is ${size}; scenario files can be at most ${limit}.`,
		justOver: (limit: string) =>
			`This file is just over ${limit}; scenario files can be at most ${limit}.`,
		notOurs: (found: string) =>
			`This file is not a Build or Buy scenario file (it holds ${found}, not a group of fields).`,
		found: {
			list: 'a list',
			text: 'a piece of text',
			number: 'a number',
			boolean: 'true or false',
			null: 'null',
			other: 'something else'
		},
		noFormat: 'This file is not a Build or Buy scenario file (it has no "format" field).',
		otherFormat: (format: string) =>
			`This file is not a Build or Buy scenario file (its format is "${format}").`,
		noVersion: 'This scenario file has no version number, so it cannot be read safely.',
		badVersion: (version: string) =>
			`This scenario file has an invalid version number (${version}).`,
		futureVersion: (version: number, supported: number) =>
			`This file was saved by a newer version of Build or Buy (file version ${version}; this version reads up to ${supported}). Reload the page to get the latest version, then try again.`,
		tooManyScenarios: (count: string, limit: string) =>
			`This file has ${count} scenarios; at most ${limit} can be imported at once. Split it into smaller files.`,
		noScenarios: 'This file contains no scenarios.',
		damagedEntry: (n: number, part: string) =>
			`This scenario file is damaged: entry ${n} in "${part}" should be a group of fields.`,
		damagedPart: (part: string, list: boolean) =>
			`This scenario file is damaged: "${part}" should be ${list ? 'a list' : 'a group of fields'}.`,
		invalid: (who: string) => `${who} is not valid.`,
		moreProblems: {
			one: (n: number) => `(${n} more problem in this scenario.)`,
			other: (n: number) => `(${n} more problems in this scenario.)`
		},
		invalidCount: (count: number, total: number) => `${count} of ${total} scenarios have problems.`,
		unexpected: (detail: string) => `This file could not be read (${detail}).`
	},
	fileWarnings: {
		migrated: (version: number, steps: string) =>
			`This file was saved in an older format (version ${version}) and was updated: ${steps}`,
		bareScenario:
			'This file holds a single scenario, not a scenario file; it was imported as one scenario.',
		unsafeKeys: {
			one: (n: number) => `${n} field with a reserved name (such as "__proto__") was ignored.`,
			other: (n: number) => `${n} fields with reserved names (such as "__proto__") were ignored.`
		},
		metadataRestored: {
			one: (n: number, fields: string) => `Scenario ${n}: ${fields} was unusable and replaced.`,
			other: (n: number, fields: string) => `Scenario ${n}: ${fields} were unusable and replaced.`
		},
		metadata: { id: 'id', name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' }
	},
	shareErrors: {
		malformed:
			'This link is damaged or is not a Build or Buy link: it does not contain a readable scenario.',
		truncated:
			'This link is incomplete: it was probably cut off when it was copied or sent. Ask for the whole link again.',
		unsupportedVersion:
			'This link was made by a newer version of Build or Buy. Reload the page to get the latest version, then open the link again.',
		needsPassphrase: 'This link is protected with a passphrase. Enter the passphrase to open it.',
		wrongPassphrase: 'The passphrase is wrong. Check it with the person who sent the link.',
		invalid: 'The scenario in this link is not valid, so it was not opened.',
		invalidBecause: (problem: string) =>
			`The scenario in this link is not valid, so it was not opened: ${problem}`,
		tooLarge: 'This link is too large to be a Build or Buy scenario, so it was not opened.'
	},
	// Plan (issue 12): the budget view
	budget: {
		title: 'Budget',
		/** "Starts April 2026; fiscal years start in April and are named by the year they end in." */
		intro: (start: string, fyMonth: string) =>
			`Cash paid out, as in the cash cost (not discounted). Starts ${start}; fiscal years start in ${fyMonth} and are named by the year they end in.`,
		editHint:
			'Change the start date, fiscal year and budget under “Calendar, budget and constraints” in the calculator.',
		byYear: 'Cash by fiscal year',
		byQuarter: 'Cash by quarter, all roles',
		role: 'Role',
		option: 'Option',
		total: 'Total',
		allRoles: 'All roles',
		fiscalYear: (year: number) => `FY${year}`,
		quarter: (year: number, q: number) => `FY${year} Q${q}`,
		budgetLine: (money: string) => `Budget per fiscal year: ${money}`,
		overBudget: 'over budget',
		chartTitle: 'Cash by fiscal year, all roles',
		chartDescription: (list: string) => `Cash per fiscal year: ${list}.`,
		headcountTitle: 'People in the role by month',
		headcountDescription: (list: string) =>
			`People in the role at the end of the horizon: ${list}.`,
		headcountAxis: 'People',
		downloadCsv: 'Download budget (CSV)',
		empty: 'Enter valid inputs in the calculator to see the budget.'
	},
	/** The export dialog. */
	exportDialog: {
		title: (name: string) => `Export \u201c${name}\u201d`,
		stale: 'Some inputs are invalid: exports show the last valid state of this scenario.',
		company: 'Company name on the cover (optional)',
		logo: 'Logo for PDF and slides (PNG or JPEG, optional)',
		logoName: (name: string) => `Logo: ${name}`,
		logoType: (name: string) => `\u201c${name}\u201d is not a PNG or JPEG image.`,
		logoSize: (name: string, mb: string) =>
			`\u201c${name}\u201d is ${mb} MB; use an image under 2 MB.`,
		logoRead: (name: string) => `\u201c${name}\u201d could not be read.`,
		pageSize: 'PDF page size',
		a4: 'A4',
		letter: 'US Letter',
		pdf: 'PDF report',
		xlsx: 'Spreadsheet (XLSX)',
		pptx: 'Slides (PPTX)',
		csv: 'Monthly data (CSV)',
		// Risk (issue 11.4)
		riskCsv: 'Risk figures (CSV)',
		json: 'Scenario file (JSON)',
		print: 'Print\u2026',
		preparing: (kind: string) => `Preparing ${kind}\u2026`,
		jsonDone: 'Scenario file downloaded.',
		done: (kind: string) => `${kind} downloaded.`,
		failed: 'The export could not be made. Try again after reloading.',
		// Risk (issue 11.4): the risk page's futures, simulated in a worker when the panel has none.
		simulating: (kind: string, done: string, total: string) =>
			`Preparing ${kind}: simulating futures for the risk page, ${done} of ${total}\u2026`,
		cancel: 'Cancel',
		cancelled: 'Export cancelled.',
		close: 'Close'
	},
	/** The share-link dialog. */
	share: {
		title: (name: string) => `Share \u201c${name}\u201d as a link`,
		introBefore: 'The link itself carries the scenario (after the',
		introAfter:
			', which browsers never send to a server). Anyone with the link can open it; add a passphrase to encrypt it in this browser first (AES-GCM), and send the passphrase another way.',
		passphrase: 'Passphrase (optional)',
		create: 'Create link',
		creating: 'Creating\u2026',
		close: 'Close',
		link: (chars: string) => `Link (${chars} characters)`,
		copy: 'Copy link',
		copied: 'Copied',
		noCrypto: 'The link could not be created in this browser (Web Crypto is not available).',
		copyBlocked: 'Copying was blocked: select the link and copy it by hand.'
	},
	/** The list of saved scenarios. */
	scenarioList: {
		title: 'Scenarios',
		heading: 'Your scenarios',
		import: 'Import file\u2026',
		importLabel: 'Import a scenario file',
		exportAll: 'Export all',
		hint: 'Saved automatically in this browser. You can also drop a scenario file anywhere on the page.',
		scenario: 'Scenario',
		changed: 'Last changed',
		recommended: 'Recommended',
		actions: 'Actions',
		notSaved: 'not saved',
		needsFixing: 'needs fixing',
		export: 'Export',
		share: 'Share link',
		deleteNamed: (name: string) => `Delete ${name}`
	},
	/** Comparing scenarios. */
	compare: {
		title: 'Compare scenarios',
		pick: 'Scenarios to compare',
		pickHint: (max: number) => `(2 to ${max})`,
		baseline: 'Baseline',
		baselineTag: 'baseline',
		needTwoBefore: 'Pick at least two scenarios. Create more on the',
		calculator: 'calculator',
		needTwoAfter: '(New scenario, or Duplicate).',
		mixedCurrency:
			'These scenarios use different currencies; figures are shown as entered, without conversion.',
		caption: (option: string) => `${option}: figures, and the difference to the baseline`,
		measure: 'Measure',
		recommended: 'Recommended',
		option: 'Option compared',
		eachRecommended: "Each scenario's recommended option",
		sameOption: (option: string) => `${option} in every scenario`,
		notIncluded: 'not included',
		better: 'better than the baseline',
		worse: 'worse than the baseline',
		chartTitle: (basis: string) => `Cumulative cost of the compared option (${basis})`,
		chartItem: (name: string, value: string) => `${name}: ${value}`,
		differences: 'Inputs that differ',
		same: 'All inputs are the same.',
		scenarioSection: 'Scenario',
		onlyIn: (names: string) => `Only in ${names}`,
		input: 'Input',
		// Plan (issue 12): "Your plan" as a fourth option in the comparison
		eachPlan: "Each scenario's own plan (mix)",
		mix: 'Mix (your plan)',
		noMix: 'none: each role’s cheapest option',
		optionsTitle: 'Every option in each scenario',
		optionsCaption:
			'Every option in each scenario on its decision measure; the cheapest is marked. Your plan shows where a scenario has one.',
		decidedOn: 'Decided on',
		cheapest: 'cheapest',
		noPlan: 'no plan',
		optionHeader: 'Option',
		noLimit: 'none'
	},
	/** The presentation mode. */
	present: {
		title: (name: string) => `Presentation · ${name}`,
		region: 'Presentation',
		views: 'Views',
		viewNames: {
			decision: 'Decision',
			cost: 'Cost over time',
			capacity: 'Capacity',
			layers: 'Cost by layer',
			risk: 'Risk'
		},
		noScenario: 'No valid scenario',
		fullScreen: 'Full screen',
		exit: 'Exit (Esc)',
		fullCapacity: (when: string) => `full capacity: ${when}`,
		layersDescription: 'Cash, internal time and capacity shortfall per option.',
		whatIf: 'What if',
		whatIfHeading: 'What if\u2026',
		role: 'Role',
		keys: '\u2190 \u2192 switch views \u00b7 Esc leaves',
		fixFirst: "Fix the scenario's inputs on the calculator first.",
		/** Trust: switching scenario and the tornado's top inputs inside Present. */
		scenario: 'Scenario',
		slidersNote: 'Sliders: the five inputs that move the decision most (first role).',
		// Risk view (issue 11)
		/** Under an option's share of simulated futures in which it is cheapest. */
		cheapestShare: 'of simulated futures cheapest',
		/** The middle 80 % of the option's simulated cost: "P10–P90: £1.1M – £1.6M". */
		middle80: (p10: string, p90: string) => `P10\u2013P90: ${p10} \u2013 ${p90}`,
		slidersWithinRanges: 'Where an estimate has a range, its slider moves within it.'
	},
	methodology: {
		title: 'Methodology',
		/** Shown above the document when the interface language's version could not be fetched. */
		note: 'The methodology in English could not be loaded (are you offline?). It is shown in the language loaded before.',
		/** The table of defaults (derived from the field table; house helper). */
		defaults: {
			input: 'input',
			default: 'default',
			kind: 'kind',
			source: 'source',
			kinds: { published: 'published', derived: 'derived', assumption: 'assumption' },
			/** One skill of the default gap: "SQL 2→4 (40 h per level)". */
			skill: (name: string, from: string, to: string, hoursPerLevel: string) =>
				`${name} ${from}\u2192${to} (${hoursPerLevel} h per level)`,
			skillGap: (skills: string, hours: string) => `${skills} = ${hours} h`,
			/** A field of one option: "Upskill: Ramp-up". */
			ofOption: (option: string, field: string) => `${option}: ${field}`
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
		sheets: {
			summary: 'Summary',
			inputs: 'Inputs',
			monthly: 'Monthly',
			roles: 'Roles',
			// Plan (issue 12)
			budget: 'Budget',
			// Risk (issue 11.4)
			risk: 'Risk'
		},
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
			capacity: (parts: string) => `Full capacity: ${parts}.`,
			capacityPart: (option: string, when: string) => `${option} ${when}`
		},
		methodology: [
			'The engine simulates each option month by month over the horizon. Durations are fractional months and partial months are pro-rated.',
			'Cash is money paid out that would not be paid if nothing changed (new salaries with on-cost, raises, fees, bonuses, training, backfill, contractors). Internal time is staff time diverted to interviews, learning and mentoring, at loaded hourly cost. Capacity shortfall is the value of missing productive people (value multiplier x salary).',
			'Economic cost = cash + internal time + capacity shortfall. Net present value (NPV) discounts each month at the monthly equivalent of the annual rate.',
			'Risks (early exits, failed training) enter as expected values. Months to full capacity is the first month in which the expected productive people reach 95 % of the need, within a hundredth of a person per person needed. Break-even: the words list every crossing of the cumulative cost curves; the break-even month is the month from which the option that costs more at first stays cheaper.'
		],
		errors: {
			badLogo: 'The logo could not be used: choose a PNG or JPEG image under 2 MB.',
			mismatch:
				'The results do not match the scenario. Wait for the calculation to finish and try again.',
			internal:
				'The file could not be created. Please try again; if it keeps failing, export the scenario file instead.'
		},
		// Risk in the exports (issue 11.4): the risk page, sheet, slide and CSV
		risk: {
			eventsOnly:
				'No estimate has a range, so the spread comes only from whole-person events: which trainees complete their training and when people leave.',
			noSpread:
				'Every simulated future gives the same figures: no estimate has a range and no per-person event is uncertain.',
			planNotSimulated: 'The simulation covers the pure options; your plan is not simulated.',
			runs: 'Simulated futures',
			seed: 'Seed',
			measure: 'Measure',
			capacityMonth: 'Full capacity asked by month',
			distribution: 'Futures per cost bin',
			binFrom: 'From',
			binTo: 'To',
			rangedInputs: 'Estimates with a range',
			input: 'Input',
			low: 'Low',
			likely: 'Likely',
			high: 'High',
			/** Chart and table notes: how the histogram counts. */
			histogramNote: (runs: string) =>
				`Bars: share of the ${runs} futures whose cost falls in each bin (bins shared by all options).`
		},
		warnings: {
			pdfCharacters: (chars: string) =>
				`Some characters in names cannot be shown in the PDF: ${chars}. They appear as "?".`
		}
	}
};

/** The later part's texts (German: the same shape, messages-later-de.ts). */
export type LaterMessages = typeof enLater;
