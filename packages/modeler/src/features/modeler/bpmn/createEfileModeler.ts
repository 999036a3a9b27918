/**
 * The app's bpmn-js Modeler: properties panel with the e-file group, bpmnlint for administrative
 * processes, texts in the app's language, the keyboard bound to the canvas, the diagram fitted to the
 * canvas before it is drawn, and the diagram interchange of undrawn elements kept on save. Created detached; the
 * page attaches the canvas and the properties panel to its own elements.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import efileDescriptor from './efile/efile.json';
import efileModule from './efile';
import fitOnImportModule from './fitOnImport';
import flowReferencesModule from './flowReferences';
import keepUndrawnDiModule from './keepUndrawnDi';
import lintModule from './lint';
import translateModule from './translate';
import { administrativeLinting } from './lint/administrativeLinting';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

/** A new modeler, not attached to the page yet. */
export function createEfileModeler(): Modeler {
  return new Modeler({
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      efileModule,
      fitOnImportModule,
      flowReferencesModule,
      keepUndrawnDiModule,
      lintModule,
      translateModule,
    ],
    moddleExtensions: { efile: efileDescriptor },
    linting: { active: true, bpmnlint: administrativeLinting },
    keyboard: { bind: true },
  });
}
