import type { AdoptionCreate, AdoptionOverview, Process } from '@efile/schemas';
import { validator } from '@efile/schemas';
import { isDuplicateKey } from '../db/versioned.js';
import type { DiagramsRepository, ScopedProcess } from '../diagrams/diagrams.repository.js';
import type { Scope } from '../auth/scope.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors.js';
import { newProcessDoc } from '../processes/process.model.js';
import type { AdoptionsRepository } from './adoptions.repository.js';
import { toProcess } from '../processes/processes.repository.js';

const processKey = validator<string>('common.schema.json#/$defs/ProcessKey');

/**
 * The generated key of a department's variant: `P-<department code without dots and dashes>-
 * <base key without its first segment>`, e.g. B-POSTEINGANG adopted by 32 → P-32-POSTEINGANG.
 */
export function variantKey(baseKey: string, department: string): string {
  const rest = baseKey.split('-').slice(1).join('-');
  return `P-${department.replace(/[.-]/g, '')}-${rest}`;
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'de', { numeric: true });

/**
 * Adoption: a department takes over a base process as its own variant (Lokalprozess), starting
 * from the base's released diagram, and later moves onto newer released base versions.
 */
export class AdoptionsService {
  constructor(
    private readonly repository: AdoptionsRepository,
    private readonly diagrams: DiagramsRepository,
  ) {}

  /**
   * Creates the department's variant of a base process with a copy of the base's released
   * diagram as its version 1. No transactions: the process is created first, the diagram
   * second, and the process removed again when the diagram cannot be stored.
   */
  async adopt(scope: Scope, baseKey: string, input: AdoptionCreate): Promise<Process> {
    const actor = scope.actorId;
    scope.check({ department: input.department, kind: 'department' }, `A variant for department ${input.department}`);
    const base = await this.repository.getProcess(scope.for('process:read'), baseKey);
    if (base.kind !== 'base') {
      throw new ConflictError(`Process ${baseKey} is not a base process; only base processes can be adopted.`);
    }
    if (base.archived) throw new ConflictError(`Base process ${baseKey} is archived and cannot be adopted.`);
    const released = base.releasedDiagramVersion;
    if (!released) {
      throw new ConflictError(
        `Base process ${baseKey} has no released diagram yet; it can be adopted once a diagram version is released.`,
      );
    }
    if (!(await this.repository.departmentExists(input.department))) {
      throw new UnprocessableError(`Department ${input.department} does not exist.`, [
        { in: 'body', field: '/department', message: 'is not an existing department' },
      ]);
    }
    const key = input.key ?? variantKey(baseKey, input.department);
    if (!input.key && !processKey(key).ok) {
      throw new UnprocessableError(`The generated key ${key} is not a valid process key; send a key.`, [
        { in: 'body', field: '/key', message: 'is required because the generated key is not valid' },
      ]);
    }
    const source = await this.diagrams.findContent(
      await this.diagrams.process(scope.for('process:read'), baseKey),
      released,
    );
    if (!source) {
      throw new ConflictError(`The released diagram version ${released} of ${baseKey} cannot be found.`);
    }

    const now = new Date();
    const name = input.name ?? base.name;
    const doc = newProcessDoc(
      {
        key,
        name,
        ...(base.description !== undefined ? { description: base.description } : {}),
        department: input.department,
        kind: 'department',
        baseProcess: baseKey,
        baseVersion: released,
        ...(base.group !== undefined ? { group: base.group } : {}),
        documentTypes: [...base.documentTypes],
        ...(base.retentionYears !== undefined ? { retentionYears: base.retentionYears } : {}),
        ...(base.disposal !== undefined ? { disposal: base.disposal } : {}),
        ...(base.legalBasis !== undefined ? { legalBasis: base.legalBasis } : {}),
        tags: [...base.tags],
      },
      now,
    );
    const slot = doc.adoptionSlot;
    try {
      await this.repository.insert(doc);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const holder = await this.repository.findBySlot(slot);
      if (holder) {
        throw new ConflictError(`Department ${input.department} has adopted ${baseKey} already, as ${holder.key}.`);
      }
      throw new ConflictError(`A process with the key ${key} exists already; send another key.`, [
        { in: 'body', field: '/key', message: 'is taken' },
      ]);
    }

    let version: number;
    let variant: ScopedProcess | undefined;
    try {
      variant = await this.diagrams.process(scope, key);
      const copy = await this.diagrams.insertNext(variant, {
        status: 'draft',
        content: source.content,
        encoding: source.metadata.encoding,
        author: actor,
        message: `Übernommen aus ${baseKey} v${released}`,
        warnings: source.metadata.warnings,
        stats: source.metadata.stats,
        hasLayout: source.metadata.hasLayout,
        statusHistory: [{ status: 'draft', at: now, by: actor, message: `Übernommen aus ${baseKey} v${released}` }],
      });
      version = copy.version;
      await this.diagrams.raiseLatest(variant, version);
    } catch (err) {
      // No half adoption: without its diagram the variant must not exist.
      if (variant) await this.diagrams.remove(variant, 1).catch(() => undefined);
      await this.repository.removeVariant(key, slot);
      throw err;
    }
    return toProcess({ ...doc, latestDiagramVersion: version });
  }

