/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */
export type { Common } from './Common.js';
export type { DepartmentCreate } from './DepartmentCreate.js';
export type { DepartmentParams } from './DepartmentParams.js';
export type { DepartmentUpdate } from './DepartmentUpdate.js';
export type { Department } from './Department.js';
export type { Problem } from './Problem.js';
export type { ProcessCreate } from './ProcessCreate.js';
export type { ProcessUpdate } from './ProcessUpdate.js';
export type { Process } from './Process.js';
