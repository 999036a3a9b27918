/**
 * The wave board against the real API: central IT moves a department to another wave with the
 * keyboard alone and with the mouse (each checked in the API), a move against a wave someone else
 * changed meanwhile (412) is refused and the board reloaded; central IT edits a wave's capacity
 * (field errors of its own and of the API, a change someone else made first), deletes an empty wave
 * and is told why a wave with departments cannot be deleted, and moves single processes between
 * waves with the mouse and with the keyboard alone (each checked in the API, axe on the dialogs); a
 * manager sees no planning actions, reads the effort table and tries a what-if scenario that saves
 * nothing; central IT changes one cell of the effort table with the keyboard alone (the API stores it,
 * the wave's demand follows), is shown its own field errors and a change someone made first (412).
 * Tests that change the effort table restore the table they found (other specs read demand figures).
 */
import type { EffortTableUpdate, Wave } from '@efile/schemas';
import { expectAccessible } from '../support/axe';
import { expect, german, test, uniqueId, type PlannerApi } from './plannerTest';

/** Two waves far in the future, the first with `departments`; unique per test. */
async function givenTwoWaves(api: PlannerApi, departments: string[]): Promise<[Wave, Wave]> {
  const first = uniqueId('e2e-a');
  const second = uniqueId('e2e-b');
  return [
    await api.createWave({
      id: first,
      name: `Welle ${first}`,
      start: '2030-01-07',
      end: '2030-03-29',
      capacityPersonDays: 40,
      departments,
    }),
    await api.createWave({
      id: second,
      name: `Welle ${second}`,
      start: '2030-04-01',
      end: '2030-06-28',
      capacityPersonDays: 40,
    }),
  ];
}

/** Two waves far in the future, the first listing `processKeys` individually; unique per test. */
async function givenWavesWithProcesses(api: PlannerApi, processKeys: string[]): Promise<[Wave, Wave]> {
  const first = uniqueId('e2e-p');
  const second = uniqueId('e2e-q');
  return [
    await api.createWave({
      id: first,
      name: `Welle ${first}`,
      start: '2031-01-06',
      end: '2031-03-28',
      capacityPersonDays: 30,
      processKeys,
    }),
    await api.createWave({
      id: second,
      name: `Welle ${second}`,
      start: '2031-04-07',
      end: '2031-06-27',
      capacityPersonDays: 30,
    }),
  ];
}

/**
 * `count` processes still in work that central IT supports (so each adds to a wave's demand) and that no
 * wave lists individually, from departments the other planner specs leave alone.
 */
async function openProcesses(api: PlannerApi, count: number): Promise<string[]> {
  const listed = new Set((await api.waves()).items.flatMap((w) => w.processKeys));
  const keys: string[] = [];
  for (const code of ['20', '51', '10', '61', '63']) {
    for (const { stage, processes } of (await api.department(code)).stages) {
      if (stage === 'live' || stage === 'not_applicable') continue;
      for (const p of processes) {
        if (!listed.has(p.key) && p.support !== 'self_service' && p.support !== 'external') keys.push(p.key);
      }
    }
    if (keys.length >= count) return keys.slice(0, count);
  }
  throw new Error(`the demo data has fewer than ${count} open processes supported by central IT in no wave`);
}

/** The German names of the support levels and complexities, as the effort table shows them. */
const SUPPORT_DE = {
  self_service: 'Selbstständig',
  consulting: 'Beratung',
  full_service: 'Vollservice',
  external: 'Extern',
};
const COMPLEXITY_DE = { low: 'Niedrig', medium: 'Mittel', high: 'Hoch' };

/** Person-days as the effort table shows them (up to two decimals, German). */
function personDays(value: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(value);
}

/** A copy of `table` with one cell set to `value`. */
function withCell(
  table: EffortTableUpdate,
  support: keyof EffortTableUpdate,
  complexity: keyof EffortTableUpdate['consulting'],
  value: number,
): EffortTableUpdate {
  return { ...table, [support]: { ...table[support], [complexity]: value } };
}

