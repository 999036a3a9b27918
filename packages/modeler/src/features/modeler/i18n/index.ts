/**
 * Registers the modeler's texts as the i18next namespace `modeler` (German first, English second)
 * once i18next is initialised by the app shell.
 */
import i18next from 'i18next';
import de from './de.json';
import enJson from './en.json';

/** The English texts must have every key the German ones have (checked by the compiler). */
const en: typeof de = enJson;

/** The i18next namespace of the modeler feature. */
export const MODELER_NS = 'modeler';

function register(): void {
  if (i18next.hasResourceBundle('de', MODELER_NS)) return;
  i18next.addResourceBundle('de', MODELER_NS, de, true, false);
  i18next.addResourceBundle('en', MODELER_NS, en, true, false);
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

export { useModelerTranslation, type ModelerKey, type ModelerT } from './useModelerTranslation';
