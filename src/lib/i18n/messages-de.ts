/**
 * German interface text of the first view: the same shape as `en` in messages.ts (the type checker
 * holds every key to it); the later views' texts are in messages-later-de.ts. Sie-form, business
 * register. Terms: Einstellen (recruit, buy), Weiterbilden (upskill, build), Externe (contractors,
 * borrow); Barwert (NPV); Kapazitätslücke (capacity shortfall).
 */
import type { FirstMessages } from './messages.ts';

export const de = {
	lang: 'de',
	app: {
		name: 'Build or Buy',
		tagline:
			'Einstellen, weiterbilden oder extern besetzen? Vergleichen Sie Kosten und Zeit bis zum produktiven Team.',
		privacy: 'Ihre Daten bleiben in diesem Browser. Es wird nichts hochgeladen.',
		pageTitle: (page: string) => `${page} · Build or Buy`,
		untitled: 'Ohne Namen',
		untitledScenario: 'Szenario ohne Namen'
	},
	nav: {
		calculator: 'Rechner',
		compare: 'Vergleichen',
		present: 'Präsentieren',
		methodology: 'Methodik',
		scenarios: 'Szenarien',
		// Plan (issue 12)
		budget: 'Budget',
		skip: 'Zu den Ergebnissen springen',
		skipToContent: 'Zum Inhalt springen',
		main: 'Hauptnavigation'
	},
	header: {
		toLight: 'Hell: zum hellen Design wechseln',
		toDark: 'Dunkel: zum dunklen Design wechseln',
		light: 'Hell',
		dark: 'Dunkel',
		language: 'Sprache',
		languages: { en: 'English', de: 'Deutsch' }
	},
	notices: {
		unavailable:
			'Dieser Browser erlaubt der App nicht zu speichern (privater Modus oder gesperrter Speicher). Ihre Arbeit bleibt verfügbar, bis Sie den Tab schließen: Exportieren Sie sie, um sie zu behalten.',
		saveFailed: (reason: 'quota' | 'error') =>
			`Ihre letzten Änderungen konnten nicht gespeichert werden (${reason === 'quota' ? 'der Browserspeicher ist voll' : 'Speicherfehler'}). Exportieren Sie Ihre Szenarien, um sie zu behalten; löschen Sie einige, um Platz zu schaffen.`,
		unreadable: (backupKey: string) =>
			`Gespeicherte Daten konnten nicht vollständig gelesen werden. ${backupKey ? `Eine Kopie wurde in diesem Browser aufbewahrt (${backupKey}).` : ''} Die App wurde mit den lesbaren Daten gestartet.`,
		dismiss: 'Schließen',
		drop: 'Legen Sie eine Build-or-Buy-Szenariodatei hier ab, um sie zu importieren',
		protected: 'Dieses geteilte Szenario ist geschützt. Passphrase:',
		open: 'Öffnen',
		cancel: 'Abbrechen',
		sharedUnsaved:
			'Sie sehen ein geteiltes Szenario. Es wird erst in diesem Browser gespeichert, wenn Sie es behalten.',
		keep: 'Behalten',
		discard: 'Verwerfen'
	},
	/** Arbeit sichern: Speicher, andere Tabs, Sicherungen, neue Versionen, veraltete Ansichten (state helper). */
	keeping: {
		full: 'Der Browserspeicher ist voll. Ihre gespeicherten Szenarien werden angezeigt, aber neue Änderungen bleiben nur in diesem Tab, bis wieder Platz ist. Sichern Sie alle Szenarien in einer Datei (Seite Szenarien) und löschen Sie dann nicht mehr benötigte Szenarien oder die Daten anderer Websites in den Browsereinstellungen.',
		recovered: (backupKey: string) =>
			`Gespeicherte Daten konnten nicht vollständig gelesen werden. Eine Kopie aller Daten wurde in diesem Browser aufbewahrt (${backupKey}); die App wurde mit den lesbaren Daten gestartet.`,
		unreadableKept: (partial: boolean) =>
			`${partial ? 'Ein Teil der gespeicherten Daten' : 'Die gespeicherten Daten'} konnte nicht gelesen werden, und in diesem Browser ist kein Platz für eine Kopie. Die Daten bleiben unverändert, und nichts wird darüber gespeichert, bis Sie entscheiden: Laden Sie sie herunter, um sie zu behalten, und ersetzen Sie sie dann durch den aktuellen Stand.`,
		downloadUnreadable: 'Gespeicherte Daten herunterladen',
		replaceUnreadable: 'Ersetzen und wieder speichern',
		copied: (name: string, copy: string) =>
			`\u201e${name}\u201c wurde gleichzeitig in einem anderen Tab geändert. Beide Fassungen bleiben erhalten: die des anderen Tabs als \u201e${name}\u201c, die dieses Tabs als \u201e${copy}\u201c.`,
		restored: (name: string) =>
			`\u201e${name}\u201c wurde in einem anderen Tab gelöscht, während Sie es hier geändert haben; es wurde deshalb behalten.`,
		updateReady: 'Eine neue Version von Build or Buy ist bereit.',
		reload: 'Neu laden',
		stale: (names: string) =>
			`Einige Eingaben von ${names} sind ungültig: Diese Ansicht und ihre Exporte verwenden die letzten gültigen Werte von vor dieser Änderung.`,
		lastBackup: (when: string) => `Letzte Sicherungsdatei gespeichert am ${when}.`,
		noBackup: 'Aus diesem Browser wurde noch keine Sicherungsdatei gespeichert.',
		backUpAll: 'Alle sichern',
		undone: (what: string) => `Rückgängig gemacht: ${what}.`,
		redone: (what: string) => `Wiederhergestellt: ${what}.`,
		aChange: 'eine Änderung',
		notFoundTitle: 'Seite nicht gefunden',
		notFound: 'Unter dieser Adresse gibt es keine Seite. Ihre Szenarien sind sicher.',
		errorTitle: 'Etwas ist schiefgelaufen',
		backToCalculator: 'Zurück zum Rechner'
	},
	calculator: {
		heading: (name: string) => `Rechner: ${name}`,
		printReport: (date: string, roles: string, months: number, rate: number) =>
			`Build-or-Buy-Bericht${date ? ` · ${date}` : ''} · ${roles} · Zeithorizont ${months} Monate · Kalkulationszins ${rate} %`,
		noResult: 'Korrigieren Sie die markierten Eingaben, um Ergebnisse zu sehen.'
	},
	scenarioBar: {
		scenario: 'Szenario',
		name: 'Name',
		newScenario: 'Neues Szenario',
		newPrompt: '+ Neues Szenario\u2026',
		blank: 'Leer (Standardwerte)',
		fromPreset: (name: string) => `Aus Vorlage: ${name}`,
		duplicate: 'Duplizieren',
		delete: 'Löschen',
		export: 'Exportieren\u2026',
		share: 'Link teilen\u2026',
		undo: '\u21b6 Rückgängig',
		undoTitle: 'Rückgängig (Strg/Cmd+Z)',
		redo: '\u21b7 Wiederholen',
		redoTitle: 'Wiederholen (Umschalt+Strg/Cmd+Z)',
		deleted: (name: string) => `\u201e${name}\u201c gelöscht.`,
		undoDelete: 'Löschen rückgängig',
		undone: (what: string) => `Rückgängig gemacht: ${what}`,
		redone: (what: string) => `Wiederhergestellt: ${what}`,
		lastChange: 'die letzte Änderung'
	},
	inputs: {
		roles: 'Rollen',
		role: (n: number) => `Rolle ${n}`,
		addRole: '+ Rolle hinzufügen',
		preset: 'Mit einer Vorlage beginnen',
		choosePreset: 'Rolle wählen\u2026',
		removeRole: 'Diese Rolle entfernen',
		unit: (unit: string) => ` Einheit: ${unit}.`,
		defaultValue: (value: string, unit: string) =>
			`Standardwert ${value}${unit ? ` ${unit}` : ''}. `,
		sourceKinds: { assumption: 'Annahme', derived: 'Abgeleitet', source: 'Quelle' }
	},
	paths: {
		role: (n: number) => `Rolle ${n}`,
		skill: (n: number) => `Kompetenz ${n}`,
		numberOfSkills: 'Anzahl der Kompetenzen',
		numberOfRoles: 'Anzahl der Rollen',
		count: 'Anzahl',
		auto: 'automatisch',
		yes: 'ja',
		no: 'nein'
	},
	options: {
		buy: 'Einstellen',
		build: 'Weiterbilden',
		borrow: 'Externe',
		// Plan (issue 12)
		plan: 'Ihr Plan'
	},
	optionsLong: {
		buy: 'Einstellen (Buy)',
		build: 'Weiterbilden (Build)',
		borrow: 'Externe Fachkräfte (Borrow)',
		// Plan (issue 12)
		plan: 'Ihr Plan (Mix)'
	},
	optionsInSentence: {
		buy: 'Neueinstellung',
		build: 'Weiterbildung',
		borrow: 'Einsatz externer Fachkräfte',
		// Plan (issue 12)
		plan: 'Ihr Plan'
	},
	// Plan (issue 12): der beste Mix, seine Bedingungen, Nichtstun, die Budgetansicht
	plan: {
		recruited: (n: number) => `${n} eingestellt`,
		upskilled: (n: number) => `${n} weitergebildet`,
		contracted: (n: number) => `${n} extern`,
		bridged: (n: number) => `${n} überbrückt`,
		noOne: 'niemand',
		bestMix: 'Bester Mix',
		searching: 'Der beste Mix wird gesucht …',
		failed: 'Der beste Mix konnte nicht berechnet werden.',
		bestValue: (value: string, measure: string) => `${measure} des besten Mix: ${value}.`,
		versusPlan: (amount: string) => `Das sind ${amount} weniger als Ihr Plan.`,
		planIsBest: 'Ihr Plan ist der beste Mix.',
		versusPure: (amount: string, option: string) =>
			`Das sind ${amount} weniger als die günstigste reine Option (${option}).`,
		sameAsPure: (option: string) => `Kein Mix ist günstiger als ${option} allein.`,
		unconstrained: 'Keine Bedingung schränkt ihn ein.',
		limitedBy: (what: string, relax: string) => `Begrenzt durch ${what}: ${relax}.`,
		binding: {
			pool: (n: number, role: string) => `den internen Pool von ${n} (${role})`,
			deadline: (month: number) => `die Kapazitätsfrist in Monat ${month}`,
			budget: (money: string) => `das Budget von ${money} je Geschäftsjahr`,
			cap: (n: number) => `die Obergrenze von ${n} Externen`
		},
		relax: {
			pool: (saving: string) => `eine weitere Person in Weiterbildung spart ${saving}`,
			deadline: (saving: string) => `ein Monat mehr spart ${saving}`,
			budget: (saving: string) => `10 % mehr Budget sparen ${saving}`,
			cap: (saving: string) => `eine externe Fachkraft mehr spart ${saving}`,
			onlyWithout: (saving: string) =>
				`ein Schritt allein ändert nichts; ohne diese Bedingung spart der Plan ${saving}`
		},
		infeasible: (list: string) =>
			`Diese Bedingungen lassen sich nicht alle erfüllen: ${list}. Lockern Sie eine davon; die reinen Optionen werden unverändert gezeigt.`,
		conflict: {
			pool: 'der interne Pool',
			deadline: 'die Kapazitätsfrist',
			budget: 'das Budget je Geschäftsjahr',
			cap: 'die Obergrenze für Externe'
		},
		and: 'und',
		pureBreaks: (options: string) => `Verletzt die Bedingungen: ${options}.`,
		useBestMix: 'Besten Mix übernehmen',
		editMix: 'Mix für diese Rolle planen',
		editMixHelp:
			'Teilen Sie die benötigten Personen auf Einstellung, Weiterbildung und Externe auf. Aus: Die Rolle zählt mit ihrer günstigsten Option.',
		poolHint:
			'Der interne Pool begrenzt, wie viele weitergebildet werden können (auch für den besten Mix).',
		poolSum: {
			one: (feeders: string, share: string, size: string) =>
				`Pool: ${feeders} × ${share} = ${size} Person kann weitergebildet werden.`,
			other: (feeders: string, share: string, size: string) =>
				`Pool: ${feeders} × ${share} = ${size} Personen können weitergebildet werden.`
		},
		poolUnlimited: 'Pool: keine Grenze (keine Zahl in der Ausgangsrolle angegeben).',
		bridgeLegend: 'Eine überbrückende externe Kraft übergibt',
		bridgeAtLevel: 'wenn die Person eine Produktivität erreicht',
		bridgeAfter: 'nach einer festen Zahl von Monaten',
		bridgeHelp:
			'Externe überbrücken die Vakanz bis zum Eintritt einer Neueinstellung oder die Weiterbildung und Einarbeitung – für die oben als überbrückt gezählten Personen und im besten Mix. Die Höchstdauer je externer Kraft (Abschnitt Externe) gilt weiterhin.',
		useBestMixHelp:
			'Übernimmt den besten Mix in den Plan jeder Rolle (Rückgängig stellt Ihren wieder her).',
		doNothing: (money: string, months: number) =>
			`Nichtstun kostet ${money} an entgangener Kapazität über ${months} Monate (Barwert).`
	},
	// Risk (issue 11): Monte-Carlo-Ergebnisse in Worten
	risk: {
		title: 'Wie sicher ist das?',
		intro:
			'Jede Eingabe ist eine Schätzung. Diese Zahlen stammen aus vielen simulierten Zukünften: Jede Schätzung mit Spanne wird zwischen ihrem niedrigen und hohen Wert gezogen, Weiterbildungserfolg und Austrittsmonat jeder Person als Ereignisse.',
		computing: 'Mögliche Zukünfte werden simuliert …',
		progress: (done: string, total: string) => `${done} von ${total} Zukünften`,
		updating: 'Wird nach Ihrer Änderung aktualisiert …',
		failed: (reason: string) => `Die Simulation konnte nicht laufen (${reason}).`,
		eventsOnly:
			'Noch hat keine Schätzung eine Spanne, daher variieren nur Ereignisse je Person (wer die Weiterbildung abschließt, wer wann geht). Geben Sie einer Schätzung eine Spanne, um zu sehen, wie viel sie ausmacht.',
		capacityBy: (month: number) => `Volle Kapazität bis Monat ${month}`,
		tableCaption: (measure: string) => `${measure} über die simulierten Zukünfte`,
		histogramTitle: 'Streuung über die simulierten Zukünfte',
		valueAxis: (measure: string, currency: string) => `${measure} (${currency})`,
		shareAxis: 'Anteil der Zukünfte',
		bin: (from: string, to: string) => `${from} – ${to}`,
		histogramDescription: (items: string) =>
			`Verteilung je Option über die simulierten Zukünfte: ${items}.`,
		histogramItem: (option: string, p10: string, p50: string, p90: string) =>
			`${option}: P10 ${p10}, Median ${p50}, P90 ${p90}`,
		band: 'Schattiert: die mittleren 80 % der simulierten Zukünfte (P10–P90), nicht abgezinst.',
		settings: 'Einstellungen der Simulation',
		addRange: '± Spanne',
		addRangeFor: (field: string) => `Spanne für ${field} hinzufügen`,
		removeRange: (field: string) => `Spanne für ${field} entfernen`,
		widenRange: (value: string) => `Spanne bis ${value} erweitern`,
		rangeOf: (field: string) => `Spanne für ${field}`,
		low: 'Niedrig',
		high: 'Hoch',
		presetRange: (range: string) => `Spanne der Vorlage ${range}. `,
		skillRanges:
			'Unter den Stunden jeder Fähigkeit: die Spanne, aus der die Risikosimulation zieht.',
		rangeSources: {
			timeToFill:
				'36 Tage (SHRM) und 77 Tage (Anbieter) um den SHRM-Durchschnitt von 42: das 0,86- bis 1,83-Fache des wahrscheinlichen Werts.',
			externalRamp:
				'Oxford Economics (2014): 12 bis 28 Wochen bis zur vollen Produktivität, um Mellons 20 Wochen für externe Fachkräfte: das 0,6- bis 1,4-Fache.',
			internalRamp:
				'Mellon (2003): interne Wechsler brauchen je nach Berufsgruppe 6 bis 16 Wochen, Fachkräfte 12: das 0,5- bis 1,33-Fache.',
			earlyExit:
				'Die Hälfte bis das Doppelte des wahrscheinlichen Werts, höchstens 46 % (Leadership IQ: 46 % der neuen Mitarbeitenden scheitern binnen 18 Monaten; Jobvite 2018: etwa 30 % gehen binnen 90 Tagen).',
			trainingSuccess:
				'20 Prozentpunkte unter bis 10 Prozentpunkte über dem wahrscheinlichen Wert, innerhalb der 30-95 %, die reskilling.info verwendet; einen Richtwert von Arbeitgebern gibt es nicht.',
			salaryPremium:
				'Die Hälfte bis das Anderthalbfache des wahrscheinlichen Aufschlags; veröffentlichte Mittelwerte liegen bei 18-20 % (Bidwell 2011; McKinsey UK etwa 20 %).',
			studyHours:
				'75 % bis 150 % der wahrscheinlichen Stunden: Lernen dauert häufiger länger als geplant, als dass es früher fertig wird.',
			dayRate:
				'85 % bis 125 % des wahrscheinlichen Tagessatzes: Angebote für dasselbe Profil unterscheiden sich; Agenturaufschläge betragen 50-60 % auf den Lohn (ecapital, Pace Staffing).'
		},
		cheapestIn: (option: string, percent: string, runs: string) =>
			`${option} ist in ${percent} von ${runs} simulierten Zukünften am günstigsten`,
		worstMore: (amount: string, other: string) =>
			`in den ungünstigsten 10 % kostet diese Option ${amount} mehr als ${other}`,
		worstLess: (amount: string, other: string) =>
			`selbst in den ungünstigsten 10 % kostet diese Option ${amount} weniger als ${other}`,
		subject: {
			buy: 'Die Neueinstellung',
			build: 'Die Weiterbildung',
			borrow: 'Der Einsatz externer Fachkräfte'
		},
		than: {
			buy: 'die Neueinstellung',
			build: 'die Weiterbildung',
			borrow: 'der Einsatz externer Fachkräfte'
		},
		option: 'Option',
		mean: 'Mittelwert',
		p10: 'P10',
		p50: 'P50 (Median)',
		p90: 'P90',
		probabilityBest: 'Am günstigsten in',
		runsAndSeed: (runs: string, seed: string, measure: string) =>
			`${runs} simulierte Zukünfte, Startwert ${seed}, ${measure}; Eingaben mit Spanne aus Beta-PERT (λ = 4) gezogen, Weiterbildungserfolg und Austrittsmonat jeder Person als Ereignisse.`
	},
	layers: {
		cash: 'Zahlungen',
		internal: 'Interne Zeit',
		shortfall: 'Kapazitätslücke'
	},
	components: {
		salaries: 'Gehälter der Neueinstellungen',
		raises: 'Gehaltserhöhungen nach Abschluss',
		acquisition: 'Recruiting und Onboarding',
		training: 'Weiterbildungskosten',
		backfill: 'Nachbesetzung der bisherigen Stellen',
		contractors: 'Honorare externer Fachkräfte',
		interviewTime: 'Zeit für Vorstellungsgespräche',
		learningTime: 'Lernzeit',
		mentorTime: 'Mentoringzeit',
		vacancy: 'Fehlende Kapazität in der Rolle',
		oldRoleGap: 'Fehlende Kapazität in den bisherigen Rollen'
	},
	measures: {
		economicNpv: 'Wirtschaftliche Kosten (Barwert)',
		cashNpv: 'Zahlungswirksame Kosten (Barwert)',
		monthsToFullCapacity: 'Monate bis zur vollen Kapazität',
		costPerProductiveFteMonth: 'Zahlungen je produktivem FTE-Monat'
	},
	figures: {
		economicNpv: 'Wirtschaftliche Kosten',
		cashNpv: 'Zahlungswirksame Kosten',
		internalNpv: 'Interne Zeit',
		shortfallNpv: 'Kapazitätslücke',
		economicNominal: 'Wirtschaftliche Kosten',
		cashNominal: 'Zahlungswirksame Kosten',
		monthsToFullCapacity: 'Monate bis zur vollen Kapazität',
		costPerProductiveFteMonth: 'Zahlungen je produktivem FTE-Monat',
		productiveFteMonths: 'Produktive FTE-Monate',
		hires: 'Erwartete Einstellungen',
		costPerHire: 'Kosten je Einstellung'
	},
	basis: {
		npv: 'Barwert',
		nominal: 'nicht abgezinst',
		label: (name: string, basis: string) => `${name} (${basis})`
	},
	units: {
		perYear: 'pro Jahr',
		perHire: 'pro Einstellung',
		perTrainee: 'pro Teilnehmer',
		perDay: 'pro Tag',
		perWeek: 'pro Woche',
		perMonth: 'pro Monat',
		days: 'Tage',
		weeks: 'Wochen',
		months: 'Monate',
		hours: 'Stunden',
		hoursPerWeek: 'Stunden pro Woche',
		people: 'Personen',
		percent: '%',
		times: '\u00d7 Gehalt',
		level: 'Stufe 0-5',
		perHour: 'pro Stunde'
	},
	numberWords: {
		thousand: 'Tsd.|Tausend|k',
		million: 'Mio.|Million|Millionen',
		billion: 'Mrd.|Milliarde|Milliarden'
	},
	unitCounts: {
		days: { one: 'Tag', other: 'Tage' },
		weeks: { one: 'Woche', other: 'Wochen' },
		months: { one: 'Monat', other: 'Monate' },
		hours: { one: 'Stunde', other: 'Stunden' },
		people: { one: 'Person', other: 'Personen' },
		times: { one: '\u00d7 Gehalt', other: '\u00d7 Gehalt' },
		level: { one: 'Stufe', other: 'Stufen' }
	},
	sections: {
		need: 'Der Bedarf',
		buy: 'Einstellen (Buy)',
		build: 'Weiterbilden (Build)',
		borrow: 'Externe Fachkräfte (Borrow)',
		settings: 'Einstellungen',
		advanced: 'Weitere Annahmen',
		skills: 'Kompetenzlücke',
		// Plan (issue 12)
		plan: 'Ihr Plan (Mix)',
		constraints: 'Kalender, Budget und Bedingungen',
		bridging: 'Regeln für Externe und Überbrückung'
	},
	fields: {
		// Plan: Regeln für Externe, Mix, Pool, Kalender und Bedingungen
		maxMonthsPerContractor: {
			label: 'Höchstdauer je Externem',
			help: 'Grenze der Arbeitnehmerüberlassung (18 Monate in Deutschland). Leer: keine Grenze.'
		},
		conversionFee: {
			label: 'Übernahmegebühr',
			help: 'Wird gezahlt, um Externe an der Grenze fest einzustellen, statt sie zu ersetzen. Leer: ersetzen.'
		},
		bridgeUntilProductivity: {
			label: 'Übergabe bei Produktivität',
			help: 'Externe gehen, wenn die vertretene Person diese Produktivität erreicht (0–100 %).'
		},
		bridgeMonths: {
			label: 'Überbrücken für',
			help: 'Monate, die jede externe Kraft ab ihrem Beginn bleibt (0–120).'
		},
		planBuy: { label: 'Eingestellt', help: 'Extern eingestellte Personen.' },
		planBuild: { label: 'Weitergebildet', help: 'Für die Rolle qualifizierte Beschäftigte.' },
		planBorrow: { label: 'Extern besetzt', help: 'Externe Kräfte in der Rolle.' },
		bridgedBuy: {
			label: 'Überbrückte Neueinstellungen',
			help: 'Wie viele der Neueingestellten Externe vertreten, bis sie produktiv sind.'
		},
		bridgedBuild: {
			label: 'Überbrückte Weiterbildungen',
			help: 'Wie viele der Weiterzubildenden Externe während Weiterbildung und Einarbeitung vertreten.'
		},
		feeders: {
			label: 'Beschäftigte im Zubringerbereich',
			help: 'Personen in den Rollen, aus denen Weiterzubildende kämen. Leer: keine Grenze.'
		},
		shareAbleToMove: {
			label: 'Anteil wechselfähig',
			help: 'Anteil der Zubringer, der den Wechsel schaffen könnte.'
		},
		startMonth: { label: 'Startmonat', help: 'Kalendermonat (1-12) des ersten Monats.' },
		startYear: { label: 'Startjahr', help: 'Kalenderjahr des ersten Monats.' },
		fiscalYearStartMonth: {
			label: 'Geschäftsjahr beginnt im Monat',
			help: 'Kalendermonat (1-12); ein Geschäftsjahr heißt nach dem Jahr, in dem es endet.'
		},
		budgetPerFiscalYear: {
			label: 'Budget je Geschäftsjahr',
			help: 'Für alle Rollen zusammen. Leer: kein Budget.'
		},
		capacityDeadlineMonth: {
			label: 'Frist für die Kapazität',
			help: 'Monat, bis zu dem jede Rolle 95 % ihres Bedarfs erreichen muss. Leer: keine.'
		},
		contractorCap: {
			label: 'Höchstzahl Externer',
			help: 'Extern Besetzte plus Externe zur Überbrückung. Leer: keine Grenze.'
		},
		name: { label: 'Rolle', help: 'Die Rolle, die Sie besetzen müssen.' },
		headcount: {
			label: 'Benötigte Personen',
			help: 'Wie viele Personen in der Rolle produktiv sein müssen.'
		},
		neededFromMonth: {
			label: 'Benötigt ab Monat',
			help: '0 = sofort. Recruiting und Weiterbildung werden möglichst so geplant, dass sie bis dahin abgeschlossen sind.'
		},
		salaryPerYear: {
			label: 'Gehalt in der Rolle',
			help: 'Grundgehalt pro Jahr für die Rolle (internes Gehaltsband).'
		},
		valueMultiplier: {
			label: 'Wert einer produktiven Person',
			help: 'Wert einer voll produktiven Person als Vielfaches des Gehalts; bewertet fehlende Kapazität.'
		},
		salaryPremiumRate: {
			label: 'Gehaltsaufschlag extern',
			help: 'Wie viel mehr eine externe Neueinstellung verdient als das interne Gehaltsband.'
		},
		acquisitionMode: {
			label: 'Recruitingkosten',
			help: 'Einzelne Kostenposten oder ein Benchmark-Wert für die Kosten je Einstellung, der sie ersetzt.'
		},
		agencyFeeRate: {
			label: 'Vermittlungshonorar',
			help: 'Anteil am Grundgehalt des ersten Jahres.'
		},
		advertisingPerHire: { label: 'Anzeigen und Active Sourcing', help: '' },
		assessmentPerHire: { label: 'Eignungstests und Prüfungen', help: '' },
		interviewHoursPerHire: {
			label: 'Zeit für Vorstellungsgespräche',
			help: 'Arbeitsstunden des Teams je Einstellung.'
		},
		signOnBonus: { label: 'Antrittsprämie', help: '' },
		signOnClawbackShare: {
			label: 'Rückforderung der Antrittsprämie',
			help: 'Anteil der Prämie, den eine Person zurückzahlt, die innerhalb von 12 Monaten geht.'
		},
		relocationPerHire: { label: 'Umzugskosten', help: '' },
		onboardingPerHire: {
			label: 'Onboarding und Ausstattung',
			help: 'Nicht Teil des Standards für Kosten je Einstellung, daher in beiden Varianten addiert.'
		},
		costPerHire: {
			label: 'Kosten je Einstellung (Benchmark)',
			help: 'Kosten je Einstellung nach ANSI/SHRM 06001.'
		},
		timeToFillDays: {
			label: 'Besetzungsdauer',
			help: 'Kalendertage von der Ausschreibung bis zum Eintritt.'
		},
		rampWeeks: { label: 'Anlaufzeit', help: 'Zeit vom Start bis zur vollen Produktivität.' },
		rampStartProductivity: { label: 'Produktivität am ersten Tag', help: '' },
		rampCurve: {
			label: 'Verlauf der Anlaufzeit',
			help: 'Linear, S-Kurve (langsamer Start) oder in Stufen.'
		},
		earlyExitProbability: {
			label: 'Austritt im ersten Jahr',
			help: 'Wahrscheinlichkeit, dass eine neue Person innerhalb von 12 Monaten geht; die Stelle wird erneut besetzt.'
		},
		attritionRatePerYear: {
			label: 'Fluktuation danach',
			help: 'Wahrscheinlichkeit eines Austritts pro Jahr.'
		},
		currentSalaryPerYear: {
			label: 'Aktuelles Gehalt der Teilnehmenden',
			help: 'Wird in jeder Option gezahlt, daher zählt nur die Erhöhung; bewertet auch die bisherige Rolle.'
		},
		trainingHoursPerWeek: {
			label: 'Lernzeit',
			help: 'Stunden pro Woche, die für das Lernen genutzt werden.'
		},
		trainingMonthsOverride: {
			label: 'Dauer der Weiterbildung (optional)',
			help: 'Leer lassen, um sie aus Kompetenzlücke und Lernzeit abzuleiten.'
		},
		courseFeesPerTrainee: { label: 'Kursgebühren', help: '' },
		costPerTrainingHour: {
			label: 'Kosten je Lernstunde',
			help: 'Inhalte oder Betreuung, stundenweise abgerechnet.'
		},
		certificationCost: { label: 'Zertifizierung', help: '' },
		mentorHoursPerWeek: {
			label: 'Mentoringzeit',
			help: 'Stunden pro Woche einer erfahrenen Kollegin oder eines erfahrenen Kollegen.'
		},
		raiseRate: { label: 'Gehaltserhöhung nach Abschluss', help: 'Auf das aktuelle Gehalt.' },
		successProbability: {
			label: 'Weiterbildungserfolg',
			help: 'Wahrscheinlichkeit, dass eine Person das benötigte Niveau erreicht; sonst wird die Stelle extern besetzt.'
		},
		oldRole: { label: 'Die bisherige Rolle', help: '' },
		billRatePerDay: { label: 'Tagessatz extern', help: '' },
		daysPerMonth: { label: 'Abgerechnete Tage', help: '' },
		leadTimeDays: { label: 'Vorlaufzeit', help: '' },
		onboardingWeeks: { label: 'Einarbeitung', help: '' },
		efficiency: { label: 'Effizienz Externer', help: '' },
		horizonMonths: {
			label: 'Zeithorizont',
			help: 'Wie weit vorausgerechnet wird (1-120 Monate).'
		},
		discountRatePerYear: { label: 'Kalkulationszins', help: 'Pro Jahr, für den Barwert.' },
		onCostRate: {
			label: 'Lohnnebenkosten',
			help: 'Sozialleistungen und Arbeitgeberabgaben zusätzlich zum Grundgehalt.'
		},
		workingDaysPerYear: { label: 'Arbeitstage', help: '' },
		hoursPerWorkingDay: { label: 'Stunden pro Tag', help: '' },
		decisionMeasure: { label: 'Entscheiden nach', help: '' },
		includeBorrow: { label: 'Auch externe Fachkräfte vergleichen', help: '' },
		currency: { label: 'Währung', help: '' },
		locale: { label: 'Zahlenformat', help: '' },
		preset: { label: 'Vorlage', help: '' },
		scenarioName: { label: 'Name des Szenarios', help: '' },
		skillName: { label: 'Name der Kompetenz', help: '' },
		currentLevel: { label: 'Aktuelle Stufe', help: '' },
		requiredLevel: { label: 'Benötigte Stufe', help: '' },
		hoursPerLevel: { label: 'Stunden je Stufe', help: '' },
		// Risiko: Simulationseinstellungen und Spannen
		runs: {
			label: 'Simulierte Zukünfte',
			help: 'Wie viele Zukünfte die Simulation zieht (100 bis 100.000). Mehr Läufe: stabilere Zahlen, längere Wartezeit.'
		},
		seed: {
			label: 'Startwert',
			help: 'Startwert des Zufallsgenerators: Gleicher Startwert und gleiche Eingaben ergeben auf jedem Rechner dieselben Ergebnisse.'
		},
		capacityMonth: {
			label: 'Volle Kapazität bis Monat',
			help: 'Der Monat, bis zu dem die Rolle voll besetzt sein soll; die Simulation zeigt, wie wahrscheinlich jede Option das schafft.'
		},
		ranges: {
			label: 'Spannen',
			help: 'Untere und obere Werte neben dem wahrscheinlichsten Wert unsicherer Eingaben.'
		}
	},
	sources: {
		horizonMonths:
			'Drei Jahre: lang genug, damit Einarbeitung und Fluktuation im ersten Jahr sichtbar werden; Weiterbildungen amortisieren sich laut Studien in 9-24 Monaten (A11).',
		discountRatePerYear:
			'Typische Kapitalkosten eines Unternehmens; WEF/BCG (2019) rechneten „sehr vorsichtig“ mit 2 %. Setzen Sie Ihren WACC ein.',
		onCostRate:
			'Faustregeln setzen die gesamten Personalkosten mit dem 1,25- bis 1,4-Fachen des Grundgehalts an; BLS ECEC Dez. 2024 ergibt das 1,42-Fache der Löhne (Zusatzleistungen 13,20 / Löhne 31,47).',
		workingDaysPerYear:
			'Konvention der Vakanzkostenrechnung (executrade): 230 Arbeitstage; andere rechnen mit 220 oder 260 (verändert die Ergebnisse um bis zu 18 %).',
		hoursPerWorkingDay: 'Üblicher Achtstundentag.',
		headcount: 'Beispielbedarf von drei Personen.',
		salaryPerYear:
			'Beispielgehalt; geben Sie Ihr eigenes Gehaltsband ein. Die Vorlagen enthalten belegte Werte.',
		valueMultiplier:
			'Gehaltsmultiplikator-Methode der Vakanzkostenrechner: Wert = 1- bis 3-faches Gehalt, „2 ist unbedenklich“ (executrade).',
		salaryPremiumRate:
			'Bidwell (2011), ASQ 56(3): Externe Neueinstellungen verdienen rund 18 % mehr als interne Wechsler in vergleichbaren Stellen.',
		agencyFeeRate:
			'Erfolgshonorare von Personalvermittlern: 20-25 % des ersten Jahresgrundgehalts (incolator); 15-35 % üblich (getrocket). Ohne Vermittler 0 eintragen.',
		advertisingPerHire:
			'Stellenbörsen und Direktansprache je Einstellung; externe Kosten nach ANSI/SHRM 06001 (Kosten je Einstellung).',
		assessmentPerHire:
			'Hintergrundprüfungen und Auswahltests je Einstellung (externe Kosten nach ANSI/SHRM 06001).',
		interviewHoursPerHire:
			'Zeit von Führungskraft und Interviewpanel je Einstellung (interne Kosten nach ANSI/SHRM 06001), bewertet mit den vollen Stundenkosten der Rolle.',
		signOnBonus:
			'WorldatWork: 76 % der Organisationen zahlen Antrittsprämien; etwa ein Drittel zahlt 1.000-4.999.',
		signOnClawbackShare:
			'Anteil, der zurückgezahlt wird, wenn die neue Kraft innerhalb von 12 Monaten geht; rund 49 % der Arbeitgeber verlangen die Rückzahlung (WorldatWork 2001).',
		relocationPerHire:
			'Null bei einer Einstellung vor Ort. Worldwide ERC: Neueinstellung zur Miete rund 18.000, mit Eigenheim rund 72.000 (2015).',
		onboardingPerHire: 'Ausstattung, Zugänge und Einarbeitungsprogramm je neuer Kraft.',
		costPerHire:
			'SHRM-Benchmark: rund 4.700 je Einstellung (2022); 5.475 ohne Führungskräfte (2025). Ersetzt die Einzelposten und wird nie zu ihnen addiert.',
		timeToFillDays:
			'SHRM Human Capital Benchmarking (Daten des Geschäftsjahrs 2015): durchschnittliche Besetzungsdauer 42 Tage.',
		externalRampWeeks:
			'Mellon Learning Curve Study (2003): extern eingestellte Fachkräfte erreichen ihre volle Produktivität im Median nach 20 Wochen.',
		externalRampStart:
			'Produktivität am ersten Tag; Gallup zugeschriebene Zahlen nennen 25-50 % Produktivitätsverlust während der Einarbeitung.',
		earlyExitProbability:
			'Innerhalb der veröffentlichten Spanne: ~30 % der Neueinstellungen gehen innerhalb von 90 Tagen (Jobvite 2018, Selbstauskunft); 46 % „scheitern“ innerhalb von 18 Monaten (Leadership IQ).',
		externalAttritionRatePerYear:
			'Jährliche Abgangsrate nach dem ersten Jahr; externe Neueinstellungen kündigen 21 % häufiger als interne Wechsler (Bidwell 2011).',
		currentSalaryPerYear:
			'Das heutige Gehalt der weitergebildeten Person (in ihrer bisherigen Rolle); das Grundgehalt wird in jeder Option gezahlt und nicht gezählt.',
		hoursPerLevel:
			'Lernstunden, um eine Kompetenz um eine Stufe zu heben (Skala 0-5); benachbarte Lücken dauern Tage bis Wochen, Rollenwechsel 6-24 Monate (WEF 2018-2020, IBM 2019).',
		trainingHoursPerWeek: 'Lernen in Teilzeit neben der bisherigen Arbeit.',
		courseFeesPerTrainee:
			'Pluralsight 2025: US-Organisationen geben rund 5.770 für die Weiterbildung einer IT-Fachkraft aus; 73 % geben weniger als 5.000 aus.',
		costPerTrainingHour:
			'Null, wenn Kursgebühren angegeben sind. ATD-Ausgaben je Beschäftigtem geteilt durch formale Lernstunden ergeben rund 38 pro Stunde (abgeleitet, 2018).',
		certificationCost: 'Prüfungs- und Zertifizierungsgebühren je Person.',
		mentorHoursPerWeek:
			'Zeit einer erfahrenen Kollegin oder eines Kollegen während der Weiterbildung, bewertet mit den vollen Stundenkosten der Rolle.',
		raiseRate:
			'Gehaltserhöhung nach Abschluss; McKinsey UK (2020): externe Neueinstellungen verdienen rund 20 % mehr als umgeschulte Beschäftigte.',
		internalRampWeeks:
			'Mellon Learning Curve Study (2003): intern wechselnde Fachkräfte erreichen ihre volle Produktivität im Median nach 12 Wochen.',
		internalRampStart:
			'Mellon (2003): Fast die Hälfte der internen Wechsler erreicht schnell rund 75 % Produktivität (gegenüber 20 % der externen).',
		successProbability:
			'Wahrscheinlichkeit, dass eine Person die benötigte Stufe erreicht. Einen Arbeitgeber-Benchmark gibt es nicht; reskilling.info rechnet mit 30-95 %.',
		oldRole:
			'Die bisherige Stelle der weitergebildeten Person muss besetzt werden (BCG); eine Nachbesetzung kostet die Ersatzkraft (learnin).',
		internalAttritionRatePerYear:
			'Interne Wechsler bleiben rund 41 % länger (LinkedIn): 12 % / 1,41 = 8,5 % pro Jahr.',
		billRatePerDay:
			'Tagessatz externer Kräfte: Honorar plus Vermittleraufschlag von 50-60 % (ecapital, Pace Staffing).',
		contractorDaysPerMonth: 'Abrechenbare Tage pro Monat (230 / 12 sind 19,2).',
		contractorLeadTimeDays: 'Tage, bis eine externe Kraft anfangen kann.',
		contractorOnboardingWeeks: 'Wochen, bis eine externe Kraft eingearbeitet ist.',
		contractorEfficiency:
			'Leistung externer Kräfte im Verhältnis zu einer voll produktiven Beschäftigten; senken Sie den Wert, wenn Externe weniger liefern (z. B. 90 %).',
		skills: 'Beispielhafte Kompetenzlücke für einen Wechsel in die Datenanalyse.'
	},
	presets: {
		'data-analyst': {
			name: 'Datenanalyst/in',
			sources: [
				'BLS Occupational Outlook Handbook, Medianlohn Mai 2024: Operations-Research-Analysten 91.290 (nächstliegender Beruf)',
				'Lücke von Finanz- und Reportingkräften: SQL, Statistik, Python, Visualisierung (BCG: von der Buchhaltung zur Datenanalyse in etwa 9 Wochen Vollzeit); Reportingarbeit, die durch Automatisierung schrumpft, wird nicht nachbesetzt'
			]
		},
		'ml-engineer': {
			name: 'Machine-Learning-Engineer',
			sources: [
				'BLS Occupational Outlook Handbook, Medianlohn Mai 2024: Data Scientists 112.590; Softwareentwickler 133.080 (ML-Engineers liegen dazwischen und darüber)',
				'Bersin (2019): Die Rekrutierung eines erfahrenen Engineers mit 150-200k „kann 30.000 $ oder mehr kosten“; Vermittlerhonorare bis zu einem Drittel des Gehalts (US Chamber Foundation)',
				'General Assembly, 12-wöchiges Intensivprogramm, etwa 11.900 (US Chamber Foundation)'
			]
		},
		'cloud-engineer': {
			name: 'Cloud-Engineer',
			sources: [
				'BLS Occupational Outlook Handbook, Medianlohn Mai 2024: Netzwerkarchitekten 130.390; Netzwerk- und Systemadministratoren 96.800 (typische Zubringerrolle)',
				'Pluralsight 2025: Die Weiterbildung einer IT-Fachkraft kostet in den USA rund 5.770, eine Einstellung 14.170'
			]
		},
		'cybersecurity-analyst': {
			name: 'Cybersecurity-Analyst/in',
			sources: [
				'BLS Occupational Outlook Handbook, Medianlohn Mai 2024: Informationssicherheitsanalysten 124.910; Netzwerk- und Systemadministratoren 96.800 (Zubringerrolle)',
				'BCG: von der Buchhaltung (mittlere Ebene) zur Cybersicherheit in etwa 9 Wochen Vollzeit-Umschulung'
			]
		},
		'customer-service': {
			name: 'Kundenservice-Fachkraft',
			sources: [
				'BLS Occupational Outlook Handbook, Medianlohn Mai 2024: Kundenservice-Mitarbeitende 41.770',
				'Mellon (2003): Kundenservice-Kräfte erreichen volle Produktivität nach 12 Wochen (extern) bzw. 6 Wochen (intern)'
			]
		}
	},
	skillNames: {
		sql: 'SQL',
		statistics: 'Statistik',
		python: 'Python',
		'data-visualisation': 'Datenvisualisierung',
		'machine-learning': 'Maschinelles Lernen',
		mlops: 'MLOps',
		'cloud-platform': 'Cloud-Plattform',
		'infrastructure-as-code': 'Infrastructure as Code',
		containers: 'Container',
		networking: 'Netzwerke',
		'security-operations': 'Security Operations',
		'threat-analysis': 'Bedrohungsanalyse',
		compliance: 'Compliance',
		'product-knowledge': 'Produktwissen',
		'support-tools': 'Support-Werkzeuge'
	},
	presetValue: (value: string, preset: string) => `Vorlage „${preset}“: ${value}. `,
	choices: {
		acquisitionMode: { itemised: 'Einzelposten', benchmark: 'Benchmark je Einstellung' },
		rampCurve: { linear: 'Linear', 's-curve': 'S-Kurve', stepped: 'In Stufen' },
		oldRole: {
			backfill: 'Nachbesetzen (Ersatz einstellen)',
			'leave-open': 'Offen lassen (Arbeit entfällt)',
			'not-needed': 'Nicht benötigt (Rolle fällt weg)'
		},
		decisionMeasure: {
			economic: 'Wirtschaftliche Kosten (Zahlungen + Zeit + fehlende Kapazität)',
			cash: 'Nur Zahlungen'
		}
	},
	skills: {
		skill: 'Kompetenz',
		current: 'Heute',
		required: 'Benötigt',
		hoursPerLevel: 'Stunden je Stufe',
		add: 'Kompetenz hinzufügen',
		newName: (n: number) => `Kompetenz ${n}`,
		removeColumn: 'Entfernen',
		remove: (name: string) => `Kompetenz ${name} entfernen`,
		totalHours: (hours: string, months: string) =>
			`${hours} Lernstunden pro Person, etwa ${months} Monate`,
		empty: 'Keine Kompetenzen erfasst: Die Weiterbildung kostet nur, was Sie unten eingeben.'
	},
	workspace: {
		firstName: 'Mein erstes Szenario',
		newName: 'Neues Szenario',
		copyOf: (name: string) => `${name} (Kopie)`,
		theFile: 'die Datei',
		notImported: (file: string, why: string) =>
			`${file.charAt(0).toUpperCase()}${file.slice(1)} wurde nicht importiert. ${why}`,
		imported: {
			one: (count: number, file: string, names: string, more: number) =>
				`${count} Szenario aus ${file} importiert: ${names}${more > 0 ? ` und ${more} weitere` : ''}.`,
			other: (count: number, file: string, names: string, more: number) =>
				`${count} Szenarien aus ${file} importiert: ${names}${more > 0 ? ` und ${more} weitere` : ''}.`
		}
	},
	recommendation: {
		title: 'Empfehlung',
		cashCost: 'Zahlungen',
		economicCost: 'wirtschaftlichen Kosten',
		only: (winner: string, measure: string, value: string, months: number) =>
			`${winner}: ${measure} ${value} über ${months} Monate (Barwert).`,
		close: (winner: string, other: string) =>
			`${winner} und ${other} kosten etwa gleich viel (weniger als 1 % Unterschied): Entscheiden Sie nach Zeit bis zur vollen Kapazität und nach Risiko.`,
		better: (
			winner: string,
			measure: string,
			months: number,
			value: string,
			margin: string,
			share: string,
			other: string
		) =>
			`${winner} ist die bessere Wahl: Die ${measure} über ${months} Monate (Barwert) betragen ${value}, ${margin}${share ? ` (${share})` : ''} weniger als bei ${other}.`,
		withOption: {
			buy: 'bei der Neueinstellung',
			build: 'bei der Weiterbildung',
			borrow: 'beim Einsatz externer Fachkräfte'
		},
		reasonSide: (where: string, component: string, amount: string) =>
			`${where} ${amount} mehr für „${component}“`,
		reason: (sides: string) => `Die größten Unterschiede: ${sides}.`,
		capacity: (list: string) => `Volle Kapazität (95 % des Bedarfs): ${list}.`,
		bothMeasures: (
			winner: string,
			value: string,
			measure: string,
			other: string,
			saving: string,
			otherMeasure: string,
			timing: string
		) =>
			`${winner} ist ${measure} günstiger (${value}), aber ${other} spart ${saving} ${otherMeasure} und ${timing}.`,
		overall: 'insgesamt',
		inCash: 'bei den Zahlungen',
		economicShort: 'wirtschaftliche Kosten',
		cashShort: 'Zahlungen',
		timing: {
			longer: {
				one: () => 'braucht einen Monat länger bis zur vollen Kapazität',
				other: (n: number) => `braucht ${n} Monate länger bis zur vollen Kapazität`
			},
			sooner: {
				one: () => 'erreicht die volle Kapazität einen Monat früher',
				other: (n: number) => `erreicht die volle Kapazität ${n} Monate früher`
			},
			same: 'erreicht die volle Kapazität zur gleichen Zeit',
			never: 'erreicht die volle Kapazität nicht innerhalb des Zeithorizonts',
			at: (month: number) => `erreicht die volle Kapazität in Monat ${month}`
		},
		onCashAlone: (name: string, value: string, same: boolean, margin: string, other: string) =>
			same
				? `Nur nach Zahlungen ist die Antwort dieselbe: ${name} (${value} Zahlungen, Barwert).`
				: `Nur nach Zahlungen wäre die Antwort ${name}: ${value} Zahlungen (Barwert), ${margin} weniger als ${other}.`,
		onEconomic: (name: string, value: string, same: boolean, margin: string, other: string) =>
			same
				? `Mit fehlender Kapazität und interner Zeit (wirtschaftliche Kosten) ist die Antwort dieselbe: ${name} (${value}).`
				: `Mit fehlender Kapazität und interner Zeit (wirtschaftliche Kosten) wäre die Antwort ${name}: ${value}, ${margin} weniger als ${other}.`,
		valueLabel: 'Wert eines produktiven Monats',
		value: (amount: string, multiplier: string) =>
			`${amount} pro Person (${multiplier} × Monatsgehalt)`,
		valueRange: (low: string, high: string) => `${low} bis ${high} pro Person, je nach Rolle`,
		valueSource:
			'Quelle: Gehaltsmultiplikator-Methode der Rechner für Vakanzkosten (1–3 × Gehalt).',
		valueChanged: 'Ihre Annahme (Standard: 2 × Gehalt).',
		nothingToCompare:
			'Nichts zu vergleichen: Keine Rolle braucht jemanden (0 Personen). Geben Sie ein, wie viele Personen Sie brauchen, um die Optionen zu vergleichen.',
		neverFull: (name: string, months: number, measures: string, share: string) =>
			`${name} erreicht die volle Kapazität nicht innerhalb der ${months} Monate: Der Vorsprung bei „${measures}“ gilt für nur ${share} der benötigten Kapazität.`,
		neverFullMark: 'erreicht die volle Kapazität nicht im Zeithorizont',
		spanPeriod: (from: number, to: number, last: boolean, months: number) =>
			last
				? from === 1
					? `über alle ${months} Monate`
					: `ab Monat ${from}`
				: from === to
					? `in Monat ${from}`
					: `in den Monaten ${from}\u2013${to}`,
		spanHow: { more: 'mehr', less: 'weniger', same: 'gleich viel' },
		spansHead: (subject: string, how: string, other: string, period: string, equal: boolean) =>
			`${subject} kostet ${period} ${how} ${equal ? 'wie' : 'als'} ${other}`,
		spansPart: (how: string, period: string) => `${period} ${how}`,
		and: 'und',
		breakEvenNote: (month: number) => ` (Break-even: Monat ${month})`,
		spanShortPeriod: (from: number, to: number, last: boolean) =>
			last
				? from === 1
					? 'durchgehend'
					: `ab Monat ${from}`
				: from === to
					? `in Monat ${from}`
					: `in den Monaten ${from}\u2013${to}`,
		spanShortHow: { more: 'teurer', less: 'günstiger', same: 'gleich teuer' },
		spansShortPart: (how: string, period: string) => `${how} ${period}`
	},
	glossary: {
		title: 'Glossar',
		what: (term: string) => `Was bedeutet \u201e${term}\u201c?`,
		all: 'Alle Begriffe',
		terms: {
			npv: {
				term: 'Barwert',
				text: 'Die Kosten jedes Monats, mit dem Diskontsatz auf heute abgezinst: Später gezahltes Geld wiegt weniger als heute gezahltes.'
			},
			fteMonth: {
				term: 'FTE-Monat',
				text: 'Eine Vollzeitkraft, die einen Monat lang voll produktiv ist. Zwei Personen mit halber Produktivität für einen Monat ergeben ebenfalls einen FTE-Monat.'
			},
			shortfall: {
				term: 'Kapazitätslücke',
				text: 'Der Wert der Arbeit, die nicht getan wird, solange Personen fehlen, lernen oder sich einarbeiten: fehlende produktive Personen \u00d7 Wert eines produktiven Monats.'
			},
			breakEven: {
				term: 'Break-even',
				text: 'Der Punkt, an dem sich die kumulierten Kostenkurven zweier Optionen kreuzen: Die anfangs teurere Option ist ab diesem Monat die günstigere.'
			},
			economicVsCash: {
				term: 'Wirtschaftliche Kosten und Zahlungen',
				text: 'Zahlungen sind ausgezahltes Geld (Gehälter, Honorare, Weiterbildung, externe Fachkräfte). Wirtschaftliche Kosten enthalten zusätzlich die interne Zeit für Gespräche und Lernen sowie die Kapazitätslücke, also auch das, was die Lücke kostet.'
			},
			fullCapacity: {
				term: 'Volle Kapazität',
				text: 'Der erste Monat, in dem die erwarteten produktiven Personen 95 % des Bedarfs erreichen, mit einer Toleranz von einer hundertstel Person je benötigter Person.'
			}
		}
	},
	perRole: {
		title: 'Ergebnisse je Rolle',
		caption: (months: number) =>
			`Wirtschaftliche Kosten (Barwert) und volle Kapazität je Rolle über ${months} Monate`,
		role: 'Rolle',
		best: 'Beste Option',
		people: { one: (n: string) => `${n} Person`, other: (n: string) => `${n} Personen` },
		none: 'niemand benötigt'
	},
	resultBar: {
		label: 'Aktuelles Ergebnis',
		best: (option: string) => `Beste Option: ${option}`,
		show: 'Ergebnisse anzeigen'
	},
	results: {
		notWithinHorizon: 'nicht im Zeithorizont',
		none: 'keiner im Zeithorizont',
		month: (m: number) => `Monat ${m}`,
		months: (m: number) => `${m} Monate`,
		stale:
			'Angezeigt wird das letzte gültige Ergebnis: Korrigieren Sie die markierten Eingaben, um es zu aktualisieren.',
		keyFigures: (months: number) => `Kennzahlen über ${months} Monate`,
		measure: 'Kennzahl',
		best: 'Bestwert',
		breakEven: (a: string, b: string) => `Break-even (${a} vs. ${b})`,
		cumulativeCash: 'Kumulierte Zahlungen',
		cumulativeEconomic: 'Kumulierte wirtschaftliche Kosten',
		capacityTitle: 'Produktive Kapazität im Zeitverlauf',
		layersTitle: 'Kosten nach Ebene (Barwert)',
		cumulativeAfter: (title: string, months: number, values: string) =>
			`${title} nach ${months} Monaten: ${values}. `,
		capacityDescription: (needed: string, values: string) =>
			`Erwartete produktive Personen pro Monat gegenüber ${needed} benötigten. Volle Kapazität: ${values}.`,
		layerDescription: (values: string) => `Kosten nach Ebene (Barwert): ${values}.`
	},
	charts: {
		download: (title: string) => `${title} herunterladen`,
		png: 'PNG',
		pngTitle: 'PNG auf Weiß',
		pngTheme: 'PNG (Design)',
		pngThemeTitle: 'PNG im aktuellen Design',
		csv: 'CSV',
		csvTitle: 'Die Daten des Diagramms als CSV',
		imageError: 'Das Bild konnte in diesem Browser nicht erstellt werden.',
		dataError: 'Die Daten konnten nicht exportiert werden.',
		month: 'Monat',
		needed: 'Bedarf',
		breakEven: 'Break-even',
		breakEvenMonth: (m: number) => `Break-even, Monat ${m}`,
		/** Ein Kreuzen der kumulierten Kurven, das nicht anhält: „Weiterbilden ab Monat 2 günstiger“. */
		crossing: (option: string, how: string, m: number) => `${option} ab Monat ${m} ${how}`,
		costAxis: (currency: string) => `Kosten (${currency})`,
		basis: 'Kosten',
		basisNominal: 'Wie gezahlt',
		basisNpv: 'Abgezinst (Barwert)',
		fteAxis: 'Produktive Personen (FTE)'
	},
	sensitivity: {
		title: 'Was die Empfehlung ändern würde',
		intro: (winner: string) =>
			`Wie weit \u201e${winner}\u201c vor der besten Alternative bleibt, wenn sich eine Annahme ändert (für alle Rollen zugleich): x0,75 / x1,25 bei Beträgen und Dauern, -/+ 10 Prozentpunkte bei Quoten.`,
		computing: 'Es wird geprüft, welche Annahmen entscheidend sind\u2026',
		gapAxis: 'Vorsprung der empfohlenen Option (Barwert)',
		low: 'Niedriger',
		high: 'Höher',
		flipsAt: 'Empfehlung wechselt bei',
		noFlip: 'kein Wechsel im Wertebereich',
		flipSentence: (
			input: string,
			direction: 'above' | 'below',
			value: string,
			now: string,
			to: string
		) =>
			`Die Empfehlung wechselt zu \u201e${to}\u201c bei ${input} ${direction === 'above' ? 'über' : 'unter'} ${value} (derzeit ${now}).`,
		robust: 'Keine einzelne Annahme ändert innerhalb ihres zulässigen Bereichs die Empfehlung.',
		inputs: {
			timeToFillDays: 'Besetzungsdauer',
			externalRampWeeks: 'Anlaufzeit neuer Mitarbeitender',
			earlyExitProbability: 'Austrittsquote im ersten Jahr',
			agencyFeeRate: 'Vermittlungshonorar',
			salaryPremiumRate: 'Gehaltsaufschlag extern',
			salaryPerYear: 'Gehalt in der Rolle',
			valueMultiplier: 'Wert einer produktiven Person',
			successProbability: 'Weiterbildungserfolg',
			trainingHours: 'Lernstunden pro Person',
			trainingHoursPerWeek: 'Lernzeit pro Woche',
			courseFeesPerTrainee: 'Kursgebühren',
			raiseRate: 'Gehaltserhöhung nach Abschluss',
			billRatePerDay: 'Tagessatz extern',
			discountRatePerYear: 'Kalkulationszins'
		}
	}
} satisfies FirstMessages;
