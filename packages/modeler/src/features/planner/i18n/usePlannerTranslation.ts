/**
 * `useTranslation('planner')` typed with the keys of the planner's own resource files, and the
 * German/English choice of the API's bilingual labels (counting rules, scope descriptions).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type de from './de.json';

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A text key of the planner, e.g. `dashboard.title`. */
export type PlannerKey = Leaves<typeof de>;

/** The planner's t(): interpolation values in the options, `count` for plurals. */
export type PlannerT = (key: PlannerKey, options?: Record<string, unknown>) => string;

/** A text the API sends in both languages. */
export interface BilingualLabel {
  de: string;
  en: string;
}

type UntypedUseTranslation = (ns: string) => {
  t: (key: string, options?: Record<string, unknown>) => string;
  i18n: I18n;
};

/** The planner's t(), `label()` for the API's bilingual labels, and the i18next instance. */
export function usePlannerTranslation(): { t: PlannerT; label: (text: BilingualLabel) => string; i18n: I18n } {
  const { t, i18n } = (useTranslation as unknown as UntypedUseTranslation)('planner');
  const english = i18n.language === 'en';
  const label = useCallback((text: BilingualLabel) => (english ? text.en : text.de), [english]);
  return { t: t as PlannerT, label, i18n };
}
