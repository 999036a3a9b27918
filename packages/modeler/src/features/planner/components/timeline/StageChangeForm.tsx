/**
 * Recording a change of rollout stage: the new stage, the support level, a note, and a reason when
 * the change needs one (going back, to not applicable, back into scope). The change names the state
 * it was made against (If-Match: the state's ETag); when another change came first (412), the state
 * and timeline are loaded again and the entry is kept for another try (even a stage that has become the
 * current one: the API then refuses it with 422); the API's field errors (422) appear at their fields.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { RolloutProcessState } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import type { FieldMessages } from '../../../../validation/schemaErrors';
import { useRecordRolloutEvent } from '../../api/recordRolloutEvent';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { usePlannerTranslation } from '../../i18n';
import { needsReason, STAGES, SUPPORT_LEVELS, type Stage, type SupportLevel } from '../../stages';
import { FormField } from '../shared/FormField';

/** The fields of the form, as the API's field errors name them. */
const FIELDS = ['to', 'support', 'note', 'reason'] as const;

export interface StageChangeFormProps {
  state: RolloutProcessState;
  /** The ETag of the state. */
  version: number;
  onSaved: (stage: Stage) => void;
}

export function StageChangeForm({ state, version, onSaved }: StageChangeFormProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const record = useRecordRolloutEvent();
  const form = useRef<HTMLFormElement>(null);
  const [to, setTo] = useState<Stage | ''>('');
  const [support, setSupport] = useState<SupportLevel>(state.support ?? 'self_service');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const { errors, fromApi, show: showErrors, clear: clearErrors, showApiErrors } = useFieldErrors(form);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const reasonRequired = to !== '' && needsReason(state.stage, to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const messages: FieldMessages = {};
    if (to === '') messages.to = t('common.fieldRequired');
    if (reasonRequired && !reason.trim()) messages.reason = t('timeline.reasonRequired');
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    clearErrors();
    const stage = to as Stage;
    record.mutate(
      {
        key: state.processKey,
        version,
        change: {
          to: stage,
          support,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          setTo('');
          setNote('');
          setReason('');
          onSaved(stage);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setNotice(t('timeline.changedMeanwhile'));
          else if (!showApiErrors(error, FIELDS)) setFailure(error);
        },
      },
    );
  };

  return (
    <form
      ref={form}
      className="form planner-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={record.isPending}
      data-testid="stage-change-form"
    >
      <h3 id={`${id}-title`}>{t('timeline.formTitle')}</h3>
      <div className="form__grid">
        <FormField id={`${id}-to`} label={t('timeline.to')} error={errors.to} errorFromApi={fromApi} required>
          {(control) => (
            <select {...control} name="to" value={to} onChange={(e) => setTo(e.target.value as Stage | '')}>
              <option value="">{t('timeline.choose')}</option>
              {/* the current stage is no choice, unless it was chosen before someone else recorded it (kept after a 412) */}
              {STAGES.filter((stage) => stage !== state.stage || stage === to).map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stages.${stage}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-support`}
          label={t('timeline.supportField')}
          error={errors.support}
          errorFromApi={fromApi}
          required
        >
          {(control) => (
            <select
              {...control}
              name="support"
              value={support}
              onChange={(e) => setSupport(e.target.value as SupportLevel)}
            >
              {SUPPORT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`support.${level}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-note`}
          label={t('timeline.noteField')}
          hint={t('timeline.noteHint')}
          error={errors.note}
          errorFromApi={fromApi}
          wide
        >
          {(control) => (
            <textarea
              {...control}
              name="note"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-reason`}
          label={t('timeline.reasonField')}
          hint={t('timeline.reasonHint')}
          error={errors.reason}
          errorFromApi={fromApi}
          required={reasonRequired}
          wide
        >
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={2}
              maxLength={2000}
              aria-required={reasonRequired || undefined}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div role="status" className="planner-form__status">
        {notice && <p className="notice notice--warning">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t('timeline.saving') : t('timeline.submit')}
        </button>
      </div>
    </form>
  );
}
