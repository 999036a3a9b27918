import assert from 'node:assert/strict';
import type { Express } from 'express';
import { Validator } from '@seriousme/openapi-schema-validator';
import { listRoutes } from './listRoutes.js';
import { operations } from './operations.js';
import { defaultOidcClaimNames } from '../oidc/oidcConfig.js';
import { api, testApp } from '../testing/testDatabase.js';

describe('openapi', () => {
  let app: Express;
  before(async () => {
    // With sign-in through an identity provider configured, so that its routes are served too (the provider is
    // contacted only when someone signs in).
    app = await testApp({
      oidc: {
        issuer: 'http://127.0.0.1:9/',
        clientId: 'efile-rollout',
        clientSecret: 'a-client-secret',
        redirectUri: 'http://localhost:8080/api/v1/session/oidc/callback',
        scopes: ['openid'],
        claims: defaultOidcClaimNames,
        roleMap: { 'efile-admin': 'admin' },
        allDepartmentsValues: [],
        allowInsecureRequests: true,
      },
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
      // when the document is fetched
      const res = await api(app).get('/api/v1/openapi.json');
      // then it validates against the OpenAPI 3.1 schema, with every $ref resolved
      assert.equal(res.status, 200);
      assert.equal(res.body.openapi, '3.1.0');
      const validator = new Validator();
      const result = await validator.validate(res.body);
      assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
      const refs = JSON.stringify(res.body).match(/"\$ref":"[^"]+"/g) ?? [];
      for (const ref of new Set(refs)) {
        const pointer = ref.slice(8, -1).replace(/^#\//, '').split('/');
        let node: unknown = res.body;
        for (const part of pointer) node = (node as Record<string, unknown>)?.[part];
        assert.ok(node, `unresolved ${ref}`);
      }
    });

    it('describes exactly the routes the app serves', async () => {
      // given the routes registered in the app and the operations in the document
      const res = await api(app).get('/api/v1/openapi.json');
      const documented = new Set<string>();
      for (const [path, item] of Object.entries(res.body.paths as Record<string, Record<string, unknown>>)) {
        for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${path}`);
      }
      const served = new Set(listRoutes(app).map((r) => `${r.method} ${r.path}`));
      // then neither has an operation the other lacks
      assert.deepEqual([...served].filter((r) => !documented.has(r)).sort(), [], 'served but not documented');
      assert.deepEqual([...documented].filter((r) => !served.has(r)).sort(), [], 'documented but not served');
    });

    it('finds that every route declares its action first, and the one the document names', async () => {
      // given the routes of the app and the operations registry
      const documented = new Map(operations.map((o) => [`${o.method} ${o.path}`, o.action]));
      // when each route's first handler is read
      const routes = listRoutes(app);
      // then every route starts with authorize(action), and it is the documented action
      assert.ok(routes.length >= 36);
      for (const route of routes) {
        const name = `${route.method} ${route.path}`;
        assert.ok(route.action, `${name} declares no action (add it through guardedRouter())`);
        assert.equal(route.action, documented.get(name), `${name}: route and document disagree`);
      }
    });

    it('uses the same schemas that validate requests', async () => {
      const res = await api(app).get('/api/v1/openapi.json');
      const create = res.body.paths['/api/v1/departments'].post.requestBody.content['application/json'].schema;
      assert.equal(create.$ref, '#/components/schemas/DepartmentCreate');
      assert.deepEqual(res.body.components.schemas.DepartmentCreate.required, ['code', 'name', 'shortName']);
    });
  });

  describe('GET /api/docs', () => {
    it('renders a readable reference with every operation', async () => {
      const [doc, page] = await Promise.all([api(app).get('/api/v1/openapi.json'), api(app).get('/api/docs')]);
      assert.equal(page.status, 200);
      assert.match(page.headers['content-type'] ?? '', /text\/html/);
      for (const item of Object.values(doc.body.paths as Record<string, Record<string, { operationId: string }>>)) {
        for (const op of Object.values(item)) assert.ok(page.text.includes(`id="${op.operationId}"`), op.operationId);
      }
      assert.equal(/<script/i.test(page.text), false);
    });
  });
});
