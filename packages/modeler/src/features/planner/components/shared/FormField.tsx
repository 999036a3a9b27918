/**
 * A labelled form control with its hint and its error, wired for screen readers (aria-describedby,
 * aria-invalid). The control is rendered by `children` with the attributes it needs.
 */
import type { ReactNode } from 'react';
import { usePlannerTranslation } from '../../i18n';
import { FieldError } from './FieldError';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The error is the API's message (English), not the form's own. */
  errorFromApi?: boolean | undefined;
  required?: boolean;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ id, label, hint, error, errorFromApi, required, wide, children }: FormFieldProps) {
  const { t } = usePlannerTranslation();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}${wide ? ' field--wide' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {error && <FieldError id={`${id}-error`} message={error} fromApi={errorFromApi} />}
    </div>
  );
}

/** Moves focus to the first control of a form that is marked invalid (after the render that marks it). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
