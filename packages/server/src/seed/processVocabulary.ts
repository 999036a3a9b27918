/**
 * The vocabulary the demo city's Fachprozesse are built from: kinds of work ("verb sets") with name
 * templates, process group, document types, retention and the steps their diagrams consist of.
 */
import type { TaskType } from './bpmnGenerator.js';

export type VerbSetName =
  | 'genehmigung'
  | 'leistung'
  | 'urkunde'
  | 'dokument'
  | 'aufsicht'
  | 'planung'
  | 'bau'
  | 'intern'
  | 'finanzen'
  | 'beratung'
  | 'foerderung';

/** A step of a generated diagram; `role` picks the lane. */
export interface Step {
  name: string;
  type: TaskType;
  role: 'service' | 'case' | 'lead';
}

export interface VerbSet {
  /** What a process of this kind does, as the start of its description. */
  summary: string;
  /** The outside party its send tasks write to. */
  external: string;
  /** Name templates; `{o}` is the object, e.g. "{o} erteilen". */
  templates: string[];
  group: string;
  documentTypes: string[];
  retentionYears: number[];
  disposal: Array<'A' | 'B' | 'V'>;
  /** How likely a process of this kind has a LeiKa key (services to citizens and businesses do). */
  leikaShare: number;
  /** Cases per year: the range of the order of magnitude. */
  volume: [number, number];
  start: string;
  end: string;
  question: string;
  yes: Step[];
  no: Step[];
  /** Steps after the branch (the first one or two are always used). */
  after: Step[];
}

/** Steps every e-file process begins with, in this order (the seed takes one to three of them). */
export const INTAKE_STEPS: Step[] = [
  { name: 'Eingang scannen und erfassen', type: 'user', role: 'service' },
  { name: 'Vorgang in E-Akte anlegen', type: 'service', role: 'service' },
  { name: 'Zuständigkeit prüfen', type: 'user', role: 'case' },
];

/** The step that writes the e-file, shown with the "E-Akte" data store. */
export const EFILE_STEP = 'Vorgang in E-Akte anlegen';

const s = (name: string, type: TaskType = 'user', role: Step['role'] = 'case'): Step => ({ name, type, role });

