import { Schema, type Connection, type Model } from 'mongoose';
import { searchText, sortKey } from './searchText.js';
import { trackProcessWrites } from './processListCache.js';

/** A process as stored. `search` and `adoptionSlot` are derived fields the API never shows. */
export interface ProcessDoc {
  /** The key again: FerretDB finds a document without scanning its collection only by `_id` (see db/backend.ts). */
  _id: string;
  key: string;
  name: string;
  description?: string;
  department: string;
  kind: 'base' | 'department';
  baseProcess?: string;
  baseVersion?: number;
  group?: string;
  leikaKey?: string;
  filingPlanRef?: string;
  documentTypes: string[];
  retentionYears?: number;
  disposal?: 'A' | 'B' | 'V';
  annualCaseVolume?: number;
  legalBasis?: string;
  tags: string[];
  archived: boolean;
  latestDiagramVersion?: number;
  releasedDiagramVersion?: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Folded key, name and description for German-aware search (see searchText.ts). */
  search: string;
  /** The name as German dictionaries sort it (see searchText.ts `sortKey`). */
  sortName: string;
  /**
   * Unique per process: `variant:<department>:<baseProcess>` for a variant, `own:<key>` otherwise.
   * Its unique index makes a second adoption of the same base process by the same department
   * impossible without a partial index (which FerretDB lacks).
   */
  adoptionSlot: string;
}

/** The derived `adoptionSlot` of a process. */
export function adoptionSlot(p: { key: string; department: string; baseProcess?: string }): string {
  return p.baseProcess ? `variant:${p.department}:${p.baseProcess}` : `own:${p.key}`;
}

const processSchema = new Schema<ProcessDoc>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    name: { type: String, required: true },
    description: String,
    department: { type: String, required: true },
    kind: { type: String, required: true, enum: ['base', 'department'] },
    baseProcess: String,
    baseVersion: Number,
    group: String,
    leikaKey: String,
    filingPlanRef: String,
    documentTypes: { type: [String], default: [] },
    retentionYears: Number,
    disposal: { type: String, enum: ['A', 'B', 'V'] },
    annualCaseVolume: Number,
    legalBasis: String,
    tags: { type: [String], default: [] },
    archived: { type: Boolean, required: true, default: false },
    latestDiagramVersion: Number,
    releasedDiagramVersion: Number,
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    search: { type: String, required: true },
    sortName: { type: String, required: true },
    adoptionSlot: { type: String, required: true },
  },
  { collection: 'processes', versionKey: false, strict: 'throw' },
);
processSchema.index({ key: 1 }, { unique: true, name: 'key_unique' });
trackProcessWrites(processSchema);
processSchema.index({ adoptionSlot: 1 }, { unique: true, name: 'adoption_slot_unique' });
processSchema.index({ department: 1, key: 1 }, { name: 'department_key' });
processSchema.index({ baseProcess: 1 }, { name: 'base_process' });
processSchema.index({ kind: 1 }, { name: 'kind' });

export function processModel(connection: Connection): Model<ProcessDoc> {
  return (
    (connection.models.Process as Model<ProcessDoc> | undefined) ??
    connection.model<ProcessDoc>('Process', processSchema)
  );
}

/**
 * The fields derived from a process's key, name and description: its search text and sort key.
 * Every writer that sets or changes a name or description stores these with it.
 */
export function derivedFields(p: { key: string; name: string; description?: string | undefined }): {
  search: string;
  sortName: string;
} {
  return { search: searchText(p.key, p.name, p.description), sortName: sortKey(p.name) };
}

/** The fields a new process is made from: a create, an import row, or an adoption (with its base). */
export type NewProcessFields = Omit<
  ProcessDoc,
  | '_id'
  | 'documentTypes'
  | 'tags'
  | 'archived'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'search'
  | 'sortName'
  | 'adoptionSlot'
  | 'latestDiagramVersion'
  | 'releasedDiagramVersion'
> & { documentTypes?: string[]; tags?: string[] };

/** A new process document with every derived field filled, the one way every writer creates processes. */
export function newProcessDoc(fields: NewProcessFields, now: Date): ProcessDoc {
  return {
    _id: fields.key,
    ...fields,
    documentTypes: fields.documentTypes ?? [],
    tags: fields.tags ?? [],
    archived: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...derivedFields(fields),
    adoptionSlot: adoptionSlot(fields),
  };
}
