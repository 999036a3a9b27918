import type { Model } from 'mongoose';
import type {
  FieldError,
  Wave,
  WaveCreate,
  WaveList,
  WaveMove,
  WaveMoveResult,
  WaveUpdate,
  WaveWhatIf,
  WaveWhatIfResult,
} from '@efile/schemas';
import {
  ConflictError,
  findProcesses,
  patchToUpdate,
  PreconditionFailedError,
  UnprocessableError,
  type DepartmentsRepository,
  type ProcessDoc,
  type Scope,
} from '@efile/catalogue';
import {
  assignToWaves,
  CAPACITY_RULE,
  capacityForecast,
  capacityPlan,
  whatIf,
  type CapacityItem,
  type Complexity,
  type EffortTable,
  type Wave as DomainWave,
  type WaveDemand,
} from '../domain/capacity.js';
import { formatDay, toMs } from '../domain/calendar.js';
import { rolloutUnits } from '../domain/history.js';
import type { SupportLevel } from '../domain/stages.js';
import type { EffortTableSource } from '../effortTable/effortTable.service.js';
import type { PlansRepository } from './plans.repository.js';
import type { StageReader } from './stageReader.js';
import type { WaveDoc } from './wave.model.js';
import type { WavesRepository } from './waves.repository.js';

/** The support level and complexity of a process nobody has planned yet. */
export interface PlanningAssumptions {
  support: SupportLevel;
  complexity: Complexity;
}

/**
 * By default an unplanned process counts as consulting of medium complexity: the typical case of a
 * department rolling out its own process with central IT's advice.
 */
export const DEFAULT_ASSUMPTIONS: PlanningAssumptions = { support: 'consulting', complexity: 'medium' };

/** What capacity planning counts: the processes still to roll out, and which of them nobody planned. */
interface CapacityInputs {
  items: CapacityItem[];
  /** Keys of the items counted with assumed attributes. */
  assumed: Set<string>;
}

export interface WavesServiceDeps {
  waves: WavesRepository;
  plans: PlansRepository;
  processes: Model<ProcessDoc>;
  departments: DepartmentsRepository;
  stages: StageReader;
  /** The effort table in force, read once per request (central IT may change it at any time). */
  effortTable: EffortTableSource;
  assumptions: PlanningAssumptions;
  /** The date the capacity-aware forecast is held against (YYYY-MM-DD). */
  targetDate: string;
  /** The clock (today for the forecast). */
  now: () => Date;
}

const DAY_MS = 86_400_000;

/** How {@link consultingCapacityPerWeek} derives central IT's capacity per week from the waves. */
export const CAPACITY_PER_WEEK_RULE: WaveList['capacityForecast']['rule'] = {
  de:
    'Kapazität je Woche = Summe der Kapazität (Personentage) der Wellen, die heute noch nicht beendet sind, ÷ ' +
    'Wochen vom frühesten Beginn bis zum spätesten Ende dieser Wellen (Tage einschließlich ÷ 7), auf 0,01 ' +
    'gerundet; 0 ohne solche Wellen.',
  en:
    'Capacity per week = sum of the capacity (person-days) of the waves that have not ended by today ÷ the ' +
    'weeks from the earliest start to the latest end of those waves (days included ÷ 7), rounded to 0.01; 0 ' +
    'without such waves.',
};

/**
 * Central IT's consulting capacity per week ({@link CAPACITY_PER_WEEK_RULE}): the person-days of the waves
 * ending on or after `today`, spread over the weeks from the earliest start to the latest end of those waves.
 */
export function consultingCapacityPerWeek(waves: readonly DomainWave[], today: string): number {
  const open = waves.filter((w) => w.end >= today);
  if (open.length === 0) return 0;
  const first = Math.min(...open.map((w) => toMs(w.start)));
  const last = Math.max(...open.map((w) => toMs(w.end)));
  const weeks = (Math.round((last - first) / DAY_MS) + 1) / 7;
  const total = open.reduce((sum, w) => sum + w.capacityPersonDays, 0);
  return Math.round((total / weeks) * 100) / 100;
}

