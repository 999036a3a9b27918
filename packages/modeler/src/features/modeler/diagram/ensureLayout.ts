/**
 * Diagrams without diagram interchange (no BPMNShape, e.g. IBM exports) would open as a blank
 * canvas: they are laid out with bpmn-auto-layout before import instead.
 */

/** True when the XML has at least one BPMNShape (whatever its namespace prefix). */
export function hasDiagramLayout(xml: string): boolean {
  return /<(?:[\w.-]+:)?BPMNShape[\s/>]/.test(xml);
}

/** True when the XML has a collaboration (pools), of which auto-layout arranges only the first. */
export function hasCollaboration(xml: string): boolean {
  return /<(?:[\w.-]+:)?collaboration[\s/>]/.test(xml);
}

export type LayoutOutcome =
  | { kind: 'kept'; xml: string }
  | { kind: 'generated'; xml: string; collaboration: boolean }
  | { kind: 'failed'; xml: string; message: string };

/** The XML as it is when it has a layout, otherwise laid out (bpmn-auto-layout is loaded on demand). */
export async function ensureLayout(xml: string): Promise<LayoutOutcome> {
  if (hasDiagramLayout(xml)) return { kind: 'kept', xml };
  try {
    const { layoutProcess } = await import('bpmn-auto-layout');
    const laidOut = await layoutProcess(xml);
    return { kind: 'generated', xml: laidOut, collaboration: hasCollaboration(xml) };
  } catch (err) {
    return { kind: 'failed', xml, message: err instanceof Error ? err.message : String(err) };
  }
}
