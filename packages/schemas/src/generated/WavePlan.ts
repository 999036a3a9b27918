/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The planning attributes of one process: its complexity class and planned support level, from which its effort comes.
 */
export interface WavePlan {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * How hard a process is to roll out.
   */
  complexity: 'low' | 'medium' | 'high';
  /**
   * Unterstützungsart: self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
   */
  support: 'self_service' | 'consulting' | 'full_service' | 'external';
  note?: string;
  /**
   * The resource version; sent as ETag, expected back as If-Match.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  updatedBy: string;
}
