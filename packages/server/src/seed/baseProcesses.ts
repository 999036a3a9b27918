/**
 * The ten base processes (Basisprozesse) central IT defines for every department, with their
 * metadata and the diagrams of their versions. Later versions show how a base process evolves, so
 * departments that adopted an earlier version are "behind".
 */
import type { DiagramSpec, TaskSpec, TaskType } from './bpmnGenerator.js';

/** The department that owns the base processes: central IT. */
export const BASE_OWNER = '12';

export interface BaseProcess {
  key: string;
  name: string;
  description: string;
  group: string;
  filingPlanRef: string;
  documentTypes: string[];
  retentionYears: number;
  disposal: 'A' | 'B' | 'V';
  legalBasis: string;
  tags: string[];
  /** Typical cases per year in one department. */
  volume: [number, number];
  /** The diagrams of versions 1, 2, …; the seed releases the first `released` of them. */
  versions: DiagramSpec[];
  released: number;
}

const LANES = ['Posteingangsstelle', 'Sachbearbeitung', 'Amtsleitung'];
const t = (name: string, type: TaskType = 'user', lane = 1): TaskSpec => ({ name, type, lane });

function spec(
  name: string,
  parts: Omit<DiagramSpec, 'processName' | 'participantName' | 'lanes'> & { lanes?: string[] },
): DiagramSpec {
  return { processName: name, participantName: 'Stadtverwaltung', lanes: parts.lanes ?? LANES, ...parts };
}

