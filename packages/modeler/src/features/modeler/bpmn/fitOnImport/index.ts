/** bpmn-js module: the diagram is fitted to the canvas from its diagram interchange before it is drawn. */
import FitOnImport from './FitOnImport';

export default {
  __init__: ['fitOnImport'],
  fitOnImport: ['type', FitOnImport],
};
