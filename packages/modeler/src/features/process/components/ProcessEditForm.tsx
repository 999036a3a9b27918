/**
 * Editing a process's metadata. Checked in the browser with the API's own JSON Schema before
 * sending; the API's field errors are shown at their fields too. The change names the version it
 * is based on: when someone else saved in between (412), the user chooses between the current
 * version and keeping their own changes on top of it.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Process } from '@efile/schemas';
import { validateProcessUpdate } from 'virtual:efile-validators';
import { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormat } from '../../../i18n/useFormat';
import { serverFieldMessages, validateFields, type FieldMessages } from '../../../validation/schemaErrors';
import { processQueryOptions } from '../api/getProcess';
import { useUpdateProcess } from '../api/updateProcess';
import { EDITABLE_FIELDS, mergeOnto, patchOf, valuesOf, type EditableField, type FormValues } from '../processForm';
import { ConflictDialog } from './ConflictDialog';

export interface ProcessEditFormProps {
  process: Process;
  onSaved: (process: Process) => void;
  onCancel: () => void;
}

const MULTILINE: readonly EditableField[] = ['description', 'documentTypes', 'legalBasis'];
/** Single-line fields that get the whole width (long names, many tags). */
const WIDE: readonly EditableField[] = ['name', 'tags', ...MULTILINE];
const NUMERIC: readonly EditableField[] = ['retentionYears', 'annualCaseVolume'];
const HINTS: Partial<Record<EditableField, true>> = {
  leikaKey: true,
  filingPlanRef: true,
  documentTypes: true,
  retentionYears: true,
  annualCaseVolume: true,
  tags: true,
};

function groupSeparatorOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1000).find((part) => part.type === 'group')?.value ?? '.';
}

export function ProcessEditForm({ process, onSaved, onCancel }: ProcessEditFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const queryClient = useQueryClient();
  const update = useUpdateProcess();
  const [base, setBase] = useState(process);
  const [values, setValues] = useState<FormValues>(() => valuesOf(process));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<Process>();
  const [failure, setFailure] = useState<unknown>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const groupSeparator = useMemo(() => groupSeparatorOf(format.locale), [format.locale]);

  useEffect(() => nameRef.current?.focus(), []);

  const fieldId = (field: string) => `${id}-${field}`;
  const label = (field: string) => t(`process.fields.${field as EditableField}`);
  const errorEntries = Object.entries(errors);

  const showErrors = (messages: FieldMessages) => {
    setErrors(messages);
    // after the summary is rendered, move focus to it so the errors are read out
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const patch = patchOf(values, base, groupSeparator);
    if (Object.keys(patch).length === 0) {
      setErrors({});
      setNotice(t('edit.nothingChanged'));
      return;
    }
    const messages = validateFields(validateProcessUpdate, patch, t);
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    setErrors({});
    update.mutate(
      { key: base.key, version: base.version, patch },
      {
        onSuccess: onSaved,
        onError: async (error) => {
          if (error instanceof ApiError && error.status === 412) {
            try {
              setConflict(await queryClient.fetchQuery({ ...processQueryOptions(base.key), staleTime: 0 }));
            } catch (reloadError) {
              setFailure(reloadError);
            }
          } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
            showErrors(serverFieldMessages(error.fieldErrors));
          } else {
            setFailure(error);
          }
        },
      },
    );
  };

  const takeCurrent = (current: Process) => {
    setBase(current);
    setValues(valuesOf(current));
    setConflict(undefined);
    setNotice(t('edit.conflict.tookCurrent', { version: current.version }));
  };
  const keepMine = (current: Process) => {
    setValues(mergeOnto(values, base, current));
    setBase(current);
    setConflict(undefined);
    setNotice(t('edit.conflict.keptMine', { version: current.version }));
  };

  const control = (field: EditableField): ReactNode => {
    const common = {
      id: fieldId(field),
      name: field,
      value: values[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby':
        [HINTS[field] ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : '']
          .filter(Boolean)
          .join(' ') || undefined,
    };
    const set = (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
    if (field === 'disposal') {
      return (
        <select {...common} onChange={(event) => set(event.target.value)}>
          <option value="">{t('process.disposal.none')}</option>
          {(['A', 'B', 'V'] as const).map((code) => (
            <option key={code} value={code}>
              {t(`process.disposal.${code}`)}
            </option>
          ))}
        </select>
      );
    }
    if (MULTILINE.includes(field)) {
      return (
        <textarea {...common} rows={field === 'description' ? 5 : 3} onChange={(event) => set(event.target.value)} />
      );
    }
    return (
      <input
        {...common}
        ref={field === 'name' ? nameRef : undefined}
        type="text"
        inputMode={NUMERIC.includes(field) || field === 'leikaKey' ? 'numeric' : undefined}
        autoComplete="off"
        required={field === 'name'}
        onChange={(event) => set(event.target.value)}
      />
    );
  };

  return (
    <form className="form process-form" onSubmit={submit} noValidate aria-busy={update.isPending}>
      {errorEntries.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} data-testid="error-summary">
          <h3>{t('edit.errorSummary')}</h3>
          <ul>
            {errorEntries.map(([field, message]) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {EDITABLE_FIELDS.includes(field as EditableField) ? `${label(field)}: ` : ''}
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form__grid">
        {EDITABLE_FIELDS.map((field) => (
          <div
            key={field}
            className={`field${errors[field] ? ' field--invalid' : ''}${WIDE.includes(field) ? ' field--wide' : ''}`}
          >
            <label htmlFor={fieldId(field)}>
              {label(field)}
              {field === 'name' && <span className="field__required"> {t('edit.required')}</span>}
            </label>
            {HINTS[field] && (
              <p className="field__hint" id={`${fieldId(field)}-hint`}>
                {t(`edit.hints.${field as 'leikaKey'}`)}
              </p>
            )}
            {control(field)}
            {errors[field] && (
              <p className="field__error" id={`${fieldId(field)}-error`}>
                {errors[field]}
              </p>
            )}
          </div>
        ))}
      </div>
      <div role="status" className="form__status">
        {notice && <p className="notice notice--info">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} title={t('edit.saveFailed')} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={update.isPending}>
          {t('actions.cancel')}
        </button>
      </div>
      {conflict && (
        <ConflictDialog
          base={base}
          current={conflict}
          values={values}
          onTakeCurrent={() => takeCurrent(conflict)}
          onKeepMine={() => keepMine(conflict)}
        />
      )}
    </form>
  );
}
