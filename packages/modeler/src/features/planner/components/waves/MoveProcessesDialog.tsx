/**
 * Moving single processes of a wave to another wave (admins), in a modal dialog: checkboxes for the
 * processes listed in the wave individually and for the processes still in work (neither live nor not
 * applicable) of its departments, radio buttons for the target wave. Everything is native form
 * controls, so Tab, Space and the arrow keys operate it. The move names the target wave's version
 * (If-Match); the processes are then listed in the target wave individually, which is where they count
 * from then on, and leave every other wave's list. After a 412 the waves are read again and the choice
 * is kept for another try.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Wave } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { rolloutDepartmentQueryOptions } from '../../api/getRolloutDepartment';
import { useMoveToWave } from '../../api/moveToWave';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { usePlannerTranslation } from '../../i18n';
import { FieldError } from '../shared/FieldError';
import { FormDialog } from '../shared/FormDialog';

/** The fields of the form, as the API's field errors name them. */
const FIELDS = ['processKeys'] as const;

export interface MoveProcessesDialogProps {
  /** The wave whose processes move. */
  wave: Wave;
  /** Every wave, as the board shows them now. */
  waves: readonly Wave[];
  onMoved: (count: number, target: Wave) => void;
  onClose: () => void;
}

export function MoveProcessesDialog({ wave, waves, onMoved, onClose }: MoveProcessesDialogProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const move = useMoveToWave();
  const form = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [targetId, setTargetId] = useState('');
  const { errors, fromApi, show, clear, showApiErrors } = useFieldErrors(form);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const departments = useQueries({
    queries: wave.departments.map((code) => rolloutDepartmentQueryOptions(code)),
  });
  const targets = waves.filter((w) => w.id !== wave.id);

  // Processes another wave lists individually count there, not in this wave through their department.
  const elsewhere = useMemo(
    () => new Set(waves.filter((w) => w.id !== wave.id).flatMap((w) => w.processKeys)),
    [waves, wave.id],
  );
  const listed = new Set(wave.processKeys);

  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const target = targets.find((w) => w.id === targetId);
    const messages: Record<string, string> = {};
    if (selected.size === 0) messages.processKeys = t('waves.moveProcesses.noneSelected');
    if (!target) messages.target = t('waves.moveProcesses.noTarget');
    if (!target || selected.size === 0) {
      show(messages);
      return;
    }
    clear();
    const processKeys = [...selected] as [string, ...string[]];
    move.mutate(
      { waveId: target.id, version: target.version, move: { processKeys } },
      {
        onSuccess: () => onMoved(processKeys.length, target),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setNotice(t('waves.moveProcesses.changedMeanwhile'));
          else if (!showApiErrors(error, FIELDS)) setFailure(error);
        },
      },
    );
  };

  const checkbox = (key: string, label: string) => (
    <li key={key}>
      <label className="checkbox">
        <input
          type="checkbox"
          name="processKeys"
          value={key}
          checked={selected.has(key)}
          aria-invalid={errors.processKeys ? true : undefined}
          aria-describedby={errors.processKeys ? `${id}-processKeys-error` : undefined}
          onChange={(e) => toggle(key, e.target.checked)}
        />{' '}
        {label}
      </label>
    </li>
  );

  return (
    <FormDialog
      title={t('waves.moveProcesses.title', { name: wave.name })}
      onClose={onClose}
      onSubmit={submit}
      busy={move.isPending}
      submitLabel={t('waves.moveProcesses.submit')}
      busyLabel={t('waves.moveProcesses.moving')}
      formRef={form}
      className="move-processes"
      testId="move-processes"
    >
      <p>{t('waves.moveProcesses.intro')}</p>
      <fieldset className={`field${errors.processKeys ? ' field--invalid' : ''}`}>
        <legend>{t('waves.moveProcesses.processes')}</legend>
        {errors.processKeys && (
          <FieldError id={`${id}-processKeys-error`} message={errors.processKeys} fromApi={fromApi} />
        )}
        {wave.processKeys.length > 0 && (
          <>
            <h3 className="move-processes__group">{t('waves.processes')}</h3>
            <ul className="move-processes__list">{wave.processKeys.map((key) => checkbox(key, key))}</ul>
          </>
        )}
        {wave.departments.map((code, index) => {
          const result = departments[index];
          const open = (result?.data?.stages ?? [])
            .filter((s) => s.stage !== 'live' && s.stage !== 'not_applicable')
            .flatMap((s) => s.processes)
            .filter((p) => !listed.has(p.key) && !elsewhere.has(p.key));
          return (
            <div key={code}>
              <h3 className="move-processes__group">{t('waves.moveProcesses.ofDepartment', { code })}</h3>
              {result?.isPending ? (
                <p className="muted">{t('common.loading')}</p>
              ) : result?.isError ? (
                <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />
              ) : open.length === 0 ? (
                <p className="muted">{t('waves.moveProcesses.noneOpen')}</p>
              ) : (
                <ul className="move-processes__list">{open.map((p) => checkbox(p.key, `${p.key} ${p.name}`))}</ul>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset
        className={`field${errors.target ? ' field--invalid' : ''}`}
        aria-describedby={errors.target ? `${id}-target-error` : undefined}
      >
        <legend>
          {t('waves.moveProcesses.target')} <span className="field__required">{t('common.required')}</span>
        </legend>
        {targets.map((target) => (
          <label key={target.id} className="radio">
            <input
              type="radio"
              name="target"
              value={target.id}
              checked={targetId === target.id}
              aria-invalid={errors.target ? true : undefined}
              onChange={() => setTargetId(target.id)}
            />{' '}
            {target.name}
          </label>
        ))}
        {errors.target && <FieldError id={`${id}-target-error`} message={errors.target} />}
      </fieldset>
      <div role="status" className="planner-form__status">
        {notice && <p className="notice notice--warning">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
    </FormDialog>
  );
}
