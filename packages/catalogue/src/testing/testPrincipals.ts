/**
 * The callers of the authorization tests: nobody, and one real API token per role and department scope,
 * created by the test admin through POST /api/v1/tokens, so every request passes the real token check.
 */
import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import type { ApiTokenCreate } from '@efile/schemas';
import { api } from './testDatabase.js';

/** The callers, in the column order of the authorization matrix. */
export const PRINCIPALS = ['anonymous', 'admin', 'consultant', 'modeller', 'managerCityWide', 'manager32'] as const;
export type TestPrincipalName = (typeof PRINCIPALS)[number];

/** How a caller reads in test names. */
export const PRINCIPAL_LABELS: Record<TestPrincipalName, string> = {
  anonymous: 'anonymous',
  admin: 'admin',
  consultant: 'consultant (assigned 32)',
  modeller: 'modeller (32)',
  managerCityWide: 'manager (city-wide)',
  manager32: 'manager (only 32)',
};

/** A caller: the token id (what audit records name) and its Bearer secret; neither for anonymous. */
export interface TestPrincipal {
  name: TestPrincipalName;
  id?: string;
  token?: string;
}

/** The API token each signed-in caller gets; own department is 32. */
export const PRINCIPAL_TOKENS: Record<Exclude<TestPrincipalName, 'anonymous'>, ApiTokenCreate> = {
  admin: { name: 'Matrix admin', role: 'admin' },
  consultant: { name: 'Matrix consultant', role: 'consultant', departments: ['32'] },
  modeller: { name: 'Matrix modeller', role: 'modeller', departments: ['32'] },
  managerCityWide: { name: 'Matrix manager city-wide', role: 'manager', allDepartments: true },
  manager32: { name: 'Matrix manager 32', role: 'manager', departments: ['32'], allDepartments: false },
};

/** Creates the callers' tokens as the test admin; department 32 must exist. */
export async function givenPrincipals(app: Express): Promise<Record<TestPrincipalName, TestPrincipal>> {
  const principals = { anonymous: { name: 'anonymous' } } as Record<TestPrincipalName, TestPrincipal>;
  for (const [name, body] of Object.entries(PRINCIPAL_TOKENS) as [TestPrincipalName, ApiTokenCreate][]) {
    const res = await api(app).post('/api/v1/tokens').send(body);
    assert.equal(res.status, 201, `token for ${name}: ${JSON.stringify(res.body)}`);
    principals[name] = { name, id: res.body.token.id as string, token: res.body.secret as string };
  }
  return principals;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request to `url` as the caller: with its Bearer token, or without any credentials for anonymous. */
export function requestAs(app: Express, principal: TestPrincipal, method: HttpMethod, url: string): request.Test {
  const lower = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const test = request(app)[lower](url);
  return principal.token ? test.set('Authorization', `Bearer ${principal.token}`) : test;
}
