/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The department's number code (Amtsnummer), e.g. "32" or "36.1".
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "DepartmentCode".
 */
export type DepartmentCode = string;
/**
 * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "ProcessKey".
 */
export type ProcessKey = string;
/**
 * The resource version; sent as ETag, expected back as If-Match.
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = number;
/**
 * An instant in UTC, ISO 8601.
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "Timestamp".
 */
export type Timestamp = string;
/**
 * The id of the account that acted (never a person's name).
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "ActorId".
 */
export type ActorId = string;
/**
 * 1-based page number.
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "Page".
 */
export type Page = number;
/**
 * Items per page (capped).
 *
 * This interface was referenced by `Common`'s JSON-Schema
 * via the `definition` "PageSize".
 */
export type PageSize = number;

/**
 * Shared definitions referenced by the other schemas.
 */
export interface Common {
  [k: string]: unknown | undefined;
}
