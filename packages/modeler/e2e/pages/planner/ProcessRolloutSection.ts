/**
 * The rollout section of a process page: current stage, the events table and the stage change form.
 */
import type { Locator, Page } from '@playwright/test';

export class ProcessRolloutSection {
  readonly section: Locator;
  readonly currentStage: Locator;
  readonly events: Locator;
  readonly form: Locator;
  readonly to: Locator;
  readonly support: Locator;
  readonly note: Locator;
  readonly reason: Locator;
  readonly submit: Locator;
  readonly saved: Locator;
  readonly formStatus: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('rollout-timeline');
    this.currentStage = page.getByTestId('rollout-stage');
    this.events = page.getByTestId('rollout-events');
    this.form = page.getByTestId('stage-change-form');
    this.to = this.form.getByLabel('Neue Stufe');
    this.support = this.form.getByLabel('Unterstützungsart');
    this.note = this.form.getByLabel('Notiz');
    this.reason = this.form.getByLabel('Begründung');
    this.submit = this.form.getByRole('button', { name: 'Stufenwechsel speichern' });
    this.saved = page.getByTestId('stage-saved');
    this.formStatus = this.form.locator('.planner-form__status');
  }

  /** The rows of the events table, oldest first. */
  get eventRows(): Locator {
    return this.events.locator('tbody tr');
  }

  /** The error shown at a field of the form, by its German label. */
  fieldError(label: string): Locator {
    return this.form
      .locator('.field', { has: this.page.locator('label', { hasText: label }) })
      .locator('.field__error');
  }
}
