/**
 * The metadata form's model: the text a user edits for each field, the PATCH body that sends only
 * what changed (empty optional fields become null: removed), and merging one's own changes onto a
 * version someone else saved in between.
 */
import type { Process, ProcessUpdate } from '@efile/schemas';

export const EDITABLE_FIELDS = [
  'name',
  'description',
  'group',
  'leikaKey',
  'filingPlanRef',
  'documentTypes',
  'retentionYears',
  'disposal',
  'annualCaseVolume',
  'legalBasis',
  'tags',
] as const satisfies readonly (keyof ProcessUpdate)[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Every field as the text in its form control. */
export type FormValues = Record<EditableField, string>;

/** The form's text for a process. */
export function valuesOf(process: Process): FormValues {
  return {
    name: process.name,
    description: process.description ?? '',
    group: process.group ?? '',
    leikaKey: process.leikaKey ?? '',
    filingPlanRef: process.filingPlanRef ?? '',
    documentTypes: process.documentTypes.join('\n'),
    retentionYears: process.retentionYears?.toString() ?? '',
    disposal: process.disposal ?? '',
    annualCaseVolume: process.annualCaseVolume?.toString() ?? '',
    legalBasis: process.legalBasis ?? '',
    tags: process.tags.join(', '),
  };
}

/**
 * A whole number typed with or without digit grouping ("1.234" in German, "1,234" in English);
 * anything else stays text, for the schema to reject with a message.
 */
export function parseWholeNumber(text: string, groupSeparator: string): number | string {
  const compact = text.replace(/\s/g, '').split(groupSeparator).join('');
  return /^-?\d+$/.test(compact) ? Number(compact) : text.trim();
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function commaList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The value each field would be sent as (undefined: remove it). Numbers that do not parse stay
 * text, so that validation reports them.
 */
export function parsedValues(values: FormValues, groupSeparator: string): Record<EditableField, unknown> {
  const optionalText = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const optionalNumber = (text: string) => (text.trim() === '' ? undefined : parseWholeNumber(text, groupSeparator));
  return {
    name: values.name.trim(),
    description: optionalText(values.description),
    group: optionalText(values.group),
    leikaKey: optionalText(values.leikaKey),
    filingPlanRef: optionalText(values.filingPlanRef),
    documentTypes: lines(values.documentTypes),
    retentionYears: optionalNumber(values.retentionYears),
    disposal: optionalText(values.disposal),
    annualCaseVolume: optionalNumber(values.annualCaseVolume),
    legalBasis: optionalText(values.legalBasis),
    tags: commaList(values.tags),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The PATCH body: only the fields whose value differs from the process it was based on. */
export function patchOf(values: FormValues, base: Process, groupSeparator: string): ProcessUpdate {
  const next = parsedValues(values, groupSeparator);
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const before = base[field] ?? (field === 'documentTypes' || field === 'tags' ? [] : undefined);
    if (!same(next[field], before)) patch[field] = next[field] === undefined ? null : next[field];
  }
  return patch as ProcessUpdate;
}

/** The fields whose stored value differs between two versions of a process. */
export function changedFields(before: Process, after: Process): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !same(before[field], after[field]));
}

/**
 * One's own changes on top of a newer version: fields the user changed keep the user's text,
 * all others take the newer version's.
 */
export function mergeOnto(values: FormValues, base: Process, current: Process): FormValues {
  const original = valuesOf(base);
  const theirs = valuesOf(current);
  const merged = { ...theirs };
  for (const field of EDITABLE_FIELDS) {
    if (values[field] !== original[field]) merged[field] = values[field];
  }
  return merged;
}
