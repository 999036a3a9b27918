/**
 * The rollout section of the process page: recording a stage change (checked in the API's events
 * list), the reason a change back needs, a change someone else recorded first (412), a change the API
 * refuses (422) shown at its field, and reading without the right to change.
 */
import { expect, test } from './plannerTest';

test.describe('planner process timeline', () => {
  test('records a stage change on the process page, and the API lists its event by the modeller', async ({
    signInAs,
    plannerAs,
    processPage,
    rolloutSection,
  }) => {
    // given the modeller of Amt 32 and a process of Amt 32 that has not started
    await signInAs('modeller');
    const api = await plannerAs('modeller');
    const process = (await api.department('32')).stages.find((s) => s.stage === 'not_started')!.processes[0]!;
    await processPage.goto(process.key);
    await expect(rolloutSection.currentStage).toHaveText('Nicht begonnen');
    const before = await api.events(process.key);
    // when the analysis is recorded with consulting and a note
    await rolloutSection.to.selectOption({ label: 'Ist-Aufnahme' });
    await rolloutSection.support.selectOption({ label: 'Beratung' });
    await rolloutSection.note.fill('Auftaktworkshop mit dem Amt (E2E)');
    await rolloutSection.submit.click();
    // then the page says so, and shows the new stage and the event
    await expect(rolloutSection.saved).toHaveText('Stufenwechsel nach „Ist-Aufnahme“ gespeichert.');
    await expect(rolloutSection.currentStage).toContainText('Ist-Aufnahme seit');
    await expect(rolloutSection.eventRows).toHaveCount(before.length + 1);
    await expect(rolloutSection.eventRows.last()).toContainText('Nicht begonnen → Ist-Aufnahme');
    await expect(rolloutSection.eventRows.last()).toContainText('Auftaktworkshop mit dem Amt (E2E)');
    // and the API's events list has it, recorded by the modeller
    const events = await api.events(process.key);
    expect(events).toHaveLength(before.length + 1);
    expect(events.at(-1)).toMatchObject({
      seq: before.length + 1,
      from: 'not_started',
      to: 'analysis',
      support: 'consulting',
      note: 'Auftaktworkshop mit dem Amt (E2E)',
      actorId: await api.accountId(),
    });
    expect(events.at(-1)!.reason).toBeUndefined();
  });

  test('asks for a reason to go back; after someone else’s change (412) reloads, keeps the entry and saves', async ({
    signInAs,
    plannerAs,
    processPage,
    rolloutSection,
  }) => {
    // given a live process of Amt 32 open on its page
    await signInAs('modeller');
    const api = await plannerAs('modeller');
    const admin = await plannerAs('admin');
    const process = (await api.department('32')).stages.find((s) => s.stage === 'live')!.processes[0]!;
    await processPage.goto(process.key);
    await expect(rolloutSection.currentStage).toContainText('Live');
    const before = await api.events(process.key);
    // when going back to pilot without a reason
    await rolloutSection.to.selectOption({ label: 'Pilot' });
    await expect(rolloutSection.form.locator('label', { hasText: 'Begründung' })).toContainText('(Pflichtfeld)');
    await rolloutSection.submit.click();
    // then the reason is asked for at its field, and nothing is sent
    await expect(rolloutSection.fieldError('Begründung')).toHaveText('Bitte begründen Sie diesen Wechsel.');
    await expect(rolloutSection.reason).toHaveAttribute('aria-invalid', 'true');
    await expect(rolloutSection.reason).toBeFocused();
    expect(await api.events(process.key)).toHaveLength(before.length);
    // when a reason is given, but central IT records another change first
    await rolloutSection.reason.fill('Pilot zeigte fehlende Dokumenttypen (E2E)');
    const theirs = await admin.recordEvent(process.key, {
      to: 'efile_configured',
      support: 'full_service',
      reason: 'Schnittstelle zum Fachverfahren fehlt noch (E2E)',
    });
    await rolloutSection.submit.click();
    // then the page says so, shows their change, and keeps the entry
    await expect(rolloutSection.formStatus).toContainText('Inzwischen hat jemand anderes einen Stufenwechsel erfasst.');
    await expect(rolloutSection.currentStage).toContainText('E-Akte konfiguriert');
    await expect(rolloutSection.eventRows).toHaveCount(before.length + 1);
    await expect(rolloutSection.to).toHaveValue('pilot');
    await expect(rolloutSection.reason).toHaveValue('Pilot zeigte fehlende Dokumenttypen (E2E)');
    expect(await api.events(process.key)).toHaveLength(before.length + 1);
    // when saved again
    await rolloutSection.submit.click();
    // then the change is recorded after theirs
    await expect(rolloutSection.saved).toHaveText('Stufenwechsel nach „Pilot“ gespeichert.');
    const events = await api.events(process.key);
    expect(events.slice(-2)).toMatchObject([
      { seq: theirs.seq, from: 'live', to: 'efile_configured' },
      {
        seq: theirs.seq + 1,
        from: 'efile_configured',
        to: 'pilot',
        reason: 'Pilot zeigte fehlende Dokumenttypen (E2E)',
      },
    ]);
  });

  test('shows the API’s refusal (422) of a change to the stage someone else recorded first at its field; nothing is stored', async ({
    signInAs,
    plannerAs,
    processPage,
    rolloutSection,
  }) => {
    // given a process of Amt 32 that has not started, open on its page with the analysis chosen
    await signInAs('modeller');
    const api = await plannerAs('modeller');
    const admin = await plannerAs('admin');
    const process = (await api.department('32')).stages.find((s) => s.stage === 'not_started')!.processes.at(-1)!;
    await processPage.goto(process.key);
    await expect(rolloutSection.currentStage).toHaveText('Nicht begonnen');
    await rolloutSection.to.selectOption({ label: 'Ist-Aufnahme' });
    // and central IT records the analysis first
    const theirs = await admin.recordEvent(process.key, { to: 'analysis', support: 'consulting' });
    // when the change is sent, refused as outdated (412), and sent again as it was kept
    await rolloutSection.submit.click();
    await expect(rolloutSection.formStatus).toContainText('Inzwischen hat jemand anderes einen Stufenwechsel erfasst.');
    await expect(rolloutSection.currentStage).toContainText('Ist-Aufnahme seit');
    await expect(rolloutSection.to).toHaveValue('analysis');
    await rolloutSection.submit.click();
    // then the API's refusal (422: the stage is the current one) is shown at the stage field, marked as the server's
    const error = rolloutSection.fieldError('Neue Stufe');
    await expect(error).toContainText('Der Server meldet:');
    await expect(error.locator('[lang="en"]')).toContainText('must differ from the current stage analysis');
    // and the field is marked invalid, has the focus and is described by the error (what a screen reader announces)
    await expect(rolloutSection.to).toHaveAttribute('aria-invalid', 'true');
    await expect(rolloutSection.to).toBeFocused();
    await expect(rolloutSection.to).toHaveAccessibleDescription(/must differ from the current stage analysis/);
    await expect(rolloutSection.saved).toHaveCount(0);
    // and nothing was stored: the API lists only central IT's event
    const events = await api.events(process.key);
    expect(events.at(-1)).toMatchObject({ seq: theirs.seq, to: 'analysis', actorId: await admin.accountId() });
    expect(events).toHaveLength(theirs.seq);
    // when another stage is chosen
    await rolloutSection.to.selectOption({ label: 'Modelliert' });
    await rolloutSection.submit.click();
    // then it is recorded after theirs
    await expect(rolloutSection.saved).toHaveText('Stufenwechsel nach „Modelliert“ gespeichert.');
    expect((await api.events(process.key)).at(-1)).toMatchObject({
      seq: theirs.seq + 1,
      from: 'analysis',
      to: 'modelled',
    });
  });

  test('shows a manager the timeline without the form', async ({
    signInAs,
    plannerAs,
    processPage,
    rolloutSection,
  }) => {
    // given a manager on a process of Amt 32 with events
    await signInAs('manager');
    const api = await plannerAs('manager');
    const process = (await api.department('32')).stages.find((s) => s.stage === 'live')!.processes[1]!;
    const events = await api.events(process.key);
    // when its page opens
    await processPage.goto(process.key);
    // then the events are listed and nothing can be recorded
    await expect(rolloutSection.eventRows).toHaveCount(events.length);
    await expect(rolloutSection.form).toHaveCount(0);
    await expect(rolloutSection.section).toContainText(
      'Sie können den Einführungsstand dieses Prozesses ansehen, aber nicht ändern.',
    );
  });
});
