/**
 * English sentences for import errors, warnings and input issues: specific enough that a person
 * knows what to fix ("Scenario 2 (“Pessimistic”), role 1 (“Data analyst”): Salary per year must be
 * at least 1."). Names from files are inserted as plain text; whoever renders these must escape
 * them (Svelte's `{text}` does).
 */
import type { InputIssue } from '../model/index.ts';
import { en } from '../i18n/messages.ts';
import { formatNumber } from '../i18n/format.ts';
import type { ImportError, ImportWarning } from './scenario-file.ts';

const LOCALE = 'en-US';

/** Readable labels of scenario fields, by their name in the schema. */
export const FIELD_LABELS: Record<string, string> = {
	name: 'Name',
	currency: 'Currency',
	locale: 'Number format (locale)',
	settings: 'Settings',
	roles: 'Roles',
	horizonMonths: 'Horizon (months)',
	discountRatePerYear: 'Discount rate per year',
	onCostRate: 'On-cost rate',
	workingDaysPerYear: 'Working days per year',
	hoursPerWorkingDay: 'Hours per working day',
	decisionMeasure: 'Decision measure',
	includeBorrow: 'Include contractors',
	headcount: 'Headcount',
	neededFromMonth: 'Needed from month',
	salaryPerYear: 'Salary per year',
	valueMultiplier: 'Value multiplier',
	salaryPremiumRate: 'External salary premium',
	acquisitionMode: 'Recruiting cost method',
	agencyFeeRate: 'Agency fee rate',
	advertisingPerHire: 'Advertising per hire',
	assessmentPerHire: 'Assessments per hire',
	interviewHoursPerHire: 'Interview hours per hire',
	signOnBonus: 'Sign-on bonus',
	signOnClawbackShare: 'Sign-on bonus clawback share',
	relocationPerHire: 'Relocation per hire',
	onboardingPerHire: 'Onboarding per hire',
	costPerHire: 'Benchmark cost per hire',
	timeToFillDays: 'Time to fill (days)',
	rampWeeks: 'Ramp-up (weeks)',
	rampStartProductivity: 'Productivity at start',
	rampCurve: 'Ramp-up curve',
	earlyExitProbability: 'Early-exit probability',
	attritionRatePerYear: 'Attrition rate per year',
	currentSalaryPerYear: 'Current salary per year',
	skills: 'Skills',
	currentLevel: 'Current level',
	requiredLevel: 'Required level',
	hoursPerLevel: 'Hours per level',
	trainingHoursPerWeek: 'Training hours per week',
	trainingMonthsOverride: 'Training duration (months)',
	courseFeesPerTrainee: 'Course fees per trainee',
	costPerTrainingHour: 'Cost per training hour',
	certificationCost: 'Certification cost',
	mentorHoursPerWeek: 'Mentor hours per week',
	raiseRate: 'Raise on completion',
	successProbability: 'Training success probability',
	oldRole: 'Old role',
	billRatePerDay: 'Bill rate per day',
	daysPerMonth: 'Days per month',
	leadTimeDays: 'Lead time (days)',
	onboardingWeeks: 'Onboarding (weeks)',
	efficiency: 'Efficiency'
};

const SECTIONS: Record<string, string> = {
	buy: en.options.buy,
	build: en.options.build,
	borrow: en.options.borrow
};

