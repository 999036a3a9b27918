/**
 * The demo city's rollout history: stage events for the departments' processes and variants over the
 * ~18 months before `until`, deterministic for a seed and an end date.
 *
 * The shape: each process starts at a time drawn from a bell over the period (so the number live over
 * time is an S-curve), with base process variants (central IT's rollout) starting earlier than the
 * Fachprozesse; about a quarter of the Fachprozesse have not started yet. Each started process moves
 * forward stage by stage (simple ones skip a stage) with a support level chosen per process
 * (self-service the majority), a few leave the scope (not applicable, with a reason), and a few go back a
 * stage after their pilot (with a reason) before going on. `eventsPerProcess` asks for a denser history
 * (the benchmark's 10 events per process): started processes then go through rework loops (back a stage
 * with a reason, forward again) until the average is reached.
 */
import type { ProcessDoc } from '@efile/catalogue';
import { stageEventId, type Stage, type StageEventDoc, type SupportLevel } from '@efile/planner';
import { SEED_ACTOR } from './buildDemoCity.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The period the history covers, before `until`. */
export const HISTORY_DAYS = 548;

/** The forward stages after not started. */
const FORWARD: readonly Stage[] = ['analysis', 'modelled', 'efile_configured', 'pilot', 'live'];
/** Days from one stage to the next (by the stage left). */
const STAGE_DAYS: Readonly<Record<string, [number, number]>> = {
  analysis: [10, 50],
  modelled: [10, 55],
  efile_configured: [7, 40],
  pilot: [14, 56],
};

const NOT_APPLICABLE_REASONS = [
  'Aufgabe entfällt durch Neuorganisation des Amtes',
  'Wird künftig von einem anderen Amt wahrgenommen',
  'Das Fachverfahren führt die Akte; keine E-Akte nötig',
  'Verfahren läuft aus',
  'Seit der Gesetzesänderung keine Fälle mehr',
];
const BACK_REASONS = [
  'Pilot zeigte fehlende Dokumenttypen',
  'Schnittstelle zum Fachverfahren fehlt noch',
  'Aktenplanzuordnung muss überarbeitet werden',
  'Scan-Workflow im Pilot nicht tragfähig',
  'Rückmeldung des Personalrats eingearbeitet',
  'Personalwechsel: Ist-Aufnahme wird wiederholt',
];
const NOTES = ['Auftaktworkshop mit dem Amt', 'Schulung der Sachbearbeitung durchgeführt', 'Go-live nach Abnahme'];

export interface RolloutHistoryOptions {
  /** The PRNG seed; the same seed and end give the same history. */
  seed: number;
  /** The end of the history (the seed's "now"); no event is later. */
  until: Date;
  /** Ask for a denser history: about this many events per department process (rework loops added). */
  eventsPerProcess?: number;
}

/** A support level per process: self-service the majority; base variants more often with central IT. */
function supportOf(rng: Random, variant: boolean): SupportLevel {
  const r = rng.next();
  if (variant) return r < 0.45 ? 'self_service' : r < 0.8 ? 'consulting' : r < 0.97 ? 'full_service' : 'external';
  return r < 0.65 ? 'self_service' : r < 0.9 ? 'consulting' : r < 0.96 ? 'full_service' : 'external';
}

/** A working-day instant at or after `ms`: weekends move to Monday, the time to office hours (UTC). */
function workingInstant(rng: Random, ms: number): number {
  let day = Math.floor(ms / DAY);
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  if (weekday >= 5) day += 7 - weekday;
  return Math.max(ms, day * DAY + 6 * HOUR + rng.int(0, 9) * HOUR + rng.int(0, 59) * 60_000);
}

interface Plan {
  process: ProcessDoc;
  /** The seed of the process's own generator, so that its history can be played again alike. */
  seed: number;
  start: number;
  support: SupportLevel;
  variant: boolean;
}

/**
 * The events of one process. `loops` rework loops (back a stage with a reason, forward again within
 * days) make a denser history; without them a few processes go back once after their pilot.
 */
