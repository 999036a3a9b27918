import { Schema, type Connection, type Model } from 'mongoose';
import type { Diagram } from '@efile/schemas';

export type DiagramStatus = Diagram['status'];

/** What the parser counted in a diagram; also the round-trip invariants of the modeler (the schema's type). */
export type DiagramStats = Diagram['stats'];

export interface StatusChange {
  status: DiagramStatus;
  at: Date;
  by: string;
  message?: string;
}

/** The `_id` of a diagram version and of its content: `<processKey>@<version>`. */
export function diagramId(processKey: string, version: number): string {
  return `${processKey}@${version}`;
}

/**
 * One version of a process's BPMN diagram (metadata). The bytes live in `diagram_contents` under
 * the same `_id`, so that reading metadata never decodes the files (FerretDB scans whole rows).
 */
export interface DiagramDoc {
  /** `diagramId(processKey, version)`: FerretDB finds a document without a scan only by `_id`. */
  _id: string;
  processKey: string;
  version: number;
  status: DiagramStatus;
  size: number;
  sha256: string;
  /** The character encoding the bytes were read with (declared, or detected where the declaration lied). */
  encoding: string;
  author: string;
  message?: string;
  warnings: { message: string }[];
  stats: DiagramStats;
  /** False for files without diagram interchange (DI): the UI lays them out on open. */
  hasLayout: boolean;
  statusHistory: StatusChange[];
  /** Bumped on every change of this document (status); its ETag. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

const diagramSchema = new Schema<DiagramDoc>(
  {
    _id: { type: String, required: true },
    processKey: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, required: true, enum: ['draft', 'in_review', 'released'] },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    encoding: { type: String, required: true },
    author: { type: String, required: true },
    message: String,
    warnings: { type: [{ message: String, _id: false }], default: [] },
    stats: {
      type: new Schema<DiagramStats>(
        {
          processes: Number,
          participants: Number,
          lanes: Number,
          flowNodes: Number,
          messageFlows: Number,
          shapes: Number,
          edges: Number,
          diagrams: Number,
        },
        { _id: false },
      ),
      required: true,
    },
    hasLayout: { type: Boolean, required: true },
    statusHistory: {
      type: [{ status: String, at: Date, by: String, message: String, _id: false }],
      default: [],
    },
    revision: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'diagrams', versionKey: false, strict: 'throw' },
);
diagramSchema.index({ processKey: 1, version: 1 }, { unique: true, name: 'process_version_unique' });

export function diagramModel(connection: Connection): Model<DiagramDoc> {
  return (
    (connection.models.Diagram as Model<DiagramDoc> | undefined) ??
    connection.model<DiagramDoc>('Diagram', diagramSchema)
  );
}

/** The bytes of one diagram version, exactly as uploaded; `_id` = `diagramId(processKey, version)`. */
export interface DiagramContentDoc {
  _id: string;
  content: Buffer;
}

const diagramContentSchema = new Schema<DiagramContentDoc>(
  {
    _id: { type: String, required: true },
    content: { type: Buffer, required: true },
  },
  { collection: 'diagram_contents', versionKey: false, strict: 'throw' },
);

export function diagramContentModel(connection: Connection): Model<DiagramContentDoc> {
  return (
    (connection.models.DiagramContent as Model<DiagramContentDoc> | undefined) ??
    connection.model<DiagramContentDoc>('DiagramContent', diagramContentSchema)
  );
}