export const VERB_SETS: Record<VerbSetName, VerbSet> = {
  genehmigung: {
    summary:
      'Antrag annehmen, Vollständigkeit und Genehmigungsfähigkeit prüfen, Stellungnahmen einholen, entscheiden und den Bescheid zustellen.',
    external: 'Antragsteller/in',
    templates: [
      '{o} erteilen',
      '{o} versagen',
      '{o} verlängern',
      '{o} ändern',
      '{o} widerrufen',
      'Widerspruch gegen {o} bearbeiten',
    ],
    group: 'Genehmigungen',
    documentTypes: [
      'Antrag',
      'Bescheid',
      'Stellungnahme',
      'Vermerk',
      'Gebührenbescheid',
      'Anhörungsschreiben',
      'Nachweis',
    ],
    retentionYears: [10, 30],
    disposal: ['B', 'A', 'V'],
    leikaShare: 0.7,
    volume: [20, 3000],
    start: 'Antrag eingegangen',
    end: 'Bescheid zugestellt',
    question: 'Genehmigungsfähig?',
    yes: [s('Stellungnahmen einholen', 'send'), s('Genehmigung entwerfen'), s('Auflagen festlegen')],
    no: [s('Anhörung durchführen', 'send'), s('Ablehnung entwerfen')],
    after: [
      s('Bescheid zeichnen', 'user', 'lead'),
      s('Gebühren festsetzen', 'service'),
      s('Bescheid versenden', 'send'),
    ],
  },
  leistung: {
    summary: 'Antrag annehmen, Anspruch und Nachweise prüfen, Leistung berechnen, bescheiden und auszahlen.',
    external: 'Antragsteller/in',
    templates: [
      '{o} bewilligen',
      '{o} ablehnen',
      '{o} berechnen',
      '{o} weiterbewilligen',
      '{o} zurückfordern',
      'Widerspruch gegen {o} bearbeiten',
    ],
    group: 'Leistungen',
    documentTypes: [
      'Antrag',
      'Bescheid',
      'Einkommensnachweis',
      'Berechnungsbogen',
      'Vermerk',
      'Zahlungsanordnung',
      'Mitwirkungsschreiben',
    ],
    retentionYears: [6, 10],
    disposal: ['V', 'B'],
    leikaShare: 0.75,
    volume: [50, 20000],
    start: 'Antrag eingegangen',
    end: 'Leistung beschieden',
    question: 'Anspruch gegeben?',
    yes: [s('Leistung berechnen', 'service'), s('Bewilligung erstellen'), s('Zahlung anordnen', 'service')],
    no: [s('Fehlende Nachweise anfordern', 'send'), s('Ablehnung erstellen')],
    after: [s('Bescheid versenden', 'send'), s('Wiedervorlage setzen', 'service')],
  },
  urkunde: {
    summary:
      'Anzeige annehmen, Angaben prüfen, im Register beurkunden, Urkunden ausstellen und Mitteilungen versenden.',
    external: 'Anzeigende Person',
    templates: [
      '{o} beurkunden',
      '{o} nachbeurkunden',
      'Eintrag zu {o} berichtigen',
      'Urkunde zu {o} ausstellen',
      'Auskunft zu {o} erteilen',
    ],
    group: 'Personenstand und Register',
    documentTypes: ['Anmeldung', 'Urkunde', 'Registereintrag', 'Nachweis', 'Vermerk', 'Gebührenquittung'],
    retentionYears: [30, 80, 110],
    disposal: ['A'],
    leikaShare: 0.9,
    volume: [100, 12000],
    start: 'Anzeige eingegangen',
    end: 'Beurkundung abgeschlossen',
    question: 'Unterlagen vollständig?',
    yes: [s('Angaben im Register prüfen', 'service'), s('Registereintrag fertigen')],
    no: [s('Unterlagen nachfordern', 'send')],
    after: [
      s('Urkunde ausstellen'),
      s('Mitteilung an Behörden senden', 'send'),
      s('Gebühr kassieren', 'service', 'service'),
    ],
  },
  dokument: {
    summary: 'Antrag im Bürgerbüro aufnehmen, Identität prüfen, Dokument bestellen und aushändigen.',
    external: 'Bundesdruckerei',
    templates: ['{o} ausstellen', '{o} verlängern', '{o} ändern', '{o} einziehen', 'Verlustmeldung zu {o} bearbeiten'],
    group: 'Bürgerdienste',
    documentTypes: ['Antrag', 'Nachweis', 'Lichtbild', 'Empfangsbestätigung', 'Vermerk'],
    retentionYears: [6, 10],
    disposal: ['V'],
    leikaShare: 0.85,
    volume: [500, 60000],
    start: 'Termin wahrgenommen',
    end: 'Dokument ausgehändigt',
    question: 'Identität nachgewiesen?',
    yes: [s('Daten erfassen', 'service', 'service'), s('Dokument bestellen', 'service', 'service')],
    no: [s('Nachweise anfordern', 'send', 'service')],
    after: [s('Abholung mitteilen', 'send', 'service'), s('Aushändigung dokumentieren', 'user', 'service')],
  },
  aufsicht: {
    summary: 'Kontrolle planen und durchführen, Mängel anhören und anordnen, Ergebnis dokumentieren und nachverfolgen.',
    external: 'Betroffene Stelle',
    templates: [
      '{o} kontrollieren',
      '{o} überwachen',
      'Anordnung zu {o} erlassen',
      'Verstoß bei {o} ahnden',
      'Beschwerde zu {o} bearbeiten',
      'Mängel bei {o} nachverfolgen',
    ],
    group: 'Aufsicht und Kontrolle',
    documentTypes: ['Kontrollbericht', 'Anordnung', 'Anhörungsschreiben', 'Bußgeldbescheid', 'Foto', 'Vermerk'],
    retentionYears: [5, 10],
    disposal: ['V', 'B'],
    leikaShare: 0.35,
    volume: [20, 5000],
    start: 'Kontrolle fällig',
    end: 'Vorgang abgeschlossen',
    question: 'Mängel festgestellt?',
    yes: [s('Anhörung durchführen', 'send'), s('Anordnung erlassen'), s('Nachkontrolle planen', 'service')],
    no: [s('Ergebnis dokumentieren')],
    after: [s('Kontrollbericht ablegen', 'service'), s('Statistik melden', 'service')],
  },
  planung: {
    summary:
      'Planung erarbeiten, Öffentlichkeit und Träger öffentlicher Belange beteiligen, abwägen und beschließen lassen.',
    external: 'Träger öffentlicher Belange',
    templates: [
      '{o} aufstellen',
      '{o} ändern',
      '{o} fortschreiben',
      'Beteiligung zu {o} durchführen',
      'Stellungnahme zu {o} abgeben',
      '{o} beschließen lassen',
    ],
    group: 'Planung',
    documentTypes: ['Planentwurf', 'Begründung', 'Stellungnahme', 'Gutachten', 'Beschlussvorlage', 'Bekanntmachung'],
    retentionYears: [30],
    disposal: ['A'],
    leikaShare: 0.1,
    volume: [2, 120],
    start: 'Auftrag erteilt',
    end: 'Planung abgeschlossen',
    question: 'Änderungen nach Beteiligung?',
    yes: [s('Entwurf überarbeiten'), s('Erneute Beteiligung durchführen', 'send')],
    no: [s('Abwägung dokumentieren')],
    after: [s('Gremienvorlage erstellen', 'user', 'lead'), s('Beschluss bekannt machen', 'send')],
  },
  bau: {
    summary:
      'Maßnahme planen, Mittel bereitstellen, ausschreiben, vergeben, Ausführung überwachen, abnehmen und abrechnen.',
    external: 'Auftragnehmer',
    templates: [
      '{o} planen',
      '{o} ausschreiben',
      '{o} vergeben',
      '{o} abnehmen',
      '{o} abrechnen',
      'Gewährleistung für {o} verfolgen',
    ],
    group: 'Bau und Unterhaltung',
    documentTypes: [
      'Leistungsverzeichnis',
      'Angebot',
      'Auftrag',
      'Abnahmeprotokoll',
      'Rechnung',
      'Bautagebuch',
      'Plan',
    ],
    retentionYears: [10, 30],
    disposal: ['B', 'A'],
    leikaShare: 0.05,
    volume: [5, 800],
    start: 'Bedarf gemeldet',
    end: 'Maßnahme abgeschlossen',
    question: 'Mittel bereitgestellt?',
    yes: [s('Leistungen ausschreiben', 'send'), s('Auftrag vergeben'), s('Ausführung überwachen')],
    no: [s('Mittel beantragen', 'send', 'lead')],
    after: [s('Abnahme durchführen'), s('Schlussrechnung prüfen'), s('Maßnahme dokumentieren', 'service')],
  },
  intern: {
    summary:
      'Auftrag annehmen, Entwurf erstellen, mit den beteiligten Stellen abstimmen, mitzeichnen lassen und versenden.',
    external: 'Beteiligte Stelle',
    templates: ['{o} bearbeiten', '{o} erstellen', '{o} abstimmen', '{o} prüfen', '{o} auswerten', '{o} dokumentieren'],
    group: 'Interne Verwaltung',
    documentTypes: ['Vermerk', 'Schriftverkehr', 'Bericht', 'Stellungnahme', 'Verfügung'],
    retentionYears: [5, 6, 10],
    disposal: ['V', 'B'],
    leikaShare: 0,
    volume: [5, 1500],
    start: 'Auftrag eingegangen',
    end: 'Vorgang erledigt',
    question: 'Abstimmung erforderlich?',
    yes: [s('Beteiligte Stellen anschreiben', 'send'), s('Rückmeldungen einarbeiten')],
    no: [s('Entwurf fertigstellen')],
    after: [s('Mitzeichnung einholen', 'user', 'lead'), s('Ergebnis versenden', 'send')],
  },
  finanzen: {
    summary: 'Grundlagen erfassen, Betrag berechnen, festsetzen, Bescheid versenden und die Forderung buchen.',
    external: 'Abgabepflichtige',
    templates: [
      '{o} festsetzen',
      '{o} erheben',
      '{o} stunden',
      '{o} erlassen',
      '{o} mahnen',
      '{o} erstatten',
      'Widerspruch gegen {o} bearbeiten',
    ],
    group: 'Finanzen',
    documentTypes: ['Bescheid', 'Erklärung', 'Zahlungsanordnung', 'Mahnung', 'Kontoauszug', 'Vermerk'],
    retentionYears: [10],
    disposal: ['V', 'B'],
    leikaShare: 0.6,
    volume: [100, 80000],
    start: 'Veranlagung fällig',
    end: 'Forderung gebucht',
    question: 'Angaben plausibel?',
    yes: [s('Betrag berechnen', 'service'), s('Bescheid erstellen', 'service')],
    no: [s('Rückfrage senden', 'send'), s('Schätzung vornehmen')],
    after: [s('Bescheid versenden', 'send'), s('Sollstellung buchen', 'service')],
  },
  beratung: {
    summary: 'Anfrage aufnehmen, beraten, Hilfebedarf klären, an Fachstellen vermitteln und dokumentieren.',
    external: 'Ratsuchende',
    templates: ['{o} durchführen', '{o} vorbereiten', '{o} dokumentieren', '{o} vermitteln', '{o} auswerten'],
    group: 'Beratung und Betreuung',
    documentTypes: ['Gesprächsvermerk', 'Einwilligung', 'Hilfeplan', 'Bericht', 'Schriftverkehr'],
    retentionYears: [5, 10],
    disposal: ['V', 'B'],
    leikaShare: 0.3,
    volume: [30, 6000],
    start: 'Anfrage eingegangen',
    end: 'Beratung abgeschlossen',
    question: 'Weitere Hilfe nötig?',
    yes: [s('Hilfeplan erstellen'), s('An Fachstelle vermitteln', 'send')],
    no: [s('Ergebnis festhalten')],
    after: [s('Gespräch dokumentieren'), s('Wiedervorlage setzen', 'service')],
  },
  foerderung: {
    summary: 'Förderantrag prüfen, Förderfähigkeit feststellen, Zuwendung bewilligen, auszahlen und Verwendung prüfen.',
    external: 'Zuwendungsempfänger',
    templates: [
      '{o} bewilligen',
      '{o} ablehnen',
      '{o} auszahlen',
      'Verwendungsnachweis zu {o} prüfen',
      '{o} zurückfordern',
      '{o} ausschreiben',
    ],
    group: 'Förderung',
    documentTypes: ['Förderantrag', 'Zuwendungsbescheid', 'Verwendungsnachweis', 'Finanzierungsplan', 'Vermerk'],
    retentionYears: [10],
    disposal: ['B', 'A'],
    leikaShare: 0.4,
    volume: [5, 900],
    start: 'Förderantrag eingegangen',
    end: 'Förderung abgeschlossen',
    question: 'Förderfähig?',
    yes: [s('Zuwendung berechnen', 'service'), s('Zuwendungsbescheid erstellen'), s('Auszahlung anordnen', 'service')],
    no: [s('Ablehnung begründen')],
    after: [s('Bescheid versenden', 'send'), s('Verwendungsnachweis anfordern', 'send')],
  },
};

