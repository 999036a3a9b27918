/** bpmn-js module: replaces the `translate` service with the app's translation. */
import { translate } from './translate';

export default {
  translate: ['value', translate],
};
