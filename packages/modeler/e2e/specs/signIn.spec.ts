/**
 * Signing in and out: every demo role, wrong credentials, missing fields, the lock-out, a deep link
 * that survives signing in, and an ended session leading back to sign-in.
 */
import { expect, test } from '../support/fixtures';
import { DEMO_ROLES, demoAccount } from '../support/accounts';

const ROLE_LABELS = {
  admin: 'Zentrale IT (Administration)',
  consultant: 'Beratung',
  modeller: 'Modellierung',
  manager: 'Leitung (nur lesen)',
} as const;

test.describe('sign-in', () => {
  for (const role of DEMO_ROLES) {
    test(`signs in as the demo ${role} and shows name, role and departments; signs out`, async ({
      page,
      signInPage,
      header,
      catalogue,
    }) => {
      const account = demoAccount(role);
      // given the sign-in page
      await signInPage.goto();
      await expect(signInPage.heading).toHaveText('Anmelden');
      // when the demo account signs in
      await signInPage.signIn(account.username, account.password);
      // then the catalogue opens with the account in the header
      await expect(page).toHaveURL(/\/processes$/);
      await expect(catalogue.heading).toHaveText('Prozesskatalog');
      await expect(header.account).toContainText(account.displayName);
      await expect(header.account).toContainText(ROLE_LABELS[role]);
      await expect(header.account).toContainText(
        account.allDepartments ? 'alle Ämter' : `Ämter ${account.departments.join(', ')}`,
      );
      // and when they sign out, they are back on the sign-in page, told so, without a session
      await header.signOut();
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(signInPage.notice).toHaveText('Sie haben sich abgemeldet.');
      expect((await page.request.get('/api/v1/session')).status()).toBe(401);
    });
  }

  test('announces wrong credentials and stays on the sign-in page', async ({ page, signInPage }) => {
    // given the sign-in page
    await signInPage.goto();
    // when a wrong password is sent
    await signInPage.signIn('demo.lotse', 'not-the-password');
    // then the failure is announced in the live region and the password is cleared
    await expect(signInPage.error).toHaveText('Benutzername oder Passwort ist falsch.');
    await expect(page.locator('[aria-live="assertive"]')).toContainText('falsch');
    await expect(signInPage.password).toHaveValue('');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('names the missing fields without asking the server', async ({ signInPage }) => {
    // given the sign-in page
    await signInPage.goto();
    // when it is sent empty
    await signInPage.submit.click();
    // then both fields say what is missing, and the first one has the focus
    await expect(signInPage.fieldErrors).toHaveText([
      'Bitte geben Sie Ihren Benutzernamen ein.',
      'Bitte geben Sie Ihr Passwort ein.',
    ]);
    await expect(signInPage.username).toBeFocused();
    await expect(signInPage.username).toHaveAttribute('aria-invalid', 'true');
  });

  test('says how long to wait once a username is locked after repeated failures', async ({ signInPage, apiAs }) => {
    // given an account of its own (so that no other test's account gets locked)
    const admin = await apiAs('admin');
    const username = `e2e.lock.${Date.now()}`;
    const created = await admin.send('POST', '/accounts', {
      username,
      displayName: 'E2E Sperrtest',
      role: 'manager',
      departments: [],
      allDepartments: true,
      password: 'Richtiges-Passwort-2026',
    });
    expect(created.status).toBe(201);
    await signInPage.goto();
    // when the password is wrong five times
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signInPage.signIn(username, `falsch-${attempt}`);
      await expect(signInPage.error).toHaveText('Benutzername oder Passwort ist falsch.');
    }
    // then the next attempt, even with the right password, is refused with the time to wait
    await signInPage.signIn(username, 'Richtiges-Passwort-2026');
    await expect(signInPage.error).toHaveText(/Zu viele Anmeldeversuche.*in \d+ Minuten? erneut/);
  });

  test('returns to the requested page, filters included, after signing in', async ({ page, signInPage, catalogue }) => {
    // given a shared link to a filtered catalogue, opened without a session
    await page.goto('/processes?q=Posteingang&kind=base');
    // then sign-in comes first
    await expect(page).toHaveURL(/\/sign-in$/);
    // and when the user signs in
    const account = demoAccount('manager');
    await signInPage.signIn(account.username, account.password);
    // then the linked view opens with its filters
    await expect(page).toHaveURL(/\/processes\?q=Posteingang&kind=base$/);
    await expect(catalogue.search).toHaveValue('Posteingang');
    await expect(catalogue.kind).toHaveValue('base');
  });

  test('leads back to sign-in with a note when the session has ended', async ({
    page,
    signInAs,
    catalogue,
    signInPage,
  }) => {
    // given a signed-in user on the catalogue
    await signInAs('consultant');
    await catalogue.goto();
    await catalogue.loaded();
    // when the session ends on the server (expired, or ended elsewhere)
    const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
    const ended = await page.request.delete('/api/v1/session', { headers: { 'X-CSRF-Token': session.csrfToken } });
    expect(ended.status()).toBe(204);
    // and the user does something that asks the API
    await catalogue.search.fill('Wohngeld');
    // then the sign-in page says that the session has expired
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signInPage.notice).toHaveText('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
  });
});
