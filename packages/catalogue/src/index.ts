export { createApp, createCatalogue, type ApiModule, type Catalogue, type CatalogueDeps } from './app.js';
export { defaultCatalogueConfig, type CatalogueConfig } from './config.js';
export { oidcConfigFromEnv, type OidcConfig } from './oidc/oidcConfig.js';
export { silentLogger, type Logger } from './logger.js';
export { ensureIndexes } from './db/indexes.js';
export { departmentModel, type DepartmentDoc } from './departments/department.model.js';
export {
  processModel,
  adoptionSlot,
  derivedFields,
  newProcessDoc,
  type ProcessDoc,
} from './processes/process.model.js';
export {
  diagramModel,
  diagramContentModel,
  diagramId,
  type DiagramContentDoc,
  type DiagramDoc,
  type DiagramStats,
  type DiagramStatus,
} from './diagrams/diagram.model.js';
export { searchText } from './processes/searchText.js';
export {
  buildListQuery,
  toProcess,
  ProcessesRepository,
  type ListQuery,
  type ProcessListFilter,
  type ProcessListSort,
  type ProcessSortField,
} from './processes/processes.repository.js';
export { importProcesses, type ImportOptions, type ImportOutcome } from './imports/imports.service.js';
export { ImportsRepository } from './imports/imports.repository.js';
export { sampleCsv, sampleProcesses } from './imports/sampleRows.js';
export { BpmnParserPool } from './diagrams/bpmn/bpmnParserPool.js';
export { decodeXml } from './diagrams/bpmn/decodeXml.js';
export { precheckBpmn } from './diagrams/bpmn/precheckBpmn.js';
export { largeDiagram } from './diagrams/bpmn/largeDiagram.js';
export { invalidateProcessList } from './processes/processListCache.js';
export { AccountsService, principalOf, type ExternalIdentity } from './accounts/accounts.service.js';
export { AccountsRepository } from './accounts/accounts.repository.js';
export { accountModel, type AccountDoc } from './accounts/account.model.js';
export { defaultAuthConfig, type AuthConfig } from './config.js';
export { SYSTEM_PRINCIPAL, scopeFor, Scope } from './auth/scope.js';
export { ROLES, type Principal, type Role } from './auth/principal.js';
export type { AuditWriter } from './audit/auditTrail.js';
export { auditModel, type AuditDoc } from './audit/audit.model.js';
export { AuditRetention, auditPseudonym, pseudonymiseAuditRecords } from './audit/auditRetention.js';
export { settingsSecret } from './audit/settingsSecret.js';
export { hashPassword, verifyPassword } from './accounts/passwords.js';
export type { OperationSpec, ResponseSpec } from './openapi/operations.js';
export { guardedRouter, authenticationOf, type GuardedRouter } from './auth/authorize.js';
export { decide, grantOf, visibleDepartments, ACTIONS, type Action, type ResourceRef } from './auth/policy.js';
export { validate } from './http/validate.js';
export { expectedVersion, setVersion } from './http/versioning.js';
export { sendProblem, PROBLEM_BASE } from './http/problem.js';
export { requireJson } from './http/mediaType.js';
export * from './errors.js';
export { withDocumentLock, updateVersioned, isDuplicateKey, patchToUpdate } from './db/versioned.js';
export { backendOf } from './db/backend.js';
export { processListCache, findProcesses } from './processes/processListCache.js';
export { DepartmentsRepository } from './departments/departments.repository.js';
export { decodeText, type DecodedText, type TextEncoding } from './imports/decodeText.js';
export { detectSeparator, type ImportFile } from './imports/parseImportFile.js';
export { readImportUpload } from './imports/readImportUpload.js';
export { normalizeHeader } from './imports/importColumns.js';
