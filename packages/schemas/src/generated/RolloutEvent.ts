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
 * One change of rollout stage of one process, as recorded. Events are never changed or deleted; the current stage is derived from them.
 */
export interface RolloutEvent {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey: string;
  /**
   * The department (Amt) of the process when the change was recorded.
   */
  department: string;
  /**
   * The number of the event in its process's history, from 1; the process's ETag is the latest one.
   */
  seq: number;
  /**
   * When the change happened (may be earlier than recordedAt, never before the previous event).
   */
  at: string;
  from: Stage;
  to: Stage;
  support: SupportLevel;
  /**
   * The id of the account that acted (never a person's name).
   */
  actorId: string;
  /**
   * A free note on the change (no personal data).
   */
  note?: string;
  /**
   * Why: required when moving backwards, to not applicable, or from not applicable back into scope.
   */
  reason?: string;
  /**
   * When the event was stored.
   */
  recordedAt: string;
}
