/**
 * A read-only BPMN diagram (bpmn-js NavigatedViewer: drag to move, Ctrl+wheel to zoom, buttons to
 * zoom and fit), captioned with a description for screen readers. Default export: loaded as its own
 * chunk, only where a diagram is shown.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { repairIds } from '../../modeler/diagram/repairIds';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
}

export interface DiagramViewerProps {
  xml: string;
  /** Describes the diagram for screen readers (the drawing itself is not readable). */
  label: string;
}

export default function DiagramViewer({ xml, label }: DiagramViewerProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [failed, setFailed] = useState(false);
  const captionId = useId();

  useEffect(() => {
    const instance = new NavigatedViewer({ container: container.current ?? undefined });
    viewer.current = instance;
    return () => {
      instance.destroy();
      viewer.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = viewer.current;
    if (!instance) return;
    let current = true;
    setFailed(false);
    // ids the parser would reject are renamed, so that their elements are drawn (as in the modeler)
    instance.importXML(repairIds(xml).xml).then(
      () => {
        if (current) instance.get<Canvas>('canvas').zoom('fit-viewport', 'auto');
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [xml]);

  const zoom = (factor: number | 'fit-viewport') => {
    const canvas = viewer.current?.get<Canvas>('canvas');
    if (!canvas) return;
    if (factor === 'fit-viewport') canvas.zoom('fit-viewport', 'auto');
    else canvas.zoom(canvas.zoom() * factor);
  };

  return (
    <figure className="diagram" aria-labelledby={captionId}>
      <figcaption className="visually-hidden" id={captionId}>
        {label}
      </figcaption>
      <div className="diagram__toolbar" role="group" aria-label={t('diagram.zoom')}>
        <button type="button" className="button button--quiet" onClick={() => zoom(1.25)}>
          {t('diagram.zoomIn')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => zoom(0.8)}>
          {t('diagram.zoomOut')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => zoom('fit-viewport')}>
          {t('diagram.fit')}
        </button>
      </div>
      {/* The drawing itself is not readable by screen readers; the caption describes it. */}
      <div className="diagram__canvas" ref={container} data-testid="diagram-canvas" />
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('diagram.renderFailed')}
        </p>
      )}
    </figure>
  );
}
