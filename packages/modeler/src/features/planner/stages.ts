/**
 * The rollout stages, support levels and complexity classes in the API's order, and the rule for which changes of stage
 * need a reason (as the API's domain checks it: moving back, to not applicable, or back into scope).
 */
import type { RolloutEvent, WavePlan } from '@efile/schemas';

export type Stage = RolloutEvent['to'];
export type SupportLevel = RolloutEvent['support'];
/** How hard a process is to roll out (a column of the effort table). */
export type Complexity = WavePlan['complexity'];

/** Every stage in rollout order, not applicable last. */
export const STAGES: readonly Stage[] = [
  'not_started',
  'analysis',
  'modelled',
  'efile_configured',
  'pilot',
  'live',
  'not_applicable',
];

export const SUPPORT_LEVELS: readonly SupportLevel[] = ['self_service', 'consulting', 'full_service', 'external'];

/** The complexity classes, easiest first. */
export const COMPLEXITIES: readonly Complexity[] = ['low', 'medium', 'high'];

const RANK: Readonly<Record<Stage, number>> = {
  not_started: 0,
  analysis: 1,
  modelled: 2,
  efile_configured: 3,
  pilot: 4,
  live: 5,
  not_applicable: -1,
};

/** Whether a change from `from` to `to` needs a reason: anything but moving forward. */
export function needsReason(from: Stage, to: Stage): boolean {
  if (from === to) return false;
  if (to === 'not_applicable' || from === 'not_applicable') return true;
  return RANK[to] < RANK[from];
}
