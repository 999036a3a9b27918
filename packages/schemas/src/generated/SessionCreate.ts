/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /session: sign in with a local account.
 */
export interface SessionCreate {
  username: string;
  password: string;
}
