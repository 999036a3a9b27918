import { Schema, type Connection, type Model } from 'mongoose';

export interface DepartmentDoc {
  /** The code again: FerretDB finds a document without scanning its collection only by `_id` (see db/backend.ts). */
  _id: string;
  code: string;
  name: string;
  shortName: string;
  parentUnit?: { kind: string; code?: string; name: string };
  coordinator?: { email: string; phone?: string };
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const departmentSchema = new Schema<DepartmentDoc>(
  {
    _id: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    parentUnit: { type: { kind: String, code: String, name: String, _id: false }, default: undefined },
    coordinator: { type: { email: String, phone: String, _id: false }, default: undefined },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'departments', versionKey: false, strict: 'throw' },
);
departmentSchema.index({ code: 1 }, { unique: true, name: 'code_unique' });

export function departmentModel(connection: Connection): Model<DepartmentDoc> {
  return (
    (connection.models.Department as Model<DepartmentDoc> | undefined) ??
    connection.model<DepartmentDoc>('Department', departmentSchema)
  );
}
