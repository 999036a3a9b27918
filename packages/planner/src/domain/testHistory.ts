/**
 * Test factory (used by the unit tests only, not exported by the package): builds consistent stage
 * histories from short step lists, so each test states only what matters to it.
 */
import { checkTransition, type Stage, type SupportLevel } from './stages.js';
import type { PlannedProcess, StageEvent } from './history.js';

/** One step: the process key (`P-<department>-<n>`), when, the stage it moves to, and optionally how. */
export type Step = [processKey: string, at: string, to: Stage, support?: SupportLevel];

/**
 * Events for the steps, in order: `from` is the stage the process's previous step moved to
 * (not started at first), `seq` counts from `firstSeq`, the department is the key's middle part, and
 * a reason is added where the transition needs one.
 */
export function buildHistory(steps: readonly Step[], firstSeq = 1): StageEvent[] {
  const current = new Map<string, Stage>();
  return steps.map(([processKey, at, to, support = 'consulting'], i): StageEvent => {
    const from = current.get(processKey) ?? 'not_started';
    current.set(processKey, to);
    const check = checkTransition(from, to, { reason: 'x' });
    const needsReason = check.ok && check.kind !== 'forward';
    return {
      processKey,
      department: departmentOf(processKey),
      at,
      from,
      to,
      support,
      actorId: 'acc-1',
      seq: firstSeq + i,
      ...(needsReason ? { reason: `${from} → ${to}: Nacharbeit` } : {}),
    };
  });
}

/** Processes for the keys (`P-<department>-<n>`), each with the extra fields given. */
export function buildProcesses(
  ...specs: Array<string | (Partial<PlannedProcess> & { key: string })>
): PlannedProcess[] {
  return specs.map((spec) => {
    const fields = typeof spec === 'string' ? { key: spec } : spec;
    return { department: departmentOf(fields.key), ...fields };
  });
}

function departmentOf(processKey: string): string {
  return processKey.split('-')[1] ?? '';
}
