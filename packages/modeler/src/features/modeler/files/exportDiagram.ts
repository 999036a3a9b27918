/**
 * Export of the diagram on the canvas as a file: BPMN XML, SVG, or PNG rendered from the SVG.
 * Works for the modeler and the read-only viewer alike.
 */
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { diagramFileName, downloadFile } from './downloadFile';
import { svgToPng } from './svgToPng';

export type ExportKind = 'bpmn' | 'svg' | 'png';

/** Offers the diagram as a download named after the process and version (`P-32-0147-v3.svg`). */
export async function exportDiagram(
  viewer: BaseViewer,
  kind: ExportKind,
  processKey: string,
  version: number | undefined,
): Promise<void> {
  if (kind === 'bpmn') {
    const { xml = '' } = await viewer.saveXML({ format: true });
    downloadFile(new Blob([xml], { type: 'application/xml' }), diagramFileName(processKey, version, 'bpmn'));
    return;
  }
  const { svg } = await viewer.saveSVG();
  const file =
    kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, window.devicePixelRatio || 2);
  downloadFile(file, diagramFileName(processKey, version, kind));
}
