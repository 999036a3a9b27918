/** bpmn-js module: flow nodes know their incoming and outgoing sequence flows after import. */
import CompleteFlowReferences from './CompleteFlowReferences';

export default {
  __init__: ['completeFlowReferences'],
  completeFlowReferences: ['type', CompleteFlowReferences],
};
