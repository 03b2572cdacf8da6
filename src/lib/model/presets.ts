/**
 * Presets for common roles. Salaries are US medians from the BLS Occupational Outlook Handbook
 * (median pay, May 2024) for the nearest occupation; other figures as cited per preset. Each preset
 * is a partial role: anything it does not set takes the schema default.
 */
import { createRole, type Role } from './schema.ts';

export interface Preset {
	id: string;
	/** English display name (the interface translates by id). */
	name: string;
	/** Where the preset's figures come from. */
	sources: string[];
	role: () => Role;
}

const BLS = 'BLS Occupational Outlook Handbook, median pay May 2024';

export const PRESETS: Preset[] = [
	{
		id: 'data-analyst',
		name: 'Data analyst',
		sources: [
			`${BLS}: operations research analysts 91,290 (nearest occupation)`,
			'Gap from finance/reporting staff: SQL, statistics, Python, visualisation (BCG: accountant to data analyst in about 9 weeks full-time)'
		],
		role: () =>
			createRole({
				name: 'Data analyst',
				headcount: 3,
				salaryPerYear: 91_290,
				buy: { timeToFillDays: 42, rampWeeks: 20 },
				build: {
					currentSalaryPerYear: 79_880,
					// Reporting work that automation is shrinking: the old role is not refilled.
					oldRole: 'not-needed',
					skills: [
						{ name: 'SQL', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 40 },
						{ name: 'Statistics', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 50 },
						{ name: 'Python', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 40 },
						{ name: 'Data visualisation', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 25 }
					],
					courseFeesPerTrainee: 3_000
				},
				borrow: { billRatePerDay: 650 }
			})
	},
	{
		id: 'ml-engineer',
		name: 'Machine-learning engineer',
		sources: [
			`${BLS}: data scientists 112,590; software developers 133,080 (ML engineers sit between and above)`,
			'Bersin (2019): recruiting a mid-career engineer at 150-200k "can be $30,000 or more"; agency fees up to a third of salary (US Chamber Foundation)',
			'General Assembly 12-week immersive about 11,900 (US Chamber Foundation)'
		],
		role: () =>
			createRole({
				name: 'Machine-learning engineer',
				headcount: 2,
				salaryPerYear: 150_000,
				buy: {
					agencyFeeRate: 0.25,
					signOnBonus: 10_000,
					timeToFillDays: 60,
					rampWeeks: 24,
					relocationPerHire: 5_000
				},
				build: {
					currentSalaryPerYear: 133_080,
					skills: [
						{ name: 'Machine learning', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 80 },
						{ name: 'MLOps', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 50 },
						{ name: 'Statistics', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 50 },
						{ name: 'Python', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 40 }
					],
					courseFeesPerTrainee: 11_900,
					trainingHoursPerWeek: 8,
					raiseRate: 0.1
				},
				borrow: { billRatePerDay: 1_100 }
			})
	},
	{
		id: 'cloud-engineer',
		name: 'Cloud engineer',
		sources: [
			`${BLS}: computer network architects 130,390; network and systems administrators 96,800 (typical feeder role)`,
			'Pluralsight 2025: upskilling an IT employee costs about 5,770 in the US; hiring 14,170'
		],
		role: () =>
			createRole({
				name: 'Cloud engineer',
				headcount: 4,
				salaryPerYear: 130_390,
				buy: { agencyFeeRate: 0.22, timeToFillDays: 50, rampWeeks: 20 },
				build: {
					currentSalaryPerYear: 96_800,
					skills: [
						{ name: 'Cloud platform', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 45 },
						{
							name: 'Infrastructure as code',
							currentLevel: 0,
							requiredLevel: 3,
							hoursPerLevel: 35
						},
						{ name: 'Containers', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 30 },
						{ name: 'Networking', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 30 }
					],
					courseFeesPerTrainee: 5_770,
					certificationCost: 600
				},
				borrow: { billRatePerDay: 950 }
			})
	},
	{
		id: 'cybersecurity-analyst',
		name: 'Cybersecurity analyst',
		sources: [
			`${BLS}: information security analysts 124,910; network and systems administrators 96,800 (feeder role)`,
			'BCG: mid-level accountant to cybersecurity in about 9 weeks of full-time reskilling'
		],
		role: () =>
			createRole({
				name: 'Cybersecurity analyst',
				headcount: 2,
				salaryPerYear: 124_910,
				buy: { agencyFeeRate: 0.25, timeToFillDays: 55, rampWeeks: 20 },
				build: {
					currentSalaryPerYear: 96_800,
					skills: [
						{ name: 'Security operations', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 50 },
						{ name: 'Threat analysis', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 40 },
						{ name: 'Networking', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 30 },
						{ name: 'Compliance', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 25 }
					],
					courseFeesPerTrainee: 5_000,
					certificationCost: 1_000
				},
				borrow: { billRatePerDay: 900 }
			})
	},
	{
		id: 'customer-service',
		name: 'Customer service specialist',
		sources: [
			`${BLS}: customer service representatives 41,770`,
			'Mellon (2003): customer service reps reach full productivity in 12 weeks external, 6 weeks internal'
		],
		role: () =>
			createRole({
				name: 'Customer service specialist',
				headcount: 8,
				salaryPerYear: 41_770,
				valueMultiplier: 1.5,
				buy: {
					agencyFeeRate: 0,
					signOnBonus: 0,
					timeToFillDays: 30,
					rampWeeks: 12,
					earlyExitProbability: 0.3
				},
				build: {
					currentSalaryPerYear: 38_000,
					rampWeeks: 6,
					skills: [
						{ name: 'Product knowledge', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 20 },
						{ name: 'Support tools', currentLevel: 2, requiredLevel: 3, hoursPerLevel: 15 }
					],
					courseFeesPerTrainee: 500,
					certificationCost: 0,
					raiseRate: 0.05
				},
				borrow: { billRatePerDay: 280 }
			})
	}
];

/** A preset by id, or undefined. */
export function findPreset(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}
