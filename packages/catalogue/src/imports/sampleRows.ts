/**
 * Generated import data for tests and benchmarks: N plausible processes of one department,
 * as CSV the way German Excel writes it (`;`, CRLF, German headers and number format) or as JSON rows.
 */
import type { ProcessCreate } from '@efile/schemas';

export interface SampleOptions {
  /** The department code of every row (must exist before importing). */
  department?: string;
  /** The number of the first row's key (keys are P-<department>-<number, 6 digits>). */
  start?: number;
  /** Appended to every name, e.g. to make a changed file. */
  nameSuffix?: string;
}

/** The German header row of a complete import file. */
export const SAMPLE_HEADER: readonly string[] = [
  'Schlüssel',
  'Name',
  'Beschreibung',
  'Amt',
  'Art',
  'Prozessgruppe',
  'LeiKa-Schlüssel',
  'Aktenplankennzeichen',
  'Dokumenttypen',
  'Aufbewahrungsfrist',
  'Aussonderungsart',
  'Fallzahl',
  'Rechtsgrundlage',
  'Schlagwörter',
];

const SUBJECTS = ['Baugenehmigung', 'Wohngeld', 'Gewerbeanmeldung', 'Sondernutzung', 'Prüfung', 'Förderantrag'];
const GROUPS = ['Genehmigungen', 'Leistungen', 'Ordnung', 'Finanzen'];
const DISPOSALS = ['A', 'B', 'V'] as const;

/** The processes of a sample file, as JSON import rows. */
export function sampleProcesses(count: number, options: SampleOptions = {}): ProcessCreate[] {
  const department = options.department ?? '32';
  const start = options.start ?? 1;
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const subject = SUBJECTS[n % SUBJECTS.length] ?? 'Antrag';
    return {
      key: `P-${department.replace(/\D/g, '')}-${String(n).padStart(6, '0')}`,
      name: `${subject} Nr. ${n} bearbeiten${options.nameSuffix ?? ''}`,
      description: `Eingang; Prüfung und Bescheid für ${subject} (Vorgang ${n}).`,
      department,
      kind: 'department',
      group: GROUPS[n % GROUPS.length] ?? 'Leistungen',
      leikaKey: String(99000000000000 + n),
      filingPlanRef: `${n % 9}.${n % 7}.${n % 5}`,
      documentTypes: ['Antrag', 'Bescheid', 'Vermerk'],
      retentionYears: 5 + (n % 6) * 5,
      disposal: DISPOSALS[n % 3] ?? 'B',
      annualCaseVolume: 1000 + n * 7,
      legalBasis: `§ ${n % 90} LBO`,
      tags: ['import', `gruppe${n % 4}`],
    };
  });
}

function quoted(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** German thousands format, as Excel writes numbers for a German locale. */
function germanNumber(value: number): string {
  return value.toLocaleString('de-DE');
}

/** One CSV line per process (no header), `;`-separated, with the cells of SAMPLE_HEADER. */
export function* sampleCsvRows(count: number, options: SampleOptions = {}): Generator<string> {
  for (const p of sampleProcesses(count, options)) {
    yield [
      p.key,
      p.name,
      p.description ?? '',
      p.department,
      p.kind === 'base' ? 'Basisprozess' : 'Fachprozess',
      p.group ?? '',
      p.leikaKey ?? '',
      p.filingPlanRef ?? '',
      (p.documentTypes ?? []).join(', '),
      String(p.retentionYears ?? ''),
      p.disposal ?? '',
      p.annualCaseVolume === undefined ? '' : germanNumber(p.annualCaseVolume),
      p.legalBasis ?? '',
      (p.tags ?? []).join(', '),
    ]
      .map(quoted)
      .join(';');
  }
}

/** A whole sample CSV file: header plus `count` rows, CRLF line ends, no BOM (add one if wanted). */
export function sampleCsv(count: number, options: SampleOptions = {}): string {
  return [SAMPLE_HEADER.join(';'), ...sampleCsvRows(count, options)].join('\r\n') + '\r\n';
}
