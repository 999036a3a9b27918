/**
 * The modeler specs' fixtures, on top of the app's: the modeler page objects, the modeller of Amt
 * 32 (demo.lotse) signed in through the sign-in page and as an API client, central IT (demo.admin)
 * as an API client, and the arrangements the specs share: a process of Amt 32 with a diagram, a
 * released base process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagram, Process } from '@efile/schemas';
import { ModelerEditorPage } from '../../pages/ModelerEditorPage';
import { ConformanceView } from '../../pages/ConformanceView';
import type { ApiClient } from '../../support/ApiClient';
import { demoAccount } from '../../support/accounts';
import { expect, test as base } from '../../support/fixtures';

/** ../shared/fixtures/bpmn of the project (read-only test data from other tools). */
export const BPMN_FIXTURES = fileURLToPath(new URL('../../../../../../shared/fixtures/bpmn/', import.meta.url));

/** A fixture file's path under ../shared/fixtures/bpmn. */
export function fixturePath(relative: string): string {
  return `${BPMN_FIXTURES}${relative}`;
}

/** A fixture file's text (UTF-8). */
export function fixtureText(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

let counter = 0;

/** A process key no other test run used: P-32-E2E<time><n>. */
export function uniqueSegment(): string {
  counter += 1;
  return `E2E${Date.now().toString(36).toUpperCase()}${counter}`.slice(0, 16);
}

interface ModelerFixtures {
  modeler: ModelerEditorPage;
  conformance: ConformanceView;
  /** The browser, signed in as demo.lotse through the sign-in page (for every test). */
  signedIn: void;
  /** demo.lotse (modeller of Amt 32) through the API. */
  lotse: ApiClient;
  /** demo.admin (central IT) through the API. */
  admin: ApiClient;
}

export const test = base.extend<ModelerFixtures>({
  modeler: async ({ page }, use) => use(new ModelerEditorPage(page)),
  conformance: async ({ page }, use) => use(new ConformanceView(page)),
  signedIn: [
    async ({ signInPage, page }, use) => {
      const { username, password } = demoAccount('modeller');
      await signInPage.goto();
      await signInPage.signIn(username, password);
      await expect(page).toHaveURL(/\/processes$/);
      await use();
    },
    { auto: true },
  ],
  lotse: async ({ apiAs }, use) => use(await apiAs('modeller')),
  admin: async ({ apiAs }, use) => use(await apiAs('admin')),
});

export { expect };

/** Creates a process of Amt 32 with `xml` as its version 1; answers its key. */
export async function givenProcess(
  api: ApiClient,
  xml: string | Buffer,
  name = 'E2E Antrag bearbeiten',
): Promise<string> {
  const key = `P-32-${uniqueSegment()}`;
  const created = await api.send('POST', '/processes', { key, name, department: '32', kind: 'department' });
  expect(created.status, `create ${key}`).toBe(201);
  await api.uploadDiagram(key, xml);
  return key;
}

/** The metadata of a diagram version. */
export function diagram(api: ApiClient, key: string, version: number | 'latest'): Promise<Diagram> {
  return api.get<Diagram>(`/processes/${key}/diagrams/${version}`);
}

/** The stored XML of a diagram version. */
export async function diagramXml(api: ApiClient, key: string, version: number | 'latest'): Promise<string> {
  const metadata = await diagram(api, key, version);
  return (await api.diagramBytes(key, metadata.version)).toString('utf8');
}

/** Moves a diagram version through review to released (as central IT). */
export async function release(admin: ApiClient, key: string, version: number): Promise<void> {
  for (const status of ['in_review', 'released'] as const) {
    const current = await diagram(admin, key, version);
    const answer = await admin.send('PATCH', `/processes/${key}/diagrams/${version}`, { status }, current.revision);
    expect(answer.status, `${key} v${version} → ${status}`).toBe(200);
  }
}

/** A base process of central IT with `xml` released as its version 1; answers its key. */
export async function givenReleasedBase(admin: ApiClient, xml: string): Promise<string> {
  const key = `B-${uniqueSegment()}`;
  const created = await admin.send('POST', '/processes', {
    key,
    name: 'E2E Basisprozess Antrag',
    department: '12',
    kind: 'base',
  });
  expect(created.status, `create ${key}`).toBe(201);
  await admin.uploadDiagram(key, xml);
  await release(admin, key, 1);
  return key;
}

/** Amt 32 adopts the base process; answers the variant. */
export async function adopt(lotse: ApiClient, baseKey: string): Promise<Process> {
  const answer = await lotse.send('POST', `/processes/${baseKey}/adoptions`, { department: '32' });
  expect(answer.status, `adopt ${baseKey}`).toBe(201);
  return answer.body as Process;
}
