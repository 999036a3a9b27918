/**
 * The tests' fixtures: the address of the server started by globalSetup, the page objects,
 * signing in as a demo role (through the API, into the browser's cookie jar) and API clients.
 */
import { expect, test as base } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { CataloguePage } from '../pages/CataloguePage';
import { ProcessPage } from '../pages/ProcessPage';
import { SignInPage } from '../pages/SignInPage';
import { ApiClient } from './ApiClient';
import { demoAccount, type DemoRole } from './accounts';

interface Fixtures {
  signInPage: SignInPage;
  header: AppHeader;
  catalogue: CataloguePage;
  processPage: ProcessPage;
  /** Signs the browser in as a demo role (without the sign-in page). */
  signInAs: (role: DemoRole) => Promise<void>;
  /** An API client signed in as a demo role. */
  apiAs: (role: DemoRole) => Promise<ApiClient>;
}

function serverUrl(): string {
  const url = process.env.EFILE_E2E_URL;
  if (!url) throw new Error('EFILE_E2E_URL is not set: run the tests through playwright.config.ts (its globalSetup).');
  return url;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  baseURL: async ({}, use) => {
    await use(serverUrl());
  },
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  header: async ({ page }, use) => use(new AppHeader(page)),
  catalogue: async ({ page }, use) => use(new CataloguePage(page)),
  processPage: async ({ page }, use) => use(new ProcessPage(page)),
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      const { username, password } = demoAccount(role);
      const response = await page.request.post('/api/v1/session', { data: { username, password } });
      expect(response.status(), `sign-in of ${username}`).toBe(201);
    });
  },
  // eslint-disable-next-line no-empty-pattern -- as above: this fixture needs no other
  apiAs: async ({}, use) => {
    const clients: ApiClient[] = [];
    await use(async (role) => {
      const { username, password } = demoAccount(role);
      const client = await ApiClient.signIn(serverUrl(), username, password);
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((client) => client.dispose()));
  },
});

export { expect };
