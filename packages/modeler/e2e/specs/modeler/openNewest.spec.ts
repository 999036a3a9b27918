/**
 * Opening the modeler reads the newest version's XML together with the list of versions, not after
 * it; the XML stands for the version the list names only when its bytes are that version's, so a
 * version saved by someone else while the page opens never takes the place of the one it names.
 * The route asks for the page's code and its data at once (openModeler), not one after the other.
 */
import type { Request } from '@playwright/test';
import { ProcessPage } from '../../pages/ProcessPage';
import { applicationDiagram } from './applicationDiagram';
import { expect, givenProcess, test } from './modelerTest';

test.describe('modeler #open', () => {
  test('opens the newest version with a single download of its XML', async ({ lotse, modeler, page }) => {
    // given a process with two versions
    const key = await givenProcess(lotse, applicationDiagram());
    await lotse.uploadDiagram(key, applicationDiagram({ names: { Task_Scan: 'Neuer Scan' } }));
    const downloads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/content')) downloads.push(new URL(request.url()).pathname);
    });

    // when the modeler opens
    await modeler.open(key);

    // then version 2 is on the canvas, read once
    await expect(modeler.version).toHaveText('Bearbeitet wird Version 2 (Entwurf).');
    await expect(modeler.canvas.getByText('Neuer Scan')).toBeVisible();
    expect(downloads).toEqual([`/api/v1/processes/${key}/diagrams/latest/content`]);
  });

  test('opens the version the list names when a newer one is saved while the page opens', async ({
    lotse,
    modeler,
    page,
  }) => {
    // given a process with version 1, and version 2 saved by someone else after the page read the list
    // of versions but before the newest XML is answered
    const key = await givenProcess(lotse, applicationDiagram());
    const listed = page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/api/v1/processes/${key}/diagrams`,
    );
    await page.route(`**/api/v1/processes/${key}/diagrams/latest/content`, async (route) => {
      await listed;
      await lotse.uploadDiagram(key, applicationDiagram({ names: { Task_Scan: 'Deren Scan' } }));
      await route.continue();
    });
    const downloads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/content')) downloads.push(new URL(request.url()).pathname);
    });

    // when the modeler opens
    await modeler.open(key);

    // then it shows version 1, as the list said, and not version 2's XML under version 1's number
    await expect(modeler.version).toHaveText('Bearbeitet wird Version 1 (Entwurf).');
    await expect(modeler.shape('Task_Scan')).toBeVisible();
    await expect(modeler.canvas.getByText('Deren Scan')).toHaveCount(0);
    // (the newest XML was not version 1's, so version 1 was read by its number)
    expect(downloads).toEqual([
      `/api/v1/processes/${key}/diagrams/latest/content`,
      `/api/v1/processes/${key}/diagrams/1/content`,
    ]);
  });

  test("asks for the process, its versions and the newest XML while the page's code is still loading", async ({
    lotse,
    modeler,
    page,
  }) => {
    // given a process with a diagram, and the modeler's code held back until its data was asked for
    const key = await givenProcess(lotse, applicationDiagram());
    const api = `/api/v1/processes/${key}`;
    const wanted = [api, `${api}/diagrams`, `${api}/diagrams/latest/content`];
    const asked: string[] = [];
    let allAsked: () => void = () => undefined;
    const dataAsked = new Promise<void>((resolve) => (allAsked = resolve));
    const onRequest = (request: Request) => {
      asked.push(new URL(request.url()).pathname);
      if (wanted.every((path) => asked.includes(path))) allAsked();
    };
    page.on('request', onRequest);
    let askedBeforeCode: string[] = [];
    await page.route('**/assets/ModelerPage-*.js', async (route) => {
      // released after at most 5 s, so that a page that waits for its code fails the check below
      await Promise.race([dataAsked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      askedBeforeCode = asked.filter((path) => wanted.includes(path));
      await route.continue();
    });

    // when the modeler is opened directly
    await modeler.open(key);

    // then the three answers were asked for before the code arrived, each once, and the diagram is shown
    await expect(modeler.version).toHaveText('Bearbeitet wird Version 1 (Entwurf).');
    await expect(modeler.shape('Task_Scan')).toBeVisible();
    expect([...askedBeforeCode].sort()).toEqual([...wanted].sort());
    expect(asked.filter((path) => wanted.includes(path)).sort()).toEqual([...wanted].sort());
  });

  test('does not go by a list of versions an earlier page read', async ({ lotse, modeler, page }) => {
    // given the process page read the list of versions (version 1), and someone then saved version 2
    const key = await givenProcess(lotse, applicationDiagram());
    const processPage = new ProcessPage(page);
    await processPage.goto(key);
    await expect(processPage.versions).toContainText('1');
    await lotse.uploadDiagram(key, applicationDiagram({ names: { Task_Scan: 'Später gespeichert' } }));

    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/v1/processes/${key}/diagrams`) listRequests.push(request.url());
    });

    // when the modeler is opened from the process page
    await page.getByRole('link', { name: 'Diagramm bearbeiten' }).click();

    // then it shows version 2, read afresh once (the route's read is not cancelled as the process page goes)
    await expect(modeler.version).toHaveText('Bearbeitet wird Version 2 (Entwurf).');
    await expect(modeler.canvas.getByText('Später gespeichert')).toBeVisible();
    expect(listRequests).toHaveLength(1);
  });
});
