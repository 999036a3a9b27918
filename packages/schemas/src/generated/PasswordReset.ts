/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PUT /accounts/{id}/password: the new password an admin sets; the account's sessions end.
 */
export interface PasswordReset {
  /**
   * At least 12 characters.
   */
  password: string;
}
