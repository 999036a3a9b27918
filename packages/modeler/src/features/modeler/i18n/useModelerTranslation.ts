/**
 * `useTranslation('modeler')` with the keys of the modeler's own resource files as types, whatever
 * namespaces the app shell declares to i18next.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type de from './de.json';

type Resources = typeof de;
type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Sections looked up by their literal English or BPMN keys (which hold `.` and `:`), not through t(). */
export type TermSection = 'lint' | 'types' | 'bpmnjs';

/** A text key of the modeler, e.g. `toolbar.save`. */
export type ModelerKey = Exclude<Leaves<Resources>, `${TermSection}.${string}`>;

/** The modeler's t(): interpolation values in the options, `count` for plurals. */
export type ModelerT = (key: ModelerKey, options?: Record<string, unknown>) => string;

type UntypedUseTranslation = (ns: string) => {
  t: (key: string, options?: Record<string, unknown>) => string;
  i18n: I18n;
};

/** The resource of one term (a lint message, a BPMN type, a bpmn-js text) in the language shown. */
export function termOf(i18n: I18n, section: TermSection, key: string): string | undefined {
  for (const language of [i18n.resolvedLanguage ?? i18n.language, 'de']) {
    const bundle = i18n.getResourceBundle(language, 'modeler') as Resources | undefined;
    const value = (bundle?.[section] as Record<string, string> | undefined)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The modeler's t(), `term()` for the literal-keyed sections and the i18next instance. */
export function useModelerTranslation(): {
  t: ModelerT;
  term: (section: TermSection, key: string) => string | undefined;
  i18n: I18n;
} {
  const { t, i18n } = (useTranslation as unknown as UntypedUseTranslation)('modeler');
  const term = useCallback(
    (section: TermSection, key: string) => termOf(i18n, section, key),
    // the language is a dependency: terms change with it
    [i18n, i18n.language],
  );
  return { t: t as ModelerT, term, i18n };
}
