/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PUT /rollout/waves/plans/{key}: the whole planning entry (without If-Match it creates one; with If-Match it replaces the current one).
 */
export interface WavePlanUpdate {
  /**
   * How hard a process is to roll out.
   */
  complexity: 'low' | 'medium' | 'high';
  /**
   * Unterstützungsart: self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
   */
  support: 'self_service' | 'consulting' | 'full_service' | 'external';
  note?: string;
}