/** "salaryPerYear" -> "Salary per year", for fields without a label. */
export function humanizeKey(key: string): string {
	const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function quoted(name: string): string {
	return `\u201c${name}\u201d`;
}

/** Where an issue is: the places along the path ("role 1 (“Data analyst”), Recruit") and the field. */
export function locatePath(
	path: readonly (string | number)[],
	pathNames: Record<string, string> = {}
): { places: string[]; field: string | null } {
	const places: string[] = [];
	let field: string | null = null;
	for (let i = 0; i < path.length; i++) {
		const step = path[i];
		const prev = path[i - 1];
		if (typeof step === 'number') {
			const name = pathNames[path.slice(0, i + 1).join('.')];
			const noun = prev === 'roles' ? 'role' : prev === 'skills' ? 'skill' : 'item';
			places.push(`${noun} ${step + 1}${name ? ` (${quoted(name)})` : ''}`);
			field = null;
		} else if (step === 'settings' && i < path.length - 1) {
			places.push('settings');
		} else if (SECTIONS[step] && i < path.length - 1) {
			places.push(SECTIONS[step]);
		} else if ((step === 'roles' || step === 'skills') && typeof path[i + 1] === 'number') {
			continue;
		} else {
			field = FIELD_LABELS[step] ?? humanizeKey(step);
		}
	}
	return { places, field };
}

/** Where an issue is, as a sentence start: "Role 1 (“Data analyst”), Recruit: Agency fee rate". */
export function describePath(
	path: readonly (string | number)[],
	pathNames: Record<string, string> = {}
): string {
	const { places, field } = locatePath(path, pathNames);
	if (places.length === 0) return field ?? 'The scenario';
	const where = places.join(', ');
	const capital = where.charAt(0).toUpperCase() + where.slice(1);
	return field ? `${capital}: ${field}` : capital;
}

function num(value: number | undefined): string {
	return value === undefined ? '?' : formatNumber(value, LOCALE, 6);
}

/** What is wrong, as a verb phrase: "must be at least 1". */
export function describeProblem(issue: InputIssue): string {
	const last = issue.path[issue.path.length - 1];
	const isList = last === 'roles' || last === 'skills';
	const isText = last === 'name' || last === 'currency' || last === 'locale';
	switch (issue.code) {
		case 'too_small':
			if (isList)
				return `needs at least ${num(issue.minimum)} ${last === 'roles' ? 'role' : 'skill'}`;
			if (isText)
				return issue.minimum === 1
					? 'must not be empty'
					: `must have at least ${num(issue.minimum)} characters`;
			return `must be at least ${num(issue.minimum)}`;
		case 'too_big':
			if (isList) return `can have at most ${num(issue.maximum)} ${String(last)}`;
			if (isText) return `must be at most ${num(issue.maximum)} characters long`;
			return `must be at most ${num(issue.maximum)}`;
		case 'invalid_type': {
			const m = /expected (\w+), received (\w+)/.exec(issue.message);
			const expected = m?.[1];
			const received = m?.[2];
			if (received === 'undefined') return 'is missing';
			if (expected === 'int') return 'must be a whole number';
			if (received === 'Infinity' || received === 'NaN') return 'must be a finite number';
			const kind: Record<string, string> = {
				number: 'a number',
				string: 'text',
				boolean: 'true or false',
				array: 'a list',
				object: 'a group of fields'
			};
			const got: Record<string, string> = {
				number: 'a number',
				string: 'text',
				boolean: 'true/false',
				array: 'a list',
				object: 'a group of fields',
				null: 'empty (null)'
			};
			if (expected && kind[expected]) {
				return `must be ${kind[expected]}${received && got[received] ? `, not ${got[received]}` : ''}`;
			}
			return 'has the wrong type';
		}
		case 'invalid_value': {
			const m = /expected one of (.+)$/.exec(issue.message);
			return m ? `must be one of ${m[1].split('|').join(', ')}` : 'has a value that is not allowed';
		}
		case 'invalid_format':
			if (last === 'currency')
				return 'must be a three-letter currency code in capitals, such as USD or EUR';
			return 'has the wrong format';
		case 'custom':
			if (issue.message === 'required-below-current') return 'must not be below the current level';
			if (issue.message === 'needed-after-horizon') return 'must be within the horizon';
			return issue.message;
		default:
			return issue.message
				? issue.message.charAt(0).toLowerCase() + issue.message.slice(1)
				: 'is not valid';
	}
}

/** One issue as a sentence: "Role 1 (“Data analyst”): Salary per year must be at least 1." */
export function messageForIssue(issue: InputIssue, pathNames: Record<string, string> = {}): string {
	if (issue.path.length === 0 && issue.code === 'invalid_type') {
		return 'The scenario data is missing or is not a group of fields.';
	}
	return `${describePath(issue.path, pathNames)} ${describeProblem(issue)}.`;
}

function megabytes(bytes: number): string {
	return `${formatNumber(bytes / (1024 * 1024), LOCALE, 1)} MB`;
}

const WRONG_FORMAT_FOUND: Record<string, string> = {
	list: 'a list',
	text: 'a piece of text',
	number: 'a number',
	boolean: 'true or false',
	null: 'null'
};

/** One specific English sentence (or two) for an import error. */
export function messageForImportError(error: ImportError): string {
	switch (error.code) {
		case 'not-json':
			if (error.endedEarly)
				return 'This file is not valid JSON: it ends too early (it may have been cut off).';
			if (error.line !== null) {
				return `This file is not valid JSON (error at line ${error.line}, column ${error.column}), so it cannot be a scenario file.`;
			}
			return 'This file is not valid JSON, so it cannot be a scenario file.';
		case 'empty':
			return 'This file is empty.';
		case 'too-large': {
			const size = megabytes(error.bytes);
			const limit = megabytes(error.limitBytes);
			return `This file is ${size === limit ? `just over ${size}` : size}; scenario files can be at most ${limit}.`;
		}
		case 'wrong-format':
			switch (error.reason) {
				case 'not-an-object':
					return `This file is not a Build or Buy scenario file (it holds ${WRONG_FORMAT_FOUND[error.found ?? ''] ?? 'something else'}, not a group of fields).`;
				case 'no-format':
					return 'This file is not a Build or Buy scenario file (it has no "format" field).';
				case 'other-format':
					return `This file is not a Build or Buy scenario file (its format is "${error.found}").`;
				case 'bad-version':
					return error.found === null
						? 'This scenario file has no version number, so it cannot be read safely.'
						: `This scenario file has an invalid version number (${error.found}).`;
			}
			break;
		case 'future-version':
			return `This file was saved by a newer version of Build or Buy (file version ${error.version}; this version reads up to ${error.supportedVersion}). Reload the page to get the latest version, then try again.`;
		case 'too-many-scenarios':
			return `This file has ${num(error.count)} scenarios; at most ${num(error.limit)} can be imported at once. Split it into smaller files.`;
		case 'no-scenarios':
			return 'This file contains no scenarios.';
		case 'malformed-file': {
			const [first, index] = error.path;
			if (typeof index === 'number') {
				return `This scenario file is damaged: entry ${index + 1} in "${String(first)}" should be a group of fields.`;
			}
			return `This scenario file is damaged: "${error.path.join('.')}" should be a ${error.expected === 'list' ? 'list' : 'group of fields'}.`;
		}
		case 'invalid-scenario': {
			const who =
				error.total === 1
					? `The scenario${error.name ? ` ${quoted(error.name)}` : ''}`
					: `Scenario ${error.index + 1}${error.name ? ` (${quoted(error.name)})` : ''}`;
			const first = error.issues[0];
			let text: string;
			if (!first) text = `${who} is not valid.`;
			else if (first.path.length === 0) text = `${who}: ${messageForIssue(first)}`;
			else {
				const { places, field } = locatePath(first.path, error.pathNames);
				const where = places.length > 0 ? `, ${places.join(', ')}` : '';
				text = field
					? `${who}${where}: ${field} ${describeProblem(first)}.`
					: `${who}${where} ${describeProblem(first)}.`;
			}
			const more = error.issues.length - 1;
			if (more > 0) text += ` (${more} more problem${more === 1 ? '' : 's'} in this scenario.)`;
			if (error.invalidCount > 1)
				text += ` ${error.invalidCount} of ${error.total} scenarios have problems.`;
			return text;
		}
		case 'unexpected':
			return `This file could not be read (${error.detail}).`;
	}
	return 'This file could not be read.';
}

/** One sentence for a warning about a file that did open. */
export function messageForImportWarning(warning: ImportWarning): string {
	switch (warning.code) {
		case 'migrated':
			return `This file was saved in an older format (version ${warning.fromVersion}) and was updated: ${warning.steps.join(' ')}`;
		case 'bare-scenario':
			return 'This file holds a single scenario, not a scenario file; it was imported as one scenario.';
		case 'unsafe-keys-removed':
			return `${warning.count} field${warning.count === 1 ? '' : 's'} with reserved names (such as "__proto__") ${warning.count === 1 ? 'was' : 'were'} ignored.`;
		case 'metadata-restored':
			return `Scenario ${warning.index + 1}: ${warning.fields.join(', ')} ${warning.fields.length === 1 ? 'was' : 'were'} unusable and replaced.`;
	}
}
