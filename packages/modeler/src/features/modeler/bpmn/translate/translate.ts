/**
 * bpmn-js's `translate` service in the app's language: the English templates of bpmn-js, the
 * properties panel, bpmnlint and our own extensions are looked up in the `bpmnjs` section of the
 * modeler's texts; templates without a translation stay English.
 */
import i18next from 'i18next';
import { termOf } from '../../i18n/useModelerTranslation';

/** Translates a template and fills its `{placeholders}`. */
export function translate(template: string, replacements?: Record<string, string>): string {
  const text = termOf(i18next, 'bpmnjs', template) ?? template;
  return text.replace(/{([^}]+)}/g, (match, key: string) => replacements?.[key] ?? match);
}
