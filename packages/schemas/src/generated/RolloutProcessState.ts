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
 * The current rollout stage of one process, derived from its stage events. The ETag is the number of events (the latest seq, "0" for none).
 */
export interface RolloutProcessState {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey: string;
  name: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * base: a base process template, rolled out through the departments' variants and never itself; department: a department's process or variant.
   */
  kind: 'base' | 'department';
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess?: string;
  group?: string;
  archived: boolean;
  stage: Stage;
  /**
   * A support level, or null for a process without any stage event.
   */
  support: SupportLevel | null;
  /**
   * `at` of the latest event; null when the process has none (not started).
   */
  since: string | null;
  /**
   * How many stage events the process has.
   */
  events: number;
}