/** The demand of a wave with no processes. */
const NO_DEMAND: Wave['demand'] = {
  demand: 0,
  demandBySupport: { self_service: 0, consulting: 0, full_service: 0, external: 0 },
  processes: 0,
  assumed: 0,
  ratio: 0,
  overAllocated: false,
};

/** A wave as the domain's capacity functions see it. */
function toDomainWave(doc: WaveDoc): DomainWave {
  return {
    id: doc._id,
    name: doc.name,
    start: doc.start,
    end: doc.end,
    departments: doc.departments,
    processKeys: doc.processKeys,
    capacityPersonDays: doc.capacityPersonDays,
  };
}

/** Maps a stored wave and its demand to the API shape. */
export function toWave(doc: WaveDoc, demand: Wave['demand']): Wave {
  return {
    id: doc._id,
    name: doc.name,
    start: doc.start,
    end: doc.end,
    departments: doc.departments,
    processKeys: doc.processKeys,
    capacityPersonDays: doc.capacityPersonDays,
    ...(doc.note !== undefined ? { note: doc.note } : {}),
    demand,
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    updatedBy: doc.updatedBy,
  };
}

function union(a: readonly string[], b: readonly string[] | undefined): string[] {
  return [...new Set([...a, ...(b ?? [])])];
}

/**
 * Waves and central IT's capacity against the demand of the processes in them:
 * - a process's effort comes from its planning entry (support level × complexity, domain/capacity.ts, in
 *   the effort table in force: the one central IT stored, else the configured default);
 *   without one, from its current support level (from the rollout history) and the assumed complexity,
 *   or from the assumptions altogether; such processes are counted and reported as `assumed`;
 * - base processes are rolled out through the departments' variants and archived processes not at all:
 *   neither counts; live and not applicable processes need no more effort;
 * - waves are central IT's city-wide plan: every reader sees every wave (they hold department codes and
 *   person-days, no department's data); changing them is `wave:write` (admins);
 * - a wave that still lists departments or processes cannot be deleted (409): move them first;
 * - a what-if computes on the saved waves and saves nothing.
 */
export class WavesService {
  constructor(private readonly deps: WavesServiceDeps) {}

  /**
   * Every wave by start with its demand against its capacity, the processes in no wave, and when central
   * IT finishes the consulting and full-service work at the waves' capacity per week, against the target.
   */
  async overview(_scope: Scope): Promise<WaveList> {
    const [docs, inputs, table] = await Promise.all([
      this.deps.waves.all(),
      this.capacityInputs(),
      this.deps.effortTable.current(),
    ]);
    const demands = this.demandByWave(docs, inputs, table);
    const waves = docs.map(toDomainWave);
    const plan = capacityPlan(waves, inputs.items, table);
    const today = formatDay(this.deps.now().getTime());
    const forecast = capacityForecast(inputs.items, {
      personDaysPerWeek: consultingCapacityPerWeek(waves, today),
      today,
      target: this.deps.targetDate,
      table,
    });
    return {
      items: docs.map((doc) => toWave(doc, demands.get(doc._id) ?? NO_DEMAND)),
      total: docs.length,
      unassigned: plan.unassigned,
      rule: CAPACITY_RULE,
      effortTable: table,
      assumptions: this.deps.assumptions,
      capacityForecast: {
        ...forecast,
        rule: {
          de: `${forecast.rule.de} ${CAPACITY_PER_WEEK_RULE.de}`,
          en: `${forecast.rule.en} ${CAPACITY_PER_WEEK_RULE.en}`,
        },
      },
    };
  }

  async get(_scope: Scope, id: string): Promise<Wave> {
    const doc = await this.deps.waves.get(id);
    return this.withDemand(doc);
  }

  async create(scope: Scope, input: WaveCreate): Promise<Wave> {
    const departments = input.departments ?? [];
    const processKeys = input.processKeys ?? [];
    await this.checkFields({ start: input.start, end: input.end, departments, processKeys });
    const now = new Date();
    const doc: WaveDoc = {
      _id: input.id,
      name: input.name,
      start: input.start,
      end: input.end,
      departments,
      processKeys,
      capacityPersonDays: input.capacityPersonDays,
      ...(input.note !== undefined ? { note: input.note } : {}),
      version: 1,
      createdAt: now,
      updatedAt: now,
      createdBy: scope.actorId,
      updatedBy: scope.actorId,
    };
    return this.withDemand(await this.deps.waves.create(doc));
  }