/** Qualifiers that make a further distinct process of the same object and verb (used once plain names run out). */
export const QUALIFIERS: string[] = [
  '(vereinfachtes Verfahren)',
  '(Eilverfahren)',
  '(Online-Antrag)',
  'für Unternehmen',
  'für Vereine',
  'mit Beteiligung anderer Ämter',
  '(Sonderfall)',
  'nach Widerspruch',
  ...[
    'Mitte',
    'Nord',
    'Ost',
    'Süd',
    'West',
    'Bad Cannstatt',
    'Birkach',
    'Botnang',
    'Degerloch',
    'Feuerbach',
    'Hedelfingen',
    'Möhringen',
    'Mühlhausen',
    'Münster',
    'Obertürkheim',
    'Plieningen',
    'Sillenbuch',
    'Stammheim',
    'Untertürkheim',
    'Vaihingen',
    'Wangen',
    'Weilimdorf',
    'Zuffenhausen',
  ].map((district) => `– Stadtbezirk ${district}`),
];

/** Tags a process may carry. */
export const TAGS: string[] = [
  'OZG',
  'Online-Antrag',
  'gebührenpflichtig',
  'fristgebunden',
  'Massenverfahren',
  'Publikumsverkehr',
  'besondere personenbezogene Daten',
  'Pilot',
  'Schnittstelle Fachverfahren',
  'Papierakte vorhanden',
];
