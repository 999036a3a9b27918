/**
 * What the signed-in account may do in the planner, so the UI offers only what the API allows. The
 * API's policy (packages/catalogue/src/auth/policy.ts) stays the authority; a refusal it sends is shown.
 *
 * - `rollout:write` (stage changes, status reports, problem reports): admins everywhere; consultants
 *   and modellers in their own departments, never on base processes; managers never;
 * - `wave:write` (creating, editing and deleting waves, moving departments and processes between them):
 *   admins only;
 * - `report:export` (CSV and XLSX downloads): admins, consultants and managers, not modellers.
 */
import type { Account } from '@efile/schemas';

/** May the account record stage changes, status reports and problem reports for this department? */
export function mayWriteRollout(account: Account, department: string): boolean {
  if (account.role === 'admin') return true;
  if (account.role === 'manager') return false;
  return account.departments.includes(department);
}

/**
 * May the account record a stage change of this process? Base processes are rolled out through their
 * variants and archived processes are not changed (the API answers 409 to both).
 */
export function mayRecordStage(
  account: Account,
  process: { department: string; kind: 'base' | 'department'; archived: boolean },
): boolean {
  return process.kind !== 'base' && !process.archived && mayWriteRollout(account, process.department);
}

/** May the account plan waves (create, edit and delete them, move departments and processes between them)? */
export function mayPlanWaves(account: Account): boolean {
  return account.role === 'admin';
}

/** May the account download the planner's tables? */
export function mayExport(account: Account): boolean {
  return account.role !== 'modeller';
}
