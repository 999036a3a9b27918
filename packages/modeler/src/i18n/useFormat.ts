/**
 * Dates, numbers and percentages formatted with Intl for the UI language: in German 07.01.2025,
 * 07.01.2025, 14:30, 1.234,5 and 46 %; in English 07/01/2025, 1,234.5 and 46%.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from './i18n';

export interface Formatters {
  locale: string;
  /** A calendar date, e.g. 07.01.2025. */
  date(value: string | Date): string;
  /** A date with the time of day, e.g. 07.01.2025, 14:30. */
  dateTime(value: string | Date): string;
  /** A number with grouping, e.g. 1.234,5. */
  number(value: number, maximumFractionDigits?: number): string;
  /** A share (0.46) as a percentage, e.g. 46 %. */
  percent(share: number, maximumFractionDigits?: number): string;
}

/** Formatters for a locale such as de-DE. */
export function formattersFor(locale: string): Formatters {
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  return {
    locale,
    date: (value) => date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    number: (value, maximumFractionDigits = 1) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
    percent: (share, maximumFractionDigits = 0) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share),
  };
}

/** The formatters of the current UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => formattersFor(locale), [locale]);
}
