/**
 * The error message of one form field, with the id its control names in aria-describedby. A message
 * from the API is in English: it is marked so (lang="en") and introduced as the server's words.
 */
import { usePlannerTranslation } from '../../i18n';

export interface FieldErrorProps {
  /** The id the control's aria-describedby names. */
  id: string;
  message: string;
  /** The message is the API's (English), not the form's own. */
  fromApi?: boolean | undefined;
}

export function FieldError({ id, message, fromApi }: FieldErrorProps) {
  const { t } = usePlannerTranslation();
  return (
    <p className="field__error" id={id}>
      {fromApi ? (
        <>
          {t('common.apiSays')} <span lang="en">{message}</span>
        </>
      ) : (
        message
      )}
    </p>
  );
}
