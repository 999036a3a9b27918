/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * This interface was referenced by `RolloutConsistency`'s JSON-Schema
 * via the `definition` "NullableState".
 */
export type NullableState = {
  stage: Stage;
  support: SupportLevel;
  /**
   * An instant in UTC, ISO 8601.
   */
  since: string;
  seq: number;
} | null;
/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';
/**
 * How a process is rolled out (Unterstützungsart): self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
 */
export type SupportLevel = 'self_service' | 'consulting' | 'full_service' | 'external';

/**
 * The check that the current stages the server keeps in memory agree with the history in the database, and that the history itself is consistent (each event starts where the previous one ended, and is a valid transition).
 */
export interface RolloutConsistency {
  /**
   * An instant in UTC, ISO 8601.
   */
  checkedAt: string;
  /**
   * No mismatch and no history issue.
   */
  consistent: boolean;
  database: Totals;
  memory: Totals;
  /**
   * Processes whose current state differs between the database's history and memory (null: none there).
   */
  mismatches: {
    processKey: string;
    database: NullableState;
    memory: NullableState;
  }[];
  historyIssues: {
    processKey: string;
    seq: number;
    field: string;
    message: string;
  }[];
  /**
   * How long the check took.
   */
  ms: number;
}
/**
 * This interface was referenced by `RolloutConsistency`'s JSON-Schema
 * via the `definition` "Totals".
 */
export interface Totals {
  events: number;
  /**
   * Processes with at least one event.
   */
  processes: number;
}
