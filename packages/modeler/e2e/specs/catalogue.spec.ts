/**
 * The catalogue: search as you type, filters, sort and paging, all held in the URL so that a
 * reload or a shared link shows the same view; counts checked against the API.
 */
import { expect, test } from '../support/fixtures';

const german = new Intl.NumberFormat('de-DE');

test.describe('catalogue', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('manager');
  });

  test('shows the first page of all processes with the total the API counts', async ({ catalogue, apiAs }) => {
    // given the API's count of all active processes
    const { total } = await (await apiAs('manager')).processes('pageSize=1');
    // when the catalogue opens
    await catalogue.goto();
    // then it says how many there are and shows the first 50
    await expect(catalogue.resultCount).toHaveText(`${german.format(total)} Prozesse gefunden`);
    await expect(catalogue.rows).toHaveCount(50);
    await expect(catalogue.sortHeader('Schlüssel')).toHaveAttribute('aria-sort', 'ascending');
  });

  test('searches as you type and keeps the search in the URL', async ({ page, catalogue, apiAs }) => {
    // given the catalogue
    await catalogue.goto();
    await catalogue.loaded();
    const { total } = await (await apiAs('manager')).processes('q=Wohngeld&pageSize=1');
    // when a search is typed
    await catalogue.search.pressSequentially('Wohngeld', { delay: 30 });
    // then the URL holds it and the matches are those the API finds
    await expect(page).toHaveURL(/[?&]q=Wohngeld(&|$)/);
    await expect(catalogue.resultCount).toHaveText(
      `${german.format(total)} ${total === 1 ? 'Prozess' : 'Prozesse'} gefunden`,
    );
    for (const name of await catalogue.column(1)) expect(name.toLowerCase()).toContain('wohngeld');
  });

  test('filters by several departments and kind, sorts, and keeps it all across a reload', async ({
    page,
    catalogue,
    apiAs,
  }) => {
    // given the catalogue
    await catalogue.goto();
    await catalogue.loaded();
    // when two departments and a kind are chosen and the names are sorted descending
    await catalogue.selectDepartments(['32', '50']);
    await catalogue.kind.selectOption('department');
    await catalogue.sortButton('Name').click();
    await expect(catalogue.sortHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await catalogue.sortButton('Name').click();
    // then the URL holds every choice
    await expect(page).toHaveURL(/department=32&department=50&kind=department&sort=-name$/);
    await expect(catalogue.sortHeader('Name')).toHaveAttribute('aria-sort', 'descending');
    // and the table shows what the API answers for the same query
    const expected = await (await apiAs('manager')).processes('department=32&department=50&kind=department&sort=-name');
    await expect(catalogue.resultCount).toHaveText(`${german.format(expected.total)} Prozesse gefunden`);
    await expect(catalogue.rows.first().locator('th')).toHaveText(expected.items[0]!.name);
    for (const department of await catalogue.column(2)) expect(department).toMatch(/^(32|50)\b/);
    await expect(catalogue.activeFilters).toHaveCount(3);

    // when the page is reloaded
    await page.reload();
    // then the same view comes back
    await expect(catalogue.resultCount).toHaveText(`${german.format(expected.total)} Prozesse gefunden`);
    await expect(catalogue.kind).toHaveValue('department');
    await expect(catalogue.sortHeader('Name')).toHaveAttribute('aria-sort', 'descending');
    await catalogue.departmentToggle.click();
    await expect(catalogue.departmentCheckbox('32')).toBeChecked();
    await expect(catalogue.departmentCheckbox('50')).toBeChecked();
    await expect(catalogue.departmentCheckbox('51')).not.toBeChecked();

    // and when one filter is removed, the URL follows
    await page.getByRole('button', { name: /Filter „Amt 50 .*“ entfernen/ }).click();
    await expect(page).toHaveURL(/department=32&kind=department&sort=-name$/);
  });

  test('lists the variants of a base process', async ({ page, catalogue, apiAs }) => {
    // given a base process and how many variants the API knows
    const { total } = await (await apiAs('manager')).processes('baseProcess=B-POSTEINGANG&pageSize=1');
    await catalogue.goto();
    await catalogue.loaded();
    // when its variants are chosen
    await catalogue.baseProcess.selectOption('B-POSTEINGANG');
    // then only they are listed
    await expect(page).toHaveURL(/baseProcess=B-POSTEINGANG/);
    await expect(catalogue.resultCount).toHaveText(`${german.format(total)} Prozesse gefunden`);
    for (const kind of await catalogue.column(3)) expect(kind).toBe('Variante');
  });

  test('filters by tag and group from the URL of a shared link', async ({ catalogue, apiAs }) => {
    // given a link with a group and a tag
    const query = 'group=Genehmigungen&tag=OZG';
    const { total } = await (await apiAs('manager')).processes(`${query}&pageSize=1`);
    // when it is opened
    await catalogue.goto(query);
    // then both filters apply and show
    await expect(catalogue.group).toHaveValue('Genehmigungen');
    await expect(catalogue.activeFilters).toHaveText(['Gruppe: Genehmigungen×', 'Schlagwort: OZG×']);
    await expect(catalogue.resultCount).toHaveText(
      `${german.format(total)} ${total === 1 ? 'Prozess' : 'Prozesse'} gefunden`,
    );
    for (const group of await catalogue.column(4)) expect(group).toBe('Genehmigungen');
  });

  test('shows an empty state, and resetting the filters brings every process back', async ({ page, catalogue }) => {
    // given a search nothing matches
    await catalogue.goto('q=Zzyzxwvut');
    // then the empty state says so
    await expect(catalogue.empty).toContainText('Keine Prozesse gefunden');
    await expect(catalogue.resultCount).toHaveText('0 Prozesse gefunden');
    // when the filters are reset
    await catalogue.empty.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    // then all processes are back, and so is the plain URL
    await expect(page).toHaveURL(/\/processes$/);
    await expect(catalogue.search).toHaveValue('');
    await expect(catalogue.rows).toHaveCount(50);
  });

  test('pages through the results with the page in the URL', async ({ page, catalogue }) => {
    // given the first page
    await catalogue.goto();
    await catalogue.loaded();
    const firstKey = await catalogue.rows.first().locator('td').first().innerText();
    // when the next page is opened
    await catalogue.nextPage.click();
    // then page 2 shows other processes, and the URL says page 2
    await expect(page).toHaveURL(/page=2$/);
    await expect(catalogue.pagePosition).toHaveText(/^Seite 2 von \d+$/);
    await expect(catalogue.rows.first().locator('td').first()).not.toHaveText(firstKey);
    // and the back button returns to page 1
    await page.goBack();
    await expect(catalogue.rows.first().locator('td').first()).toHaveText(firstKey);
  });
});