  /** Changes the fields in `patch` (null removes the note) if the wave is still at `expected`. */
  async update(scope: Scope, id: string, expected: number, patch: WaveUpdate): Promise<Wave> {
    const current = await this.current(id, expected);
    await this.checkFields({
      start: patch.start ?? current.start,
      end: patch.end ?? current.end,
      ...(patch.departments ? { departments: patch.departments } : {}),
      ...(patch.processKeys ? { processKeys: patch.processKeys } : {}),
    });
    const update = patchToUpdate(patch as Record<string, unknown>);
    update.$set.updatedBy = scope.actorId;
    return this.withDemand(await this.deps.waves.update(id, expected, update));
  }

  /**
   * Moves departments and processes into wave `id` (at version `expected`): they are added to it first,
   * then taken out of every other wave, together with the processes of the moved departments that other
   * waves list individually (the same rule as the what-if). Without transactions the waves change one
   * after the other; an interrupted move leaves a department in two waves, where the earlier one counts,
   * and repeating the move completes it.
   */
  async move(scope: Scope, id: string, expected: number, move: WaveMove): Promise<WaveMoveResult> {
    await this.checkFields({
      ...(move.departments ? { departments: move.departments } : {}),
      ...(move.processKeys ? { processKeys: move.processKeys } : {}),
    });
    const target = await this.current(id, expected);
    const updated = await this.deps.waves.update(id, expected, {
      $set: {
        departments: union(target.departments, move.departments),
        processKeys: union(target.processKeys, move.processKeys),
        updatedBy: scope.actorId,
      },
    });
    const movedDepartments = new Set(move.departments ?? []);
    const leaving = new Set(move.processKeys ?? []);
    if (movedDepartments.size > 0) {
      const processes = await findProcesses(this.deps.processes, { department: { $in: [...movedDepartments] } });
      for (const p of processes) leaving.add(p.key);
    }
    const changed: WaveMoveResult['changed'] = [];
    for (const other of await this.deps.waves.all()) {
      if (other._id === id) continue;
      const after = await this.deps.waves.updateCurrent(other._id, (doc) => {
        const departments = doc.departments.filter((d) => !movedDepartments.has(d));
        const processKeys = doc.processKeys.filter((k) => !leaving.has(k));
        if (departments.length === doc.departments.length && processKeys.length === doc.processKeys.length) {
          return undefined;
        }
        return { $set: { departments, processKeys, updatedBy: scope.actorId } };
      });
      if (after) changed.push({ id: after._id, version: after.version });
    }
    return { wave: await this.withDemand(updated), changed };
  }

  /** Deletes an empty wave at version `expected`; a wave with departments or processes stays (409). */
  async remove(_scope: Scope, id: string, expected: number): Promise<void> {
    await this.deps.waves.delete(id, expected, (doc) => {
      if (doc.departments.length > 0 || doc.processKeys.length > 0) {
        throw new ConflictError(
          `Wave ${id} still has ${doc.departments.length} departments and ${doc.processKeys.length} individually listed processes; move them to another wave first.`,
        );
      }
    });
  }

  /** Demand against capacity before and after `scenario`; nothing is saved. */
  async whatIf(_scope: Scope, scenario: WaveWhatIf): Promise<WaveWhatIfResult> {
    const [docs, inputs, table] = await Promise.all([
      this.deps.waves.all(),
      this.capacityInputs(),
      this.deps.effortTable.current(),
    ]);
    const result = whatIf(docs.map(toDomainWave), inputs.items, scenario, table);
    if (!result.ok) {
      throw new UnprocessableError(
        'The scenario names waves that do not exist or numbers out of range.',
        result.errors.map((e) => ({ in: 'body' as const, ...e })),
      );
    }
    return { before: result.before, after: result.after, waves: result.waves };
  }

