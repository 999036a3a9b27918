/**
 * A process's page: reading it, editing its metadata (checked against the API's schema, saved with
 * If-Match, a 412 resolved either way), the release workflow and restoring versions, a variant's base
 * process, and adopting a base process. What the UI stored is checked through the API.
 */
import type { Process } from '@efile/schemas';
import type { ApiClient } from '../support/ApiClient';
import { expect, test } from '../support/fixtures';
import { applicationDiagram } from './modeler/applicationDiagram';
import { fixtureText, givenProcess } from './modeler/modelerTest';

/** Processes of department 32 (the demo modeller's), in key order; each test takes its own. */
async function processesOf32(api: ApiClient): Promise<Process[]> {
  const page = await api.processes('department=32&kind=department&sort=key&pageSize=20');
  expect(page.items.length).toBeGreaterThanOrEqual(8);
  return page.items;
}

test.describe('process page', () => {
  test('opens from the catalogue with its metadata and diagram, and leads back to the same view', async ({
    page,
    signInAs,
    catalogue,
    processPage,
  }) => {
    // given the modeller's catalogue filtered to department 32
    await signInAs('modeller');
    await catalogue.goto('department=32&kind=department');
    await catalogue.loaded();
    const name = await catalogue.rows.first().locator('th a').innerText();
    const key = await catalogue.rows.first().locator('td').first().innerText();
    // when the first process is opened
    await catalogue.processLink(name).click();
    // then its page shows name, metadata and the diagram drawn by bpmn-js
    await expect(page).toHaveURL(new RegExp(`/processes/${key}$`));
    await expect(processPage.heading).toHaveText(name);
    await expect(processPage.value('Amt')).toContainText('32 Amt für öffentliche Ordnung');
    await expect(processPage.diagram.locator('svg .djs-element').first()).toBeAttached();
    await expect(processPage.versions.locator('tbody tr').first()).toBeVisible();
    // and the back link returns to the filtered catalogue
    await processPage.backLink.click();
    await expect(page).toHaveURL(/\/processes\?department=32&kind=department$/);
  });

  test('saves changed metadata with the version it was based on', async ({ signInAs, apiAs, processPage }) => {
    // given a process of the modeller's department
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const before = (await processesOf32(api))[0]!;
    await processPage.goto(before.key);
    // when the case volume (with German grouping), the retention and a tag are changed and saved
    await processPage.editButton.click();
    await expect(processPage.field('Name')).toBeFocused();
    const volume = (before.annualCaseVolume ?? 0) + 12_345;
    await processPage.field('Fallzahl pro Jahr').fill(new Intl.NumberFormat('de-DE').format(volume));
    await processPage.field('Aufbewahrungsfrist (Jahre)').fill('');
    const tag = `E2E-${Date.now().toString(36)}`;
    await processPage.field('Schlagwörter').fill([...before.tags, tag].join(', '));
    await processPage.saveButton.click();
    // then the page says it is saved and shows the new values
    await expect(processPage.savedNotice).toHaveText(`Gespeichert (Stand ${before.version + 1}).`);
    await expect(processPage.value('Fallzahl pro Jahr')).toHaveText(new Intl.NumberFormat('de-DE').format(volume));
    await expect(processPage.value('Aufbewahrungsfrist')).toHaveText('keine Angabe');
    // and the API has stored exactly these changes
    const after = await api.process(before.key);
    expect(after.version).toBe(before.version + 1);
    expect(after.annualCaseVolume).toBe(volume);
    expect(after.retentionYears).toBeUndefined();
    expect(after.tags).toEqual([...before.tags, tag]);
    expect(after.name).toBe(before.name);
    expect(after.documentTypes).toEqual(before.documentTypes);
  });

  test('checks the entries with the API’s JSON Schema before sending anything', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a process in the edit form
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const before = (await processesOf32(api))[1]!;
    await processPage.goto(before.key);
    await processPage.editButton.click();
    // when a LeiKa key of 5 digits, a retention in words and a one-letter name are saved
    await processPage.field('Name').fill('X');
    await processPage.field('LeiKa-Schlüssel').fill('12345');
    await processPage.field('Aufbewahrungsfrist (Jahre)').fill('zehn');
    await processPage.saveButton.click();
    // then the error summary lists each field with its rule and takes the focus
    await expect(processPage.errorSummary).toBeFocused();
    await expect(processPage.errorSummary.locator('li')).toHaveText([
      'Name: Bitte mindestens 2 Zeichen eingeben.',
      'LeiKa-Schlüssel: Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.',
      'Aufbewahrungsfrist (Jahre): Bitte eine ganze Zahl eingeben.',
    ]);
    await expect(processPage.field('LeiKa-Schlüssel')).toHaveAttribute('aria-invalid', 'true');
    // and nothing was sent: the stored process is unchanged
    expect((await api.process(before.key)).version).toBe(before.version);
  });

  test('after a 412, keeps my changes on top of the version someone else saved', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a process open in the edit form
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const before = (await processesOf32(api))[2]!;
    await processPage.goto(before.key);
    await processPage.editButton.click();
    // and someone else renames it meanwhile
    const theirs = await (await apiAs('admin')).patchProcess(before.key, { name: `${before.name} (umbenannt)` });
    // when I change the case volume and save
    const volume = (before.annualCaseVolume ?? 0) + 7;
    await processPage.field('Fallzahl pro Jahr').fill(String(volume));
    await processPage.saveButton.click();
    // then a dialog says what changed there
    await expect(processPage.conflictDialog).toBeVisible();
    await expect(processPage.conflictDialog.getByTestId('conflict-theirs')).toHaveText('Name');
    await expect(processPage.conflictDialog.getByTestId('conflict-both')).toHaveCount(0);
    // when I keep my changes
    await processPage.conflictDialog.getByRole('button', { name: 'Meine Änderungen behalten' }).click();
    // then the form holds their name and my case volume, based on their version
    await expect(processPage.conflictDialog).toBeHidden();
    await expect(processPage.formStatus).toContainText(`Stand ${theirs.version}`);
    await expect(processPage.field('Name')).toHaveValue(theirs.name);
    await expect(processPage.field('Fallzahl pro Jahr')).toHaveValue(String(volume));
    // and saving again stores both
    await processPage.saveButton.click();
    await expect(processPage.savedNotice).toHaveText(`Gespeichert (Stand ${theirs.version + 1}).`);
    const after = await api.process(before.key);
    expect(after.name).toBe(theirs.name);
    expect(after.annualCaseVolume).toBe(volume);
    expect(after.version).toBe(theirs.version + 1);
  });

  test('after a 412, loads the version someone else saved and drops my changes', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a process open in the edit form, renamed by someone else meanwhile
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const before = (await processesOf32(api))[3]!;
    await processPage.goto(before.key);
    await processPage.editButton.click();
    const theirs = await (await apiAs('admin')).patchProcess(before.key, { name: `${before.name} (neu)` });
    // when I rename it too and save
    await processPage.field('Name').fill(`${before.name} (meins)`);
    await processPage.saveButton.click();
    // then the dialog says we both changed the name
    await expect(processPage.conflictDialog.getByTestId('conflict-both')).toHaveText('Name');
    // when I load their version
    await processPage.conflictDialog.getByRole('button', { name: 'Neuen Stand laden' }).click();
    // then the form shows their name, and nothing of mine was stored
    await expect(processPage.field('Name')).toHaveValue(theirs.name);
    await expect(processPage.formStatus).toContainText('Ihre Änderungen wurden verworfen');
    const after = await api.process(before.key);
    expect(after).toEqual(theirs);
  });

  test('shows a manager the process read-only', async ({ signInAs, apiAs, processPage }) => {
    // given a manager and a department process
    await signInAs('manager');
    const process = (await processesOf32(await apiAs('manager')))[0]!;
    // when its page opens
    await processPage.goto(process.key);
    // then it can be read but offers no change
    await expect(processPage.heading).toHaveText(process.name);
    await expect(processPage.page.getByText('Sie können diesen Prozess ansehen, aber nicht ändern.')).toBeVisible();
    await expect(processPage.editButton).toHaveCount(0);
    await expect(processPage.versions.getByRole('button')).toHaveCount(0);
  });

  test('shows the names of a diagram stored in ISO-8859-1 with their umlauts', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a diagram uploaded as ISO-8859-1 bytes (declared so), with umlauts in task and pool names
    await signInAs('modeller');
    const latin1 = Buffer.from(
      applicationDiagram({ names: { Task_Check: 'Prüfen für Ämter' } }).replace(
        'encoding="UTF-8"',
        'encoding="ISO-8859-1"',
      ),
      'latin1',
    );
    expect(latin1.includes(Buffer.from('ü', 'utf8'))).toBe(false);
    const key = await givenProcess(await apiAs('modeller'), latin1, 'E2E Latin-1');
    // when the process page shows it
    await processPage.goto(key);
    // then the names read as stored, without mojibake or replacement characters
    await expect(processPage.diagramElement('Task_Check')).toBeVisible();
    expect(await processPage.diagramLabel('Task_Check')).toBe('Prüfen für Ämter');
    expect(await processPage.diagramLabel('Participant_Office')).toBe('Bürgeramt');
    const texts = (await processPage.diagram.locator('text').allTextContents()).join(' ');
    expect(texts).not.toMatch(/\uFFFD|Ã/);
  });

  test('draws a task whose id the parser rejects (the Camunda Modeler’s XSS file)', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given the XSS test file stored as a version: its task `"><` has an id bpmn-moddle refuses
    await signInAs('modeller');
    const key = await givenProcess(await apiAs('modeller'), fixtureText('camunda-modeler/xss.bpmn'), 'E2E XSS');
    // when the process page shows it
    await processPage.goto(key);
    // then the task is drawn under a repaired id, next to the other two elements, and no markup became an element
    await expect(processPage.diagramElement('Task_repaired')).toBeVisible();
    await expect(processPage.diagramElement('Task_17p5kda')).toBeVisible();
    expect(await processPage.page.locator('img[onerror], img[src="1"]').count()).toBe(0);
  });

  test('moves a new version through review to release', async ({ signInAs, apiAs, processPage }) => {
    // given a process with a new draft version
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const process = (await processesOf32(api)).find((p) => p.latestDiagramVersion !== undefined)!;
    const draft = await api.uploadDiagram(
      process.key,
      await api.diagramBytes(process.key, process.latestDiagramVersion!),
    );
    await processPage.goto(process.key);
    const row = processPage.versionRow(draft);
    await expect(row).toContainText('Entwurf');
    // when it is submitted for review
    await row.getByRole('button', { name: /Zur Prüfung einreichen/ }).click();
    const submit = processPage.dialog(`Version ${draft} zur Prüfung einreichen`);
    await submit.getByLabel('Nachricht').fill('Bitte prüfen');
    await submit.getByRole('button', { name: 'Einreichen' }).click();
    // then it is in review
    await expect(row).toContainText('In Prüfung');
    await expect(processPage.page.getByText(`Version ${draft} ist zur Prüfung eingereicht.`)).toBeVisible();
    // when it is released
    await row.getByRole('button', { name: /Freigeben/ }).click();
    await processPage.dialog(`Version ${draft} freigeben`).getByRole('button', { name: 'Freigeben' }).click();
    // then it is released, in the UI and in the API
    await expect(row).toContainText('Freigegeben');
    const diagram = (await api.diagrams(process.key)).items.find((d) => d.version === draft)!;
    expect(diagram.status).toBe('released');
    expect(diagram.statusHistory.map((s) => [s.status, s.message])).toEqual([
      ['draft', undefined],
      ['in_review', 'Bitte prüfen'],
      ['released', undefined],
    ]);
    expect((await api.process(process.key)).releasedDiagramVersion).toBe(draft);
  });

  test('restores an older version as a new version with the same bytes', async ({ signInAs, apiAs, processPage }) => {
    // given a process with two versions
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const process = (await processesOf32(api)).filter((p) => p.latestDiagramVersion !== undefined)[1]!;
    const older = process.latestDiagramVersion!;
    const other = (await processesOf32(api)).find((p) => p.key !== process.key && p.latestDiagramVersion)!;
    const newer = await api.uploadDiagram(process.key, await api.diagramBytes(other.key, other.latestDiagramVersion!));
    await processPage.goto(process.key);
    // when the older version is opened and restored
    await processPage
      .versionRow(older)
      .getByRole('link', { name: `Version ${older} anzeigen` })
      .click();
    await expect(processPage.page).toHaveURL(new RegExp(`\\?version=${older}$`));
    await processPage
      .versionRow(older)
      .getByRole('button', { name: /Wiederherstellen/ })
      .click();
    const dialog = processPage.dialog(`Version ${older} wiederherstellen`);
    await expect(dialog.getByLabel('Nachricht')).toHaveValue(`Wiederhergestellt aus Version ${older}`);
    await dialog.getByRole('button', { name: 'Als neue Version speichern' }).click();
    // then a new version exists with exactly the older version's bytes, and it is shown
    const restored = newer + 1;
    await expect(
      processPage.page.getByText(`Version ${older} ist als Version ${restored} wiederhergestellt.`),
    ).toBeVisible();
    await expect(processPage.page).toHaveURL(new RegExp(`\\?version=${restored}$`));
    const versions = (await api.diagrams(process.key)).items;
    const copy = versions.find((d) => d.version === restored)!;
    const original = versions.find((d) => d.version === older)!;
    expect(copy.sha256).toBe(original.sha256);
    expect(copy.status).toBe('draft');
    expect(copy.message).toBe(`Wiederhergestellt aus Version ${older}`);
  });

  test('shows a variant’s base process and that the base has a newer release', async ({
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a variant whose base process has released a newer version since
    await signInAs('consultant');
    const api = await apiAs('consultant');
    const bases = (await api.processes('kind=base&pageSize=50')).items;
    let behind: { key: string; base: Process; released: number } | undefined;
    for (const base of bases) {
      const overview = await api.adoptions(base.key);
      const item = overview.items.find((candidate) => candidate.behind && !candidate.archived);
      if (item) behind = { key: item.key, base, released: overview.releasedVersion! };
      if (behind) break;
    }
    expect(behind, 'the demo city has a variant behind its base process').toBeDefined();
    // when the variant's page opens
    await processPage.goto(behind!.key);
    // then it names the base process with a link, and says the variant is behind
    await expect(processPage.variantInfo.getByRole('link')).toHaveText(`${behind!.base.name} (${behind!.base.key})`);
    await expect(processPage.variantInfo).toContainText(
      `Der Basisprozess hat inzwischen Version ${behind!.released} freigegeben.`,
    );
  });

  test('adopts a base process for the modeller’s department and opens the variant in the modeler', async ({
    page,
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a released base process that department 32 has not adopted
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const bases = (await api.processes('kind=base&pageSize=50')).items;
    let base: Process | undefined;
    for (const candidate of bases) {
      const overview = await api.adoptions(candidate.key);
      if (overview.releasedVersion && overview.notAdoptedBy.includes('32')) base = candidate;
      if (base) break;
    }
    expect(base, 'the demo city has a base process department 32 has not adopted').toBeDefined();
    await processPage.goto(base!.key);
    await expect(processPage.adoptionSummary).toContainText('Ämtern haben diesen Basisprozess übernommen');
    // when the modeller adopts it
    await processPage.adoptButton.click();
    const dialog = processPage.dialog(`„${base!.name}“ übernehmen`);
    await expect(dialog).toContainText('Für: 32 Amt für öffentliche Ordnung');
    await dialog.getByRole('button', { name: 'Übernehmen und modellieren' }).click();
    // then the new variant opens in the modeler, and the API has it for department 32
    await expect(page).toHaveURL(/\/processes\/P-32-[A-Z0-9-]+\/edit$/);
    const variantKey = /\/processes\/([^/]+)\/edit$/.exec(page.url())![1]!;
    const variant = await api.process(variantKey);
    expect(variant.baseProcess).toBe(base!.key);
    expect(variant.department).toBe('32');
    expect((await api.adoptions(base!.key)).notAdoptedBy).not.toContain('32');
  });
});