function processEvents(plan: Plan, loops: number, until: number): StageEventDoc[] {
  const { process, variant } = plan;
  const rng = new Random(plan.seed);
  let support = plan.support;
  const events: StageEventDoc[] = [];
  let stage: Stage = 'not_started';
  let at = plan.start;
  const push = (to: Stage, extra: { reason?: string; note?: string } = {}): boolean => {
    at = workingInstant(rng, at);
    if (at > until) return false;
    const seq = events.length + 1;
    events.push({
      _id: stageEventId(process.key, seq),
      processKey: process.key,
      department: process.department,
      at: new Date(at),
      from: stage,
      to,
      support,
      actorId: SEED_ACTOR,
      ...extra,
      seq,
      recordedAt: new Date(at),
    });
    stage = to;
    return true;
  };
  const wait = (from: Stage) => {
    const [min, max] = STAGE_DAYS[from] ?? [7, 30];
    at += rng.int(min, max) * DAY * (variant ? 0.8 : 1);
  };

  // A few processes leave the scope, at the start or during their analysis.
  if (rng.chance(variant ? 0.02 : 0.05)) {
    if (rng.chance(0.5)) {
      if (!push('analysis')) return events;
      wait('analysis');
    }
    push('not_applicable', { reason: rng.pick(NOT_APPLICABLE_REASONS) });
    return events;
  }
  const skipsPilot = rng.chance(0.2);
  const skipsModel = variant && rng.chance(0.3); // a variant may start from the base process's model
  let loopsLeft = loops;
  let wentBack = false;
  for (let step = 0; step < FORWARD.length; step++) {
    const to = FORWARD[step]!;
    if ((to === 'pilot' && skipsPilot) || (to === 'modelled' && skipsModel)) continue;
    const note =
      to === 'analysis' && rng.chance(0.2) ? NOTES[0] : to === 'live' && rng.chance(0.2) ? NOTES[2] : undefined;
    if (!push(to, note ? { note } : {})) return events;
    if (to === 'live') break;
    for (;;) {
      const rework =
        step >= 1 &&
        (loops > 0 ? loopsLeft > 0 && (rng.chance(0.5) || step >= 3) : to === 'pilot' && !wentBack && rng.chance(0.06));
      if (!rework) break;
      const back = FORWARD[step - 1]!;
      at += rng.int(1, loops > 0 ? 4 : 10) * DAY;
      if (!push(back, { reason: rng.pick(BACK_REASONS) })) return events;
      if (rng.chance(loops > 0 ? 0.02 : 0.15)) support = rng.pick(['consulting', 'full_service'] as const);
      at += rng.int(1, loops > 0 ? 6 : 21) * DAY;
      if (!push(to)) return events;
      loopsLeft--;
      wentBack = true;
    }
    wait(to);
  }
  return events;
}

/**
 * The stage events of the demo city's processes (base process templates get none), ordered by process
 * then seq.
 */
export function buildRolloutHistory(processes: readonly ProcessDoc[], options: RolloutHistoryOptions): StageEventDoc[] {
  const until = options.until.getTime();
  const from = until - HISTORY_DAYS * DAY;
  const root = new Random(options.seed ^ 0x5eed);
  const plans: Plan[] = [];
  for (const process of processes) {
    if (process.kind === 'base') continue;
    const rng = root.fork();
    const seed = rng.int(0, 0xffffffff);
    const variant = process.baseProcess !== undefined;
    // A bell over the period (the mean of two uniforms), later and wider for Fachprozesse, so that about a
    // quarter of them start after `until` (not started yet).
    const f = (rng.next() + rng.next()) / 2;
    const offset = variant ? 0.05 + f * 1.0 : 0.15 + f * 1.35;
    const start = Math.max(from + offset * HISTORY_DAYS * DAY, process.createdAt.getTime());
    plans.push({ process, seed, start, support: supportOf(rng, variant), variant });
  }

  // The plain history, and for a denser one the loops per started process that reach the average asked for.
  const plain = plans.map((plan) => processEvents(plan, 0, until));
  const wanted = (options.eventsPerProcess ?? 0) * plans.length;
  const total = plain.reduce((n, e) => n + e.length, 0);
  const started = plain.filter((e) => e.length > 0 && e[e.length - 1]!.to !== 'not_applicable').length;
  if (wanted <= total || started === 0) return plain.flat();
  // Not every loop fits (a process still in analysis has no stage to go back to): adjust and play again.
  const play = (loops: number): StageEventDoc[] => {
    const share = new Random(options.seed ^ 0x1005);
    return plans
      .map((plan, i) => {
        const events = plain[i]!;
        if (events.length === 0 || events[events.length - 1]!.to === 'not_applicable') return events;
        const whole = Math.floor(loops) + (share.next() < loops - Math.floor(loops) ? 1 : 0);
        return processEvents(plan, whole, until);
      })
      .flat();
  };
  let loops = (wanted - total) / (2 * started);
  let events = play(loops);
  for (let round = 0; round < 3 && Math.abs(events.length - wanted) > wanted * 0.02; round++) {
    loops *= (wanted - total) / Math.max(1, events.length - total);
    events = play(loops);
  }
  return events;
}
