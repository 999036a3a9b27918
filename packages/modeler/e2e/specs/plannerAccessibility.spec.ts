/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) on every planner screen, with its tables, forms, menus and
 * panels open: no serious or critical violation.
 */
import { expectAccessible } from '../support/axe';
import { expect, test, uniqueId } from './plannerTest';

test.describe('planner accessibility', () => {
  test('dashboard and the council report (with the burn-up table)', async ({
    page,
    signInAs,
    dashboard,
    councilReport,
  }) => {
    // given a manager
    await signInAs('manager');
    // then the dashboard passes
    await dashboard.goto();
    await dashboard.loaded();
    await expect(dashboard.heatmap.locator('tbody tr').first()).toBeVisible();
    await expectAccessible(page, 'dashboard');
    // and the council report, which shows the burn-up's table as well as its chart
    await councilReport.goto();
    await expect(councilReport.burnupTable).toBeVisible();
    await expectAccessible(page, 'council report');
  });

  test('department page with the report and problem forms showing errors', async ({
    page,
    signInAs,
    departmentPage,
  }) => {
    // given a consultant on the page of Amt 32 with both forms showing their errors
    await signInAs('consultant');
    await departmentPage.goto('32');
    await expect(departmentPage.processes).toBeVisible();
    await departmentPage.reportSubmit.click();
    await departmentPage.reportProblem.click();
    await departmentPage.problemForm.getByRole('button', { name: 'Meldung speichern' }).click();
    await expect(departmentPage.problemForm.locator('.field__error')).toHaveCount(2);
    // then the page passes
    await expectAccessible(page, 'department page, forms with errors');
  });

  test('wave board with the create form, the what-if panel and a move menu open', async ({
    page,
    signInAs,
    plannerAs,
    waveBoard,
  }) => {
    // given central IT and two waves, one over-allocated with Amt 67
    await signInAs('admin');
    const api = await plannerAs('admin');
    const id = uniqueId('e2e-axe');
    await api.createWave({
      id,
      name: `Welle ${id}`,
      start: '2031-01-06',
      end: '2031-03-28',
      capacityPersonDays: 1,
      departments: ['67'],
    });
    const other = uniqueId('e2e-axe');
    await api.createWave({
      id: other,
      name: `Welle ${other}`,
      start: '2031-04-07',
      end: '2031-06-27',
      capacityPersonDays: 50,
    });
    await waveBoard.goto();
    await expect(waveBoard.wave(id).getByTestId('over-allocated')).toHaveText(/Überbucht/);
    // with the create form, the what-if panel with a result and Amt 67's move menu open
    await waveBoard.createToggle.click();
    await waveBoard.whatIfToggle.click();
    await waveBoard.whatIfField('+ N Berater').fill('1');
    await waveBoard.whatIf.getByRole('button', { name: 'Neu berechnen' }).click();
    await expect(waveBoard.whatIfResult).toBeVisible();
    await waveBoard.moveButton('67').click();
    await expect(waveBoard.menu).toBeVisible();
    // then the board passes
    await expectAccessible(page, 'wave board, create form, what-if panel and move menu');
  });

  test('process page with the rollout section and its form showing an error', async ({
    page,
    signInAs,
    plannerAs,
    processPage,
    rolloutSection,
  }) => {
    // given the modeller of Amt 32 on a live process, asked for the reason of a change
    await signInAs('modeller');
    const api = await plannerAs('modeller');
    const process = (await api.department('32')).stages.find((s) => s.stage === 'live')!.processes.at(-1)!;
    await processPage.goto(process.key);
    await expect(rolloutSection.eventRows.first()).toBeVisible();
    await rolloutSection.to.selectOption({ label: 'Nicht anwendbar' });
    await rolloutSection.submit.click();
    await expect(rolloutSection.fieldError('Begründung')).toBeVisible();
    // then the page passes
    await expectAccessible(page, 'process page with the rollout section, reason missing');
  });
});
