/**
 * A crafted upload that keeps bpmn-moddle busy for a long time (its parse time grows
 * quadratically with its warnings) must be refused without ever blocking the event loop.
 */
import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, cleanDatabase, testApp, testConnection } from '../testing/testDatabase.js';
import { diagramModel } from './diagram.model.js';
import { givenProcess, smallBpmn } from './testProcesses.js';

/** About 1 MB of BPMN with tens of thousands of unknown elements, each one a parser warning. */
function hostileBpmn(): string {
  const unknown = Array.from({ length: 40_000 }, (_, i) => `<bpmn:x${i % 10} a="b"/>`).join('\n');
  const padding = `<!-- ${'x'.repeat(300_000)} -->`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">${padding}
<bpmn:process id="P">
${unknown}
</bpmn:process>
</bpmn:definitions>`;
}

describe('diagrams.router under a hostile upload', () => {
  let app: Express;
  before(async () => {
    app = await testApp({ bpmnParseTimeoutMs: 1500 });
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenProcess({ key: 'P-32-0147' });
  });

  it('refuses a file that parses too long with 422 while /healthz keeps answering', async function () {
    this.timeout(60_000);
    // given a ~1 MB file that would take the parser many seconds
    const xml = hostileBpmn();
    assert.ok(xml.length > 900_000 && xml.length < 1_500_000, String(xml.length));
    // when it is uploaded and health checks run while it is being parsed
    let uploadDone = false;
    const upload = api(app)
      .post('/api/v1/processes/P-32-0147/diagrams')
      .set('Content-Type', 'application/xml')
      .send(xml)
      .then((res) => {
        uploadDone = true;
        return res;
      });
    const health: Array<{ status: number; beforeUpload: boolean }> = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await api(app).get('/healthz');
      health.push({ status: res.status, beforeUpload: !uploadDone });
    }
    const res = await upload;
    // then the upload is refused with the time limit as the reason
    assert.equal(res.status, 422, res.text);
    assert.match(res.body.detail, /parse took longer than 1500 ms/);
    assert.equal(await diagramModel(await testConnection()).countDocuments({}), 0);
    // and every health check answered 200, all of them before the upload came back
    assert.deepEqual(
      health.map((h) => h.status),
      [200, 200, 200, 200, 200],
    );
    assert.ok(
      health.every((h) => h.beforeUpload),
      JSON.stringify(health),
    );
    // and the replaced parser thread takes the next upload
    const next = await api(app)
      .post('/api/v1/processes/P-32-0147/diagrams')
      .set('Content-Type', 'application/xml')
      .send(smallBpmn());
    assert.equal(next.status, 201);
  });
});
