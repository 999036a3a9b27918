/**
 * What the signed-in account may change, so the UI offers only what the API will allow. The API's
 * policy (packages/catalogue/src/auth/policy.ts) stays the authority: a refusal it sends is shown.
 *
 * - admin: everything;
 * - consultant, modeller: processes of their own departments (never base processes, which are
 *   central IT's) and adopting base processes for their own departments;
 * - manager: reading only.
 */
import type { Account, Process } from '@efile/schemas';

/** May the account change this process (metadata, diagrams, release workflow)? */
export function mayChangeProcess(account: Account, process: Pick<Process, 'department' | 'kind'>): boolean {
  if (account.role === 'admin') return true;
  if (account.role === 'manager') return false;
  return process.kind !== 'base' && account.departments.includes(process.department);
}

/**
 * May the account save new diagram versions of this process (the modeler edits, else shows it read
 * only)? As for any change, and never while the process is archived (the API refuses uploads then).
 */
export function mayEditDiagram(account: Account, process: Pick<Process, 'department' | 'kind' | 'archived'>): boolean {
  return mayChangeProcess(account, process) && !process.archived;
}

/**
 * The departments the account may adopt a base process for, out of those that have not adopted it
 * yet (all of them for an admin, their own for consultants and modellers, none for managers).
 */
export function adoptionDepartments(account: Account, notAdoptedBy: readonly string[]): string[] {
  if (account.role === 'admin') return [...notAdoptedBy];
  if (account.role === 'manager') return [];
  return notAdoptedBy.filter((code) => account.departments.includes(code));
}
