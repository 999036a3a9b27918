import { createHash } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Diagram } from '@efile/schemas';
import { isDuplicateKey } from '../db/versioned.js';
import type { ProcessDoc } from '../processes/process.model.js';
import type { DiagramDoc, StatusChange } from './diagram.model.js';

/** Everything but the bytes: what lists and metadata reads load. */
const METADATA = { _id: 0, content: 0 } as const;

/** Most versions a list returns (newest first); a process gathers a few dozen over its life. */
export const MAX_LISTED_VERSIONS = 500;

/** How often an upload retries when a concurrent upload took the version number it chose. */
const INSERT_ATTEMPTS = 20;

/** The fields of a process the diagram rules look at. */
export interface ProcessState {
  key: string;
  kind: ProcessDoc['kind'];
  department: string;
  archived: boolean;
  baseProcess?: string;
  baseVersion?: number;
  latestDiagramVersion?: number;
  releasedDiagramVersion?: number;
}

/** A stored diagram version with its bytes. */
export interface DiagramContent {
  metadata: Diagram;
  content: Buffer;
}

/** A new diagram version, before it gets its number. */
export type NewDiagram = Omit<DiagramDoc, 'version' | 'revision' | 'createdAt' | 'updatedAt' | 'sha256' | 'size'>;

/** Mongoose lean() hands Buffer fields back as bson Binary; this returns the bytes either way. */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const binary = value as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return Buffer.from(binary.buffer);
  throw new Error('Stored diagram content is not binary.');
}

/** Maps a stored document to the API shape (no bytes). */
export function toDiagram(doc: Omit<DiagramDoc, 'content'>): Diagram {
  return {
    processKey: doc.processKey,
    version: doc.version,
    status: doc.status,
    size: doc.size,
    sha256: doc.sha256,
    encoding: doc.encoding,
    author: doc.author,
    ...(doc.message !== undefined && doc.message !== null ? { message: doc.message } : {}),
    warnings: doc.warnings.map((w) => ({ message: w.message })),
    stats: {
      processes: doc.stats.processes,
      participants: doc.stats.participants,
      lanes: doc.stats.lanes,
      flowNodes: doc.stats.flowNodes,
      messageFlows: doc.stats.messageFlows,
      shapes: doc.stats.shapes,
      edges: doc.stats.edges,
      diagrams: doc.stats.diagrams,
    },
    hasLayout: doc.hasLayout,
    statusHistory: doc.statusHistory.map((h) => ({
      status: h.status,
      at: h.at.toISOString(),
      by: h.by,
      ...(h.message !== undefined && h.message !== null ? { message: h.message } : {}),
    })),
    revision: doc.revision,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export class DiagramsRepository {
  constructor(
    private readonly diagrams: Model<DiagramDoc>,
    private readonly processes: Model<ProcessDoc>,
  ) {}

  /** The process a diagram belongs to, or undefined. */
  async process(key: string): Promise<ProcessState | undefined> {
    const doc = await this.processes
      .findOne(
        { key },
        {
          _id: 0,
          key: 1,
          kind: 1,
          department: 1,
          archived: 1,
          baseProcess: 1,
          baseVersion: 1,
          latestDiagramVersion: 1,
          releasedDiagramVersion: 1,
        },
      )
      .lean<ProcessState>()
      .exec();
    return doc ?? undefined;
  }

  /** All versions of a process, newest first, without their bytes. */
  async list(processKey: string): Promise<Diagram[]> {
    const docs = await this.diagrams
      .find({ processKey }, METADATA)
      .sort({ version: -1 })
      .limit(MAX_LISTED_VERSIONS)
      .lean<DiagramDoc[]>()
      .exec();
    return docs.map(toDiagram);
  }

  async find(processKey: string, version: number): Promise<Diagram | undefined> {
    const doc = await this.diagrams.findOne({ processKey, version }, METADATA).lean<DiagramDoc>().exec();
    return doc ? toDiagram(doc) : undefined;
  }

  async findContent(processKey: string, version: number): Promise<DiagramContent | undefined> {
    const doc = await this.diagrams.findOne({ processKey, version }, { _id: 0 }).lean<DiagramDoc>().exec();
    return doc ? { metadata: toDiagram(doc), content: toBuffer(doc.content) } : undefined;
  }

  /**
   * Stores a new version under the next free number: one above the process's
   * latestDiagramVersion (read from the process, so no scan of the stored files). Two concurrent
   * uploads may pick the same number; the unique index (processKey, version) lets one win and
   * the other tries the next number.
   */
  async insertNext(input: NewDiagram): Promise<Diagram> {
    const now = new Date();
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    let tried = 0;
    for (let attempt = 1; ; attempt++) {
      const latest = (await this.process(input.processKey))?.latestDiagramVersion ?? 0;
      const version = Math.max(latest, tried) + 1;
      try {
        const [created] = await this.diagrams.insertMany(
          [{ ...input, version, sha256, size: input.content.length, revision: 1, createdAt: now, updatedAt: now }],
          { lean: true },
        );
        const { content: _content, ...metadata } = created as unknown as DiagramDoc;
        return toDiagram(metadata);
      } catch (err) {
        if (!isDuplicateKey(err) || attempt >= INSERT_ATTEMPTS) throw err;
        tried = version;
      }
    }
  }

  /** Removes one version (only to undo a half-finished adoption). */
  async remove(processKey: string, version: number): Promise<void> {
    await this.diagrams.deleteOne({ processKey, version }).exec();
  }

  /**
   * Moves a version to `status` if its revision is still `expectedRevision`; appends the change
   * to its history. Undefined when the revision moved on (or the version is gone).
   */
  async changeStatus(
    processKey: string,
    version: number,
    expectedRevision: number,
    change: StatusChange,
  ): Promise<Diagram | undefined> {
    const updated = await this.diagrams
      // No projection: FerretDB 1.24 rejects findAndModify with `fields`.
      .findOneAndUpdate(
        { processKey, version, revision: expectedRevision },
        {
          $set: { status: change.status, updatedAt: change.at },
          $inc: { revision: 1 },
          $push: { statusHistory: change },
        },
        { new: true },
      )
      .lean<DiagramDoc>()
      .exec();
    if (!updated) return undefined;
    const { content: _content, ...metadata } = updated;
    return toDiagram(metadata);
  }

  /** Raises the process's `latestDiagramVersion` to `version` (never lowers it). */
  async raiseLatest(processKey: string, version: number): Promise<void> {
    await this.processes.updateOne({ key: processKey }, { $max: { latestDiagramVersion: version } }).exec();
  }

  /** Raises the process's `releasedDiagramVersion` to `version` (never lowers it). */
  async raiseReleased(processKey: string, version: number): Promise<void> {
    await this.processes.updateOne({ key: processKey }, { $max: { releasedDiagramVersion: version } }).exec();
  }
}