export const BASE_PROCESSES: BaseProcess[] = [
  {
    key: 'B-POSTEINGANG',
    name: 'Posteingang',
    description:
      'Papier- und elektronische Eingänge annehmen, scannen, erfassen und dem zuständigen Vorgang in der E-Akte zuordnen.',
    group: 'Schriftgutverwaltung',
    filingPlanRef: '0.10.1',
    documentTypes: ['Eingangsschreiben', 'Scan', 'Transfervermerk', 'E-Mail'],
    retentionYears: 6,
    disposal: 'V',
    legalBasis: '§ 6 EGovG BW; TR-RESISCAN; Dienstanweisung Schriftgutverwaltung',
    tags: ['ersetzendes Scannen', 'Massenverfahren'],
    volume: [2000, 60000],
    released: 2,
    versions: [
      spec('Posteingang', {
        start: { name: 'Post eingegangen', lane: 0 },
        before: [t('Post öffnen und sortieren', 'manual', 0), t('Eingang scannen und erfassen', 'user', 0)],
        gateway: { question: 'Zuständigkeit klar?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Vorgang in E-Akte anlegen', 'service')],
        no: [t('Zuständigkeit klären', 'send')],
        after: [t('Sachbearbeitung informieren', 'send')],
        end: { name: 'Eingang zugeordnet', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 1 },
      }),
      spec('Posteingang', {
        start: { name: 'Post eingegangen', lane: 0 },
        before: [
          t('Post öffnen und sortieren', 'manual', 0),
          t('Eingang scannen und erfassen', 'user', 0),
          t('Scanqualität prüfen (TR-RESISCAN)', 'user', 0),
        ],
        gateway: { question: 'Zuständigkeit klar?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Dokumenttyp zuordnen'), t('Vorgang in E-Akte anlegen', 'service')],
        no: [t('Zuständigkeit klären', 'send')],
        after: [t('Sachbearbeitung informieren', 'send'), t('Papieroriginal zur Vernichtung vormerken', 'user', 0)],
        end: { name: 'Eingang zugeordnet', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 1 },
      }),
    ],
  },
  {
    key: 'B-POSTAUSGANG',
    name: 'Postausgang',
    description:
      'Ausgehende Schreiben aus der E-Akte erzeugen, zeichnen, versenden und den Versand in der E-Akte nachweisen.',
    group: 'Schriftgutverwaltung',
    filingPlanRef: '0.10.2',
    documentTypes: ['Ausgangsschreiben', 'Versandnachweis', 'Zustellungsurkunde'],
    retentionYears: 6,
    disposal: 'V',
    legalBasis: '§ 41 LVwVfG BW; LVwZG BW',
    tags: ['Massenverfahren'],
    volume: [1000, 40000],
    released: 1,
    versions: [
      spec('Postausgang', {
        start: { name: 'Schreiben erstellt', lane: 1 },
        before: [t('Schreiben aus Vorlage erzeugen'), t('Schreiben zeichnen', 'user', 2)],
        gateway: { question: 'Elektronischer Versand möglich?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Über Bürgerpostfach versenden', 'send')],
        no: [t('Drucken und kuvertieren', 'manual', 0), t('Per Post versenden', 'send', 0)],
        after: [t('Versand in E-Akte nachweisen', 'service')],
        end: { name: 'Schreiben versandt', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 2 },
        external: 'Empfänger/in',
      }),
    ],
  },
  {
    key: 'B-RECHNUNG',
    name: 'Rechnungsbearbeitung',
    description:
      'Eingangsrechnungen (XRechnung) empfangen, sachlich und rechnerisch prüfen, anordnen und in der E-Akte ablegen.',
    group: 'Finanzen',
    filingPlanRef: '9.20.1',
    documentTypes: ['Rechnung', 'XRechnung', 'Auszahlungsanordnung', 'Bestellung', 'Lieferschein'],
    retentionYears: 10,
    disposal: 'V',
    legalBasis: 'GemKVO BW; E-Rechnungsverordnung BW; § 147 AO',
    tags: ['XRechnung', 'fristgebunden'],
    volume: [300, 20000],
    released: 2,
    versions: [
      spec('Rechnungsbearbeitung', {
        lanes: ['Rechnungseingang', 'Sachbearbeitung', 'Anordnungsbefugte'],
        start: { name: 'Rechnung eingegangen', lane: 0 },
        before: [t('Rechnung erfassen', 'service', 0)],
        gateway: { question: 'Sachlich richtig?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Rechnerisch prüfen')],
        no: [t('Rechnung reklamieren', 'send')],
        after: [t('Zahlung anordnen', 'user', 2), t('Rechnung in E-Akte ablegen', 'service')],
        end: { name: 'Rechnung bezahlt', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 2 },
      }),
      spec('Rechnungsbearbeitung', {
        lanes: ['Rechnungseingang', 'Sachbearbeitung', 'Anordnungsbefugte'],
        start: { name: 'XRechnung eingegangen', lane: 0 },
        before: [t('XRechnung validieren', 'service', 0), t('Rechnung erfassen', 'service', 0)],
        gateway: { question: 'Sachlich richtig?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Rechnerisch prüfen'), t('Kontierung ergänzen')],
        no: [t('Rechnung reklamieren', 'send')],
        after: [t('Zahlung anordnen', 'user', 2), t('Rechnung in E-Akte ablegen', 'service')],
        end: { name: 'Rechnung bezahlt', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 3 },
      }),
    ],
  },
  {
    key: 'B-VERTRAG',
    name: 'Vertragsmanagement',
    description: 'Verträge vorbereiten, abstimmen, abschließen, Fristen überwachen und Verträge in der E-Akte führen.',
    group: 'Recht und Verträge',
    filingPlanRef: '0.30.1',
    documentTypes: ['Vertrag', 'Vertragsentwurf', 'Nachtrag', 'Kündigung', 'Vermerk'],
    retentionYears: 10,
    disposal: 'B',
    legalBasis: '§§ 145 ff. BGB; § 54 GemO BW',
    tags: ['fristgebunden'],
    volume: [10, 400],
    released: 1,
    versions: [
      spec('Vertragsmanagement', {
        start: { name: 'Vertragsbedarf festgestellt', lane: 1 },
        before: [t('Vertragsentwurf erstellen'), t('Vorgang in E-Akte anlegen', 'service')],
        gateway: { question: 'Rechtsprüfung nötig?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Entwurf dem Rechtsamt vorlegen', 'send')],
        no: [],
        after: [t('Vertrag unterzeichnen', 'user', 2), t('Fristen in Wiedervorlage eintragen', 'service')],
        end: { name: 'Vertrag geschlossen', lane: 1 },
        dataStore: { name: 'E-Akte', writtenBy: 1 },
        external: 'Vertragspartner',
      }),
    ],
  },
  {
    key: 'B-GREMIENVORLAGE',
    name: 'Gremienvorlage',
    description:
      'Beschluss- und Mitteilungsvorlagen für Gemeinderat und Ausschüsse erstellen, mitzeichnen lassen und einbringen.',
    group: 'Gremien',
    filingPlanRef: '0.20.3',
    documentTypes: ['Beschlussvorlage', 'Mitteilungsvorlage', 'Anlage', 'Beschluss', 'Niederschriftsauszug'],
    retentionYears: 30,
    disposal: 'A',
    legalBasis: '§§ 34–39 GemO BW; Geschäftsordnung des Gemeinderats',
    tags: ['Gemeinderat'],
    volume: [5, 150],
    released: 2,
    versions: [
      spec('Gremienvorlage', {
        lanes: ['Sachbearbeitung', 'Amtsleitung', 'Referat'],
        start: { name: 'Vorlage beauftragt', lane: 0 },
        before: [t('Vorlage entwerfen', 'user', 0), t('Vorlage mitzeichnen', 'user', 1)],
        gateway: { question: 'Referat einverstanden?', lane: 2, yes: 'ja', no: 'nein' },
        yes: [t('Vorlage freigeben', 'user', 2)],
        no: [t('Vorlage überarbeiten', 'user', 2)],
        after: [t('Vorlage ins Ratsinformationssystem einstellen', 'service', 0)],
        end: { name: 'Vorlage eingebracht', lane: 0 },
      }),
      spec('Gremienvorlage', {
        lanes: ['Sachbearbeitung', 'Amtsleitung', 'Referat'],
        start: { name: 'Vorlage beauftragt', lane: 0 },
        before: [
          t('Vorlage entwerfen', 'user', 0),
          t('Beteiligte Ämter anhören', 'send', 0),
          t('Vorlage mitzeichnen', 'user', 1),
        ],
        gateway: { question: 'Referat einverstanden?', lane: 2, yes: 'ja', no: 'nein' },
        yes: [t('Vorlage freigeben', 'user', 2)],
        no: [t('Vorlage überarbeiten', 'user', 2)],
        after: [
          t('Vorlage ins Ratsinformationssystem einstellen', 'service', 0),
          t('Beschluss in E-Akte ablegen', 'service', 0),
        ],
        end: { name: 'Vorlage eingebracht', lane: 0 },
        dataStore: { name: 'E-Akte', writtenBy: 4 },
      }),
    ],
  },
  {
    key: 'B-PERSONALAKTE',
    name: 'Personalaktenführung',
    description:
      'Die elektronische Personalakte führen: Dokumente aufnehmen, Teilakten zuordnen, Einsicht gewähren und Fristen beachten.',
    group: 'Personal',
    filingPlanRef: '0.40.1',
    documentTypes: ['Arbeitsvertrag', 'Beurteilung', 'Zeugnis', 'Bescheinigung', 'Änderungsvertrag'],
    retentionYears: 5,
    disposal: 'B',
    legalBasis: '§§ 83–88 LBG BW; § 26 BDSG; § 3 TVöD',
    tags: ['besondere personenbezogene Daten'],
    volume: [50, 3000],
    released: 1,
    versions: [
      spec('Personalaktenführung', {
        lanes: ['Personalsachbearbeitung', 'Personalstelle Amt'],
        start: { name: 'Personaldokument eingegangen', lane: 1 },
        before: [t('Dokument erfassen', 'user', 1), t('Teilakte zuordnen', 'user', 0)],
        gateway: { question: 'Vertrauliches Dokument?', lane: 0, yes: 'ja', no: 'nein' },
        yes: [t('Zugriff beschränken', 'service', 0)],
        no: [],
        after: [t('Dokument in Personalakte ablegen', 'service', 0)],
        end: { name: 'Dokument abgelegt', lane: 0 },
        dataStore: { name: 'E-Personalakte', writtenBy: 2 },
      }),
    ],
  },
  {
    key: 'B-BESCHAFFUNG',
    name: 'Beschaffung',
    description: 'Bedarfe melden, Angebote einholen, vergeben, bestellen und die Lieferung abnehmen.',
    group: 'Beschaffung',
    filingPlanRef: '0.50.1',
    documentTypes: ['Bedarfsmeldung', 'Angebot', 'Vergabevermerk', 'Bestellung', 'Lieferschein'],
    retentionYears: 10,
    disposal: 'V',
    legalBasis: 'UVgO; VwV Beschaffung; § 31 GemHVO BW',
    tags: ['Vergabe'],
    volume: [20, 2000],
    released: 2,
    versions: [
      spec('Beschaffung', {
        lanes: ['Bedarfsstelle', 'Vergabestelle'],
        start: { name: 'Bedarf entstanden', lane: 0 },
        before: [t('Bedarf melden', 'user', 0)],
        gateway: { question: 'Wert über Direktauftragsgrenze?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Angebote einholen', 'send', 1), t('Vergabe dokumentieren', 'user', 1)],
        no: [t('Direkt bestellen', 'send', 1)],
        after: [t('Lieferung abnehmen', 'user', 0)],
        end: { name: 'Beschaffung abgeschlossen', lane: 0 },
        external: 'Lieferant',
      }),
      spec('Beschaffung', {
        lanes: ['Bedarfsstelle', 'Vergabestelle'],
        start: { name: 'Bedarf entstanden', lane: 0 },
        before: [t('Bedarf im Beschaffungsportal melden', 'service', 0), t('Vorgang in E-Akte anlegen', 'service', 1)],
        gateway: { question: 'Wert über Direktauftragsgrenze?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Angebote einholen', 'send', 1), t('Vergabe dokumentieren', 'user', 1)],
        no: [t('Direkt bestellen', 'send', 1)],
        after: [t('Lieferung abnehmen', 'user', 0), t('Rechnung weiterleiten', 'send', 0)],
        end: { name: 'Beschaffung abgeschlossen', lane: 0 },
        dataStore: { name: 'E-Akte', writtenBy: 1 },
        external: 'Lieferant',
      }),
    ],
  },
  {
    key: 'B-AKTENEINSICHT',
    name: 'Akteneinsicht',
    description:
      'Anträge auf Akteneinsicht oder Informationszugang prüfen, Unterlagen schwärzen und Einsicht gewähren.',
    group: 'Recht und Verträge',
    filingPlanRef: '0.30.4',
    documentTypes: ['Antrag', 'Bescheid', 'Schwärzungsprotokoll', 'Vermerk'],
    retentionYears: 6,
    disposal: 'V',
    legalBasis: '§ 29 LVwVfG BW; LIFG BW; Art. 15 DSGVO',
    tags: ['fristgebunden'],
    volume: [5, 300],
    released: 1,
    versions: [
      spec('Akteneinsicht', {
        lanes: ['Sachbearbeitung', 'Datenschutz'],
        start: { name: 'Antrag eingegangen', lane: 0 },
        before: [t('Antrag in E-Akte erfassen', 'service', 0)],
        gateway: { question: 'Schutzwürdige Daten Dritter?', lane: 0, yes: 'ja', no: 'nein' },
        yes: [t('Dritte anhören', 'send', 0), t('Unterlagen schwärzen', 'user', 0)],
        no: [],
        after: [t('Einsicht gewähren', 'user', 0), t('Bescheid versenden', 'send', 0)],
        end: { name: 'Antrag erledigt', lane: 0 },
        dataStore: { name: 'E-Akte', writtenBy: 0 },
        external: 'Antragsteller/in',
      }),
    ],
  },
  {
    key: 'B-BESCHWERDE',
    name: 'Beschwerdemanagement',
    description: 'Beschwerden und Anregungen erfassen, klären, beantworten und für Verbesserungen auswerten.',
    group: 'Bürgerdienste',
    filingPlanRef: '0.10.5',
    documentTypes: ['Beschwerde', 'Stellungnahme', 'Antwortschreiben', 'Vermerk'],
    retentionYears: 5,
    disposal: 'V',
    legalBasis: 'Art. 17 GG; Dienstanweisung Beschwerdemanagement',
    tags: ['Publikumsverkehr'],
    volume: [10, 1500],
    released: 1,
    versions: [
      spec('Beschwerdemanagement', {
        start: { name: 'Beschwerde eingegangen', lane: 0 },
        before: [t('Eingang scannen und erfassen', 'user', 0), t('Eingangsbestätigung senden', 'send', 0)],
        gateway: { question: 'Stellungnahme nötig?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Stellungnahme einholen', 'send'), t('Sachverhalt klären')],
        no: [],
        after: [t('Antwort zeichnen', 'user', 2), t('Antwort versenden', 'send')],
        end: { name: 'Beschwerde beantwortet', lane: 1 },
        external: 'Beschwerdeführer/in',
      }),
    ],
  },
  {
    key: 'B-AUSSONDERUNG',
    name: 'Aktenaussonderung',
    description:
      'Nach Ablauf der Aufbewahrungsfrist Akten dem Stadtarchiv anbieten und nach dessen Bewertung archivieren oder löschen.',
    group: 'Schriftgutverwaltung',
    filingPlanRef: '0.10.9',
    documentTypes: ['Aussonderungsliste', 'Anbietungsliste', 'Bewertungsentscheidung', 'Löschprotokoll'],
    retentionYears: 30,
    disposal: 'A',
    legalBasis: '§§ 3, 7 LArchG BW; Art. 17 DSGVO',
    tags: ['Archiv'],
    volume: [1, 50],
    released: 1,
    versions: [
      spec('Aktenaussonderung', {
        lanes: ['Registratur', 'Stadtarchiv'],
        start: { name: 'Aufbewahrungsfrist abgelaufen', lane: 0 },
        before: [t('Aussonderungsliste erzeugen', 'service', 0), t('Akten dem Archiv anbieten', 'send', 0)],
        gateway: { question: 'Archivwürdig?', lane: 1, yes: 'ja', no: 'nein' },
        yes: [t('Akten ins digitale Archiv übernehmen', 'service', 1)],
        no: [t('Löschung freigeben', 'user', 1)],
        after: [t('Löschung protokollieren', 'service', 0)],
        end: { name: 'Aussonderung abgeschlossen', lane: 0 },
      }),
    ],
  },
];
