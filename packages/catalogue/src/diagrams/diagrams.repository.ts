import { createHash } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Diagram } from '@efile/schemas';
import { backendOf } from '../db/backend.js';
import { isDuplicateKey, withDocumentLock } from '../db/versioned.js';
import type { ProcessDoc } from '../processes/process.model.js';
import type { Scope } from '../auth/scope.js';
import { NotFoundError } from '../errors.js';
import { diagramId, type DiagramContentDoc, type DiagramDoc, type StatusChange } from './diagram.model.js';

/** What metadata reads load (the bytes live in `diagram_contents`). */
const METADATA = { _id: 0 } as const;

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

declare const SCOPED: unique symbol;

/**
 * A process the caller's scope was checked against. Diagram reads and writes take one instead of a key,
 * so no diagram query can be written without the caller's scope; only `process()` makes one.
 */
export type ScopedProcess = ProcessState & { readonly [SCOPED]: true };

/** A stored diagram version with its bytes. */
export interface DiagramContent {
  metadata: Diagram;
  content: Buffer;
}

/** A new diagram version, before it gets its number. */
export type NewDiagram = Omit<
  DiagramDoc,
  '_id' | 'version' | 'revision' | 'createdAt' | 'updatedAt' | 'sha256' | 'size'
> & {
  content: Buffer;
};

/** Mongoose lean() hands Buffer fields back as bson Binary; this returns the bytes either way. */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const binary = value as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return Buffer.from(binary.buffer);
  throw new Error('Stored diagram content is not binary.');
}