  /** The processes capacity planning counts, each with its stage, support level and complexity. */
  async capacityInputs(): Promise<CapacityInputs> {
    const [processes, plans] = await Promise.all([
      findProcesses(this.deps.processes, { archived: false }),
      this.deps.plans.all(),
    ]);
    const planOf = new Map(plans.map((p) => [p._id, p]));
    const units = rolloutUnits(processes);
    const states = await Promise.all(units.map((p) => this.deps.stages.current(p.key)));
    const assumed = new Set<string>();
    const items = units.map((p, i): CapacityItem => {
      const plan = planOf.get(p.key);
      const state = states[i];
      if (!plan) assumed.add(p.key);
      return {
        key: p.key,
        department: p.department,
        support: plan?.support ?? state?.support ?? this.deps.assumptions.support,
        complexity: plan?.complexity ?? this.deps.assumptions.complexity,
        stage: state?.stage ?? 'not_started',
      };
    });
    return { items, assumed };
  }

  /** The demand of each wave of `docs` ({@link CAPACITY_RULE}), with how many of its processes were assumed. */
  private demandByWave(
    docs: readonly WaveDoc[],
    inputs: CapacityInputs,
    table: EffortTable,
  ): Map<string, Wave['demand']> {
    const waves = docs.map(toDomainWave);
    const plan = capacityPlan(waves, inputs.items, table);
    const assignment = assignToWaves(waves, inputs.items);
    const assumedByWave = new Map<string, number>();
    for (const item of inputs.items) {
      if (!inputs.assumed.has(item.key) || item.stage === 'live' || item.stage === 'not_applicable') continue;
      const waveId = assignment.get(item.key);
      if (waveId) assumedByWave.set(waveId, (assumedByWave.get(waveId) ?? 0) + 1);
    }
    return new Map(
      plan.waves.map((row: WaveDemand) => [
        row.waveId,
        {
          demand: row.demand,
          demandBySupport: row.demandBySupport,
          processes: row.processes,
          assumed: assumedByWave.get(row.waveId) ?? 0,
          ratio: row.ratio,
          overAllocated: row.overAllocated,
        },
      ]),
    );
  }

  /**
   * One wave with its demand. Demand depends on the other waves too (a process counts in the earliest
   * wave naming it), so it is computed over all of them.
   */
  private async withDemand(doc: WaveDoc): Promise<Wave> {
    const docs = await this.deps.waves.all();
    const all = docs.some((d) => d._id === doc._id) ? docs.map((d) => (d._id === doc._id ? doc : d)) : [...docs, doc];
    const [inputs, table] = await Promise.all([this.capacityInputs(), this.deps.effortTable.current()]);
    const demands = this.demandByWave(all, inputs, table);
    return toWave(doc, demands.get(doc._id) ?? NO_DEMAND);
  }

  /** The wave `id` if it is still at version `expected` (404/412 otherwise). */
  private async current(id: string, expected: number): Promise<WaveDoc> {
    const current = await this.deps.waves.get(id);
    if (current.version !== expected) {
      throw new PreconditionFailedError(
        `Wave ${id} was changed by someone else (now version ${current.version}, you sent ${expected}). Reload it and apply your change again.`,
        current.version,
      );
    }
    return current;
  }

  /** 422 for a wave ending before it starts, and for departments or processes that do not exist. */
  private async checkFields(fields: {
    start?: string;
    end?: string;
    departments?: readonly string[];
    processKeys?: readonly string[];
  }): Promise<void> {
    const errors: FieldError[] = [];
    if (fields.start !== undefined && fields.end !== undefined && fields.end < fields.start) {
      errors.push({ in: 'body', field: '/end', message: `must not be before the start (${fields.start})` });
    }
    if (fields.departments && fields.departments.length > 0) {
      const existing = await this.deps.departments.existingCodes(fields.departments);
      fields.departments.forEach((code, i) => {
        if (!existing.has(code)) {
          errors.push({ in: 'body', field: `/departments/${i}`, message: `names no existing department (${code})` });
        }
      });
    }
    if (fields.processKeys && fields.processKeys.length > 0) {
      const found = await findProcesses(this.deps.processes, { key: { $in: [...fields.processKeys] } });
      const existing = new Set(found.map((p) => p.key));
      fields.processKeys.forEach((key, i) => {
        if (!existing.has(key)) {
          errors.push({ in: 'body', field: `/processKeys/${i}`, message: `names no existing process (${key})` });
        }
      });
    }
    if (errors.length > 0) throw new UnprocessableError('The wave is invalid.', errors);
  }
}
