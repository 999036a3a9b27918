import type { Diagram, DiagramStatusChange } from '@efile/schemas';
import { ConflictError, InputError, NotFoundError, PreconditionFailedError } from '../errors.js';
import type { BpmnParserPool } from './bpmn/bpmnParserPool.js';
import { decodeXml } from './bpmn/decodeXml.js';
import { MAX_WARNINGS } from './bpmn/parseProtocol.js';
import { precheckBpmn } from './bpmn/precheckBpmn.js';
import type { DiagramStatus, StatusChange } from './diagram.model.js';
import type { DiagramContent, DiagramsRepository, ScopedProcess } from './diagrams.repository.js';
import type { Scope } from '../auth/scope.js';

/** A diagram version as named in a path: its number, or the newest (`latest`) or newest released one. */
export type VersionRef = number | 'latest' | 'released';

/** Reads the `version` path parameter (already checked against its pattern). */
export function versionRef(param: string): VersionRef {
  return param === 'latest' || param === 'released' ? param : Number(param);
}

/** The release workflow (Freigabe): which status may follow which. Released is final. */
const TRANSITIONS: Record<DiagramStatus, readonly DiagramStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'released'],
  released: [],
};

export interface DiagramsServiceOptions {
  /** Longest a parse may take before the upload is refused. */
  parseTimeoutMs: number;
}

export interface UploadInput {
  bytes: Buffer;
  message?: string;
}

/** The rules for BPMN diagram versions: checked on upload, numbered per process, released once. */
export class DiagramsService {
  constructor(
    private readonly repository: DiagramsRepository,
    private readonly parser: BpmnParserPool,
    private readonly options: DiagramsServiceOptions,
  ) {}

  /**
   * Checks and stores an upload as the next version (status draft). The bytes are stored
   * unchanged; the decoded text is only parsed, off the event loop, for its counts and warnings.
   */
  async upload(scope: Scope, key: string, input: UploadInput): Promise<Diagram> {
    const process = await this.repository.process(scope, key);
    if (process.archived) {
      throw new ConflictError(`Process ${key} is archived; restore it before uploading a diagram.`);
    }
    const decoded = decodeXml(input.bytes);
    precheckBpmn(decoded.text);
    const parsed = await this.parser.parse(decoded.text, this.options.parseTimeoutMs);

    const messages = [...decoded.warnings, ...parsed.warnings];
    const total = decoded.warnings.length + parsed.warningCount;
    const warnings =
      total > MAX_WARNINGS
        ? [...messages.slice(0, MAX_WARNINGS - 1), `… and ${total - (MAX_WARNINGS - 1)} more warnings.`]
        : messages;
    const { hasLayout, ...stats } = parsed.stats;
    const now = new Date();
    const created = await this.repository.insertNext(
      process,
      {
        status: 'draft',
        content: input.bytes,
        encoding: decoded.encoding,
        author: scope.actorId,
        ...(input.message !== undefined ? { message: input.message } : {}),
        warnings: warnings.map((message) => ({ message })),
        stats,
        hasLayout,
        statusHistory: [historyEntry('draft', now, scope.actorId, input.message)],
      },
      process.latestDiagramVersion ?? 0,
    );
    await this.repository.raiseLatest(process, created.version);
    return created;
  }

  async list(scope: Scope, key: string): Promise<Diagram[]> {
    return this.repository.list(await this.repository.process(scope, key));
  }

  /** The version number a reference names; 404 when there is none. */
  private resolve(process: ScopedProcess, ref: VersionRef): number {
    const key = process.key;
    if (typeof ref === 'number') return ref;
    const version = ref === 'released' ? process.releasedDiagramVersion : process.latestDiagramVersion;
    if (!version) {
      throw new NotFoundError(
        ref === 'released' ? `Process ${key} has no released diagram.` : `Process ${key} has no diagram yet.`,
      );
    }
    return version;
  }

  private notFound(key: string, version: number): never {
    throw new NotFoundError(`Process ${key} has no diagram version ${version}.`);
  }

  async get(scope: Scope, key: string, ref: VersionRef): Promise<Diagram> {
    const process = await this.repository.process(scope, key);
    const version = this.resolve(process, ref);
    return (await this.repository.find(process, version)) ?? this.notFound(key, version);
  }

  async content(scope: Scope, key: string, ref: VersionRef): Promise<DiagramContent> {
    const process = await this.repository.process(scope, key);
    const version = this.resolve(process, ref);
    return (await this.repository.findContent(process, version)) ?? this.notFound(key, version);
  }

  /**
   * Moves a version along the workflow: draft → in_review → released, or in_review back to
   * draft. 412 when `expectedRevision` is not current, 409 for a transition the workflow
   * forbids. Releasing raises the process's releasedDiagramVersion.
   */
  async changeStatus(
    scope: Scope,
    key: string,
    ref: VersionRef,
    expectedRevision: number,
    change: DiagramStatusChange,
  ): Promise<Diagram> {
    if (typeof ref !== 'number') {
      throw new InputError('Name the version to change by its number, not "latest" or "released".', [
        { in: 'path', field: 'version', message: 'must be a version number' },
      ]);
    }
    const what = `Diagram version ${ref} of ${key}`;
    const process = await this.repository.process(scope, key);
    const current = (await this.repository.find(process, ref)) ?? this.notFound(key, ref);
    if (current.revision !== expectedRevision) throw stale(what, current.revision, expectedRevision);
    if (!TRANSITIONS[current.status].includes(change.status)) {
      throw new ConflictError(
        current.status === 'released'
          ? `${what} is released; a released version is final. Upload a new version to change it.`
          : `${what} cannot go from ${current.status} to ${change.status} (allowed: ${TRANSITIONS[current.status].join(', ')}).`,
      );
    }
    const updated = await this.repository.changeStatus(
      process,
      ref,
      expectedRevision,
      historyEntry(change.status, new Date(), scope.actorId, change.message),
    );
    if (!updated) {
      const now = await this.repository.find(process, ref);
      if (!now) throw new NotFoundError(`${what} does not exist.`);
      throw stale(what, now.revision, expectedRevision);
    }
    if (updated.status === 'released') await this.repository.raiseReleased(process, updated.version);
    return updated;
  }
}

function historyEntry(status: DiagramStatus, at: Date, by: string, message: string | undefined): StatusChange {
  return { status, at, by, ...(message !== undefined ? { message } : {}) };
}

function stale(what: string, current: number, expected: number): PreconditionFailedError {
  return new PreconditionFailedError(
    `${what} was changed by someone else (now revision ${current}, you sent ${expected}). Reload it and apply your change again.`,
    current,
  );
}
