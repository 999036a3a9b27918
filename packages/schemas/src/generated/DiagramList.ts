/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * All diagram versions of a process, newest first.
 */
export interface DiagramList {
  items: Diagram[];
  total: number;
}
/**
 * The metadata of one version of a process's BPMN diagram (the bytes are served by its /content).
 */
export interface Diagram {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey: string;
  /**
   * The diagram version: 1, 2, ... per process, in upload order.
   */
  version: number;
  /**
   * Freigabe workflow: draft → in_review → released (in_review can go back to draft); released is final.
   *
   * This interface was referenced by `Diagram`'s JSON-Schema
   * via the `definition` "Status".
   */
  status: 'draft' | 'in_review' | 'released';
  /**
   * Size of the stored file in bytes.
   */
  size: number;
  /**
   * SHA-256 of the stored bytes, hex.
   */
  sha256: string;
  /**
   * The character encoding the file was read with (from its byte-order mark or XML declaration, or detected when the declaration was wrong).
   */
  encoding: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  author: string;
  /**
   * A short note on the version or the status change.
   *
   * This interface was referenced by `Diagram`'s JSON-Schema
   * via the `definition` "Message".
   */
  message?: string;
  /**
   * What the parser tolerated (unknown elements, unresolved references, a wrong encoding declaration); at most 100, the last one telling how many were left out.
   */
  warnings: Warning[];
  stats: Stats;
  /**
   * False for files without diagram interchange (no BPMNShape): the modeler lays them out on open.
   */
  hasLayout: boolean;
  /**
   * Every status the version went through, oldest first.
   */
  statusHistory: StatusChange[];
  /**
   * Bumped on every change of this version's status; sent as ETag, expected back as If-Match.
   */
  revision: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
}
/**
 * This interface was referenced by `Diagram`'s JSON-Schema
 * via the `definition` "Warning".
 */
export interface Warning {
  message: string;
}
/**
 * What the parser counted; the modeler must keep these counts on a round trip.
 *
 * This interface was referenced by `Diagram`'s JSON-Schema
 * via the `definition` "Stats".
 */
export interface Stats {
  processes: number;
  participants: number;
  lanes: number;
  /**
   * All flow nodes, including those inside subprocesses.
   */
  flowNodes: number;
  messageFlows: number;
  /**
   * BPMNShape elements.
   */
  shapes: number;
  /**
   * BPMNEdge elements.
   */
  edges: number;
  /**
   * BPMNDiagram elements.
   */
  diagrams: number;
}
/**
 * This interface was referenced by `Diagram`'s JSON-Schema
 * via the `definition` "StatusChange".
 */
export interface StatusChange {
  /**
   * Freigabe workflow: draft → in_review → released (in_review can go back to draft); released is final.
   *
   * This interface was referenced by `Diagram`'s JSON-Schema
   * via the `definition` "Status".
   */
  status: 'draft' | 'in_review' | 'released';
  /**
   * An instant in UTC, ISO 8601.
   */
  at: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  by: string;
  /**
   * A short note on the version or the status change.
   *
   * This interface was referenced by `Diagram`'s JSON-Schema
   * via the `definition` "Message".
   */
  message?: string;
}
