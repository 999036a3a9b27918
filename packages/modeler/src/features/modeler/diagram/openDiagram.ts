/**
 * Opens BPMN XML in the modeler (or the read-only viewer): prefixed references made plain, ids the
 * parser would drop renamed, laid out first when it has no layout, imported, fitted to the view. Answers what the user should know (as codes the page
 * translates); throws when the XML cannot be read at all, leaving the diagram open before untouched.
 */
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type FitOnImport from '../bpmn/fitOnImport/FitOnImport';
import { ensureLayout } from './ensureLayout';
import { normalizeReferences } from './normalizeReferences';
import { repairIds, type RenamedId } from './repairIds';

/** The performance measure of each import (read by the benchmark). */
export const IMPORT_MEASURE = 'efile:modeler:import';

export type OpenNotice =
  | { code: 'layoutGenerated'; collaboration: boolean }
  | { code: 'layoutFailed'; message: string }
  | { code: 'idsRepaired'; renamed: RenamedId[] }
  | { code: 'empty' }
  | { code: 'notRendered' }
  | { code: 'importWarnings'; count: number; first: string };

interface Definitions {
  rootElements?: Array<{ flowElements?: unknown[]; participants?: unknown[] }>;
}

interface Canvas {
  zoom(level: 'fit-viewport', center?: 'auto'): void;
  getRootElement(): { children?: unknown[] };
}

/** Imports the XML; the notices describe layout, emptiness and import warnings. */
export async function openDiagram(modeler: BaseViewer, xml: string): Promise<OpenNotice[]> {
  const notices: OpenNotice[] = [];
  const repaired = repairIds(normalizeReferences(xml));
  if (repaired.renamed.length > 0) notices.push({ code: 'idsRepaired', renamed: repaired.renamed });
  const layout = await ensureLayout(repaired.xml);
  if (layout.kind === 'generated') notices.push({ code: 'layoutGenerated', collaboration: layout.collaboration });
  if (layout.kind === 'failed') notices.push({ code: 'layoutFailed', message: layout.message });

  const started = performance.now();
  const { warnings } = await modeler.importXML(layout.xml);
  performance.measure(IMPORT_MEASURE, { start: started, end: performance.now() });
  const canvas = modeler.get<Canvas>('canvas');
  // fitted before drawing where the diagram interchange allowed it (see FitOnImport), else now
  if (!modeler.get<FitOnImport>('fitOnImport', false)?.fitted) canvas.zoom('fit-viewport', 'auto');

  if ((canvas.getRootElement().children ?? []).length === 0) {
    const definitions = modeler.getDefinitions() as Definitions;
    const hasContent = (definitions.rootElements ?? []).some(
      (root) => (root.flowElements ?? []).length > 0 || (root.participants ?? []).length > 0,
    );
    notices.push({ code: hasContent ? 'notRendered' : 'empty' });
  }
  if (warnings.length > 0) {
    // typed as strings, but bpmn-js reports Error objects
    const first = warnings[0] as unknown as string | Error | undefined;
    notices.push({
      code: 'importWarnings',
      count: warnings.length,
      first: typeof first === 'string' ? first : (first?.message ?? ''),
    });
  }
  return notices;
}
