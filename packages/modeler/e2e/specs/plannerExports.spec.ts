/**
 * The planner's downloads: the XLSX of a dashboard table opened with exceljs, its header and cells
 * checked against the API; the links are offered only to accounts that may export.
 */
import { expect, ExcelJS, test } from './plannerTest';

test.describe('planner exports', () => {
  test('downloads coverage per department as XLSX with the header and the figures of the API', async ({
    page,
    signInAs,
    plannerAs,
    departmentPage,
  }) => {
    // given a manager on the page of Amt 32
    await signInAs('manager');
    const api = await plannerAs('manager');
    await departmentPage.goto('32');
    // when the XLSX of the coverage per department is downloaded
    const link = page.getByRole('link', { name: 'Abdeckung je Amt als Excel (XLSX) herunterladen' });
    await expect(link).toHaveAttribute(
      'href',
      '/api/v1/rollout/exports/coverage-departments?format=xlsx&department=32',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    // then it is a workbook with the German header
    expect(download.suggestedFilename()).toMatch(/^abdeckung-aemter-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Abdeckung je Amt');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Amt',
      'Name',
      'Prozesse im Umfang',
      'Live',
      'Abdeckung',
      'Nicht anwendbar',
    ]);
    // and the row of Amt 32 has the figures of the dashboard's API
    const expected = (await api.dashboard()).coverage.byDepartment.rows.find((row) => row.department === '32')!;
    let row32: import('exceljs').Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '32') row32 = row;
    });
    expect(row32, 'a row for Amt 32').toBeDefined();
    expect(row32!.getCell(3).value).toBe(expected.inScope);
    expect(row32!.getCell(4).value).toBe(expected.live);
    expect(row32!.getCell(5).value as number).toBeCloseTo(expected.ratio!, 10);
    expect(row32!.getCell(6).value).toBe(expected.notApplicable);
  });

  test('offers the department’s tables for its department, and no downloads to a modeller', async ({
    page,
    signInAs,
    departmentPage,
  }) => {
    // given a consultant on the page of Amt 50
    await signInAs('consultant');
    await departmentPage.goto('50');
    // then the problems' CSV is for Amt 50 and answers as CSV with the German header
    const link = page.getByRole('link', { name: 'Problemmeldungen als CSV herunterladen' });
    await expect(link).toHaveAttribute('href', '/api/v1/rollout/exports/problems?format=csv&department=50');
    const answer = await page.request.get((await link.getAttribute('href'))!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('text/csv');
    // given a modeller on the same page
    await page.context().clearCookies();
    await signInAs('modeller');
    await departmentPage.goto('50');
    await expect(departmentPage.heading).toContainText('50');
    // then there is no download
    await expect(page.getByRole('link', { name: /herunterladen$/ })).toHaveCount(0);
  });
});
