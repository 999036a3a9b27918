/**
 * The validators that vite/schemaValidators.ts compiles from the JSON Schemas of @efile/schemas.
 */
declare module 'virtual:efile-validators' {
  /** One error as Ajv reports it. */
  export interface SchemaError {
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }
  export interface SchemaValidateFunction {
    (data: unknown): boolean;
    errors?: SchemaError[] | null;
  }
  /** process-update.schema.json: the body of PATCH /api/v1/processes/{key}. */
  export const validateProcessUpdate: SchemaValidateFunction;
}
