/** bpmn-js module: saving keeps the diagram interchange of elements the canvas does not draw. */
import KeepUndrawnDi from './KeepUndrawnDi';

export default {
  __init__: ['keepUndrawnDi'],
  keepUndrawnDi: ['type', KeepUndrawnDi],
};