/** The capacity bar's text for a wave as the API computes it ("Bedarf 4 von 12,5 Personentagen …"). */
function capacityText(wave: Wave): string {
  return `Bedarf ${german.number(wave.demand.demand)} von ${german.number(wave.capacityPersonDays)} Personentagen`;
}

test.describe('planner wave board', () => {
  test('moves a department to another wave with the keyboard alone; the API has it there', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT and two waves, the first with Amt 61
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [from, to] = await givenTwoWaves(api, ['61']);
    await waveBoard.goto();
    await expect(waveBoard.departments(from.id)).toHaveText([/^61 /]);
    // when the user goes from Amt 61's link to its menu button with Tab and opens the menu with Enter
    await waveBoard.wave(from.id).getByRole('link', { name: /^61 / }).focus();
    await page.keyboard.press('Tab');
    await expect(waveBoard.moveButton('61')).toBeFocused();
    await page.keyboard.press('Enter');
    // then the menu is open on its first item; Escape closes it and returns to the button
    await expect(waveBoard.menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(waveBoard.menu).toHaveCount(0);
    await expect(waveBoard.moveButton('61')).toBeFocused();
    // when the menu is opened with Arrow Down, the target wave chosen with the arrow keys and Enter
    await page.keyboard.press('ArrowDown');
    const target = waveBoard.menu.getByRole('menuitem', { name: `Nach „${to.name}“` });
    for (
      let presses = 0;
      presses < 50 && !(await target.evaluate((item) => item === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    // then the move is announced, Amt 61 stands in the target wave, and the focus is on its menu button
    await expect(waveBoard.status).toHaveText(`Amt 61 ist jetzt in „${to.name}“.`);
    await expect(waveBoard.departments(to.id)).toHaveText([/^61 /]);
    await expect(waveBoard.departments(from.id)).toHaveCount(0);
    await expect(waveBoard.wave(to.id).getByRole('button', { name: /Amt 61/ })).toBeFocused();
    // and the API has it in the target wave only
    expect((await api.wave(to.id)).departments).toEqual(['61']);
    expect((await api.wave(from.id)).departments).toEqual([]);
  });

  test('refuses a move into a wave someone changed meanwhile (412), reloads, and moves on the second try', async ({
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given the board with two waves, the first with Amt 63
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [from, to] = await givenTwoWaves(api, ['63']);
    await waveBoard.goto();
    await expect(waveBoard.departments(from.id)).toHaveText([/^63 /]);
    // and someone else moves Amt 65 into the second wave meanwhile
    await api.moveToWave(to.id, ['65']);
    // when Amt 63 is moved there with the mouse
    await waveBoard.moveButton('63').click();
    await waveBoard.menu.getByRole('menuitem', { name: `Nach „${to.name}“` }).click();
    // then the board says the wave changed, shows the current plan, and nothing moved
    await expect(waveBoard.status).toHaveText(
      'Die Welle wurde inzwischen geändert. Die Wellen sind neu geladen; bitte verschieben Sie erneut.',
    );
    await expect(waveBoard.departments(to.id)).toHaveText([/^65 /]);
    expect((await api.wave(from.id)).departments).toEqual(['63']);
    // when moved again
    await waveBoard.moveButton('63').click();
    await waveBoard.menu.getByRole('menuitem', { name: `Nach „${to.name}“` }).click();
    // then it is moved, on the page and in the API
    await expect(waveBoard.status).toHaveText(`Amt 63 ist jetzt in „${to.name}“.`);
    await expect(waveBoard.departments(to.id)).toHaveText([/^65 /, /^63 /]);
    expect((await api.wave(to.id)).departments).toEqual(['65', '63']);
    expect((await api.wave(from.id)).departments).toEqual([]);
  });

  test('shows a manager no planning actions; a what-if shows the API’s figures and saves nothing', async ({
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given a wave with Amt 66 and a manager on the board
    const admin = await plannerAs('admin');
    const [wave] = await givenTwoWaves(admin, ['66']);
    await signInAs('manager');
    const api = await plannerAs('manager');
    await waveBoard.goto();
    await expect(waveBoard.departments(wave.id)).toHaveText([/^66 /]);
    // then the effort table is shown with support levels as row headers and complexities as column headers
    const { table } = await api.effortTable();
    await expect(waveBoard.effortTable.getByRole('rowheader')).toHaveText(Object.values(SUPPORT_DE));
    await expect(waveBoard.effortTable.getByRole('columnheader')).toHaveText([
      'Unterstützungsart',
      ...Object.values(COMPLEXITY_DE),
    ]);
    await expect(waveBoard.effortCell('Beratung', 'Mittel')).toHaveText(personDays(table.consulting.medium));
    await expect(waveBoard.effortCell('Selbstständig', 'Niedrig')).toHaveText(personDays(table.self_service.low));
    // and there is nothing to change: no edit button for the effort table, nothing to move or create
    await expect(waveBoard.editEffortTableButton).toHaveCount(0);
    await expect(waveBoard.moveButtons).toHaveCount(0);
    await expect(waveBoard.createToggle).toHaveCount(0);
    await expect(waveBoard.editButton(wave.name)).toHaveCount(0);
    await expect(waveBoard.deleteButton(wave.name)).toHaveCount(0);
    await expect(waveBoard.moveProcessesButton(wave.name)).toHaveCount(0);
    // and the capacity-aware forecast is shown with its target date and counting rule
    await expect(waveBoard.capacityForecast.getByText('Zieldatum')).toBeVisible();
    await expect(waveBoard.capacityForecast.getByText('Zählregel:')).toBeVisible();
    const before = (await api.waves()).items.map((w) => [w.id, w.version, w.capacityPersonDays]);
    // when two consultants are added to that wave in the what-if panel
    await waveBoard.whatIfToggle.click();
    await waveBoard.whatIfField('+ N Berater').fill('2');
    await waveBoard.whatIfField('In den Wellen').selectOption({ label: wave.name });
    await waveBoard.whatIf.getByRole('button', { name: 'Neu berechnen' }).click();
    // then the recomputed capacity is the API's, and it says nothing was saved
    const expected = await api.whatIf({ extraConsultants: 2, availability: 0.8, extraConsultantWaves: [wave.id] });
    const after = expected.after.waves.find((row) => row.waveId === wave.id)!;
    await expect(waveBoard.whatIfRow(wave.id).getByTestId('after-capacity')).toHaveText(german.number(after.capacity));
    await expect(waveBoard.whatIfRow(wave.id).getByTestId('after-demand')).toHaveText(german.number(after.demand));
    await expect(waveBoard.whatIf.getByTestId('what-if-saved-note')).toHaveText('Nicht gespeichert.');
    expect(after.capacity).toBeGreaterThan(wave.capacityPersonDays);
    // and the waves are as they were
    expect((await api.waves()).items.map((w) => [w.id, w.version, w.capacityPersonDays])).toEqual(before);
  });

  test('edits a wave’s capacity in a dialog; the bar shows the new capacity and the API stored it', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT on the board with a wave listing two open processes
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [wave] = await givenWavesWithProcesses(api, await openProcesses(api, 2));
    await waveBoard.goto();
    await expect(waveBoard.capacity(wave.id)).toContainText(capacityText(wave));
    // when its edit dialog is opened
    await waveBoard.editButton(wave.name).click();
    // then the dialog shows the wave's values, focused on the first field, and is accessible
    await expect(waveBoard.dialog).toBeVisible();
    await expect(waveBoard.dialogField('Name')).toBeFocused();
    await expect(waveBoard.dialogField('Kapazität')).toHaveValue('30');
    await expectAccessible(page, 'wave board: edit dialog');
    // when the capacity is set to 12,5 and saved
    await waveBoard.dialogField('Kapazität').fill('12,5');
    await waveBoard.dialog.getByRole('button', { name: 'Welle speichern' }).click();
    // then the dialog closes, the save is announced, focus is back on the edit button
    await expect(waveBoard.dialog).toHaveCount(0);
    await expect(waveBoard.status).toHaveText(`Welle „${wave.name}“ ist gespeichert.`);
    await expect(waveBoard.editButton(wave.name)).toBeFocused();
    // and the API stored the capacity, and the bar shows it against the same demand
    const stored = await api.wave(wave.id);
    expect(stored.capacityPersonDays).toBe(12.5);
    expect(stored.version).toBe(wave.version + 1);
    expect(stored.demand.demand).toBe(wave.demand.demand);
    await expect(waveBoard.capacity(wave.id)).toContainText(capacityText(stored));
    expect(capacityText(stored)).toContain('von 12,5 Personentagen');
  });

  test('shows the form’s and the API’s field errors at their fields, and a change someone made first (412)', async ({
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT with a wave's edit dialog open
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [wave] = await givenTwoWaves(api, []);
    await waveBoard.goto();
    await waveBoard.editButton(wave.name).click();
    // when the end is set before the start and a negative capacity entered
    await waveBoard.dialogField('Ende').fill('2029-12-31');
    await waveBoard.dialogField('Kapazität').fill('-3');
    await waveBoard.dialog.getByRole('button', { name: 'Welle speichern' }).click();
    // then both are refused at their fields, the focus on the first, and nothing is sent
    await expect(waveBoard.dialogFieldError('Ende')).toHaveText('Das Ende darf nicht vor dem Beginn liegen.');
    await expect(waveBoard.dialogFieldError('Kapazität')).toHaveText('Bitte eine Zahl ab 0 eingeben.');
    await expect(waveBoard.dialogField('Ende')).toBeFocused();
    await expect(waveBoard.dialogField('Ende')).toHaveAttribute('aria-invalid', 'true');
    // when the end is fixed and a capacity above the API's maximum entered (the form does not know it)
    await waveBoard.dialogField('Ende').fill('2030-03-29');
    await waveBoard.dialogField('Kapazität').fill('2000000');
    await waveBoard.dialog.getByRole('button', { name: 'Welle speichern' }).click();
    // then the API's field error is shown at the capacity, marked as the server's, with the focus there
    await expect(waveBoard.dialogFieldError('Kapazität')).toContainText('Der Server meldet:');
    await expect(waveBoard.dialogFieldError('Kapazität').locator('[lang="en"]')).not.toBeEmpty();
    await expect(waveBoard.dialogField('Kapazität')).toBeFocused();
    await expect(waveBoard.dialogFieldError('Ende')).toHaveCount(0);
    expect(await api.wave(wave.id)).toMatchObject({ version: wave.version, capacityPersonDays: 40 });
    // when someone else renames the wave meanwhile and the capacity 25 is saved here
    const theirs = await api.client.send(
      'PATCH',
      `/rollout/waves/${wave.id}`,
      { name: `${wave.name} (neu)` },
      wave.version,
    );
    expect(theirs.status).toBe(200);
    await waveBoard.dialogField('Kapazität').fill('25');
    await waveBoard.dialog.getByRole('button', { name: 'Welle speichern' }).click();
    // then the dialog says so, the entry is kept, and nothing of it is stored
    await expect(waveBoard.dialog.getByRole('status')).toContainText(
      'Die Welle wurde inzwischen von jemand anderem geändert.',
    );
    await expect(waveBoard.dialogField('Kapazität')).toHaveValue('25');
    expect(await api.wave(wave.id)).toMatchObject({ version: wave.version + 1, capacityPersonDays: 40 });
    // when saved again
    await waveBoard.dialog.getByRole('button', { name: 'Welle speichern' }).click();
    // then the capacity is stored on top of their change
    await expect(waveBoard.dialog).toHaveCount(0);
    expect(await api.wave(wave.id)).toMatchObject({ version: wave.version + 2, capacityPersonDays: 25 });
  });

  test('deletes an empty wave after confirming, and explains why a wave with a department cannot be deleted', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT and two waves, the first with Amt 62, the second empty
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [full, empty] = await givenTwoWaves(api, ['62']);
    await waveBoard.goto();
    await expect(waveBoard.departments(full.id)).toHaveText([/^62 /]);
    // when the delete dialog of the wave with Amt 62 is opened
    await waveBoard.deleteButton(full.name).click();
    // then it says the wave holds a department that must be moved first, and offers no deletion
    await expect(waveBoard.dialog).toContainText('Diese Welle enthält noch 1 Amt und 0 einzeln zugeordnete Prozesse.');
    await expect(waveBoard.dialog).toContainText('Verschieben Sie sie zuerst in eine andere Welle');
    await expect(waveBoard.dialog.getByRole('button', { name: 'Welle endgültig löschen' })).toHaveCount(0);
    await expectAccessible(page, 'wave board: delete dialog of a wave with departments');
    // when it is closed with Escape
    await page.keyboard.press('Escape');
    // then the focus is back on its button and the wave is still there
    await expect(waveBoard.dialog).toHaveCount(0);
    await expect(waveBoard.deleteButton(full.name)).toBeFocused();
    // when the empty wave's delete dialog is opened
    await waveBoard.deleteButton(empty.name).click();
    // then it says only the wave is deleted and nothing else changes
    await expect(waveBoard.dialog).toContainText(
      'Gelöscht wird nur die Welle selbst; an Ämtern und Prozessen ändert sich nichts.',
    );
    await expectAccessible(page, 'wave board: delete dialog of an empty wave');
    // when the deletion is confirmed
    await waveBoard.dialog.getByRole('button', { name: 'Welle endgültig löschen' }).click();
    // then it is announced, the column is gone and the focus is on the page's heading
    await expect(waveBoard.status).toHaveText(`Welle „${empty.name}“ ist gelöscht.`);
    await expect(waveBoard.wave(empty.id)).toHaveCount(0);
    await expect(waveBoard.heading).toBeFocused();
    // and the API no longer lists it, while the other wave is unchanged
    const ids = (await api.waves()).items.map((w) => w.id);
    expect(ids).not.toContain(empty.id);
    expect(await api.wave(full.id)).toMatchObject({ version: full.version, departments: ['62'] });
  });

  test('moves one process to another wave; the capacity bars and the API follow', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT and two waves, the first listing two open processes
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [moved, stays] = await openProcesses(api, 2);
    const [from, to] = await givenWavesWithProcesses(api, [moved!, stays!]);
    await waveBoard.goto();
    await expect(waveBoard.processes(from.id)).toHaveText([moved!, stays!]);
    await expect(waveBoard.capacity(to.id)).toContainText(capacityText(to));
    // when the first process is moved to the second wave in the dialog
    await waveBoard.moveProcessesButton(from.name).click();
    await expect(waveBoard.dialog.getByRole('checkbox', { name: moved! })).toBeVisible();
    await expectAccessible(page, 'wave board: dialog to move processes');
    await waveBoard.dialog.getByRole('checkbox', { name: moved! }).check();
    await waveBoard.dialog.getByRole('radio', { name: to.name }).check();
    await waveBoard.dialog.getByRole('button', { name: 'Ausgewählte verschieben' }).click();
    // then the move is announced and each wave lists its process
    await expect(waveBoard.status).toHaveText(`1 Prozess ist jetzt in „${to.name}“.`);
    await expect(waveBoard.processes(to.id)).toHaveText([moved!]);
    await expect(waveBoard.processes(from.id)).toHaveText([stays!]);
    // and the API has it in the second wave only, whose demand grew by what the first lost
    const [fromAfter, toAfter] = [await api.wave(from.id), await api.wave(to.id)];
    expect(toAfter.processKeys).toEqual([moved]);
    expect(fromAfter.processKeys).toEqual([stays]);
    expect(toAfter.demand.demand).toBeGreaterThan(to.demand.demand);
    expect(toAfter.demand.demand + fromAfter.demand.demand).toBeCloseTo(from.demand.demand + to.demand.demand);
    // and the capacity bars show the new demand
    await expect(waveBoard.capacity(to.id)).toContainText(capacityText(toAfter));
    await expect(waveBoard.capacity(from.id)).toContainText(capacityText(fromAfter));
  });

  test('moves one process to another wave with the keyboard alone', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT and two waves, the first listing one open process
    await signInAs('admin');
    const api = await plannerAs('admin');
    const [key] = await openProcesses(api, 1);
    const [from, to] = await givenWavesWithProcesses(api, [key!]);
    await waveBoard.goto();
    await expect(waveBoard.processes(from.id)).toHaveText([key!]);
    // when the user tabs from the wave's edit button to "Prozesse verschieben" and presses Enter
    await waveBoard.editButton(from.name).focus();
    await page.keyboard.press('Tab');
    await expect(waveBoard.moveProcessesButton(from.name)).toBeFocused();
    await page.keyboard.press('Enter');
    // then the dialog opens on the process's checkbox
    const checkbox = waveBoard.dialog.getByRole('checkbox', { name: key! });
    await expect(checkbox).toBeFocused();
    // when it is ticked with Space, the target chosen with Tab and the arrow keys, and the move sent
    await page.keyboard.press('Space');
    await expect(checkbox).toBeChecked();
    await page.keyboard.press('Tab');
    const target = waveBoard.dialog.getByRole('radio', { name: to.name });
    await page.keyboard.press('Space');
    for (let presses = 0; presses < 50 && !(await target.isChecked()); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeChecked();
    await expect(target).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(waveBoard.dialog.getByRole('button', { name: 'Ausgewählte verschieben' })).toBeFocused();
    await page.keyboard.press('Enter');
    // then the move is announced, and the focus is on the emptied wave's edit button
    await expect(waveBoard.status).toHaveText(`1 Prozess ist jetzt in „${to.name}“.`);
    await expect(waveBoard.processes(to.id)).toHaveText([key!]);
    await expect(waveBoard.moveProcessesButton(from.name)).toHaveCount(0);
    await expect(waveBoard.editButton(from.name)).toBeFocused();
    // and the API has the process in the target wave only
    expect((await api.wave(to.id)).processKeys).toEqual([key]);
    expect((await api.wave(from.id)).processKeys).toEqual([]);
  });

  test('changes one cell of the effort table with the keyboard alone; the API stores it and the wave’s demand follows', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT on the board with a wave listing one open process, and the effort table as it is
    await signInAs('admin');
    const api = await plannerAs('admin');
    const original = (await api.effortTable()).table;
    const [key] = await openProcesses(api, 1);
    const cell = await api.effortCellOf(key!);
    const [wave] = await givenWavesWithProcesses(api, [key!]);
    const effort = original[cell.support][cell.complexity];
    expect(wave.demand.demand).toBe(effort);
    const changed = effort + 2.5;
    const [support, complexity] = [SUPPORT_DE[cell.support], COMPLEXITY_DE[cell.complexity]];
    try {
      await waveBoard.goto();
      await expect(waveBoard.effortCell(support, complexity)).toHaveText(personDays(effort));
      await expect(waveBoard.capacity(wave.id)).toContainText(capacityText(wave));
      // when the edit dialog is opened with Enter
      await waveBoard.editEffortTableButton.focus();
      await page.keyboard.press('Enter');
      // then it shows the 12 cells, focused on the first, and is accessible
      await expect(waveBoard.dialog).toBeVisible();
      await expect(waveBoard.dialog.getByRole('textbox')).toHaveCount(12);
      await expect(waveBoard.effortField('Selbstständig', 'Niedrig')).toBeFocused();
      await expect(waveBoard.effortField(support, complexity)).toHaveValue(String(effort).replace('.', ','));
      await expectAccessible(page, 'wave board: effort table dialog');
      // when the user tabs to the process's cell, types the new value in German and presses Enter
      const field = waveBoard.effortField(support, complexity);
      for (let presses = 0; presses < 12 && !(await field.evaluate((el) => el === document.activeElement)); presses++) {
        await page.keyboard.press('Tab');
      }
      await expect(field).toBeFocused();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(personDays(changed));
      await page.keyboard.press('Enter');
      // then the dialog closes, the save is announced and the focus is back on the edit button
      await expect(waveBoard.dialog).toHaveCount(0);
      await expect(waveBoard.status).toHaveText(
        'Die Aufwandstabelle ist gespeichert. Bedarf und Prognose rechnen jetzt damit.',
      );
      await expect(waveBoard.editEffortTableButton).toBeFocused();
      // and the API stored exactly that cell, and counts the wave's demand with it
      const stored = await api.effortTable();
      expect(stored.isDefault).toBe(false);
      expect(stored.table).toEqual(withCell(original, cell.support, cell.complexity, changed));
      const after = await api.wave(wave.id);
      expect(after.demand.demand).toBe(changed);
      // and the board shows the new cell and the wave's new demand
      await expect(waveBoard.effortCell(support, complexity)).toHaveText(personDays(changed));
      await expect(waveBoard.capacity(wave.id)).toContainText(capacityText(after));
    } finally {
      await api.putEffortTable(original);
    }
  });

  test('shows the effort table form’s own field errors, and a change someone made first (412) keeping the entries', async ({
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT with the effort table dialog open
    await signInAs('admin');
    const api = await plannerAs('admin');
    const original = await api.effortTable();
    try {
      await waveBoard.goto();
      await waveBoard.editEffortTableButton.click();
      // when a negative number and a number above 1000 are entered
      await waveBoard.effortField('Beratung', 'Hoch').fill('-1');
      await waveBoard.effortField('Vollservice', 'Hoch').fill('1000,5');
      await waveBoard.dialog.getByRole('button', { name: 'Aufwandstabelle speichern' }).click();
      // then both are refused at their fields, the focus on the first, and nothing is stored
      const message = 'Bitte eine Zahl von 0 bis 1.000 eingeben.';
      await expect(waveBoard.effortFieldError('Beratung', 'Hoch')).toHaveText(message);
      await expect(waveBoard.effortFieldError('Vollservice', 'Hoch')).toHaveText(message);
      await expect(waveBoard.effortField('Beratung', 'Hoch')).toBeFocused();
      await expect(waveBoard.effortField('Beratung', 'Hoch')).toHaveAttribute('aria-invalid', 'true');
      expect((await api.effortTable()).version).toBe(original.version);
      // when someone else changes the table meanwhile and 9 and 20 are saved here
      const theirs = await api.putEffortTable(withCell(original.table, 'external', 'high', 1));
      await waveBoard.effortField('Beratung', 'Hoch').fill('9');
      await waveBoard.effortField('Vollservice', 'Hoch').fill('20');
      await waveBoard.dialog.getByRole('button', { name: 'Aufwandstabelle speichern' }).click();
      // then the dialog says so, the entries are kept, and nothing of them is stored
      await expect(waveBoard.dialog.getByRole('status')).toContainText(
        'Die Aufwandstabelle wurde inzwischen von jemand anderem geändert.',
      );
      await expect(waveBoard.effortField('Beratung', 'Hoch')).toHaveValue('9');
      await expect(waveBoard.effortFieldError('Beratung', 'Hoch')).toHaveCount(0);
      expect(await api.effortTable()).toMatchObject({ version: theirs.version, table: theirs.table });
      // when saved again
      await waveBoard.dialog.getByRole('button', { name: 'Aufwandstabelle speichern' }).click();
      // then the entries are stored on top of their version
      await expect(waveBoard.dialog).toHaveCount(0);
      const stored = await api.effortTable();
      expect(stored.version).toBe(theirs.version + 1);
      expect(stored.table.consulting.high).toBe(9);
      expect(stored.table.full_service.high).toBe(20);
      await expect(waveBoard.effortCell('Beratung', 'Hoch')).toHaveText('9');
    } finally {
      await api.putEffortTable(original.table);
    }
  });
});
