/**
 * Creating a wave (admins): its identifier, name, first and last day and capacity in person-days.
 * Entries are checked before sending; the API's field errors appear at the fields.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Wave } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { serverFieldMessages, type FieldMessages } from '../../../../validation/schemaErrors';
import { useCreateWave } from '../../api/createWave';
import { usePlannerTranslation } from '../../i18n';
import { FormField, focusFirstInvalid } from '../shared/FormField';
import { parseNumber } from './WhatIfPanel';

const WAVE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface CreateWaveFormProps {
  onCreated: (wave: Wave) => void;
  onCancel: () => void;
}

export function CreateWaveForm({ onCreated, onCancel }: CreateWaveFormProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const create = useCreateWave();
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({ id: '', name: '', start: '', end: '', capacity: '' });
  const [errors, setErrors] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<unknown>();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  useEffect(() => first.current?.focus(), []);

  const showErrors = (messages: FieldMessages) => {
    setErrors(messages);
    focusFirstInvalid(form.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const capacity = parseNumber(values.capacity);
    const messages: FieldMessages = {};
    if (!WAVE_ID.test(values.id) || values.id.length > 40) messages.id = t('waves.create.idInvalid');
    if (!values.name.trim()) messages.name = t('common.fieldRequired');
    if (!DAY.test(values.start)) messages.start = t('common.fieldRequired');
    if (!DAY.test(values.end)) messages.end = t('common.fieldRequired');
    else if (DAY.test(values.start) && values.end < values.start) messages.end = t('waves.create.endBeforeStart');
    if (Number.isNaN(capacity) || capacity < 0) messages.capacityPersonDays = t('waves.create.capacityInvalid');
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    setErrors({});
    create.mutate(
      {
        id: values.id,
        name: values.name.trim(),
        start: values.start,
        end: values.end,
        capacityPersonDays: capacity,
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.length > 0)
            showErrors(serverFieldMessages(error.fieldErrors));
          else setFailure(error);
        },
      },
    );
  };

  const text = (field: 'id' | 'name', label: string, hint?: string, ref?: typeof first) => (
    <FormField id={`${id}-${field}`} label={label} hint={hint} error={errors[field]} required>
      {(control) => (
        <input
          {...control}
          ref={ref}
          type="text"
          name={field}
          autoComplete="off"
          value={values[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      )}
    </FormField>
  );
  const date = (field: 'start' | 'end', label: string) => (
    <FormField id={`${id}-${field}`} label={label} error={errors[field]} required>
      {(control) => (
        <input
          {...control}
          type="date"
          name={field}
          value={values[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form
      ref={form}
      className="form planner-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="create-wave"
    >
      <h2 id={`${id}-title`}>{t('waves.create.title')}</h2>
      <div className="form__grid">
        {text('id', t('waves.create.id'), t('waves.create.idHint'), first)}
        {text('name', t('waves.create.name'))}
        {date('start', t('waves.create.start'))}
        {date('end', t('waves.create.end'))}
        <FormField id={`${id}-capacity`} label={t('waves.create.capacity')} error={errors.capacityPersonDays} required>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              name="capacityPersonDays"
              autoComplete="off"
              value={values.capacity}
              onChange={(e) => set('capacity')(e.target.value)}
            />
          )}
        </FormField>
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('waves.create.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={create.isPending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
