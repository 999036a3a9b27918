/**
 * A department's rollout page against the real API: filing this month's status report, reporting a
 * problem and resolving it (each checked in the API), and reading without the right to write.
 */
import { currentPeriod, expect, test } from './plannerTest';

const monthOf = (period: string) =>
  new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${period}-15T00:00:00Z`),
  );

test.describe('planner department page', () => {
  test('files this month’s status report; the API has it and the page lists its revision', async ({
    signInAs,
    plannerAs,
    departmentPage,
  }) => {
    // given a consultant of Amt 50 on its page
    await signInAs('consultant');
    const api = await plannerAs('consultant');
    const period = currentPeriod();
    const reportReads = departmentPage.recordReportReads();
    await departmentPage.goto('50');
    await expect(departmentPage.heading).toHaveText(`Amt 50 ${(await api.department('50')).department.name}`);
    // then the six months of report history came in one request
    await expect(departmentPage.reportHistory.locator('tbody tr')).toHaveCount(6);
    await expect(departmentPage.reportHistory).not.toHaveAttribute('aria-busy', 'true');
    expect(reportReads.filter((url) => url.startsWith('/api/v1/rollout/reports/50?'))).toHaveLength(1);
    expect(reportReads.filter((url) => url.startsWith('/api/v1/rollout/reports?'))).toEqual([]);
    // when the report is sent without a light
    await departmentPage.reportText.fill('Pilot läuft; Scanstraße fehlt noch (E2E).');
    await departmentPage.reportSubmit.click();
    // then the light is asked for
    await expect(departmentPage.reportForm.locator('.field__error')).toHaveText('Bitte ausfüllen.');
    await expect(departmentPage.light('Grün')).toBeFocused();
    // when yellow is chosen and the report saved
    await departmentPage.light('Gelb').check();
    await departmentPage.reportSubmit.click();
    // then the API has the report, and the page says so and lists it
    await expect(departmentPage.reportStatus).toContainText(`Statusmeldung für ${monthOf(period)} gespeichert`);
    const report = await api.report('50', period);
    expect(report).toMatchObject({ light: 'yellow', text: 'Pilot läuft; Scanstraße fehlt noch (E2E).' });
    expect(report.updatedBy).toBe(await api.accountId());
    await expect(departmentPage.reportStatus).toContainText(`(Fassung ${report.version})`);
    await expect(departmentPage.reportRevisions.locator('li').first()).toContainText('Gelb');
    await expect(departmentPage.reportHistory.locator('tbody tr').first()).toContainText('Gelb');
  });

  test('reports a problem against a process and resolves it with a resolution', async ({
    signInAs,
    plannerAs,
    departmentPage,
  }) => {
    // given a consultant of Amt 51 on its page
    await signInAs('consultant');
    const api = await plannerAs('consultant');
    const me = await api.accountId();
    await departmentPage.goto('51');
    const title = `Scanner liefert keine OCR (E2E ${Date.now().toString(36)})`;
    // when a problem is reported against the first process
    await departmentPage.reportProblem.click();
    await expect(departmentPage.problemField('Titel')).toBeFocused();
    await departmentPage.problemField('Titel').fill(title);
    await departmentPage.problemField('Beschreibung').fill('Die Texterkennung fehlt bei Anträgen.');
    await departmentPage.problemField('Schwere').selectOption({ label: 'Hoch' });
    await departmentPage.problemField('Prozess').selectOption({ index: 1 });
    const processKey = await departmentPage.problemField('Prozess').inputValue();
    await departmentPage.problemForm.getByRole('button', { name: 'Meldung speichern' }).click();
    // then it is listed as open, and the API has it, owned by the consultant
    await expect(departmentPage.problems.getByText(`Problem „${title}“ ist gemeldet.`)).toBeVisible();
    await expect(departmentPage.problem(title).getByTestId('problem-status')).toHaveText('Offen');
    const created = (await api.problems('department=51&pageSize=200')).items.find((p) => p.title === title)!;
    expect(created).toMatchObject({ status: 'open', severity: 'high', ownerId: me, department: '51', processKey });
    // when it is resolved without, then with a resolution
    await departmentPage
      .problem(title)
      .getByRole('button', { name: `„${title}“ als gelöst markieren` })
      .click();
    const resolve = departmentPage.resolveForm(title);
    await resolve.getByRole('button', { name: 'Lösung speichern' }).click();
    await expect(resolve.locator('.field__error')).toHaveText('Bitte ausfüllen.');
    await resolve.getByLabel('Lösung').fill('OCR-Lizenz nachbestellt und eingespielt.');
    await resolve.getByRole('button', { name: 'Lösung speichern' }).click();
    // then it is resolved, on the page and in the API
    await expect(departmentPage.problems.getByText(`Problem „${title}“ ist gelöst.`)).toBeVisible();
    await expect(departmentPage.problem(title).getByTestId('problem-status')).toHaveText('Gelöst');
    await expect(departmentPage.problem(title).getByTestId('problem-resolution')).toContainText(
      'OCR-Lizenz nachbestellt und eingespielt.',
    );
    const resolved = (await api.problems('department=51&pageSize=200')).items.find((p) => p.id === created.id)!;
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'OCR-Lizenz nachbestellt und eingespielt.' });
    expect(resolved.history.at(-1)).toMatchObject({ from: 'open', to: 'resolved', actorId: me });
  });

  test('shows the processes by stage as the API has them, read-only for another department', async ({
    signInAs,
    plannerAs,
    departmentPage,
  }) => {
    // given the modeller of Amt 32 on the page of Amt 50
    await signInAs('modeller');
    const api = await plannerAs('modeller');
    const amt50 = await api.department('50');
    await departmentPage.goto('50');
    // then every process is listed with its stage, linking to its page
    await expect(departmentPage.processes.locator('tbody tr')).toHaveCount(amt50.processes);
    const first = amt50.stages.find((s) => s.count > 0)!;
    await expect(departmentPage.processes.locator(`tr[data-process="${first.processes[0]!.key}"]`)).toContainText(
      first.label.de,
    );
    await expect(
      departmentPage.processes.getByRole('link', { name: first.processes[0]!.name, exact: true }),
    ).toHaveAttribute('href', `/processes/${first.processes[0]!.key}`);
    // and nothing can be filed or reported
    await expect(departmentPage.reportForm).toHaveCount(0);
    await expect(departmentPage.reportProblem).toHaveCount(0);
    await expect(departmentPage.page.getByText('Statusmeldungen für dieses Amt können Sie lesen')).toBeVisible();
  });
});
