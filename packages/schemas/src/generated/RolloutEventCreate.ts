/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';
/**
 * How a process is rolled out (Unterstützungsart): self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
 */
export type SupportLevel = 'self_service' | 'consulting' | 'full_service' | 'external';

/**
 * A change of stage of one process (POST /rollout/processes/{key}/events, with If-Match naming the latest event seq, "0" for none).
 */
export interface RolloutEventCreate {
  to: Stage;
  support: SupportLevel;
  /**
   * A free note on the change (no personal data).
   */
  note?: string;
  /**
   * Why: required when moving backwards, to not applicable, or from not applicable back into scope.
   */
  reason?: string;
  /**
   * When the change happened; default now. Not in the future, not before the process's previous event.
   */
  at?: string;
}
