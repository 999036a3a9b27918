/**
 * A department adopts a base process and works on its variant in the modeler: the variant opens
 * with the base's diagram; after a newer base release the conformance view shows the difference,
 * coloured and as a list, and "mark as reviewed" moves the variant onto the new base version.
 */
import { applicationDiagram } from './applicationDiagram';
import { adopt, expect, givenReleasedBase, release, test } from './modelerTest';

test.describe('modeler #variant', () => {
  test('opens the adopted variant with the base diagram', async ({ admin, lotse, modeler, page }) => {
    // given a released base process adopted by Amt 32
    const base = await givenReleasedBase(admin, applicationDiagram());
    const variant = await adopt(lotse, base);
    // when the variant's modeler opens
    await modeler.open(variant.key);
    // then it says whose variant it is and shows the base's steps
    await expect(page.getByText(`Variante von ${base}, übernommen aus Basisversion 1.`)).toBeVisible();
    await expect(modeler.canvas.getByText('Antrag prüfen')).toBeVisible();
    await expect(modeler.version).toContainText('Version 1');
  });

  test('shows what the base changed since the adoption and marks the variant as reviewed', async ({
    admin,
    lotse,
    modeler,
    conformance,
  }) => {
    // given a variant adopted from base version 1, and base version 2 released with a renamed and a new task
    const base = await givenReleasedBase(admin, applicationDiagram());
    const variant = await adopt(lotse, base);
    await admin.uploadDiagram(
      base,
      applicationDiagram({ names: { Task_Check: 'Antrag vorprüfen' }, withReview: true }),
    );
    await release(admin, base, 2);

    // when the conformance view is opened from the variant's modeler
    await modeler.open(variant.key);
    await conformance.openFromModeler();
    // then it compares base v1 with v2 and lists the changes
    await expect(conformance.comparison).toHaveValue('baseChanges');
    const listed = await conformance.listedChanges();
    expect(listed).toContainEqual(['hinzugefügt', 'Bescheid prüfen']);
    expect(listed.some(([kind, name]) => kind === 'geändert' && /Antrag (vor)?prüfen/.test(name ?? ''))).toBe(true);
    // and colours them in the viewers
    await expect(conformance.marked('Nachher', 'added').first()).toBeVisible();
    await expect(conformance.marked('Nachher', 'changed').first()).toBeVisible();

    // when the variant is compared with the adopted base version
    await conformance.comparison.selectOption('variantAdopted');
    // then there is no difference yet
    await expect(conformance.root.getByText('Keine inhaltlichen Unterschiede.')).toBeVisible();

    // when the user marks the difference as reviewed
    await conformance.markReviewed.click();
    // then the variant follows base version 2
    await expect(conformance.root.getByText('Die Variante folgt jetzt Basisversion 2.')).toBeVisible();
    expect((await lotse.process(variant.key)).baseVersion).toBe(2);
    await expect(conformance.markReviewed).toHaveCount(0);
  });

  test('compares an element whose id bpmn-moddle rejects under its repaired id', async ({
    admin,
    lotse,
    modeler,
    conformance,
  }) => {
    // given a base whose check task has the id "Prüfung" (umlaut: invalid for bpmn-moddle), adopted,
    // and base version 2 released with that task renamed
    const withUmlautId = (xml: string) => xml.replaceAll('Task_Check', 'Prüfung');
    const base = await givenReleasedBase(admin, withUmlautId(applicationDiagram()));
    const variant = await adopt(lotse, base);
    await admin.uploadDiagram(base, withUmlautId(applicationDiagram({ names: { Task_Check: 'Antrag vorprüfen' } })));
    await release(admin, base, 2);

    // when the conformance view is opened from the variant's modeler
    await modeler.open(variant.key);
    await conformance.openFromModeler();

    // then the renamed task is listed as changed (read under its repaired id on both sides, not dropped)
    await expect(conformance.comparison).toHaveValue('baseChanges');
    const listed = await conformance.listedChanges();
    expect(listed.some(([kind, name]) => kind === 'geändert' && /Antrag (vor)?prüfen/.test(name ?? ''))).toBe(true);
    await expect(conformance.marked('Nachher', 'changed').first()).toBeVisible();
  });
});
