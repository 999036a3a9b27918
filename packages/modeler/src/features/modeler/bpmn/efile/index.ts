/** bpmn-js module: the e-file attributes group of the properties panel. */
import EfilePropertiesProvider from './EfilePropertiesProvider';

export default {
  __init__: ['efilePropertiesProvider'],
  efilePropertiesProvider: ['type', EfilePropertiesProvider],
};
