/**
 * German texts of the views, dialogs and exports the first view does not show: the same shape as
 * `enLater` in messages-later.ts (the type checker holds every key to it). Style as messages-de.ts.
 */
import type { LaterMessages } from './messages-later.ts';

export const deLater = {
	issues: {
		// Plan-Eingaben
		planCountsSum:
			'Eingestellt, weitergebildet und extern besetzt müssen zusammen den Bedarf ergeben.',
		bridgedOverCount: 'Es können nicht mehr Personen überbrückt werden, als die Gruppe hat.',
		poolBelowUpskilled: 'Der Pool ist kleiner als die Zahl der Weitergebildeten.',
		deadlineAfterHorizon:
			'Muss innerhalb des Zeithorizonts liegen: Verringern Sie den Wert oder verlängern Sie den Zeithorizont.',
		wholeNumber: 'Geben Sie eine ganze Zahl ein.',
		number: 'Geben Sie eine Zahl ein.',
		name: 'Geben Sie einen Namen ein.',
		atLeast: (value: string) => `Muss mindestens ${value} sein.`,
		tooSmall: 'Zu klein.',
		textTooLong: 'Dieser Text ist zu lang.',
		atMost: (value: string) => `Darf höchstens ${value} sein.`,
		tooLarge: 'Zu groß.',
		currencyCode: 'Verwenden Sie einen dreistelligen Währungscode wie EUR.',
		choose: 'Wählen Sie einen der angebotenen Werte.',
		requiredBelowCurrent: 'Das benötigte Niveau muss mindestens dem aktuellen Niveau entsprechen.',
		neededAfterHorizon:
			'Muss innerhalb des Zeithorizonts liegen: Verringern Sie den Wert oder verlängern Sie den Zeithorizont.',
		// Risiko: Spannen
		rangeLowAboveLikely: (likely: string) =>
			`Der untere Wert darf nicht über dem wahrscheinlichsten Wert (${likely}) liegen.`,
		rangeHighBelowLikely: (likely: string) =>
			`Der obere Wert darf nicht unter dem wahrscheinlichsten Wert (${likely}) liegen.`,
		rangeUnknownField: 'Für diese Eingabe ist keine Spanne möglich.',
		invalid: 'Dieser Wert ist ungültig.',
		phrase: {
			// Plan-Eingaben
			planCountsSum: 'muss mit den anderen Anzahlen den Bedarf ergeben',
			bridgedOverCount: 'darf die Personen der Gruppe nicht übersteigen',
			poolBelowUpskilled: 'ergibt einen Pool kleiner als die Zahl der Weitergebildeten',
			deadlineAfterHorizon: 'muss innerhalb des Zeithorizonts liegen',
			missing: 'fehlt',
			notNumber: 'muss eine Zahl sein',
			notWhole: 'muss eine ganze Zahl sein',
			atLeast: (value: string) => `muss mindestens ${value} betragen`,
			atMost: (value: string) => `darf höchstens ${value} betragen`,
			empty: 'darf nicht leer sein',
			tooShort: (n: string) => `muss mindestens ${n} Zeichen lang sein`,
			tooLong: (n: string) => `darf höchstens ${n} Zeichen lang sein`,
			tooFew: (n: string, items: string) => `braucht mindestens ${n} ${items}`,
			tooMany: (n: string, items: string) => `darf höchstens ${n} ${items} haben`,
			notCurrency:
				'muss ein dreistelliger Währungscode in Großbuchstaben sein, zum Beispiel USD oder EUR',
			badFormat: 'hat das falsche Format',
			oneOf: (list: string) => `muss einer dieser Werte sein: ${list}`,
			wrongType: (expected: string, received: string) => `muss ${expected} sein, nicht ${received}`,
			requiredBelowCurrent: 'darf nicht unter dem aktuellen Niveau liegen',
			neededAfterHorizon: 'muss innerhalb des Zeithorizonts liegen',
			rangeLowAboveLikely: (likely: string) =>
				`braucht einen unteren Wert, der nicht über dem wahrscheinlichsten Wert (${likely}) liegt`,
			rangeHighBelowLikely: (likely: string) =>
				`braucht einen oberen Wert, der nicht unter dem wahrscheinlichsten Wert (${likely}) liegt`,
			rangeUnknownField: 'kann keine Spanne haben',
			rangeNotAnInput: (key: string) =>
				`hat eine Spanne für \u201e${key}\u201c; das ist keine Eingabe dieses Rechners`,
			invalid: 'ist ungültig'
		},
		types: {
			number: 'eine Zahl',
			text: 'Text',
			boolean: 'wahr oder falsch',
			list: 'eine Liste',
			object: 'eine Gruppe von Feldern',
			null: 'leer (null)',
			missing: 'fehlend'
		},
		items: {
			roles: { one: 'Rolle', other: 'Rollen' },
			skills: { one: 'Kompetenz', other: 'Kompetenzen' }
		},
		where: {
			scenario: 'Das Szenario',
			scenarioNamed: (name: string) => `Das Szenario \u201e${name}\u201c`,
			scenarioNumber: (n: number) => `Szenario ${n}`,
			role: (n: number) => `Rolle ${n}`,
			skill: (n: number) => `Kompetenz ${n}`,
			item: (n: number) => `Eintrag ${n}`,
			named: (place: string, name: string) => `${place} (\u201e${name}\u201c)`,
			settings: 'Einstellungen',
			roles: 'Rollen',
			skills: 'Kompetenzen',
			// Risiko (Issue 11): ein Ende der Spanne eines Felds, wo die Spanne einer Datei abgelehnt wird.
			rangeEnd: (field: string, end: 'low' | 'high') =>
				`${end === 'low' ? 'Unteres' : 'Oberes'} Ende der Spanne für ${field}`,
			range: (field: string) => `Spanne für ${field}`,
			noData: 'Die Daten des Szenarios fehlen oder sind keine Gruppe von Feldern.'
		}
	},
	fileErrors: {
		notJson: 'Diese Datei ist kein gültiges JSON und kann daher keine Szenariodatei sein.',
		notJsonAt: (line: number, column: number) =>
			`Diese Datei ist kein gültiges JSON (Fehler in Zeile ${line}, Spalte ${column}) und kann daher keine Szenariodatei sein.`,
		endedEarly:
			'Diese Datei ist kein gültiges JSON: Sie endet zu früh (vielleicht wurde sie abgeschnitten).',
		empty: 'Diese Datei ist leer.',
		tooLarge: (size: string, limit: string) =>
			`Diese Datei ist ${size} groß; Szenariodateien dürfen höchstens ${limit} groß sein.`,
		justOver: (limit: string) =>
			`Diese Datei ist etwas größer als ${limit}; Szenariodateien dürfen höchstens ${limit} groß sein.`,
		notOurs: (found: string) =>
			`Diese Datei ist keine Szenariodatei von Build or Buy (sie enthält ${found}, keine Gruppe von Feldern).`,
		found: {
			list: 'eine Liste',
			text: 'einen Text',
			number: 'eine Zahl',
			boolean: 'wahr oder falsch',
			null: 'null',
			other: 'etwas anderes'
		},
		noFormat: 'Diese Datei ist keine Szenariodatei von Build or Buy (ihr fehlt das Feld „format“).',
		otherFormat: (format: string) =>
			`Diese Datei ist keine Szenariodatei von Build or Buy (ihr Format ist „${format}“).`,
		noVersion:
			'Diese Szenariodatei hat keine Versionsnummer und kann daher nicht sicher gelesen werden.',
		badVersion: (version: string) =>
			`Diese Szenariodatei hat eine ungültige Versionsnummer (${version}).`,
		futureVersion: (version: number, supported: number) =>
			`Diese Datei wurde mit einer neueren Version von Build or Buy gespeichert (Dateiversion ${version}; diese Version liest bis ${supported}). Laden Sie die Seite neu, um die neueste Version zu erhalten, und versuchen Sie es dann erneut.`,
		tooManyScenarios: (count: string, limit: string) =>
			`Diese Datei enthält ${count} Szenarien; höchstens ${limit} können auf einmal importiert werden. Teilen Sie sie in kleinere Dateien auf.`,
		noScenarios: 'Diese Datei enthält keine Szenarien.',
		damagedEntry: (n: number, part: string) =>
			`Diese Szenariodatei ist beschädigt: Eintrag ${n} in „${part}“ sollte eine Gruppe von Feldern sein.`,
		damagedPart: (part: string, list: boolean) =>
			`Diese Szenariodatei ist beschädigt: „${part}“ sollte ${list ? 'eine Liste' : 'eine Gruppe von Feldern'} sein.`,
		invalid: (who: string) => `${who} ist ungültig.`,
		moreProblems: {
			one: (n: number) => `(${n} weiteres Problem in diesem Szenario.)`,
			other: (n: number) => `(${n} weitere Probleme in diesem Szenario.)`
		},
		invalidCount: (count: number, total: number) =>
			`${count} von ${total} Szenarien haben Probleme.`,
		unexpected: (detail: string) => `Diese Datei konnte nicht gelesen werden (${detail}).`
	},
	fileWarnings: {
		migrated: (version: number, steps: string) =>
			`Diese Datei wurde in einem älteren Format (Version ${version}) gespeichert und aktualisiert: ${steps}`,
		bareScenario:
			'Diese Datei enthält ein einzelnes Szenario statt einer Szenariodatei; es wurde als ein Szenario importiert.',
		unsafeKeys: {
			one: (n: number) => `${n} Feld mit reserviertem Namen (etwa „__proto__“) wurde ignoriert.`,
			other: (n: number) =>
				`${n} Felder mit reservierten Namen (etwa „__proto__“) wurden ignoriert.`
		},
		metadataRestored: {
			one: (n: number, fields: string) =>
				`Szenario ${n}: ${fields} war unbrauchbar und wurde ersetzt.`,
			other: (n: number, fields: string) =>
				`Szenario ${n}: ${fields} waren unbrauchbar und wurden ersetzt.`
		},
		metadata: { id: 'Kennung', name: 'Name', createdAt: 'Erstellt am', updatedAt: 'Geändert am' }
	},
	shareErrors: {
		malformed:
			'Dieser Link ist beschädigt oder kein Link von Build or Buy: Er enthält kein lesbares Szenario.',
		truncated:
			'Dieser Link ist unvollständig: Er wurde vermutlich beim Kopieren oder Senden abgeschnitten. Bitten Sie um den vollständigen Link.',
		unsupportedVersion:
			'Dieser Link stammt aus einer neueren Version von Build or Buy. Laden Sie die Seite neu, um die neueste Version zu erhalten, und öffnen Sie den Link dann erneut.',
		needsPassphrase:
			'Dieser Link ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, um ihn zu öffnen.',
		wrongPassphrase:
			'Die Passphrase ist falsch. Klären Sie sie mit der Person, die Ihnen den Link geschickt hat.',
		invalid: 'Das Szenario in diesem Link ist ungültig und wurde daher nicht geöffnet.',
		invalidBecause: (problem: string) =>
			`Das Szenario in diesem Link ist ungültig und wurde daher nicht geöffnet: ${problem}`,
		tooLarge: 'Dieser Link ist zu groß für ein Szenario von Build or Buy und wurde nicht geöffnet.'
	},
	// Plan (issue 12): die Budgetansicht
	budget: {
		title: 'Budget',
		intro: (start: string, fyMonth: string) =>
			`Ausgezahlte Beträge wie bei den zahlungswirksamen Kosten (nicht abgezinst). Beginn ${start}; Geschäftsjahre beginnen im ${fyMonth} und heißen nach dem Jahr, in dem sie enden.`,
		editHint:
			'Beginn, Geschäftsjahr und Budget ändern Sie im Rechner unter „Kalender, Budget und Bedingungen“.',
		byYear: 'Auszahlungen je Geschäftsjahr',
		byQuarter: 'Auszahlungen je Quartal, alle Rollen',
		role: 'Rolle',
		option: 'Option',
		total: 'Summe',
		allRoles: 'Alle Rollen',
		fiscalYear: (year: number) => `GJ ${year}`,
		quarter: (year: number, q: number) => `GJ ${year} Q${q}`,
		budgetLine: (money: string) => `Budget je Geschäftsjahr: ${money}`,
		overBudget: 'über Budget',
		chartTitle: 'Auszahlungen je Geschäftsjahr, alle Rollen',
		chartDescription: (list: string) => `Auszahlungen je Geschäftsjahr: ${list}.`,
		headcountTitle: 'Personen in der Rolle je Monat',
		headcountDescription: (list: string) => `Personen in der Rolle am Ende des Zeitraums: ${list}.`,
		headcountAxis: 'Personen',
		downloadCsv: 'Budget herunterladen (CSV)',
		empty: 'Geben Sie im Rechner gültige Werte ein, um das Budget zu sehen.'
	},
	exportDialog: {
		title: (name: string) => `\u201e${name}\u201c exportieren`,
		stale:
			'Einige Eingaben sind ungültig: Exporte zeigen den letzten gültigen Stand dieses Szenarios.',
		company: 'Firmenname auf dem Deckblatt (optional)',
		logo: 'Logo für PDF und Folien (PNG oder JPEG, optional)',
		logoName: (name: string) => `Logo: ${name}`,
		logoType: (name: string) => `\u201e${name}\u201c ist kein PNG- oder JPEG-Bild.`,
		logoSize: (name: string, mb: string) =>
			`\u201e${name}\u201c ist ${mb} MB groß; verwenden Sie ein Bild unter 2 MB.`,
		logoRead: (name: string) => `\u201e${name}\u201c konnte nicht gelesen werden.`,
		pageSize: 'Seitenformat des PDF',
		a4: 'A4',
		letter: 'US Letter',
		pdf: 'PDF-Bericht',
		xlsx: 'Tabelle (XLSX)',
		pptx: 'Folien (PPTX)',
		csv: 'Monatsdaten (CSV)',
		// Risk (issue 11.4)
		riskCsv: 'Risikozahlen (CSV)',
		json: 'Szenariodatei (JSON)',
		print: 'Drucken\u2026',
		preparing: (kind: string) => `${kind} wird erstellt\u2026`,
		jsonDone: 'Szenariodatei heruntergeladen.',
		done: (kind: string) => `${kind} heruntergeladen.`,
		failed:
			'Der Export konnte nicht erstellt werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
		// Risiko (Issue 11.4): die Zukünfte der Risikoseite, im Worker simuliert, wenn das Panel keine hat.
		simulating: (kind: string, done: string, total: string) =>
			`${kind} wird erstellt: Zukünfte für die Risikoseite werden simuliert, ${done} von ${total}\u2026`,
		cancel: 'Abbrechen',
		cancelled: 'Export abgebrochen.',
		close: 'Schließen'
	},
	share: {
		title: (name: string) => `\u201e${name}\u201c als Link teilen`,
		introBefore: 'Der Link selbst enthält das Szenario (nach dem',
		introAfter:
			', das Browser nie an einen Server senden). Jede Person mit dem Link kann es öffnen; mit einer Passphrase wird es vorher in diesem Browser verschlüsselt (AES-GCM). Senden Sie die Passphrase auf einem anderen Weg.',
		passphrase: 'Passphrase (optional)',
		create: 'Link erstellen',
		creating: 'Wird erstellt\u2026',
		close: 'Schließen',
		link: (chars: string) => `Link (${chars} Zeichen)`,
		copy: 'Link kopieren',
		copied: 'Kopiert',
		noCrypto:
			'Der Link konnte in diesem Browser nicht erstellt werden (Web Crypto ist nicht verfügbar).',
		copyBlocked:
			'Das Kopieren wurde blockiert: Markieren Sie den Link und kopieren Sie ihn von Hand.'
	},
	scenarioList: {
		title: 'Szenarien',
		heading: 'Ihre Szenarien',
		import: 'Datei importieren\u2026',
		importLabel: 'Eine Szenariodatei importieren',
		exportAll: 'Alle exportieren',
		hint: 'Wird automatisch in diesem Browser gespeichert. Sie können eine Szenariodatei auch an beliebiger Stelle auf der Seite ablegen.',
		scenario: 'Szenario',
		changed: 'Zuletzt geändert',
		recommended: 'Empfohlen',
		actions: 'Aktionen',
		notSaved: 'nicht gespeichert',
		needsFixing: 'muss korrigiert werden',
		export: 'Exportieren',
		share: 'Link teilen',
		deleteNamed: (name: string) => `${name} löschen`
	},
	compare: {
		title: 'Szenarien vergleichen',
		pick: 'Zu vergleichende Szenarien',
		pickHint: (max: number) => `(2 bis ${max})`,
		baseline: 'Basis',
		baselineTag: 'Basis',
		needTwoBefore: 'Wählen Sie mindestens zwei Szenarien. Weitere legen Sie im',
		calculator: 'Rechner',
		needTwoAfter: 'an (Neues Szenario oder Duplizieren).',
		mixedCurrency:
			'Diese Szenarien verwenden unterschiedliche Währungen; die Werte werden wie eingegeben gezeigt, ohne Umrechnung.',
		caption: (option: string) => `${option}: Kennzahlen und Abweichung von der Basis`,
		measure: 'Kennzahl',
		recommended: 'Empfohlen',
		option: 'Verglichene Option',
		eachRecommended: 'Die empfohlene Option jedes Szenarios',
		sameOption: (option: string) => `${option} in jedem Szenario`,
		notIncluded: 'nicht enthalten',
		better: 'besser als die Basis',
		worse: 'schlechter als die Basis',
		chartTitle: (basis: string) => `Kumulierte Kosten der verglichenen Option (${basis})`,
		chartItem: (name: string, value: string) => `${name}: ${value}`,
		differences: 'Abweichende Eingaben',
		same: 'Alle Eingaben sind gleich.',
		scenarioSection: 'Szenario',
		onlyIn: (names: string) => `Nur in ${names}`,
		input: 'Eingabe',
		// Plan (issue 12): „Ihr Plan“ als vierte Option im Vergleich
		eachPlan: 'Der eigene Plan (Mix) jedes Szenarios',
		mix: 'Mix (Ihr Plan)',
		noMix: 'keiner: die günstigste Option jeder Rolle',
		optionsTitle: 'Jede Option in jedem Szenario',
		optionsCaption:
			'Jede Option in jedem Szenario nach seiner Entscheidungsgröße; die günstigste ist markiert. Ihr Plan erscheint, wo ein Szenario einen hat.',
		decidedOn: 'Entschieden nach',
		cheapest: 'am günstigsten',
		noPlan: 'kein Plan',
		optionHeader: 'Option',
		noLimit: 'keine'
	},
	present: {
		title: (name: string) => `Präsentation · ${name}`,
		region: 'Präsentation',
		views: 'Ansichten',
		viewNames: {
			decision: 'Entscheidung',
			cost: 'Kosten im Zeitverlauf',
			capacity: 'Kapazität',
			layers: 'Kosten nach Ebene',
			risk: 'Risiko'
		},
		noScenario: 'Kein gültiges Szenario',
		fullScreen: 'Vollbild',
		exit: 'Beenden (Esc)',
		fullCapacity: (when: string) => `volle Kapazität: ${when}`,
		layersDescription: 'Zahlungen, interne Zeit und Kapazitätslücke je Option.',
		whatIf: 'Was wäre, wenn',
		whatIfHeading: 'Was wäre, wenn\u2026',
		role: 'Rolle',
		keys: '\u2190 \u2192 Ansicht wechseln \u00b7 Esc beendet',
		fixFirst: 'Korrigieren Sie zuerst die Eingaben des Szenarios im Rechner.',
		scenario: 'Szenario',
		slidersNote:
			'Regler: die fünf Eingaben, die die Entscheidung am stärksten bewegen (erste Rolle).',
		cheapestShare: 'der simulierten Zukünfte am günstigsten',
		middle80: (p10: string, p90: string) => `P10\u2013P90: ${p10} \u2013 ${p90}`,
		slidersWithinRanges: 'Hat eine Schätzung eine Spanne, bewegt sich ihr Regler darin.'
	},
	methodology: {
		title: 'Methodik',
		note: 'Die deutsche Fassung der Methodik konnte nicht geladen werden (sind Sie offline?). Sie sehen die zuvor geladene Fassung.',
		defaults: {
			input: 'Eingabe',
			default: 'Vorgabe',
			kind: 'Art',
			source: 'Quelle',
			kinds: { published: 'veröffentlicht', derived: 'abgeleitet', assumption: 'Annahme' },
			skill: (name: string, from: string, to: string, hoursPerLevel: string) =>
				`${name} ${from}\u2192${to} (${hoursPerLevel} h je Stufe)`,
			skillGap: (skills: string, hours: string) => `${skills} = ${hours} h`,
			ofOption: (option: string, field: string) => `${option}: ${field}`
		}
	},
	exports: {
		fileStem: 'build-or-buy',
		fileFallback: 'szenario',
		subtitle:
			'Einstellen, weiterbilden oder extern besetzen: Kosten und Zeit bis zum produktiven Team',
		prepared: (date: string) => `Erstellt am ${date}`,
		preparedFor: (company: string) => `Erstellt für ${company}`,
		yes: 'ja',
		no: 'nein',
		page: (n: number, total: number) => `Seite ${n} von ${total}`,
		privacy: 'Auf diesem Gerät mit Build or Buy berechnet; es wurden keine Daten hochgeladen.',
		sheets: {
			summary: 'Übersicht',
			inputs: 'Eingaben',
			monthly: 'Monatlich',
			roles: 'Rollen',
			// Plan (issue 12)
			budget: 'Budget',
			// Risk (issue 11.4)
			risk: 'Risiko'
		},
		headings: {
			recommendation: 'Empfehlung',
			keyFigures: 'Kennzahlen',
			cumulative: (layer: string) => `Kumulierte Kosten im Zeitverlauf: ${layer}`,
			capacity: 'Produktive Kapazität im Zeitverlauf',
			costByLayer: 'Kosten nach Ebene (Barwert)',
			costByComponent: 'Kosten nach Bestandteil (Barwert)',
			assumptions: 'Annahmen',
			perRole: 'Ergebnisse je Rolle',
			methodology: 'Methodik in Kürze'
		},
		columns: {
			month: 'Monat',
			option: 'Option',
			role: 'Rolle',
			measure: 'Kennzahl',
			group: 'Gruppe',
			input: 'Eingabe',
			value: 'Wert',
			unit: 'Einheit',
			isDefault: 'Standard',
			source: 'Quelle des Standardwerts',
			headcount: 'Personen',
			trainingMonths: 'Monate Weiterbildung',
			best: 'Beste',
			total: 'Summe',
			economic: 'Wirtschaftliche Kosten',
			cumulative: (layer: string) => `${layer} kumuliert`,
			productiveFte: 'Produktive FTE',
			peopleInRole: 'Personen in der Rolle',
			neededFte: 'Benötigte FTE'
		},
		facts: {
			scenario: 'Szenario',
			date: 'Datum',
			currency: 'Währung',
			horizon: 'Zeithorizont',
			discountRate: 'Kalkulationszins',
			decision: 'Entscheidungsgröße',
			breakEven: 'Break-even'
		},
		axis: {
			month: 'Monat',
			fte: 'Produktive Personen (FTE)',
			needed: 'Bedarf',
			money: (currency: string) => `Kumulierte Kosten (${currency})`,
			breakEven: (month: string) => `Break-even: ${month}`
		},
		units: { skill: 'Stufen', fte: 'FTE' },
		skillValue: (from: number, to: number, hours: string) =>
			`Stufe ${from} bis ${to}, ${hours} h je Stufe`,
		notes: {
			defaults:
				'Graue Werte sind Standardwerte des Tools; schwarze Werte wurden für dieses Szenario eingegeben.',
			npv: (rate: string) => `Barwert, abgezinst mit ${rate} pro Jahr.`,
			moreRoles: (n: number) => `und ${n} weitere Rollen im Tabellenexport`
		},
		sentences: {
			headline: (option: string, measure: string) => `${option} ist am günstigsten (${measure})`,
			headlineClose: (a: string, b: string) => `${a} und ${b} kosten etwa gleich viel`,
			winner: (option: string, measure: string, margin: string, runnerUp: string, share: string) =>
				`${option} ist die günstigste Option (${measure}): ${margin} weniger als ${runnerUp}` +
				(share ? ` (${share} weniger).` : '.'),
			only: (option: string, measure: string) => `${option} ist die einzige Option (${measure}).`,
			close: (a: string, b: string, measure: string) =>
				`${a} und ${b} liegen bei ${measure} weniger als 1 % auseinander: praktisch gleichauf.`,
			reason: (component: string, amount: string) =>
				`Der größte Unterschied: ${component} (${amount} zu ihren Gunsten).`,
			capacity: (parts: string) => `Volle Kapazität: ${parts}.`,
			capacityPart: (option: string, when: string) => `${option} ${when}`
		},
		methodology: [
			'Das Modell simuliert jede Option Monat für Monat über den Zeithorizont. Dauern sind gebrochene Monate; angefangene Monate werden anteilig gerechnet.',
			'Zahlungen sind Beträge, die ohne Veränderung nicht anfallen würden (neue Gehälter mit Lohnnebenkosten, Gehaltserhöhungen, Honorare, Prämien, Weiterbildung, Nachbesetzung, Externe). Interne Zeit ist Arbeitszeit für Vorstellungsgespräche, Lernen und Mentoring, zu Vollkosten je Stunde. Die Kapazitätslücke ist der Wert fehlender produktiver Personen (Wertfaktor x Gehalt).',
			'Wirtschaftliche Kosten = Zahlungen + interne Zeit + Kapazitätslücke. Der Barwert zinst jeden Monat mit dem monatlichen Äquivalent des Jahreszinses ab.',
			'Risiken (frühe Austritte, nicht erfolgreiche Weiterbildung) gehen als Erwartungswerte ein. Monate bis zur vollen Kapazität ist der erste Monat, in dem die erwarteten produktiven Personen 95 % des Bedarfs erreichen, mit einer Toleranz von einer hundertstel Person je benötigter Person. Break-even: Der Text nennt jede Kreuzung der kumulierten Kostenkurven; der Break-even-Monat ist der Monat, ab dem die anfangs teurere Option günstiger bleibt.'
		],
		errors: {
			badLogo:
				'Das Logo konnte nicht verwendet werden: Wählen Sie ein PNG- oder JPEG-Bild unter 2 MB.',
			mismatch:
				'Die Ergebnisse passen nicht zum Szenario. Warten Sie, bis die Berechnung abgeschlossen ist, und versuchen Sie es erneut.',
			internal:
				'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es erneut; wenn es weiterhin fehlschlägt, exportieren Sie stattdessen die Szenariodatei.'
		},
		// Risiko in den Exporten (Issue 11.4): Risikoseite, -blatt, -folie und CSV
		risk: {
			eventsOnly:
				'Keine Schätzung hat eine Spanne; die Streuung entsteht daher nur aus Ereignissen einzelner Personen: wer die Weiterbildung abschließt und wer wann geht.',
			noSpread:
				'Alle simulierten Zukünfte ergeben dieselben Zahlen: Keine Schätzung hat eine Spanne, und kein Ereignis einzelner Personen ist ungewiss.',
			planNotSimulated:
				'Die Simulation umfasst die reinen Optionen; Ihr Plan wird nicht simuliert.',
			runs: 'Simulierte Zukünfte',
			seed: 'Startwert',
			measure: 'Kennzahl',
			capacityMonth: 'Volle Kapazität gefragt bis Monat',
			distribution: 'Zukünfte je Kostenklasse',
			binFrom: 'Von',
			binTo: 'Bis',
			rangedInputs: 'Schätzungen mit Spanne',
			input: 'Eingabe',
			low: 'Niedrig',
			likely: 'Wahrscheinlich',
			high: 'Hoch',
			/** Chart and table notes: how the histogram counts. */
			histogramNote: (runs: string) =>
				`Balken: Anteil der ${runs} Zukünfte, deren Kosten in die jeweilige Klasse fallen (gleiche Klassen für alle Optionen).`
		},
		warnings: {
			pdfCharacters: (chars: string) =>
				`Einige Zeichen in Namen können im PDF nicht dargestellt werden: ${chars}. Sie erscheinen als „?“.`
		}
	}
} satisfies LaterMessages;
