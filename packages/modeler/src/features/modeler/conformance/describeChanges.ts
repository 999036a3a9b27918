/**
 * Turns the result of bpmn-js-differ into a list a person can read: one entry per element with
 * the most telling kind of change (added, removed, changed, then moved), and the attribute changes.
 */
import type { DiffResult } from 'bpmn-js-differ';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'layoutChanged';

export interface AttributeChange {
  attribute: string;
  from: string;
  to: string;
}

export interface Change {
  kind: ChangeKind;
  id: string;
  type: string;
  name: string;
  attributes: AttributeChange[];
}

const KIND_ORDER: ChangeKind[] = ['added', 'removed', 'changed', 'layoutChanged'];

type ModelElement = { $type: string; id: string; name?: string };

/** A value of a changed attribute as text: references by their name or id. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(text).join(', ');
  const element = value as Partial<ModelElement> & { text?: string };
  return element.name ?? element.text ?? element.id ?? element.$type ?? JSON.stringify(value);
}

/** The changes, grouped by kind and sorted by name within a kind. */
export function describeChanges(result: DiffResult): Change[] {
  const seen = new Set<string>();
  const changes: Change[] = [];
  const add = (kind: ChangeKind, element: ModelElement, attributes: AttributeChange[] = []) => {
    if (seen.has(element.id)) return;
    seen.add(element.id);
    changes.push({ kind, id: element.id, type: element.$type, name: element.name ?? '', attributes });
  };
  for (const element of Object.values(result._added)) add('added', element);
  for (const element of Object.values(result._removed)) add('removed', element);
  for (const { model, attrs } of Object.values(result._changed)) {
    add(
      'changed',
      model,
      Object.entries(attrs).map(([attribute, { oldValue, newValue }]) => ({
        attribute,
        from: text(oldValue),
        to: text(newValue),
      })),
    );
  }
  for (const element of Object.values(result._layoutChanged)) add('layoutChanged', element);
  return changes.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.name || a.id).localeCompare(b.name || b.id, 'de'),
  );
}

/** The CSS marker of a kind of change on the canvas. */
export function markerOf(kind: ChangeKind): string {
  return `diff-${kind}`;
}
