/**
 * The wave board against the real API: central IT moves a department to another wave with the
 * keyboard alone and with the mouse (each checked in the API), a move against a wave someone else
 * changed meanwhile (412) is refused and the board reloaded; a manager sees no planning actions and
 * tries a what-if scenario that saves nothing.
 */
import type { Wave } from '@efile/schemas';
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
    // then there is nothing to move or create
    await expect(waveBoard.moveButtons).toHaveCount(0);
    await expect(waveBoard.createToggle).toHaveCount(0);
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
});
