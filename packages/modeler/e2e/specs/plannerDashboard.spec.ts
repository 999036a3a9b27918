/**
 * The rollout dashboard and the council report against the real API: the figures shown are those of
 * GET /api/v1/rollout/dashboard in German formats, the filters live in the URL, English can be
 * switched to, and the report prints without the app's header.
 */
import { expect, german, test } from './plannerTest';

test.describe('planner dashboard', () => {
  test('shows the figures of GET /rollout/dashboard: key figures, coverage with its rule, stages, burn-up, in German and English', async ({
    signInAs,
    plannerAs,
    header,
    dashboard,
  }) => {
    // given a manager
    await signInAs('manager');
    const api = await plannerAs('manager');
    // when the dashboard opens
    await dashboard.goto();
    await dashboard.loaded();
    const figures = await api.dashboard();
    // then the key figures are the API's, in German formats, the coverage with its counting rule
    await expect(dashboard.heading).toHaveText('Einführung der E-Akte');
    await expect(dashboard.kpi('inScope')).toHaveText(german.number(figures.kpis.inScope));
    await expect(dashboard.kpi('live')).toHaveText(german.number(figures.kpis.live));
    await expect(dashboard.kpi('inProgress')).toHaveText(german.number(figures.kpis.inProgress));
    await expect(dashboard.kpi('notApplicable')).toHaveText(german.number(figures.kpis.notApplicable));
    await expect(dashboard.kpi('coverage')).toHaveText(german.percent(figures.kpis.coverage.ratio!));
    await expect(dashboard.kpiTile('coverage')).toContainText(`Zählregel: ${figures.kpis.coverage.rule.de}`);
    const base = figures.baseProcesses;
    await expect(dashboard.kpi('baseAtLeastOne')).toHaveText(`${base.liveInAtLeastOne} von ${base.total}`);
    await expect(dashboard.kpi('baseEvery')).toHaveText(`${base.liveInEvery} von ${base.total}`);
    // and the row of Amt 32 has the department's stages and the dashboard's coverage
    const amt32 = await api.department('32');
    for (const stage of amt32.stages) {
      await expect(dashboard.heatmapCell('32', stage.stage)).toHaveText(german.number(stage.count));
    }
    const coverage32 = figures.coverage.byDepartment.rows.find((row) => row.department === '32')!;
    await expect(dashboard.heatmapRow('32').getByTestId('heatmap-coverage')).toHaveText(
      german.percent(coverage32.ratio!),
    );
    await expect(dashboard.heatmap.locator('tbody tr')).toHaveCount(figures.coverage.byDepartment.rows.length);
    // and the burn-up is a described image whose table has every week, the last as the API counts it
    await expect(dashboard.burnupChart).toBeVisible();
    await expect(dashboard.burnupTable).toBeHidden();
    await dashboard.burnupTableToggle.click();
    const rows = dashboard.burnupTable.locator('tbody tr');
    await expect(rows).toHaveCount(figures.burnup.weeks.length);
    const last = figures.burnup.weeks.at(-1)!;
    await expect(rows.last().locator('th')).toHaveText(last.week);
    await expect(rows.last().locator('td').nth(1)).toHaveText(german.number(last.live));
    await expect(rows.last().locator('td').nth(2)).toHaveText(german.number(last.inProgress));
    // when English is chosen, then terms and numbers are English
    await header.switchLanguage();
    await expect(dashboard.heading).toHaveText('E-file rollout');
    await expect(dashboard.kpiTile('inScope').locator('dt')).toHaveText('In scope');
    const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
    await expect(dashboard.kpi('coverage')).toHaveText(percent.format(figures.kpis.coverage.ratio!));
    await expect(dashboard.kpiTile('coverage')).toContainText(figures.kpis.coverage.rule.en);
  });

  test('keeps the department and group filters in the URL and counts what the API counts for them', async ({
    page,
    signInAs,
    plannerAs,
    dashboard,
  }) => {
    // given a consultant on the dashboard
    await signInAs('consultant');
    const api = await plannerAs('consultant');
    await dashboard.goto();
    await dashboard.loaded();
    // when Amt 32 is chosen
    await dashboard.department.selectOption('32');
    // then the URL holds it and the figures are Amt 32's
    await expect(page).toHaveURL(/\/rollout\?department=32$/);
    const of32 = await api.dashboard('department=32');
    await expect(dashboard.kpi('inScope')).toHaveText(german.number(of32.kpis.inScope));
    await expect(dashboard.heatmap.locator('tbody tr')).toHaveCount(1);
    // when a process group is chosen too
    const group = of32.coverage.byGroup.rows.find((row) => row.group !== null)!.group!;
    await dashboard.group.selectOption(group);
    // then both are in the URL, and the figures are the API's for both
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe(group);
    const ofGroup = await api.dashboard(`department=32&group=${encodeURIComponent(group)}`);
    await expect(dashboard.kpi('inScope')).toHaveText(german.number(ofGroup.kpis.inScope));
    await expect(dashboard.kpi('live')).toHaveText(german.number(ofGroup.kpis.live));
    // and a reload shows the same view
    await page.reload();
    await expect(dashboard.group).toHaveValue(group);
    await expect(dashboard.department).toHaveValue('32');
    await expect(dashboard.kpi('inScope')).toHaveText(german.number(ofGroup.kpis.inScope));
  });

  test('the council report shows the API’s figures, prints, and leaves out the app’s header in print', async ({
    page,
    signInAs,
    plannerAs,
    councilReport,
  }) => {
    // given a manager and the report page
    await signInAs('manager');
    const api = await plannerAs('manager');
    await councilReport.goto();
    const figures = await api.dashboard();
    const open = await api.problems('status=open&pageSize=1');
    // then it has today's date, the coverage per department and the open problems
    await expect(councilReport.heading).toHaveText('Bericht zur Einführung der E-Akte');
    await expect(councilReport.date).toHaveText(
      `Stand: ${new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(figures.generatedAt))}`,
    );
    await expect(councilReport.coverage.locator('tbody tr')).toHaveCount(figures.coverage.byDepartment.rows.length);
    await expect(councilReport.burnupTable).toBeVisible();
    await expect(councilReport.problems).toContainText(
      open.total === 1 ? '1 Problemmeldung ist offen.' : `${german.number(open.total)} Problemmeldungen sind offen.`,
    );
    // when "Drucken" is pressed, the browser's print dialog is asked for
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed += 1;
      };
    });
    await councilReport.printButton.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // and in print the app's header and the buttons are left out, the report is not
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.header')).toBeHidden();
    await expect(councilReport.printButton).toBeHidden();
    await expect(councilReport.coverage).toBeVisible();
  });
});
