/**
 * Accounts a new installation needs: the first admin (from ADMIN_USERNAME/ADMIN_PASSWORD, otherwise
 * `admin` with a random password printed once), and in demo mode one account per role with the
 * passwords the README documents.
 */
import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import { createCatalogue, type Role } from '@efile/catalogue';

export interface InitialAdmin {
  username: string;
  /** Set when the password was generated here: shown once, stored nowhere but as a hash. */
  generatedPassword?: string;
}

/** The demo accounts (documented in the README; only ever created in demo mode). */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string;
  password: string;
  displayName: string;
  role: Role;
  departments: string[];
  allDepartments: boolean;
}> = [
  {
    username: 'demo.admin',
    password: 'Demo-Admin-2026',
    displayName: 'Demo Zentrale IT',
    role: 'admin',
    departments: [],
    allDepartments: true,
  },
  {
    username: 'demo.beratung',
    password: 'Demo-Beratung-2026',
    displayName: 'Demo Beratung',
    role: 'consultant',
    departments: ['32', '50', '51'],
    allDepartments: false,
  },
  {
    username: 'demo.lotse',
    password: 'Demo-Lotse-2026',
    displayName: 'Demo Digitalisierungslotse Amt 32',
    role: 'modeller',
    departments: ['32'],
    allDepartments: false,
  },
  {
    username: 'demo.leitung',
    password: 'Demo-Leitung-2026',
    displayName: 'Demo Verwaltungsleitung',
    role: 'manager',
    departments: [],
    allDepartments: true,
  },
];

/** A random password of 20 characters from an unambiguous alphabet. */
export function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Creates the first admin when the database has no account at all; undefined when accounts exist.
 * ADMIN_PASSWORD must meet the password rule (12 characters or more).
 */
export async function ensureInitialAdmin(
  connection: Connection,
  env: { ADMIN_USERNAME?: string; ADMIN_PASSWORD?: string },
): Promise<InitialAdmin | undefined> {
  const { accounts, accountsRepository } = createCatalogue({ connection });
  if ((await accountsRepository.count()) > 0) return undefined;
  const username = (env.ADMIN_USERNAME || 'admin').toLowerCase();
  const given = env.ADMIN_PASSWORD;
  if (given !== undefined && given.length < 12) {
    throw new Error('ADMIN_PASSWORD must be at least 12 characters long.');
  }
  const password = given || randomPassword();
  await accounts.create({
    username,
    displayName: 'Administrator',
    role: 'admin',
    departments: [],
    allDepartments: true,
    password,
  });
  return { username, ...(given ? {} : { generatedPassword: password }) };
}

/**
 * Adds the demo accounts whose usernames are free and whose departments exist (they are the demo
 * city's); answers how many it added.
 */
export async function seedDemoAccounts(connection: Connection): Promise<number> {
  const { accounts, accountsRepository, departments } = createCatalogue({ connection });
  const existing = new Set((await departments.list()).map((d) => d.code));
  let added = 0;
  for (const demo of DEMO_ACCOUNTS) {
    if (!demo.departments.every((d) => existing.has(d))) continue;
    if (await accountsRepository.findByUsername(demo.username)) continue;
    await accounts.create(demo);
    added++;
  }
  return added;
}

/** The lines that tell the operator about a generated admin password (printed once, never logged). */
export function describeInitialAdmin(admin: InitialAdmin): string {
  if (!admin.generatedPassword) return `Created the admin account "${admin.username}" (password from ADMIN_PASSWORD).`;
  return (
    `Created the admin account "${admin.username}" with the password  ${admin.generatedPassword}\n` +
    'It is shown only this once: sign in and keep it safe, or set ADMIN_USERNAME/ADMIN_PASSWORD before the first start.'
  );
}
