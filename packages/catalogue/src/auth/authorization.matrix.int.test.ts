/**
 * The authorization matrix: every operation of the API, called by every kind of caller (nobody, admin,
 * consultant and modeller of department 32, a city-wide manager, a manager limited to 32) on resources of
 * their own department (32), of another one (50), on a base process of central IT (10) and on a base process
 * kept by 32 (where only the rule that base processes are central IT's refuses), with the exact status each
 * call must get. The expected statuses are written out here, not derived from policy.ts, so
 * that the policy is checked against what was decided rather than against itself.
 *
 * Every request is valid (fresh If-Match, valid bodies, unique keys), so a 2xx is reachable and a 403/404
 * can only come from the authorization. Cells that consume something prepare it first and put it back
 * after, so the order of the cells does not matter.
 */
import { defaultOidcClaimNames } from '../oidc/oidcConfig.js';
import { startTestIdentityProvider, type TestIdentityProvider } from '../oidc/testIdentityProvider.js';
import assert from 'node:assert/strict';
import type { Express } from 'express';
import type request from 'supertest';
import type { Action } from './policy.js';
import { givenDepartments, givenProcess, smallBpmn } from '../diagrams/testProcesses.js';
import { sampleCsv } from '../imports/sampleRows.js';
import { operations, type OperationSpec } from '../openapi/operations.js';
import { api, auditSettled, cleanDatabase, testApp } from '../testing/testDatabase.js';
import {
  PRINCIPAL_LABELS,
  PRINCIPALS,
  givenPrincipals,
  requestAs,
  type HttpMethod,
  type TestPrincipal,
  type TestPrincipalName,
} from '../testing/testPrincipals.js';

/** Expected statuses in the order of PRINCIPALS. */
type Statuses = readonly [
  anonymous: number,
  admin: number,
  consultant: number,
  modeller: number,
  managerCityWide: number,
  manager32: number,
];

/**
 * What a cell acts on: nothing in particular, department 32's, department 50's, a base process of central IT
 * (10), or a base process kept by department 32 (so that only the rule "never a base process" refuses a write).
 */
type Target = 'any' | 'own' | 'other' | 'base' | 'ownBase';

const TARGET_LABELS: Record<Target, string> = {
  any: '',
  own: ' in its own department 32',
  other: ' in the other department 50',
  base: ' on a base process of central IT (10)',
  ownBase: ' on a base process kept by department 32',
};

/** Sends the operation's request with the given path parameters as the cell's caller. */
type Call = (params?: Record<string, string | number>) => request.Test;

interface Row {
  /** The exact status per target, per caller. */
  expect: Partial<Record<Target, Statuses>>;
  /** Prepares what the request needs (as the test admin) and sends it as the caller. */
  send(call: Call, target: Target): Promise<request.Response>;
  /** Further checks on a successful answer. */
  check?(who: TestPrincipalName, res: request.Response): void;
  /** Puts back (as the test admin) what a successful request changed, so the next cell finds the same state. */
  restore?(target: Target): Promise<void>;
}

const OWN = 'P-32-MATRIX';
const OTHER = 'P-50-MATRIX';
const BASE = 'B-MATRIX';
const OWN_BASE = 'B-MATRIX32';
/** A base process with seven released versions, and a variant of it in 32 and in 50 to rebase. */
const REBASE_BASE = 'B-REBASE';
const VARIANTS = { own: 'P-32-REBASE', other: 'P-50-REBASE' } as const;
const PROCESSES = { own: OWN, other: OTHER, base: BASE, ownBase: OWN_BASE } as const;
const DEPARTMENTS = { own: '32', other: '50', base: '10', ownBase: '32' } as const;

/** A local account that signs in (POST /session) and one the account routes work on. */
const SIGN_IN = { username: 'matrix.signin', password: 'Matrix-Anmeldung-2024' };
const TARGET_ACCOUNT = { username: 'matrix.target', password: 'Matrix-Zielkonto-2024' };

