/**
 * Completes `incoming`/`outgoing` of flow nodes from the sequence flows after import. Many tools
 * leave them out (they are redundant with sourceRef/targetRef), but bpmnlint reads them: without
 * them every node of such a diagram would be reported as disconnected. Runs before the linter
 * (which lints on import.done at a low priority); saving then writes them, as bpmn-js does for
 * anything modelled.
 */
import type EventBus from 'diagram-js/lib/core/EventBus';
import { is } from 'bpmn-js/lib/util/ModelUtil';

interface FlowNode {
  get(name: 'incoming' | 'outgoing'): SequenceFlow[];
}

interface SequenceFlow {
  sourceRef?: FlowNode;
  targetRef?: FlowNode;
}

interface Container {
  flowElements?: Array<Container & SequenceFlow>;
}

interface Definitions {
  rootElements?: Container[];
}

interface BpmnJs {
  getDefinitions(): Definitions | undefined;
}

function complete(container: Container): void {
  for (const element of container.flowElements ?? []) {
    if (is(element, 'bpmn:SequenceFlow')) {
      const outgoing = element.sourceRef?.get('outgoing');
      if (outgoing && !outgoing.includes(element)) outgoing.push(element);
      const incoming = element.targetRef?.get('incoming');
      if (incoming && !incoming.includes(element)) incoming.push(element);
    } else if (element.flowElements) {
      complete(element);
    }
  }
}

export default class CompleteFlowReferences {
  static $inject = ['eventBus', 'bpmnjs'];

  constructor(eventBus: EventBus, bpmnjs: BpmnJs) {
    // before bpmn-js-bpmnlint's lint run (priority 500)
    eventBus.on('import.done', 1500, () => {
      for (const root of bpmnjs.getDefinitions()?.rootElements ?? []) complete(root);
    });
  }
}