  /** Which departments adopted the base process, on which version, and which did not. */
  async overview(scope: Scope, baseKey: string): Promise<AdoptionOverview> {
    const base = await this.repository.getProcess(scope, baseKey);
    if (base.kind !== 'base') throw new NotFoundError(`Process ${baseKey} is not a base process; it has no adoptions.`);
    const visible = scope.visibleDepartments();
    const [variants, allCodes] = await Promise.all([
      this.repository.variants(scope, baseKey),
      this.repository.departmentCodes(),
    ]);
    const codes = visible === 'all' ? allCodes : allCodes.filter((c) => visible.includes(c));
    const released = base.releasedDiagramVersion;
    const items = variants
      .map((v) => ({
        key: v.key,
        department: v.department,
        ...(v.baseVersion !== undefined ? { baseVersion: v.baseVersion } : {}),
        behind: released !== undefined && (v.baseVersion ?? 0) < released,
        archived: v.archived,
      }))
      .sort((a, b) => byCode(a.department, b.department) || a.key.localeCompare(b.key));
    const adopted = new Set(items.map((i) => i.department));
    return {
      baseProcess: baseKey,
      ...(released !== undefined ? { releasedVersion: released } : {}),
      items,
      adoptedBy: adopted.size,
      notAdoptedBy: codes.filter((c) => !adopted.has(c)).sort(byCode),
    };
  }

  /**
   * Moves a variant onto a newer released version of its base process (after someone
   * reviewed the difference). The version must be released, newer than the current one and
   * not newer than the base's released version.
   */
  async rebase(scope: Scope, key: string, expectedVersion: number, baseVersion: number): Promise<Process> {
    const variant = await this.repository.getProcess(scope, key);
    if (!variant.baseProcess) {
      throw new ConflictError(`Process ${key} is not a variant of a base process; there is nothing to rebase.`);
    }
    const base = await this.repository.getProcess(scope.for('process:read'), variant.baseProcess).catch((err) => {
      if (err instanceof NotFoundError) {
        throw new ConflictError(`The base process ${variant.baseProcess} of ${key} does not exist any more.`);
      }
      throw err;
    });
    const current = variant.baseVersion ?? 0;
    const released = base.releasedDiagramVersion ?? 0;
    const invalid = (message: string, detail: string) =>
      new UnprocessableError(message, [{ in: 'body', field: '/baseVersion', message: detail }]);
    if (baseVersion <= current) {
      throw invalid(
        `${key} follows ${variant.baseProcess} v${current} already; rebase onto a newer version.`,
        `must be greater than ${current}`,
      );
    }
    if (baseVersion > released) {
      throw invalid(
        released > 0
          ? `${variant.baseProcess} has no released version newer than v${released}.`
          : `${variant.baseProcess} has no released version.`,
        `must not be greater than ${released}`,
      );
    }
    const target = await this.diagrams.find(
      await this.diagrams.process(scope.for('process:read'), variant.baseProcess),
      baseVersion,
    );
    if (target?.status !== 'released') {
      throw invalid(`${variant.baseProcess} v${baseVersion} is not released.`, 'must be a released version');
    }
    return this.repository.rebase(scope, key, expectedVersion, baseVersion);
  }
}
