export * from './ajv.js';
export type * from './generated/index.js';
export type { FieldError } from './generated/Problem.js';
