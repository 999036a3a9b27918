/**
 * A modal dialog around one form of the planner: the form's submit and a cancel button in the
 * dialog's actions, both disabled while the form is sent, the form marked busy meanwhile.
 */
import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Dialog } from '../../../../components/Dialog';
import { usePlannerTranslation } from '../../i18n';

export interface FormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  /** The form is being sent. */
  busy: boolean;
  submitLabel: string;
  /** The submit button's text while the form is sent. */
  busyLabel: string;
  /** The form element (for useFieldErrors' focus on the first invalid field). */
  formRef: RefObject<HTMLFormElement | null>;
  /** Added to the form's classes. */
  className?: string;
  testId: string;
  children: ReactNode;
}

export function FormDialog({
  title,
  onClose,
  onSubmit,
  busy,
  submitLabel,
  busyLabel,
  formRef,
  className,
  testId,
  children,
}: FormDialogProps) {
  const { t } = usePlannerTranslation();
  const formId = `${useId()}-form`;
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="submit" form={formId} className="button" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <form
        ref={formRef}
        id={formId}
        className={className ? `form planner-form ${className}` : 'form planner-form'}
        onSubmit={onSubmit}
        noValidate
        aria-busy={busy}
        data-testid={testId}
      >
        {children}
      </form>
    </Dialog>
  );
}