let serial = 0;
/** A number no other cell uses, for keys, codes and names. */
const unique = () => ++serial;

function processOf(target: Target): string {
  if (target === 'any') throw new Error('this row needs a process target');
  return PROCESSES[target];
}

function departmentOf(target: Target): string {
  if (target === 'any') throw new Error('this row needs a department target');
  return DEPARTMENTS[target];
}

function variantOf(target: Target): string {
  if (target !== 'own' && target !== 'other') throw new Error('rebase rows act on the variant in 32 or 50');
  return VARIANTS[target];
}

/** The operation's path with its `{name}` parameters filled in. */
function pathOf(op: OperationSpec, params: Record<string, string | number>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.operationId} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** The start of a body, to tell in a failure message why a call got the status it got. */
function excerpt(res: request.Response): string {
  const text = res.type === 'application/json' || res.type === 'application/problem+json' ? res.text : res.type;
  return (text ?? '').slice(0, 300);
}

describe('authorization matrix', () => {
  let app: Express;
  let principals: Record<TestPrincipalName, TestPrincipal>;
  let targetAccount: string;
  let spareToken: string;

  /** The ETag of a resource, read as the test admin. */
  async function etagOf(path: string): Promise<string> {
    const res = await api(app).get(path);
    assert.equal(res.status, 200, `GET ${path}: ${res.text}`);
    return res.headers.etag as string;
  }

  /** Uploads a new draft version to a process as the test admin. */
  async function uploadDraft(key: string): Promise<{ version: number; etag: string }> {
    const res = await api(app)
      .post(`/api/v1/processes/${key}/diagrams`)
      .set('Content-Type', 'application/xml')
      .send(smallBpmn());
    assert.equal(res.status, 201, `upload to ${key}: ${res.text}`);
    return { version: res.body.version as number, etag: res.headers.etag as string };
  }

  /** Uploads a version and walks it to released, as the test admin. */
  async function release(key: string): Promise<void> {
    const { version, etag } = await uploadDraft(key);
    let revision = etag;
    for (const status of ['in_review', 'released']) {
      const res = await api(app)
        .patch(`/api/v1/processes/${key}/diagrams/${version}`)
        .set('If-Match', revision)
        .send({ status });
      assert.equal(res.status, 200, `${status} of ${key} v${version}: ${res.text}`);
      revision = res.headers.etag as string;
    }
  }

  /** A base process of central IT with a released diagram that no department has adopted yet. */
  async function givenAdoptableBase(): Promise<string> {
    const key = `B-ADOPT${unique()}`;
    await givenProcess({ key, name: 'Basisprozess zur Übernahme', department: '10', kind: 'base' });
    await release(key);
    return key;
  }

  /** Archives a process as the test admin; answers the archived version's ETag. */
  async function archive(key: string): Promise<string> {
    const res = await api(app)
      .delete(`/api/v1/processes/${key}`)
      .set('If-Match', await etagOf(`/api/v1/processes/${key}`));
    assert.equal(res.status, 200, `archive ${key}: ${res.text}`);
    return res.headers.etag as string;
  }

  /** Restores a process as the test admin if a cell left it archived. */
  async function ensureActive(key: string): Promise<void> {
    const current = await api(app).get(`/api/v1/processes/${key}`);
    if (!current.body.archived) return;
    const res = await api(app)
      .post(`/api/v1/processes/${key}/restore`)
      .set('If-Match', current.headers.etag as string);
    assert.equal(res.status, 200, `restore ${key}: ${res.text}`);
  }

  /** A fresh API token for cells that revoke one. */
  async function givenSpareToken(): Promise<string> {
    const res = await api(app)
      .post('/api/v1/tokens')
      .send({ name: `Matrix spare ${unique()}`, role: 'manager', allDepartments: true });
    assert.equal(res.status, 201, res.text);
    return res.body.token.id as string;
  }

  // Columns: anonymous, admin, consultant (32), modeller (32), manager city-wide, manager (only 32).
  const MATRIX: Record<string, Row> = {
    getHealth: {
      expect: { any: [200, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    getOpenApi: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    getApiReference: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    listDepartments: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    createDepartment: {
      expect: { any: [401, 201, 403, 403, 403, 403] },
      send: async (call) => call().send({ code: String(600 + unique()), name: 'Amt Matrix', shortName: 'Matrix' }),
    },
    getDepartment: {
      // The list of Ämter is not secret to staff, whatever their departments.
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 200] },
      send: async (call, target) => call({ code: departmentOf(target) }),
    },
    updateDepartment: {
      expect: { own: [401, 200, 403, 403, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const code = departmentOf(target);
        const etag = await etagOf(`/api/v1/departments/${code}`);
        return call({ code })
          .set('If-Match', etag)
          .send({ name: `Amt ${code} (${unique()})` });
      },
    },
    listProcesses: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call().query({ archived: 'all', pageSize: 200 }),
      check: (who, res) => {
        const items = res.body.items as { key: string; department: string }[];
        assert.equal(res.body.total, items.length, 'the page holds every visible process');
        const keys = new Set(items.map((p) => p.key));
        if (who === 'manager32') {
          const outside = items.filter((p) => p.department !== '32' && (p as { kind?: string }).kind !== 'base');
          assert.deepEqual(outside, [], 'only department 32 and base processes are listed');
          assert.ok(keys.has(OWN), `${OWN} is listed`);
          assert.ok(keys.has(BASE), `the base process ${BASE} is listed`);
          assert.ok(!keys.has(OTHER), `${OTHER} is not listed`);
        } else {
          for (const key of [OWN, OTHER, BASE]) assert.ok(keys.has(key), `${key} is listed for ${who}`);
        }
      },
    },
    createProcess: {
      expect: {
        own: [401, 201, 201, 201, 403, 403],
        other: [401, 201, 403, 403, 403, 403],
        base: [401, 201, 403, 403, 403, 403],
        ownBase: [401, 201, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const n = unique();
        const department = departmentOf(target);
        const body =
          target === 'base' || target === 'ownBase'
            ? { key: `B-NEU${n}`, name: 'Neuer Basisprozess', department, kind: 'base' }
            : { key: `P-${department}-NEU${n}`, name: 'Neuer Fachprozess', department, kind: 'department' };
        return call().send(body);
      },
    },
    getProcess: {
      expect: {
        own: [401, 200, 200, 200, 200, 200],
        other: [401, 200, 200, 200, 200, 404],
        base: [401, 200, 200, 200, 200, 200],
        ownBase: [401, 200, 200, 200, 200, 200],
      },
      send: async (call, target) => call({ key: processOf(target) }),
    },
    updateProcess: {
      expect: {
        own: [401, 200, 200, 200, 403, 403],
        other: [401, 200, 403, 403, 403, 403],
        base: [401, 200, 403, 403, 403, 403],
        ownBase: [401, 200, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const key = processOf(target);
        const etag = await etagOf(`/api/v1/processes/${key}`);
        return call({ key })
          .set('If-Match', etag)
          .send({ name: `Prozess ${key} (${unique()})` });
      },
    },
    archiveProcess: {
      expect: {
        own: [401, 200, 200, 200, 403, 403],
        other: [401, 200, 403, 403, 403, 403],
        base: [401, 200, 403, 403, 403, 403],
        ownBase: [401, 200, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const key = processOf(target);
        return call({ key }).set('If-Match', await etagOf(`/api/v1/processes/${key}`));
      },
      check: (_who, res) => assert.equal(res.body.archived, true),
      restore: (target) => ensureActive(processOf(target)),
    },
    restoreProcess: {
      expect: {
        own: [401, 200, 200, 200, 403, 403],
        other: [401, 200, 403, 403, 403, 403],
        base: [401, 200, 403, 403, 403, 403],
        ownBase: [401, 200, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const key = processOf(target);
        const etag = await archive(key);
        return call({ key }).set('If-Match', etag);
      },
      check: (_who, res) => assert.equal(res.body.archived, false),
      restore: (target) => ensureActive(processOf(target)),
    },
    listDiagrams: {
      expect: {
        own: [401, 200, 200, 200, 200, 200],
        other: [401, 200, 200, 200, 200, 404],
        base: [401, 200, 200, 200, 200, 200],
        ownBase: [401, 200, 200, 200, 200, 200],
      },
      send: async (call, target) => call({ key: processOf(target) }),
    },
    uploadDiagram: {
      expect: {
        own: [401, 201, 201, 201, 403, 403],
        other: [401, 201, 403, 403, 403, 403],
        base: [401, 201, 403, 403, 403, 403],
        ownBase: [401, 201, 403, 403, 403, 403],
      },
      send: async (call, target) =>
        call({ key: processOf(target) })
          .set('Content-Type', 'application/xml')
          .send(smallBpmn('Matrix')),
    },
    getDiagram: {
      expect: {
        own: [401, 200, 200, 200, 200, 200],
        other: [401, 200, 200, 200, 200, 404],
        base: [401, 200, 200, 200, 200, 200],
        ownBase: [401, 200, 200, 200, 200, 200],
      },
      send: async (call, target) => call({ key: processOf(target), version: 1 }),
    },
    changeDiagramStatus: {
      expect: {
        own: [401, 200, 200, 200, 403, 403],
        other: [401, 200, 403, 403, 403, 403],
        base: [401, 200, 403, 403, 403, 403],
        ownBase: [401, 200, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const key = processOf(target);
        const { version, etag } = await uploadDraft(key);
        return call({ key, version }).set('If-Match', etag).send({ status: 'in_review' });
      },
      check: (_who, res) => assert.equal(res.body.status, 'in_review'),
    },
    getDiagramContent: {
      expect: {
        own: [401, 200, 200, 200, 200, 200],
        other: [401, 200, 200, 200, 200, 404],
        base: [401, 200, 200, 200, 200, 200],
        ownBase: [401, 200, 200, 200, 200, 200],
      },
      send: async (call, target) => call({ key: processOf(target), version: 1 }),
    },
    listAdoptions: {
      // Only base processes have an overview; every reader sees it, a limited manager only their departments' variants.
      expect: { base: [401, 200, 200, 200, 200, 200], ownBase: [401, 200, 200, 200, 200, 200] },
      send: async (call, target) => call({ key: target === 'base' ? REBASE_BASE : OWN_BASE }),
      check: (who, res) => {
        const departments = (res.body.items as { department: string }[]).map((i) => i.department);
        const variants = who === 'manager32' ? ['32'] : ['32', '50'];
        assert.deepEqual(departments, res.body.baseProcess === REBASE_BASE ? variants : []);
      },
    },
    adoptBaseProcess: {
      expect: { own: [401, 201, 201, 201, 403, 403], other: [401, 201, 403, 403, 403, 403] },
      send: async (call, target) => {
        const base = await givenAdoptableBase();
        return call({ key: base }).send({ department: departmentOf(target) });
      },
      check: (_who, res) => assert.equal(res.body.baseVersion, 1),
    },
    rebaseVariant: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const key = variantOf(target);
        const variant = await api(app).get(`/api/v1/processes/${key}`);
        assert.equal(variant.status, 200, variant.text);
        return call({ key })
          .set('If-Match', variant.headers.etag as string)
          .send({ baseVersion: (variant.body.baseVersion as number) + 1 });
      },
    },
    importProcesses: {
      expect: {
        own: [401, 200, 200, 200, 403, 403],
        other: [401, 200, 403, 403, 403, 403],
        base: [401, 200, 403, 403, 403, 403],
        ownBase: [401, 200, 403, 403, 403, 403],
      },
      send: async (call, target) => {
        const csv = sampleCsv(1, { department: departmentOf(target), start: unique() });
        return call()
          .set('Content-Type', 'text/csv; charset=utf-8')
          .send(target === 'base' || target === 'ownBase' ? csv.replace(';Fachprozess;', ';Basisprozess;') : csv);
      },
      check: (_who, res) => assert.equal(res.body.created, 1),
    },
    signIn: {
      // Public: whoever sends a right username and password signs in, with or without a token.
      expect: { any: [201, 201, 201, 201, 201, 201] },
      send: async (call) => call().send(SIGN_IN),
    },
    getSession: {
      // API tokens have no session.
      expect: { any: [401, 404, 404, 404, 404, 404] },
      send: async (call) => call(),
    },
    signOut: {
      expect: { any: [401, 404, 404, 404, 404, 404] },
      send: async (call) => call(),
    },
    listAccounts: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call(),
    },
    createAccount: {
      expect: { any: [401, 201, 403, 403, 403, 403] },
      send: async (call) =>
        call().send({
          username: `matrix.neu${unique()}`,
          displayName: 'Neues Konto',
          role: 'modeller',
          departments: ['32'],
          password: 'Ein-neues-Passwort-2024',
        }),
    },
    getAccount: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call({ id: targetAccount }),
    },
    updateAccount: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => {
        const etag = await etagOf(`/api/v1/accounts/${targetAccount}`);
        return call({ id: targetAccount })
          .set('If-Match', etag)
          .send({ displayName: `Zielkonto ${unique()}` });
      },
    },
    resetAccountPassword: {
      expect: { any: [401, 204, 403, 403, 403, 403] },
      send: async (call) => call({ id: targetAccount }).send({ password: `Neues-Passwort-${unique()}-2024` }),
    },
    listApiTokens: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call(),
    },
    createApiToken: {
      expect: { any: [401, 201, 403, 403, 403, 403] },
      send: async (call) => call().send({ name: `Matrix token ${unique()}`, role: 'manager', departments: ['32'] }),
    },
    getApiToken: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call({ id: spareToken }),
    },
    revokeApiToken: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call({ id: await givenSpareToken() }),
      check: (_who, res) => assert.equal(res.body.active, false),
    },
    startOidcSignIn: {
      // Public: everyone is sent on to the identity provider.
      expect: { any: [302, 302, 302, 302, 302, 302] },
      send: async (call) => call(),
    },
    completeOidcSignIn: {
      // Public, but a callback without the state of a sign-in this browser started is refused.
      expect: { any: [401, 401, 401, 401, 401, 401] },
      send: async (call) => call(),
    },
    queryAudit: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call(),
    },
    exportAudit: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call(),
    },
  };

  let idp: TestIdentityProvider;
  after(() => idp.close());

  before(async function () {
    this.timeout(60_000);
    const client = {
      clientId: 'efile-rollout',
      clientSecret: 'the-client-secret-of-the-matrix',
      redirectUri: 'http://127.0.0.1/api/v1/session/oidc/callback',
    };
    idp = await startTestIdentityProvider(client, new Map());
    app = await testApp({
      oidc: {
        issuer: idp.issuer,
        ...client,
        scopes: ['openid'],
        claims: defaultOidcClaimNames,
        roleMap: { 'efile-admin': 'admin' },
        allDepartmentsValues: [],
        allowInsecureRequests: true,
      },
    });
    await cleanDatabase();
    await givenDepartments('10', '32', '50');
    await givenProcess({ key: OWN, department: '32' });
    await givenProcess({ key: OTHER, department: '50' });
    await givenProcess({ key: BASE, name: 'Posteingang', department: '10', kind: 'base' });
    await uploadDraft(OWN);
    await uploadDraft(OTHER);
    await release(BASE);
    await givenProcess({ key: OWN_BASE, name: 'Ordnungswidrigkeit', department: '32', kind: 'base' });
    await release(OWN_BASE);
    await givenProcess({ key: REBASE_BASE, name: 'Rechnungseingang', department: '10', kind: 'base' });
    for (let i = 0; i < PRINCIPALS.length + 1; i++) await release(REBASE_BASE);
    for (const target of ['own', 'other'] as const) {
      await givenProcess({
        key: VARIANTS[target],
        department: DEPARTMENTS[target],
        baseProcess: REBASE_BASE,
        baseVersion: 1,
      });
    }
    for (const [account, role] of [
      [SIGN_IN, 'modeller'],
      [TARGET_ACCOUNT, 'consultant'],
    ] as const) {
      const res = await api(app)
        .post('/api/v1/accounts')
        .send({ ...account, displayName: `Konto ${account.username}`, role, departments: ['32'] });
      assert.equal(res.status, 201, res.text);
      if (account === TARGET_ACCOUNT) targetAccount = res.body.id as string;
    }
    spareToken = await givenSpareToken();
    principals = await givenPrincipals(app);
  });

  it('has a row for every operation of the API, and none for an operation the API lacks', () => {
    // given the operations the API serves (a test in openapi/ proves they are exactly the app's routes)
    const ids = operations.map((o) => o.operationId);
    // when they are compared with the rows of the matrix
    const missing = ids.filter((id) => !(id in MATRIX));
    const unknown = Object.keys(MATRIX).filter((id) => !ids.includes(id));
    // then each operation has its row (add one for a new route) and no row is left over
    assert.deepEqual(missing, [], 'operations without a row in the authorization matrix');
    assert.deepEqual(unknown, [], 'rows for operations the API does not have');
  });

  for (const op of operations) {
    const row = MATRIX[op.operationId];
    if (!row) continue; // the test above fails for it
    describe(`${op.method} ${op.path} (${op.operationId}, ${op.action})`, () => {
      for (const [target, statuses] of Object.entries(row.expect) as [Target, Statuses][]) {
        PRINCIPALS.forEach((name, column) => {
          const expected = statuses[column]!;
          it(`${PRINCIPAL_LABELS[name]}${TARGET_LABELS[target]} → ${expected}`, async () => {
            // given the caller's token and the fixtures (what the request needs is prepared as the test admin)
            const call: Call = (params = {}) => requestAs(app, principals[name], op.method, pathOf(op, params));
            try {
              // when the caller sends a valid request
              const res = await row.send(call, target);
              // then it gets exactly the status the matrix names
              assert.equal(
                res.status,
                expected,
                `${op.operationId} as ${name}${TARGET_LABELS[target]} → expected ${expected}, got ${res.status}: ${excerpt(res)}`,
              );
              if (res.status < 300) row.check?.(name, res);
            } finally {
              await row.restore?.(target);
            }
          });
        });
      }
    });
  }

  describe('denied requests', () => {
    interface Denial {
      title: string;
      who: TestPrincipalName;
      method: HttpMethod;
      path: string;
      /** Reads the ETag for If-Match (as the test admin) from this path. */
      ifMatchOf?: string;
      body?: object;
      csv?: string;
      status: 401 | 403 | 404;
      type: 'unauthenticated' | 'forbidden' | 'not-found';
      action: Action;
      reason: string;
      department?: string;
    }

    const denials: Denial[] = [
      {
        title: "a consultant changing another department's process",
        who: 'consultant',
        method: 'PATCH',
        path: `/api/v1/processes/${OTHER}`,
        ifMatchOf: `/api/v1/processes/${OTHER}`,
        body: { name: 'Übernommen' },
        status: 403,
        type: 'forbidden',
        action: 'process:write',
        reason: 'forbidden',
        department: '50',
      },
      {
        title: 'a modeller changing a base process kept by their own department',
        who: 'modeller',
        method: 'PATCH',
        path: `/api/v1/processes/${OWN_BASE}`,
        ifMatchOf: `/api/v1/processes/${OWN_BASE}`,
        body: { name: 'Ordnungswidrigkeit lokal' },
        status: 403,
        type: 'forbidden',
        action: 'process:write',
        reason: 'forbidden',
        department: '32',
      },
      {
        title: 'a city-wide manager creating a department',
        who: 'managerCityWide',
        method: 'POST',
        path: '/api/v1/departments',
        body: { code: '99', name: 'Amt 99', shortName: '99' },
        status: 403,
        type: 'forbidden',
        action: 'department:write',
        reason: 'forbidden',
      },
      {
        title: 'a consultant importing processes of another department',
        who: 'consultant',
        method: 'POST',
        path: '/api/v1/imports/processes',
        csv: sampleCsv(2, { department: '50', start: 900 }),
        status: 403,
        type: 'forbidden',
        action: 'import:write',
        reason: 'forbidden',
        department: '50',
      },
      {
        title: 'a manager of 32 reading a process of 50 (its existence does not leak)',
        who: 'manager32',
        method: 'GET',
        path: `/api/v1/processes/${OTHER}`,
        status: 404,
        type: 'not-found',
        action: 'process:read',
        reason: 'hidden',
        department: '50',
      },
      {
        title: "a manager of 32 downloading a diagram of 50's process",
        who: 'manager32',
        method: 'GET',
        path: `/api/v1/processes/${OTHER}/diagrams/1/content`,
        status: 404,
        type: 'not-found',
        action: 'process:read',
        reason: 'hidden',
        department: '50',
      },
      {
        title: 'nobody reading the audit trail',
        who: 'anonymous',
        method: 'GET',
        path: '/api/v1/audit',
        status: 401,
        type: 'unauthenticated',
        action: 'audit:read',
        reason: 'unauthenticated',
      },
    ];

    it("answers a manager of 32 about 50's process exactly as about a process that does not exist", async () => {
      // given a process of department 50 and a key no process has
      const missing = 'P-50-GIBTESNICHT';
      // when the manager limited to 32 asks for both
      const hidden = await requestAs(app, principals.manager32, 'GET', `/api/v1/processes/${OTHER}`);
      const absent = await requestAs(app, principals.manager32, 'GET', `/api/v1/processes/${missing}`);
      // then the answers differ only in the key they name
      const shape = (res: request.Response, key: string) => ({
        status: res.status,
        contentType: res.headers['content-type'] as string,
        type: res.body.type as string,
        title: res.body.title as string,
        detail: (res.body.detail as string).replace(key, '<key>'),
      });
      assert.equal(hidden.status, 404);
      assert.deepEqual(shape(hidden, OTHER), shape(absent, missing));
    });

    denials.forEach((d, i) => {
      it(`answers ${d.status} ${d.type} to ${d.title} and records the denial`, async () => {
        // given the caller and a request id to find the audit record by
        const principal = principals[d.who];
        const requestId = `matrix-denial-${i + 1}`;
        let req = requestAs(app, principal, d.method, d.path).set('X-Request-Id', requestId);
        if (d.ifMatchOf) req = req.set('If-Match', await etagOf(d.ifMatchOf));
        // when the caller sends the request
        const res = d.csv
          ? await req.set('Content-Type', 'text/csv; charset=utf-8').send(d.csv)
          : d.body
            ? await req.send(d.body)
            : await req;
        // then it is refused as a problem of the expected type
        assert.equal(res.status, d.status, excerpt(res));
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        assert.ok((res.body.type as string).endsWith(`/${d.type}`), `problem type ${res.body.type}`);
        assert.equal(res.body.status, d.status);
        // and the audit trail holds exactly one denied record of it
        await auditSettled(app);
        const audit = await api(app)
          .get('/api/v1/audit')
          .query({ outcome: 'denied', actor: principal.id ?? 'anonymous', resource: d.path });
        assert.equal(audit.status, 200, audit.text);
        const records = (audit.body.items as Record<string, unknown>[]).filter((r) => r.requestId === requestId);
        assert.equal(records.length, 1, `audit records of ${requestId}: ${JSON.stringify(audit.body.items)}`);
        const record = records[0]!;
        assert.equal(record.method, d.method);
        assert.equal(record.resource, d.path);
        assert.equal(record.status, d.status);
        assert.equal(record.action, d.action);
        assert.equal(record.reason, d.reason);
        assert.equal(record.outcome, 'denied');
        if (d.department) assert.equal(record.department, d.department);
      });
    });
  });
});
