/**
 * Writes the demo city into the catalogue collections, in batches through the models.
 */
import type { Connection } from 'mongoose';
import { departmentModel, diagramContentModel, diagramModel, processModel } from '@efile/catalogue';
import { invalidateRolloutState, stageEventModel } from '@efile/planner';
import { buildDemoCity, DEFAULT_SCALE } from './buildDemoCity.js';
import { buildRolloutHistory } from './rolloutHistory.js';

export interface SeedOptions {
  /** Department processes (variants and Fachprozesse); default 3000. */
  scale?: number;
  /** The PRNG seed; the same seed gives the same city. Default 1. */
  seed?: number;
  /** Documents per insertMany. */
  batchSize?: number;
  /** The end of the rollout history (its last ~18 months); default now. */
  until?: Date;
  /** A denser rollout history: about this many stage events per department process (the benchmark's 10). */
  eventsPerProcess?: number;
}

export interface SeedSummary {
  seed: number;
  scale: number;
  departments: number;
  baseProcesses: number;
  variants: number;
  ownProcesses: number;
  processes: number;
  diagrams: number;
  /** Rollout stage events. */
  stageEvents: number;
  ms: number;
}

/** Thrown when seeding would mix the demo city into existing data. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The database already holds departments or processes; seed with --replace to empty the catalogue first.');
    this.name = 'DatabaseNotEmptyError';
  }
}

/** True when the catalogue has no departments and no processes. */
export async function isDatabaseEmpty(connection: Connection): Promise<boolean> {
  const [department, process] = await Promise.all([
    departmentModel(connection).exists({}),
    processModel(connection).exists({}),
  ]);
  return department === null && process === null;
}

/**
 * Empties the catalogue collections (departments, processes, diagrams and their contents) and the
 * rollout history, keeping them and their indexes. Contents go first, so an interrupted run leaves no
 * diagram without bytes.
 */
export async function emptyCatalogue(connection: Connection): Promise<void> {
  await stageEventModel(connection).deleteMany({});
  invalidateRolloutState(connection);
  await diagramContentModel(connection).deleteMany({});
  await diagramModel(connection).deleteMany({});
  await processModel(connection).deleteMany({});
  await departmentModel(connection).deleteMany({});
}

async function insertInBatches<T>(insert: (batch: T[]) => Promise<unknown>, docs: T[], size: number): Promise<void> {
  for (let i = 0; i < docs.length; i += size) await insert(docs.slice(i, i + size));
}

/** Seeds the demo city into the catalogue (which should be empty) and says what it wrote. */
export async function seedDemoCity(connection: Connection, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const scale = options.scale ?? DEFAULT_SCALE;
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 500;
  const city = buildDemoCity({ scale, seed });
  const departments = departmentModel(connection);
  const processes = processModel(connection);
  const diagrams = diagramModel(connection);
  const contents = diagramContentModel(connection);
  await insertInBatches((batch) => departments.insertMany(batch, { lean: true }), city.departments, batchSize);
  await insertInBatches((batch) => processes.insertMany(batch, { lean: true }), city.processes, batchSize);
  // The bytes before the metadata, so that every diagram a reader can find has its content.
  // Contents carry the XML: smaller batches keep each insert well below the 16 MB message limit.
  await insertInBatches(
    (batch) => contents.insertMany(batch, { lean: true }),
    city.diagramContents,
    Math.max(1, Math.floor(batchSize / 2)),
  );
  await insertInBatches((batch) => diagrams.insertMany(batch, { lean: true }), city.diagrams, batchSize);
  const history = buildRolloutHistory(city.processes, {
    seed,
    until: options.until ?? new Date(),
    ...(options.eventsPerProcess !== undefined ? { eventsPerProcess: options.eventsPerProcess } : {}),
  });
  const events = stageEventModel(connection);
  await insertInBatches((batch) => events.insertMany(batch, { lean: true }), history, batchSize * 4);
  // Written past the rollout API: a state this server process already holds must read them.
  invalidateRolloutState(connection);
  return {
    seed,
    scale,
    departments: city.counts.departments,
    baseProcesses: city.counts.baseProcesses,
    variants: city.counts.variants,
    ownProcesses: city.counts.ownProcesses,
    processes: city.processes.length,
    diagrams: city.counts.diagrams,
    stageEvents: history.length,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The `seed` command: refuses a catalogue that holds data unless `replace` is set, which empties
 * the catalogue collections first.
 */
export async function seedDatabase(
  connection: Connection,
  options: SeedOptions & { replace?: boolean },
): Promise<SeedSummary> {
  if (!(await isDatabaseEmpty(connection))) {
    if (!options.replace) throw new DatabaseNotEmptyError();
    await emptyCatalogue(connection);
  }
  return seedDemoCity(connection, options);
}

/** The one-line report of a seed run. */
export function describeSeed(summary: SeedSummary): string {
  return (
    `Seeded the demo city (seed ${summary.seed}): ${summary.departments} departments, ` +
    `${summary.baseProcesses} base processes, ${summary.ownProcesses + summary.variants} department processes ` +
    `(${summary.variants} variants), ${summary.diagrams} diagrams, ${summary.stageEvents} rollout stage events ` +
    `in ${summary.ms} ms.`
  );
}
