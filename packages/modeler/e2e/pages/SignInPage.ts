/**
 * The sign-in page.
 */
import type { Locator, Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The announced failure (wrong credentials, lock-out). */
  readonly error: Locator;
  readonly fieldErrors: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.username = page.locator('input[name="username"]');
    this.password = page.locator('input[name="password"]');
    this.submit = page.locator('form button[type="submit"]');
    this.error = page.getByTestId('sign-in-error');
    this.fieldErrors = page.locator('.field__error');
    this.notice = page.locator('.notice--info');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
