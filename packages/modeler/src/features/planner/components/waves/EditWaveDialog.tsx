/**
 * "Welle bearbeiten" (admins): a wave's name, first and last day and consulting capacity in
 * person-days, in a modal dialog. Only the changed fields are sent, naming the version the user saw
 * (If-Match). Entries are checked before sending and the API's field errors (422) appear at their
 * fields; when someone else changed the wave meanwhile (412) the dialog says so, the waves are read
 * again and the entry is kept, so saving again applies it to the current wave.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Wave, WaveUpdate } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import type { FieldMessages } from '../../../../validation/schemaErrors';
import { useUpdateWave } from '../../api/updateWave';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { usePlannerTranslation } from '../../i18n';
import { FormField } from '../shared/FormField';
import { parseNumber } from './WhatIfPanel';
import { FormDialog } from '../shared/FormDialog';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of the form, as the API's field errors name them. */
const FIELDS = ['name', 'start', 'end', 'capacityPersonDays'] as const;

export interface EditWaveDialogProps {
  /** The wave as the board shows it now (after a 412, as read again). */
  wave: Wave;
  onSaved: (wave: Wave) => void;
  onClose: () => void;
}

export function EditWaveDialog({ wave, onSaved, onClose }: EditWaveDialogProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const update = useUpdateWave();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({
    name: wave.name,
    start: wave.start,
    end: wave.end,
    capacity: String(wave.capacityPersonDays),
  });
  const { errors, fromApi, show, clear, showApiErrors } = useFieldErrors(form);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const capacity = parseNumber(values.capacity);
    const messages: FieldMessages = {};
    if (!values.name.trim()) messages.name = t('common.fieldRequired');
    if (!DAY.test(values.start)) messages.start = t('common.fieldRequired');
    if (!DAY.test(values.end)) messages.end = t('common.fieldRequired');
    else if (DAY.test(values.start) && values.end < values.start) messages.end = t('waves.create.endBeforeStart');
    if (Number.isNaN(capacity) || capacity < 0) messages.capacityPersonDays = t('waves.create.capacityInvalid');
    if (Object.keys(messages).length > 0) {
      show(messages);
      return;
    }
    clear();
    const patch: WaveUpdate = {
      ...(values.name.trim() !== wave.name ? { name: values.name.trim() } : {}),
      ...(values.start !== wave.start ? { start: values.start } : {}),
      ...(values.end !== wave.end ? { end: values.end } : {}),
      ...(capacity !== wave.capacityPersonDays ? { capacityPersonDays: capacity } : {}),
    };
    if (Object.keys(patch).length === 0) {
      onSaved(wave);
      return;
    }
    update.mutate(
      { waveId: wave.id, version: wave.version, patch },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setNotice(t('waves.edit.changedMeanwhile'));
          else if (!showApiErrors(error, FIELDS)) setFailure(error);
        },
      },
    );
  };

  const date = (field: 'start' | 'end', label: string) => (
    <FormField id={`${id}-${field}`} label={label} error={errors[field]} errorFromApi={fromApi} required>
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
    <FormDialog
      title={t('waves.edit.title', { name: wave.name })}
      onClose={onClose}
      onSubmit={submit}
      busy={update.isPending}
      submitLabel={t('waves.edit.submit')}
      busyLabel={t('waves.edit.saving')}
      formRef={form}
      testId="edit-wave"
    >
      <FormField id={`${id}-name`} label={t('waves.create.name')} error={errors.name} errorFromApi={fromApi} required>
        {(control) => (
          <input
            {...control}
            type="text"
            name="name"
            autoComplete="off"
            maxLength={100}
            value={values.name}
            onChange={(e) => set('name')(e.target.value)}
          />
        )}
      </FormField>
      {date('start', t('waves.create.start'))}
      {date('end', t('waves.create.end'))}
      <FormField
        id={`${id}-capacity`}
        label={t('waves.create.capacity')}
        hint={t('waves.edit.capacityHint')}
        error={errors.capacityPersonDays}
        errorFromApi={fromApi}
        required
      >
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
      <div role="status" className="planner-form__status">
        {notice && <p className="notice notice--warning">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
    </FormDialog>
  );
}
