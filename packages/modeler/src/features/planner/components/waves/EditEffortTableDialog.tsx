/**
 * "Aufwandstabelle bearbeiten" (admins): the 12 cells of the effort table (support level × complexity,
 * 0 to 1000 person-days each), one fieldset per support level, in a modal dialog. The whole table is
 * sent, naming the version the user saw (If-Match). Entries are checked before sending and the API's
 * field errors (422) appear at their cells; when someone else changed the table meanwhile (412) the
 * dialog says so, the table is read again and the entries are kept, so saving again applies them to
 * the current table.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { EffortTableSetting, EffortTableUpdate, FieldError } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import type { FieldMessages } from '../../../../validation/schemaErrors';
import { usePutEffortTable } from '../../api/putEffortTable';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { usePlannerTranslation } from '../../i18n';
import { COMPLEXITIES, SUPPORT_LEVELS, type Complexity, type SupportLevel } from '../../stages';
import { FormField } from '../shared/FormField';
import { parseNumber } from './WhatIfPanel';
import { FormDialog } from '../shared/FormDialog';

/** The most person-days a cell may hold (as the API's schema says). */
const MAX_PERSON_DAYS = 1000;

/** The form's name of a cell, e.g. "consulting.medium". */
function cellName(support: SupportLevel, complexity: Complexity): string {
  return `${support}.${complexity}`;
}

/** Every cell of the form, as the API's field errors name them after `cellOf`. */
const CELLS = SUPPORT_LEVELS.flatMap((support) => COMPLEXITIES.map((complexity) => cellName(support, complexity)));

/** The cell an API field error names ("/consulting/medium" → "consulting.medium"). */
function cellOf(error: FieldError): string {
  return error.field.replace(/^\//, '').split('/').slice(0, 2).join('.');
}

/** A number as the form shows it for editing: a decimal comma, no grouping (1000 → "1000", 0.5 → "0,5"). */
function entryOf(value: number): string {
  return String(value).replace('.', ',');
}

type Entries = Record<string, string>;

function entriesOf(setting: EffortTableSetting): Entries {
  return Object.fromEntries(
    SUPPORT_LEVELS.flatMap((support) =>
      COMPLEXITIES.map((complexity) => [cellName(support, complexity), entryOf(setting.table[support][complexity])]),
    ),
  );
}

export interface EditEffortTableDialogProps {
  /** The table as the board shows it now (after a 412, as read again). */
  setting: EffortTableSetting;
  onSaved: (setting: EffortTableSetting) => void;
  onClose: () => void;
}

export function EditEffortTableDialog({ setting, onSaved, onClose }: EditEffortTableDialogProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const put = usePutEffortTable();
  const form = useRef<HTMLFormElement>(null);
  const [entries, setEntries] = useState<Entries>(() => entriesOf(setting));
  const { errors, fromApi, show, clear, showApiErrors } = useFieldErrors(form);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const messages: FieldMessages = {};
    const table = {} as Record<SupportLevel, Record<Complexity, number>>;
    for (const support of SUPPORT_LEVELS) {
      table[support] = {} as Record<Complexity, number>;
      for (const complexity of COMPLEXITIES) {
        const name = cellName(support, complexity);
        const value = parseNumber(entries[name] ?? '');
        if (Number.isNaN(value) || value < 0 || value > MAX_PERSON_DAYS) {
          messages[name] = t('waves.effortTable.cellInvalid');
        }
        table[support][complexity] = value;
      }
    }
    if (Object.keys(messages).length > 0) {
      show(messages);
      return;
    }
    clear();
    put.mutate(
      { version: setting.version, table: table as EffortTableUpdate },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setNotice(t('waves.effortTable.changedMeanwhile'));
          else if (!showApiErrors(error, CELLS, cellOf)) setFailure(error);
        },
      },
    );
  };

  return (
    <FormDialog
      title={t('waves.effortTable.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={put.isPending}
      submitLabel={t('waves.effortTable.submit')}
      busyLabel={t('waves.effortTable.saving')}
      formRef={form}
      className="planner-form--inline"
      testId="edit-effort-table"
    >
      <p className="field__hint">{t('waves.effortTable.hint')}</p>
      {SUPPORT_LEVELS.map((support) => (
        <fieldset key={support} className="effort-table__row" data-support={support}>
          <legend>{t(`support.${support}`)}</legend>
          <div className="form__grid">
            {COMPLEXITIES.map((complexity) => {
              const name = cellName(support, complexity);
              return (
                <FormField
                  key={complexity}
                  id={`${id}-${support}-${complexity}`}
                  label={t(`waves.effortTable.complexity.${complexity}`)}
                  error={errors[name]}
                  errorFromApi={fromApi}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      inputMode="decimal"
                      name={name}
                      autoComplete="off"
                      required
                      value={entries[name] ?? ''}
                      onChange={(e) => setEntries((current) => ({ ...current, [name]: e.target.value }))}
                    />
                  )}
                </FormField>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div role="status" className="planner-form__status">
        {notice && <p className="notice notice--warning">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
    </FormDialog>
  );
}
