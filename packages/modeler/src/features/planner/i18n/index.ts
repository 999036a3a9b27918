/**
 * The planner's texts as the i18next namespace `planner` (German first, English second), registered
 * when the first planner module loads, so that they stay out of the catalogue's initial JavaScript.
 */
import i18next from 'i18next';
import de from './de.json';
import enJson from './en.json';

/** The English texts must have every key the German ones have (checked by the compiler). */
const en: typeof de = enJson;

/** The i18next namespace of the planner views. */
export const PLANNER_NS = 'planner';

function register(): void {
  if (i18next.hasResourceBundle('de', PLANNER_NS)) return;
  i18next.addResourceBundle('de', PLANNER_NS, de, true, false);
  i18next.addResourceBundle('en', PLANNER_NS, en, true, false);
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

export { usePlannerTranslation, type PlannerKey, type PlannerT } from './usePlannerTranslation';
