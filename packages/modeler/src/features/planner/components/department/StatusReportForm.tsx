/**
 * Filing (or revising) a department's status report for the current month: the light and the text.
 * The month's first report is sent without If-Match, a revision names the one it revises; when
 * someone else saved in between (412, or 428 when the first report came from someone else), the
 * current report is loaded and the entry kept for another try.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { StatusReport } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import type { FieldMessages } from '../../../../validation/schemaErrors';
import { statusReportQueryOptions } from '../../api/getStatusReport';
import { usePutStatusReport } from '../../api/putStatusReport';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { usePlannerTranslation } from '../../i18n';
import { FieldError } from '../shared/FieldError';
import { FormField } from '../shared/FormField';

type Light = StatusReport['light'];
const LIGHTS: readonly Light[] = ['green', 'yellow', 'red'];

/** The fields of the form, as the API's field errors name them. */
const FIELDS = ['light', 'text'] as const;

export interface StatusReportFormProps {
  department: string;
  period: string;
  /** The month's report so far; null when there is none. */
  current: StatusReport | null;
  periodText: string;
}

export function StatusReportForm({ department, period, current, periodText }: StatusReportFormProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const put = usePutStatusReport();
  const form = useRef<HTMLFormElement>(null);
  const [light, setLight] = useState<Light | ''>(current?.light ?? '');
  const [text, setText] = useState(current?.text ?? '');
  const { errors, fromApi, show: showErrors, clear: clearErrors, showApiErrors } = useFieldErrors(form);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setFailure(undefined);
    const messages: FieldMessages = {};
    if (!light) messages.light = t('common.fieldRequired');
    if (!text.trim()) messages.text = t('common.fieldRequired');
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    clearErrors();
    const previous = current?.version;
    put.mutate(
      { department, period, version: previous, report: { light: light as Light, text: text.trim() } },
      {
        onSuccess: (report) => {
          queryClient.setQueryData(statusReportQueryOptions(department, period).queryKey, report);
          setNotice(
            report.version === previous
              ? t('reports.unchanged')
              : t('reports.saved', { period: periodText, version: report.version }),
          );
        },
        onError: (error) => {
          // the month's report is read again before this runs (usePutStatusReport)
          if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
            setNotice(t('reports.changedMeanwhile'));
          } else if (!showApiErrors(error, FIELDS)) {
            setFailure(error);
          }
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
      data-testid="status-report-form"
    >
      <h3 id={`${id}-title`}>
        {current
          ? t('reports.formTitleRevise', { period: periodText })
          : t('reports.formTitle', { period: periodText })}
      </h3>
      <fieldset
        className={`field light-choice${errors.light ? ' field--invalid' : ''}`}
        aria-describedby={errors.light ? `${id}-light-error` : undefined}
      >
        <legend>
          {t('reports.light')} <span className="field__required">{t('common.required')}</span>
        </legend>
        {LIGHTS.map((value) => (
          <label key={value} className="light-choice__option">
            <input
              type="radio"
              name="light"
              value={value}
              checked={light === value}
              aria-invalid={errors.light ? true : undefined}
              onChange={() => setLight(value)}
            />
            <span className={`light light--${value}`}>
              <span className="light__dot" aria-hidden="true" />
              {t(`lights.${value}`)}
            </span>
          </label>
        ))}
        {errors.light && <FieldError id={`${id}-light-error`} message={errors.light} fromApi={fromApi} />}
      </fieldset>
      <FormField
        id={`${id}-text`}
        label={t('reports.text')}
        hint={t('reports.textHint')}
        error={errors.text}
        errorFromApi={fromApi}
        required
        wide
      >
        {(control) => (
          <textarea
            {...control}
            name="text"
            rows={4}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      <div role="status" className="planner-form__status">
        {notice && <p className="notice notice--info">{notice}</p>}
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={put.isPending}>
          {put.isPending ? t('reports.saving') : t('reports.submit')}
        </button>
      </div>
    </form>
  );
}
