/**
 * The field errors of a planner form: its own checks before sending and the API's field errors
 * (the `errors` of an RFC 9457 problem) after, shown at their fields (FormField, FieldError) with
 * focus moved to the first invalid control, where a screen reader reads the error with the label.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { ApiError } from '../../../api/client';
import type { FieldError } from '@efile/schemas';
import { serverFieldMessages, type FieldMessages } from '../../../validation/schemaErrors';

export interface FieldErrors {
  /** Field name → message. */
  errors: FieldMessages;
  /** The messages are the API's (English) rather than the form's own. */
  fromApi: boolean;
  /** Shows the form's own messages (none: clears them). */
  show: (messages: FieldMessages) => void;
  clear: () => void;
  /**
   * Shows the field errors of an API answer when each names a field of `fields` (the fields the form
   * shows); false otherwise (another error, or a field the form does not show), and the caller shows
   * the error as a whole. `fieldOf` names the form field of an error (default: the top-level field of
   * its JSON pointer), for forms whose fields are nested in the body.
   */
  showApiErrors: (error: unknown, fields: readonly string[], fieldOf?: (error: FieldError) => string) => boolean;
}

interface State {
  errors: FieldMessages;
  fromApi: boolean;
  /** Counts the showings, so that each moves the focus once it is rendered. */
  shown: number;
}

export function useFieldErrors(form: RefObject<HTMLFormElement | null>): FieldErrors {
  const [state, setState] = useState<State>({ errors: {}, fromApi: false, shown: 0 });

  // After the render that marks the fields: an API answer arrives outside any event handler, so a
  // focus scheduled when it arrives could run before the fields are marked.
  useEffect(() => {
    if (state.shown > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, state.shown]);

  const show = useCallback((messages: FieldMessages) => {
    setState((s) => ({ errors: messages, fromApi: false, shown: s.shown + 1 }));
  }, []);

  const clear = useCallback(() => setState((s) => ({ errors: {}, fromApi: false, shown: s.shown })), []);

  const showApiErrors = useCallback(
    (error: unknown, fields: readonly string[], fieldOf?: (error: FieldError) => string) => {
      if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
      const messages = fieldOf ? messagesBy(error.fieldErrors, fieldOf) : serverFieldMessages(error.fieldErrors);
      if (Object.keys(messages).some((field) => !fields.includes(field))) return false;
      setState((s) => ({ errors: messages, fromApi: true, shown: s.shown + 1 }));
      return true;
    },
    [],
  );

  return { errors: state.errors, fromApi: state.fromApi, show, clear, showApiErrors };
}

/** The first message per form field, as `fieldOf` names the field of each API field error. */
function messagesBy(errors: readonly FieldError[], fieldOf: (error: FieldError) => string): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of errors) messages[fieldOf(error) || '_'] ??= error.message;
  return messages;
}
