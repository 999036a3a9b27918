/**
 * Reporting a problem against the department or one of its processes. The reporter owns it; new
 * reports are open. Entries are checked before sending; the API's field errors appear at the fields.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Account, ProblemReport, ProblemReportCreate } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { serverFieldMessages, type FieldMessages } from '../../../../validation/schemaErrors';
import { useCreateProblem } from '../../api/createProblem';
import { usePlannerTranslation } from '../../i18n';
import { FormField, focusFirstInvalid } from '../shared/FormField';

type Severity = ProblemReport['severity'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export interface ProblemFormProps {
  department: string;
  account: Account;
  /** The department's processes to choose from. */
  processes: ReadonlyArray<{ key: string; name: string }>;
  onCreated: (problem: ProblemReport) => void;
  onCancel: () => void;
}

export function ProblemForm({ department, account, processes, onCreated, onCancel }: ProblemFormProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const create = useCreateProblem();
  const form = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({ title: '', description: '', severity: 'medium' as Severity, processKey: '' });
  const [errors, setErrors] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<unknown>();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  useEffect(() => titleRef.current?.focus(), []);

  const showErrors = (messages: FieldMessages) => {
    setErrors(messages);
    focusFirstInvalid(form.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const messages: FieldMessages = {};
    if (values.title.trim().length < 3) messages.title = t('problems.titleTooShort');
    if (!values.description.trim()) messages.description = t('common.fieldRequired');
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    setErrors({});
    const problem: ProblemReportCreate = {
      title: values.title.trim(),
      description: values.description.trim(),
      severity: values.severity,
      ownerId: account.id,
      department,
      ...(values.processKey ? { processKey: values.processKey } : {}),
    };
    create.mutate(problem, {
      onSuccess: onCreated,
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length > 0)
          showErrors(serverFieldMessages(error.fieldErrors));
        else setFailure(error);
      },
    });
  };

  return (
    <form
      ref={form}
      className="form planner-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="problem-form"
    >
      <h3 id={`${id}-title`}>{t('problems.createTitle')}</h3>
      <p className="muted">{t('problems.ownerHint')}</p>
      <div className="form__grid">
        <FormField id={`${id}-f-title`} label={t('problems.titleField')} error={errors.title} required wide>
          {(control) => (
            <input
              {...control}
              ref={titleRef}
              type="text"
              name="title"
              maxLength={200}
              autoComplete="off"
              value={values.title}
              onChange={(e) => set('title')(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-f-description`}
          label={t('problems.description')}
          error={errors.description}
          required
          wide
        >
          {(control) => (
            <textarea
              {...control}
              name="description"
              rows={4}
              maxLength={10000}
              value={values.description}
              onChange={(e) => set('description')(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-f-severity`} label={t('problems.severityField')} error={errors.severity}>
          {(control) => (
            <select
              {...control}
              name="severity"
              value={values.severity}
              onChange={(e) => set('severity')(e.target.value)}
            >
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {t(`severity.${severity}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-f-process`} label={t('problems.process')} error={errors.processKey}>
          {(control) => (
            <select
              {...control}
              name="processKey"
              value={values.processKey}
              onChange={(e) => set('processKey')(e.target.value)}
            >
              <option value="">{t('problems.noProcess')}</option>
              {processes.map((process) => (
                <option key={process.key} value={process.key}>
                  {process.name} ({process.key})
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('problems.createSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={create.isPending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
