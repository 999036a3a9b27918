/**
 * The header of every page: who is signed in, the language switch, signing out.
 */
import type { Locator, Page } from '@playwright/test';

export class AppHeader {
  readonly account: Locator;
  readonly languageSwitch: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.account = page.getByTestId('account');
    this.languageSwitch = page.locator('button.language-switch');
    this.signOutButton = page.locator('header button.button--secondary');
  }

  async switchLanguage(): Promise<void> {
    await this.languageSwitch.click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