/** Maps a stored document to the API shape (no bytes). */
export function toDiagram(doc: Omit<DiagramDoc, '_id'>): Diagram {
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
    private readonly contents: Model<DiagramContentDoc>,
    private readonly processes: Model<ProcessDoc>,
  ) {}

  /**
   * The process whose diagrams the caller works with, checked against the caller's scope: 404 when it
   * does not exist or may not be seen, 403 when the scope's action is not allowed on it.
   */
  async process(scope: Scope, key: string): Promise<ScopedProcess> {
    const process = await this.readProcess(key);
    if (!process) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check(process, `Process ${key}`);
    return process as ScopedProcess;
  }

  private async readProcess(key: string): Promise<ProcessState | undefined> {
    const doc = await this.processes
      .findOne(
        { _id: key },
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

  /**
   * All versions of a process, newest first, without their bytes. On FerretDB each version is
   * read by its `_id` (numbered 1..latestDiagramVersion), which avoids scanning every diagram of
   * the city; MongoDB answers one indexed query.
   */
  async list(process: ScopedProcess): Promise<Diagram[]> {
    const processKey = process.key;
    const { ferretdb } = await backendOf(this.diagrams.db);
    if (!ferretdb) {
      const docs = await this.diagrams
        .find({ processKey }, METADATA)
        .sort({ version: -1 })
        .limit(MAX_LISTED_VERSIONS)
        .lean<DiagramDoc[]>()
        .exec();
      return docs.map(toDiagram);
    }
    const latest = (await this.readProcess(processKey))?.latestDiagramVersion ?? 0;
    const versions = Array.from({ length: Math.min(latest, MAX_LISTED_VERSIONS) }, (_, i) => latest - i);
    const docs = await Promise.all(
      versions.map((v) =>
        this.diagrams
          .findOne({ _id: diagramId(processKey, v) }, METADATA)
          .lean<DiagramDoc>()
          .exec(),
      ),
    );
    return docs.filter((d): d is DiagramDoc => d !== null).map(toDiagram);
  }

  async find(process: ScopedProcess, version: number): Promise<Diagram | undefined> {
    const doc = await this.diagrams
      .findOne({ _id: diagramId(process.key, version) }, METADATA)
      .lean<DiagramDoc>()
      .exec();
    return doc ? toDiagram(doc) : undefined;
  }

  async findContent(process: ScopedProcess, version: number): Promise<DiagramContent | undefined> {
    const id = diagramId(process.key, version);
    const [doc, content] = await Promise.all([
      this.diagrams.findOne({ _id: id }, METADATA).lean<DiagramDoc>().exec(),
      this.contents.findOne({ _id: id }).lean<DiagramContentDoc>().exec(),
    ]);
    return doc && content ? { metadata: toDiagram(doc), content: toBuffer(content.content) } : undefined;
  }

  /**
   * Stores a new version under the next free number: one above the process's
   * latestDiagramVersion. Two concurrent uploads may pick the same number; the unique `_id`
   * (`<key>@<version>`) of the content lets one win and the other tries the next number. The bytes
   * are written before the metadata, so a listed version always has its bytes.
   */
  async insertNext(
    process: ScopedProcess,
    input: Omit<NewDiagram, 'processKey'>,
    latestKnown?: number,
  ): Promise<Diagram> {
    const now = new Date();
    const { content, ...rest } = input;
    const fields = { processKey: process.key, ...rest };
    const sha256 = createHash('sha256').update(content).digest('hex');
    let tried = 0;
    for (let attempt = 1; ; attempt++) {
      // The caller's fresh read of the process serves the first attempt (each read costs a scan on FerretDB).
      const latest =
        attempt === 1 && latestKnown !== undefined
          ? latestKnown
          : ((await this.readProcess(process.key))?.latestDiagramVersion ?? 0);
      const version = Math.max(latest, tried) + 1;
      const id = diagramId(process.key, version);
      try {
        await this.contents.insertMany([{ _id: id, content }], { lean: true });
      } catch (err) {
        if (!isDuplicateKey(err) || attempt >= INSERT_ATTEMPTS) throw err;
        tried = version;
        continue;
      }
      const doc = {
        _id: id,
        ...fields,
        version,
        sha256,
        size: content.length,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
      try {
        const [created] = await this.diagrams.insertMany([doc], { lean: true });
        return toDiagram(created as unknown as DiagramDoc);
      } catch (err) {
        await this.contents.deleteOne({ _id: id }).exec();
        throw err;
      }
    }
  }

  /** Removes one version (only to undo a half-finished adoption). */
  async remove(process: ScopedProcess, version: number): Promise<void> {
    const id = diagramId(process.key, version);
    await this.diagrams.deleteOne({ _id: id }).exec();
    await this.contents.deleteOne({ _id: id }).exec();
  }

  /**
   * Moves a version to `status` if its revision is still `expectedRevision`; appends the change
   * to its history. Undefined when the revision moved on (or the version is gone).
   */
  async changeStatus(
    process: ScopedProcess,
    version: number,
    expectedRevision: number,
    change: StatusChange,
  ): Promise<Diagram | undefined> {
    const id = diagramId(process.key, version);
    return withDocumentLock(this.diagrams, id, async () => {
      const current = await this.diagrams.findOne({ _id: id }, { revision: 1 }).lean<{ revision: number }>().exec();
      if (!current || current.revision !== expectedRevision) return undefined;
      const { ferretdb } = await backendOf(this.diagrams.db);
      const updated = await this.diagrams
        // No projection: FerretDB 1.24 rejects findAndModify with `fields`.
        .findOneAndUpdate(
          ferretdb ? { _id: id } : { _id: id, revision: expectedRevision },
          {
            $set: { status: change.status, updatedAt: change.at },
            $inc: { revision: 1 },
            $push: { statusHistory: change },
          },
          { new: true },
        )
        .lean<DiagramDoc>()
        .exec();
      return updated ? toDiagram(updated) : undefined;
    });
  }

  /** Raises the process's `latestDiagramVersion` to `version` (never lowers it). */
  async raiseLatest(process: ScopedProcess, version: number): Promise<void> {
    await withDocumentLock(this.processes, process.key, () =>
      this.processes.updateOne({ _id: process.key }, { $max: { latestDiagramVersion: version } }).exec(),
    );
  }

  /** Raises the process's `releasedDiagramVersion` to `version` (never lowers it). */
  async raiseReleased(process: ScopedProcess, version: number): Promise<void> {
    await withDocumentLock(this.processes, process.key, () =>
      this.processes.updateOne({ _id: process.key }, { $max: { releasedDiagramVersion: version } }).exec(),
    );
  }
}
