/**
 * What the planning modules need to know of the rollout history: the current stage and support level
 * of a process. The rollout module's state (`RolloutState`) satisfies it; tests pass an in-memory one.
 */
import type { Stage, SupportLevel } from '../domain/stages.js';

/** The current stage of one process and the support level it was reached with (null: none recorded). */
export interface StageSnapshot {
  stage: Stage;
  support: SupportLevel | null;
}

/**
 * Reads the current stage of processes, synchronously or not; `undefined` (or a null support level)
 * for a process without any stage change, which counts as not started.
 */
export interface StageReader {
  current(processKey: string): StageSnapshot | undefined | Promise<StageSnapshot | undefined>;
}
