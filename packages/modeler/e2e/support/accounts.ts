/**
 * The demo accounts the test server has (the same the README documents), by role.
 */
import { DEMO_ACCOUNTS } from '@efile/server';

export type DemoRole = 'admin' | 'consultant' | 'modeller' | 'manager';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: DemoRole;
  departments: string[];
  allDepartments: boolean;
}

export function demoAccount(role: DemoRole): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account has the role ${role}.`);
  return { ...account, departments: [...account.departments] };
}

export const DEMO_ROLES: readonly DemoRole[] = ['admin', 'consultant', 'modeller', 'manager'];
