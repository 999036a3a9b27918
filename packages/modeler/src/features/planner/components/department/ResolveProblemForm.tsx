/**
 * Resolving a problem report with a resolution text (PATCH with If-Match). When the report changed in
 * between (412), the list is read again and the user tries once more.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProblemReport } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { serverFieldMessages, type FieldMessages } from '../../../../validation/schemaErrors';
import { useUpdateProblem } from '../../api/updateProblem';
import { usePlannerTranslation } from '../../i18n';
import { FormField, focusFirstInvalid } from '../shared/FormField';

export interface ResolveProblemFormProps {
  problem: ProblemReport;
  onResolved: (problem: ProblemReport) => void;
  onCancel: () => void;
}

export function ResolveProblemForm({ problem, onResolved, onCancel }: ResolveProblemFormProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const update = useUpdateProblem();
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [resolution, setResolution] = useState('');
  const [errors, setErrors] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<unknown>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => field.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setNotice(undefined);
    if (!resolution.trim()) {
      setErrors({ resolution: t('common.fieldRequired') });
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    update.mutate(
      { id: problem.id, version: problem.version, change: { status: 'resolved', resolution: resolution.trim() } },
      {
        onSuccess: onResolved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setNotice(t('problems.changedMeanwhile'));
          else if (error instanceof ApiError && error.fieldErrors.length > 0) {
            setErrors(serverFieldMessages(error.fieldErrors));
            focusFirstInvalid(form.current);
          } else setFailure(error);
        },
      },
    );
  };

  return (
    <form
      ref={form}
      className="form planner-form planner-form--inline"
      onSubmit={submit}
      noValidate
      aria-label={t('problems.resolveTitle', { title: problem.title })}
      data-testid="resolve-form"
    >
      <FormField
        id={`${id}-resolution`}
        label={t('problems.resolution')}
        hint={t('problems.resolutionHint')}
        error={errors.resolution}
        required
        wide
      >
        {(control) => (
          <textarea
            {...control}
            ref={field}
            name="resolution"
            rows={3}
            maxLength={5000}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
          />
        )}
      </FormField>
      <div role="status">{notice && <p className="notice notice--warning">{notice}</p>}</div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('problems.resolveSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={update.isPending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
