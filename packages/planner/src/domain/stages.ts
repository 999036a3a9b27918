/**
 * Rollout stages and support levels, their labels, and the rule for moving a process from one stage
 * to another.
 */

/** The rollout stages in their order: each one a step further towards live. */
export const ROLLOUT_STAGES = ['not_started', 'analysis', 'modelled', 'efile_configured', 'pilot', 'live'] as const;

/** A stage on the way to live. */
export type RolloutStage = (typeof ROLLOUT_STAGES)[number];

/** Every stage a process can be in: a rollout stage, or `not_applicable` (out of scope, with a reason). */
export type Stage = RolloutStage | 'not_applicable';

/** Every stage, in rollout order, `not_applicable` last. */
export const STAGES: readonly Stage[] = [...ROLLOUT_STAGES, 'not_applicable'];

/** The stages that count as "in progress": started but not live (analysis to pilot). */
export const IN_PROGRESS_STAGES: readonly Stage[] = ['analysis', 'modelled', 'efile_configured', 'pilot'];

/** How a process is rolled out: by the department alone, with consulting, by central IT, or externally. */
export const SUPPORT_LEVELS = ['self_service', 'consulting', 'full_service', 'external'] as const;

/** A support level (Unterstützungsart). */
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** A text in German (shown in the UI) and English. */
export interface Label {
  de: string;
  en: string;
}

/** The label of each stage. */
export const STAGE_LABELS: Readonly<Record<Stage, Label>> = {
  not_started: { de: 'Nicht begonnen', en: 'Not started' },
  analysis: { de: 'Ist-Aufnahme', en: 'Analysis' },
  modelled: { de: 'Modelliert', en: 'Modelled' },
  efile_configured: { de: 'E-Akte konfiguriert', en: 'E-file configured' },
  pilot: { de: 'Pilot', en: 'Pilot' },
  live: { de: 'Live', en: 'Live' },
  not_applicable: { de: 'Nicht anwendbar', en: 'Not applicable' },
};

/** The label of each support level. */
export const SUPPORT_LEVEL_LABELS: Readonly<Record<SupportLevel, Label>> = {
  self_service: { de: 'Selbstständig', en: 'Self-service' },
  consulting: { de: 'Beratung', en: 'Consulting' },
  full_service: { de: 'Vollservice', en: 'Full service' },
  external: { de: 'Extern', en: 'External' },
};

/** A problem with one field of a request, shaped like the field errors of a problem response. */
export interface FieldError {
  /** JSON pointer of the offending field, e.g. `/reason`. */
  field: string;
  message: string;
}

const RANK: Readonly<Record<Stage, number>> = {
  not_started: 0,
  analysis: 1,
  modelled: 2,
  efile_configured: 3,
  pilot: 4,
  live: 5,
  not_applicable: -1,
};

/** Whether `value` names a stage. */
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** Whether `value` names a support level. */
export function isSupportLevel(value: unknown): value is SupportLevel {
  return typeof value === 'string' && Object.hasOwn(SUPPORT_LEVEL_LABELS, value);
}

/** The position of a stage on the way to live: 0 (not started) to 5 (live); -1 for `not_applicable`. */
export function stageRank(stage: Stage): number {
  return RANK[stage];
}

/** Whether a process in `stage` is in progress: analysis, modelled, e-file configured or pilot. */
export function isInProgress(stage: Stage): boolean {
  return RANK[stage] >= 1 && RANK[stage] <= 4;
}

/**
 * What kind of move a transition is: `forward` towards live (by any number of stages), `backward`
 * away from it, `out_of_scope` to not applicable, `into_scope` from not applicable back to a stage.
 */
export type TransitionKind = 'forward' | 'backward' | 'out_of_scope' | 'into_scope';

/** The outcome of {@link checkTransition}. */
export type TransitionCheck = { ok: true; kind: TransitionKind } | { ok: false; errors: FieldError[] };

/**
 * Checks a change of stage. The rule:
 * - moving forward by any number of stages is allowed (a department may skip steps, e.g. not started → live);
 * - moving backward needs a reason;
 * - moving to or from `not_applicable` needs a reason (leaving or re-entering the scope);
 * - staying in the same stage is not a transition.
 * A reason of only whitespace counts as none. Errors name the field (`/from`, `/to`, `/reason`).
 */
export function checkTransition(from: Stage, to: Stage, options: { reason?: string | null } = {}): TransitionCheck {
  const errors: FieldError[] = [];
  if (!isStage(from)) errors.push({ field: '/from', message: `must be one of ${STAGES.join(', ')}` });
  if (!isStage(to)) errors.push({ field: '/to', message: `must be one of ${STAGES.join(', ')}` });
  if (errors.length > 0) return { ok: false, errors };
  if (from === to)
    return { ok: false, errors: [{ field: '/to', message: `must differ from the current stage ${from}` }] };

  const kind: TransitionKind =
    to === 'not_applicable'
      ? 'out_of_scope'
      : from === 'not_applicable'
        ? 'into_scope'
        : RANK[to] > RANK[from]
          ? 'forward'
          : 'backward';
  const hasReason = typeof options.reason === 'string' && options.reason.trim().length > 0;
  if (kind !== 'forward' && !hasReason) {
    const why = {
      backward: `moving back from ${from} to ${to}`,
      out_of_scope: 'marking a process not applicable',
      into_scope: 'taking a process back into scope',
    }[kind];
    return { ok: false, errors: [{ field: '/reason', message: `is required when ${why}` }] };
  }
  return { ok: true, kind };
}
