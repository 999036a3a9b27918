/**
 * A page that bootstraps a bpmn-js Modeler with only the extension modules a spec names, for the
 * module specs (bpmnModules.spec.ts). Bundled by Vite and served by the test itself.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import type EventBus from 'diagram-js/lib/core/EventBus';
import i18next from 'i18next';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import efileDescriptor from '../../../../src/features/modeler/bpmn/efile/efile.json';
import efileModule from '../../../../src/features/modeler/bpmn/efile';
import fitOnImportModule from '../../../../src/features/modeler/bpmn/fitOnImport';
import flowReferencesModule from '../../../../src/features/modeler/bpmn/flowReferences';
import keepUndrawnDiModule from '../../../../src/features/modeler/bpmn/keepUndrawnDi';
import lintModule from '../../../../src/features/modeler/bpmn/lint';
import translateModule from '../../../../src/features/modeler/bpmn/translate';
import type LintIssues from '../../../../src/features/modeler/bpmn/lint/LintIssues';
import type { LintIssue } from '../../../../src/features/modeler/bpmn/lint/LintIssues';
import { administrativeLinting } from '../../../../src/features/modeler/bpmn/lint/administrativeLinting';
import '../../../../src/features/modeler/i18n';

const MODULES = {
  efile: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, efileModule],
  fitOnImport: [fitOnImportModule],
  flowReferences: [flowReferencesModule],
  keepUndrawnDi: [keepUndrawnDiModule],
  lint: [lintModule],
  translate: [translateModule],
};

export type ModuleName = keyof typeof MODULES;

let modeler: Modeler | undefined;
/** Settles when the first lint run after `open` completed. */
let linted: Promise<void> = Promise.resolve();

const harness = {
  /** A new modeler with the named modules and the XML imported; answers the import warnings. */
  async open(modules: ModuleName[], xml: string): Promise<string[]> {
    modeler?.destroy();
    modeler = new Modeler({
      container: document.getElementById('canvas') as HTMLElement,
      additionalModules: modules.flatMap((name) => MODULES[name]),
      moddleExtensions: { efile: efileDescriptor },
      linting: { active: true, bpmnlint: administrativeLinting },
      propertiesPanel: { parent: document.getElementById('properties') as HTMLElement },
    });
    const current = modeler;
    linted = new Promise((resolve) => current.get<EventBus>('eventBus').once('linting.completed', () => resolve()));
    const { warnings } = await modeler.importXML(xml);
    return warnings.map((warning) => String((warning as unknown as Error).message ?? warning));
  },
  /** The findings of the first lint run after `open` (needs the lint module). */
  async lintIssues(): Promise<LintIssue[]> {
    await linted;
    return [...modeler!.get<LintIssues>('lintIssues').getIssues()];
  },
  async saveXML(): Promise<string> {
    return (await modeler!.saveXML({ format: true })).xml ?? '';
  },
  /** Sets properties of an element through the modeling API (undoable). */
  update(elementId: string, properties: Record<string, unknown>): void {
    const element = modeler!.get<{ get(id: string): unknown }>('elementRegistry').get(elementId);
    modeler!
      .get<{ updateProperties(e: unknown, p: Record<string, unknown>): void }>('modeling')
      .updateProperties(element, properties);
  },
  /** The number of incoming and outgoing sequence flows an element's business object lists. */
  flows(elementId: string): { incoming: number; outgoing: number } {
    const element = modeler!
      .get<{ get(id: string): { businessObject: Record<string, unknown[]> } }>('elementRegistry')
      .get(elementId);
    return {
      incoming: (element.businessObject.incoming ?? []).length,
      outgoing: (element.businessObject.outgoing ?? []).length,
    };
  },
  /** The canvas's current view: its box in diagram coordinates and its scale. */
  viewbox(): { x: number; y: number; width: number; height: number; scale: number } {
    const { x, y, width, height, scale } = modeler!.get<{ viewbox(): Record<string, number> }>('canvas').viewbox();
    return { x: x!, y: y!, width: width!, height: height!, scale: scale! };
  },
  /** Fits the drawn diagram the way diagram-js does (measuring the drawing) and answers the view. */
  fitDrawn(): { x: number; y: number; width: number; height: number; scale: number } {
    modeler!.get<{ zoom(level: string, center: string): void }>('canvas').zoom('fit-viewport', 'auto');
    return harness.viewbox();
  },
  /** Whether fitOnImport fitted the latest import before drawing. */
  fittedOnImport(): boolean {
    return modeler!.get<{ fitted: boolean }>('fitOnImport').fitted;
  },
  translate(template: string, replacements?: Record<string, string>): string {
    return modeler!.get<(t: string, r?: Record<string, string>) => string>('translate')(template, replacements);
  },
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}

await i18next.init({ lng: 'de', fallbackLng: 'de', resources: {}, initAsync: false });
window.harness = harness;
document.body.dataset.ready = 'true';
