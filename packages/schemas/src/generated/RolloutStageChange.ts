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
 * One change of stage applied to many processes (POST /rollout/stage-changes), each checked and recorded on its own.
 */
export interface RolloutStageChange {
  /**
   * @minItems 1
   * @maxItems 500
   */
  items: [
    {
      /**
       * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
       */
      processKey: string;
      /**
       * The latest event seq the client saw (0 for none); the item is rejected as stale when the process moved on. Without it the change applies to whatever the current stage is.
       */
      expectedSeq?: number;
    },
    ...{
      /**
       * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
       */
      processKey: string;
      /**
       * The latest event seq the client saw (0 for none); the item is rejected as stale when the process moved on. Without it the change applies to whatever the current stage is.
       */
      expectedSeq?: number;
    }[]
  ];
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
}
