import assert from 'node:assert/strict';
import type { Express } from 'express';
import { validator } from '@efile/schemas';
import { givenDepartments, smallBpmn } from '../diagrams/testProcesses.js';
import { api, cleanDatabase, testApp } from '../testing/testDatabase.js';

/** Asserts that a response body is what the OpenAPI document promises for it. */
function conforms(schema: string, body: unknown): void {
  const result = validator(schema)(body);
  assert.ok(result.ok, `${schema}: ${JSON.stringify(result.ok ? [] : result.errors)}`);
}

describe('responses match their schemas', () => {
  let app: Express;
  before(async () => {
    app = await testApp();
  });
  beforeEach(cleanDatabase);

  it('for departments, processes, diagrams, adoptions, imports and problems', async () => {
    // given a base process with a released diagram and a department
    await givenDepartments('12', '32');
    conforms('department-list.schema.json', (await api(app).get('/api/v1/departments').expect(200)).body);
    conforms('department.schema.json', (await api(app).get('/api/v1/departments/32').expect(200)).body);
    const base = await api(app)
      .post('/api/v1/processes')
      .send({
        key: 'B-POSTEINGANG',
        name: 'Posteingang',
        department: '12',
        kind: 'base',
        documentTypes: ['Eingangsschreiben'],
        retentionYears: 10,
        disposal: 'B',
        tags: ['basis'],
      })
      .expect(201);
    conforms('process.schema.json', base.body);
    const uploaded = await api(app)
      .post('/api/v1/processes/B-POSTEINGANG/diagrams?message=Erste%20Fassung')
      .set('Content-Type', 'application/xml')
      .send(smallBpmn())
      .expect(201);
    conforms('diagram.schema.json', uploaded.body);
    for (const [status, revision] of [
      ['in_review', 1],
      ['released', 2],
    ] as const) {
      conforms(
        'diagram.schema.json',
        (
          await api(app)
            .patch('/api/v1/processes/B-POSTEINGANG/diagrams/1')
            .set('If-Match', `"${revision}"`)
            .send({ status })
            .expect(200)
        ).body,
      );
    }
    conforms('diagram-list.schema.json', (await api(app).get('/api/v1/processes/B-POSTEINGANG/diagrams')).body);
    // when a department adopts it and processes are imported and listed
    conforms(
      'process.schema.json',
      (await api(app).post('/api/v1/processes/B-POSTEINGANG/adoptions').send({ department: '32' }).expect(201)).body,
    );
    conforms(
      'adoption-overview.schema.json',
      (await api(app).get('/api/v1/processes/B-POSTEINGANG/adoptions').expect(200)).body,
    );
    conforms(
      'import-report.schema.json',
      (
        await api(app)
          .post('/api/v1/imports/processes')
          .set('Content-Type', 'text/csv')
          .send('Schlüssel;Name;Amt;Art;Fallzahl\nP-32-0001;Gaststättenerlaubnis;32;Fachprozess;1.234\n')
          .expect(200)
      ).body,
    );
    // then every answer, the page and the problems included, has the documented shape
    conforms('process-page.schema.json', (await api(app).get('/api/v1/processes?archived=all').expect(200)).body);
    conforms('problem.schema.json', (await api(app).get('/api/v1/processes/P-99-0001').expect(404)).body);
    conforms('problem.schema.json', (await api(app).post('/api/v1/processes').send({ key: 'x' }).expect(422)).body);
  });
});
