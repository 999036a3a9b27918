/**
 * Turns schema errors (from the shared JSON Schemas, checked in the browser) and the API's field
 * errors into one message per form field, in the UI language.
 */
import type { TFunction } from 'i18next';
import type { FieldError } from '@efile/schemas';
import type { SchemaError, SchemaValidateFunction } from 'virtual:efile-validators';

/** Field name → message. */
export type FieldMessages = Record<string, string>;

/** The top-level field a JSON pointer names ("/tags/2" → "tags"). */
export function fieldOfPointer(pointer: string): string {
  return pointer.replace(/^\//, '').split('/')[0] ?? '';
}

function fieldOf(error: SchemaError): string {
  if (error.keyword === 'required') return String(error.params.missingProperty);
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  return fieldOfPointer(error.instancePath);
}

/** The message for one schema error; a field may have its own wording of a format rule. */
function messageOf(t: TFunction, field: string, error: SchemaError): string {
  const limit = Number(error.params.limit);
  switch (error.keyword) {
    case 'minLength':
      return limit <= 1 ? t('validation.required') : t('validation.minLength', { count: limit });
    case 'maxLength':
      return t('validation.maxLength', { count: limit });
    case 'minimum':
      return t('validation.minimum', { limit });
    case 'maximum':
      return t('validation.maximum', { limit });
    case 'type':
      return error.params.type === 'integer' || error.params.type === 'number'
        ? t('validation.integer')
        : t('validation.invalid');
    case 'maxItems':
      return t('validation.maxItems', { count: limit });
    case 'uniqueItems':
      return t('validation.uniqueItems');
    case 'enum':
      return t('validation.enum');
    case 'pattern':
      if (field === 'leikaKey') return t('validation.leikaKey');
      if (field === 'filingPlanRef') return t('validation.filingPlanRef');
      if (field === 'tags') return t('validation.tag');
      return t('validation.pattern');
    default:
      return t('validation.invalid');
  }
}

/**
 * Validates with a compiled schema; answers the messages per field (empty when valid). Of several
 * errors for one field, the first that is not about the `null` alternative is shown.
 */
export function validateFields(validate: SchemaValidateFunction, data: unknown, t: TFunction): FieldMessages {
  if (validate(data)) return {};
  const messages: FieldMessages = {};
  const errors = (validate.errors ?? []).filter(
    (error) => error.keyword !== 'oneOf' && !(error.keyword === 'type' && error.params.type === 'null'),
  );
  for (const error of errors) {
    const field = fieldOf(error) || '_';
    messages[field] ??= messageOf(t, field, error);
  }
  return messages;
}

/** The API's field errors (JSON pointers for bodies) per form field. */
export function serverFieldMessages(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of errors) {
    const field = error.in === 'body' || error.in === undefined ? fieldOfPointer(error.field) : error.field;
    messages[field || '_'] ??= error.message;
  }
  return messages;
}
