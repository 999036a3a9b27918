/**
 * The modeler's page for those who may read a process but not change it (managers, modellers of
 * other departments, archived processes): the newest version in bpmn-js's NavigatedViewer (no
 * palette, no context pad, no properties panel, nothing to save), a "read only" notice, the exports,
 * the step list as text and, for a variant, the conformance view. The viewer is part of bpmn-js's
 * shared chunk, which the process page loads too: no second large chunk.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { Process } from '@efile/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../app/usePageTitle';
import { useDiagram } from './api/getDiagram';
import { useDiagramContent } from './api/getDiagramContent';
import { newestVersion, useDiagrams } from './api/listDiagrams';
import { ModelerToolbar } from './components/ModelerToolbar';
import { NoticeList, type Notice } from './components/NoticeList';
import { StepList } from './components/StepList';
import { ConformancePanel } from './conformance/ConformancePanel';
import { openDiagram, type OpenNotice } from './diagram/openDiagram';
import { exportDiagram, type ExportKind } from './files/exportDiagram';
import { useDiagramHost } from './hooks/useDiagramHost';
import fitOnImportModule from './bpmn/fitOnImport';
import { useModelerTranslation, type ModelerT } from './i18n';

export interface ReadOnlyModelerProps {
  processKey: string;
  /** The process, once read (the page title and the variant's base come from it). */
  process: Process | undefined;
  /** When the page was opened (epoch ms): a list of versions read since then is fresh (see openModeler). */
  openedAt?: number | undefined;
  /** Turns a notice of opening into text (the same texts as the modeler's). */
  describe: (t: ModelerT, notice: OpenNotice) => Omit<Notice, 'id'>;
}

/** The viewer, attached to `canvas` while mounted; null before. */
function useViewerHost(canvas: RefObject<HTMLElement | null>): NavigatedViewer | null {
  return useDiagramHost(
    () => new NavigatedViewer({ additionalModules: [fitOnImportModule] }),
    (viewer) => {
      if (canvas.current) viewer.attachTo(canvas.current);
      return () => viewer.detach();
    },
  );
}

export function ReadOnlyModeler({ processKey, process, openedAt: openedAtProp, describe }: ReadOnlyModelerProps) {
  const { t } = useModelerTranslation();
  const canvasRef = useRef<HTMLDivElement>(null);
  const viewer = useViewerHost(canvasRef);
  usePageTitle(process ? t('readOnly.title', { name: process.name }) : t('readOnly.titleLoading'));

  // the newest version as read since the page opened (the route asked for it), not as an earlier page cached it
  const [openedAt] = useState(() => openedAtProp ?? Date.now());
  const versions = useDiagrams(processKey, openedAt);
  const fresh = versions.isSuccess && versions.dataUpdatedAt >= openedAt;
  const version = fresh ? newestVersion(versions.data) : undefined;
  const content = useDiagramContent(processKey, version);
  const metadata = useDiagram(processKey, version);

  const [ready, setReady] = useState(false);
  const [showConformance, setShowConformance] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);
  const notify = useCallback((list: Array<Omit<Notice, 'id'>>, replace = false) => {
    const numbered = list.map((notice) => ({ ...notice, id: ++noticeId.current }));
    setNotices((current) => (replace ? numbered : [...current, ...numbered]));
  }, []);

  // put the newest version on the canvas once its XML is there
  const xml = content.data;
  useEffect(() => {
    if (!viewer || xml === undefined) return;
    let current = true;
    setReady(false);
    openDiagram(viewer, xml).then(
      (opened) => {
        if (!current) return;
        notify(
          opened.map((notice) => describe(t, notice)),
          true,
        );
        setReady(true);
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        notify([{ tone: 'error', text: t('page.loadFailed', { message }) }], true);
      },
    );
    return () => {
      current = false;
    };
    // t and describe change identity with the language: the XML alone decides when to open
  }, [viewer, xml, notify]);

  const exportAs = async (kind: ExportKind) => {
    if (!viewer) return;
    try {
      await exportDiagram(viewer, kind, processKey, version);
    } catch (error) {
      notify([{ tone: 'error', text: t('export.failed', { message: (error as Error).message }) }]);
    }
  };

  const noDiagram = fresh && version === undefined;
  const failed = versions.isError ? versions : content.isError ? content : undefined;
  const status = metadata.data?.version === version ? metadata.data?.status : undefined;

  return (
    <div className="modeler-page modeler-page--read-only" data-state={ready || noDiagram ? 'ready' : 'loading'}>
      <header className="modeler-header">
        <h1>{process ? t('readOnly.title', { name: process.name }) : t('readOnly.titleLoading')}</h1>
        <p className="notice notice--info modeler-read-only" data-testid="read-only-notice">
          <strong className="modeler-read-only__badge">{t('readOnly.badge')}</strong> {t('readOnly.notice')}
        </p>
        <p className="modeler-header__version" data-testid="modeler-version">
          {version !== undefined
            ? status
              ? t('readOnly.versionInfo', { version, status: t(`status.${status}`) })
              : t('readOnly.versionOnly', { version })
            : ''}
        </p>
        {process?.baseProcess && (
          <div className="modeler-header__variant">
            <p>{t('page.variantOf', { base: process.baseProcess, version: process.baseVersion ?? '–' })}</p>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={showConformance}
              onClick={() => setShowConformance((shown) => !shown)}
            >
              {showConformance ? t('page.hideConformance') : t('page.showConformance')}
            </button>
          </div>
        )}
      </header>

      {!noDiagram && <ModelerToolbar readOnly onExport={(kind) => void exportAs(kind)} />}

      <NoticeList notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
      {noDiagram && <p>{t('readOnly.none')}</p>}

      {showConformance && process?.baseProcess && <ConformancePanel processKey={processKey} />}

      <div className="modeler-workspace" style={noDiagram ? { display: 'none' } : undefined}>
        <div className="modeler-canvas-frame">
          {failed && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
          {!ready && !failed && (
            <div className="modeler-canvas-loading">
              <Loading label={t('page.loading')} />
            </div>
          )}
          <div ref={canvasRef} className="modeler-canvas" role="region" aria-label={t('readOnly.canvasLabel')} />
        </div>
        <aside className="modeler-side" aria-label={t('page.sidePanel')}>
          {/* focusable: keyboard users scroll a long list, which holds nothing else to focus */}
          <div className="modeler-side__panel" tabIndex={0}>
            <StepList modeler={viewer} readOnly />
          </div>
        </aside>
      </div>
    </div>
  );
}
