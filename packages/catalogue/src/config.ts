/** Settings of the catalogue service, with the defaults used when the environment is silent. */
export interface CatalogueConfig {
  /** Largest BPMN upload in bytes (413 above). */
  bpmnMaxBytes: number;
  /** Longest a BPMN parse may take in its worker before the upload is refused. */
  bpmnParseTimeoutMs: number;
  /** Largest JSON body in bytes. */
  jsonMaxBytes: number;
  /** Largest import upload in bytes. */
  importMaxBytes: number;
  /** Serve process listings from memory when the database is FerretDB (see processes/processListCache.ts). */
  processListCache: boolean;
}

export const defaultCatalogueConfig: CatalogueConfig = {
  bpmnMaxBytes: 5 * 1024 * 1024,
  bpmnParseTimeoutMs: 5000,
  jsonMaxBytes: 1024 * 1024,
  importMaxBytes: 20 * 1024 * 1024,
  processListCache: true,
};
