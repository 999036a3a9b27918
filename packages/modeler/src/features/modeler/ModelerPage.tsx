/**
 * The BPMN modeler of one process: opens its newest diagram version (or a new diagram), edits it
 * with properties panel, lint findings and an accessible step list, and saves each save as a new
 * version. A save never overwrites what someone else saved in the meantime: the user chooses to
 * load theirs or to save theirs over with a new version on top. Those who may not change the process
 * (the client policy, as the API's) get the read-only viewer instead. Loaded lazily by the app's router.
 */
import { useCallback, useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { UNSAFE_DataRouterContext } from 'react-router';
import { ErrorMessage, useErrorText } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../app/usePageTitle';
import { ApiError } from '../../api/client';
import { useProcess } from './api/getProcess';
import { diagramsQueryOptions, newestVersion, useDiagrams } from './api/listDiagrams';
import { useDiagram } from './api/getDiagram';
import { decodedContentKey, useDiagramContent } from './api/getDiagramContent';
import { useNewestDiagramContent } from './api/getNewestDiagramContent';
import { useUploadDiagram } from './api/uploadDiagram';
import { ConflictDialog, type Conflict } from './components/ConflictDialog';
import { IssuesPanel, useLintIssues } from './components/IssuesPanel';
import { LeaveGuard } from './components/LeaveGuard';
import { ModelerToolbar } from './components/ModelerToolbar';
import { NoticeList, type Notice } from './components/NoticeList';
import { SaveDialog } from './components/SaveDialog';
import { SidePanel } from './components/SidePanel';
import { StepList } from './components/StepList';
import { ConformancePanel } from './conformance/ConformancePanel';
import { emptyDiagram } from './diagram/emptyDiagram';
import { openDiagram, type OpenNotice } from './diagram/openDiagram';
import { decodeBpmnFile } from './files/decodeBpmnFile';
import { exportDiagram, type ExportKind } from './files/exportDiagram';
import { useBeforeUnload } from './hooks/useBeforeUnload';
import { useCommandStackState } from './hooks/useCommandStackState';
import { useModelerHost } from './hooks/useModelerHost';
import { useRetranslate } from './hooks/useRetranslate';
import { useModelerTranslation, type ModelerT } from './i18n';
import { ReadOnlyModeler } from './ReadOnlyModeler';
import { useAccount } from '../auth/hooks/useAccount';
import { mayEditDiagram } from '../auth/policy';
import './modeler.css';

export interface ModelerPageProps {
  processKey: string;
  /**
   * When the page was opened (epoch ms; openModeler's moment when the router opened it, else the
   * page's first render): a list of versions read since then is the newest the page goes by.
   */
  openedAt?: number;
  /** Told when unsaved changes appear and disappear (for a host's own leave warning). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Which stored version to put on the canvas (undefined: a new diagram); a new object loads again. */
interface LoadTarget {
  version: number | undefined;
}

/** The performance mark set whenever a diagram is on the canvas (read by the benchmark). */
export const READY_MARK = 'efile:modeler:ready';

function describeOpenNotice(t: ModelerT, notice: OpenNotice): Omit<Notice, 'id'> {
  switch (notice.code) {
    case 'layoutGenerated':
      return {
        tone: 'warning',
        text: notice.collaboration
          ? `${t('notices.layoutGenerated')} ${t('notices.layoutCollaboration')}`
          : t('notices.layoutGenerated'),
      };
    case 'layoutFailed':
      return { tone: 'error', text: t('notices.layoutFailed', { message: notice.message }) };
    case 'idsRepaired':
      return {
        tone: 'warning',
        text: t('notices.idsRepaired', {
          count: notice.renamed.length,
          list: notice.renamed.map(({ from, to }) => t('notices.idRenamed', { from, to })).join('; '),
        }),
      };
    case 'empty':
      return { tone: 'info', text: t('notices.empty') };
    case 'notRendered':
      return { tone: 'warning', text: t('notices.notRendered') };
    case 'importWarnings':
      return { tone: 'warning', text: t('notices.importWarnings', { count: notice.count, first: notice.first }) };
  }
}

/**
 * The editor, or the read-only viewer for an account that may not change the process. Which one is
 * known once the process is read (the route asked for it as it opened, so it is usually there by the
 * time this code runs); until then a loading note, never an editor that turns into a viewer. A
 * manager reads only in any case. A process that cannot be read is the editor's to report.
 */
export default function ModelerPage(props: ModelerPageProps) {
  const { t } = useModelerTranslation();
  const account = useAccount();
  const processQuery = useProcess(props.processKey);
  const process = processQuery.data;
  const readOnly = account.role === 'manager' || (process !== undefined && !mayEditDiagram(account, process));
  if (readOnly)
    return (
      <ReadOnlyModeler
        processKey={props.processKey}
        process={process}
        openedAt={props.openedAt}
        describe={describeOpenNotice}
      />
    );
  if (processQuery.isPending) return <Loading label={t('page.loading')} />;
  return <EditableModeler {...props} />;
}

function EditableModeler({ processKey, openedAt: openedAtProp, onDirtyChange }: ModelerPageProps) {
  const { t, i18n } = useModelerTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const inDataRouter = useContext(UNSAFE_DataRouterContext) !== null;

  const canvasRef = useRef<HTMLDivElement>(null);
  const propertiesRef = useRef<HTMLDivElement>(null);
  const modeler = useModelerHost(canvasRef, propertiesRef);
  const stack = useCommandStackState(modeler);
  const issues = useLintIssues(modeler);
  useRetranslate(modeler, i18n.resolvedLanguage ?? i18n.language);

  const processQuery = useProcess(processKey);
  const process = processQuery.data;
  const [openedAt] = useState(() => openedAtProp ?? Date.now());
  const versions = useDiagrams(processKey, openedAt);
  usePageTitle(process ? t('page.title', { name: process.name }) : t('page.titleLoading'));

  const [target, setTarget] = useState<LoadTarget | null>(null);
  /** The stored version the canvas derives from; undefined for a new diagram. */
  const [baseVersion, setBaseVersion] = useState<number | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saveOpen, setSaveOpen] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [showConformance, setShowConformance] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);

  // The newest XML is asked for with the list of versions; it stands for the target version when it has
  // the hash the list gives that version, else (or while it is missing) the version is read by number.
  const newest = useNewestDiagramContent(processKey);
  const targetItem = versions.data?.items.find(
    (item) => target?.version !== undefined && item.version === target.version,
  );
  const early = newest.data && targetItem && newest.data.sha256 === targetItem.sha256 ? newest.data.text : undefined;
  const byNumber = target?.version !== undefined && early === undefined && !newest.isLoading;
  const content = useDiagramContent(processKey, byNumber ? target.version : undefined);
  const targetXml = early ?? content.data;
  const baseDiagram = useDiagram(processKey, baseVersion);
  const theirs = useDiagram(processKey, conflict?.theirs);
  const upload = useUploadDiagram();

  const notify = useCallback((list: Array<Omit<Notice, 'id'>>, replace = false) => {
    const numbered = list.map((notice) => ({ ...notice, id: ++noticeId.current }));
    setNotices((current) => (replace ? numbered : [...current, ...numbered]));
  }, []);
  /** A failure as one sentence: the app's text for API errors (with the server's detail), else the message. */
  const failure = (error: unknown) => {
    if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
    const detail = error.problem.detail;
    return detail ? `${errorText(error)} (${detail})` : errorText(error);
  };

  useBeforeUnload(stack.dirty);
  useEffect(() => onDirtyChange?.(stack.dirty), [stack.dirty, onDirtyChange]);

  // the newest version, as read since the page opened (not as cached by an earlier page)
  const versionsFresh = versions.isSuccess && versions.dataUpdatedAt >= openedAt;
  useEffect(() => {
    if (versions.data && versionsFresh && target === null) {
      setTarget({ version: newestVersion(versions.data) });
    }
  }, [versions.data, versionsFresh, target]);

  // put the target on the canvas once its XML is there (each target once)
  const loaded = useRef<LoadTarget | null>(null);
  useEffect(() => {
    if (!modeler || !process || !target || loaded.current === target) return;
    if (target.version !== undefined && targetXml === undefined) return;
    loaded.current = target;
    if (target.version !== undefined && early !== undefined) {
      queryClient.setQueryData(decodedContentKey(processKey, target.version), early);
    }
    const xml = target.version !== undefined ? (targetXml as string) : emptyDiagram(process.name, t('page.start'));
    setReady(false);
    openDiagram(modeler, xml).then(
      (opened) => {
        // a generated layout or renamed ids are changes that are stored nowhere yet
        if (opened.some((notice) => notice.code === 'layoutGenerated' || notice.code === 'idsRepaired')) {
          stack.markUnsaved();
        } else stack.markSaved();
        setBaseVersion(target.version);
        setLoadError(null);
        notify(
          opened.map((notice) => describeOpenNotice(t, notice)),
          true,
        );
        setReady(true);
        performance.mark(READY_MARK);
      },
      (error: unknown) => {
        setLoadError(error);
        notify([{ tone: 'error', text: t('page.loadFailed', { message: failure(error) }) }], true);
      },
    );
    // stack and t change identity with every render: the target alone decides when to load
  }, [modeler, process, target, targetXml]);

  /** Stores the canvas as a new version; `expected` is the version number it should get. */
  const store = async (message: string, expected: number) => {
    if (!modeler) return;
    const position = stack.position();
    const { xml = '' } = await modeler.saveXML({ format: true });
    const created = await upload.mutateAsync({ key: processKey, xml, message });
    queryClient.setQueryData(decodedContentKey(processKey, created.version), xml);
    stack.markSaved(position);
    setBaseVersion(created.version);
    notify([
      created.version === expected
        ? { tone: 'success', text: t('save.done', { version: created.version }) }
        : { tone: 'warning', text: t('save.doneAfterOther', { version: created.version, other: created.version - 1 }) },
    ]);
  };

  const save = async (message: string) => {
    setSaveOpen(false);
    setBusy(true);
    try {
      // someone may have saved since this diagram was opened: compare with the newest version now
      const latest = newestVersion(await queryClient.fetchQuery({ ...diagramsQueryOptions(processKey), staleTime: 0 }));
      if (latest !== undefined && latest !== baseVersion) {
        setConflict({ mine: baseVersion, theirs: latest, message });
        return;
      }
      await store(message, (baseVersion ?? 0) + 1);
    } catch (error) {
      notify([{ tone: 'error', text: t('save.failed', { message: failure(error) }) }]);
    } finally {
      setBusy(false);
    }
  };

  const keepMine = async () => {
    if (!conflict) return;
    setBusy(true);
    try {
      await store(conflict.message, conflict.theirs + 1);
      setConflict(null);
    } catch (error) {
      notify([{ tone: 'error', text: t('save.failed', { message: failure(error) }) }]);
    } finally {
      setBusy(false);
    }
  };

  const reloadTheirs = () => {
    if (!conflict) return;
    setTarget({ version: conflict.theirs });
    notify([{ tone: 'info', text: t('conflict.reloaded', { version: conflict.theirs }) }]);
    setConflict(null);
  };

  const requestSave = () => {
    if (!busy && ready) setSaveOpen(true);
  };

  const exportAs = async (kind: ExportKind) => {
    if (!modeler) return;
    try {
      await exportDiagram(modeler, kind, processKey, baseVersion);
    } catch (error) {
      notify([{ tone: 'error', text: t('export.failed', { message: failure(error) }) }]);
    }
  };

  const openFile = async (file: File) => {
    if (!modeler) return;
    if (stack.dirty && !window.confirm(t('import.confirmReplace'))) return;
    setBusy(true);
    const wasDirty = stack.dirty;
    const previous = await modeler.saveXML().then(
      (result) => result.xml,
      () => undefined,
    );
    try {
      const decoded = decodeBpmnFile(await file.arrayBuffer());
      const opened = await openDiagram(modeler, decoded.text);
      stack.markUnsaved();
      notify(
        [
          { tone: 'success', text: t('import.done', { file: file.name }) },
          ...(decoded.declared
            ? [
                {
                  tone: 'warning' as const,
                  text: t('import.encoding', { declared: decoded.declared, actual: decoded.encoding }),
                },
              ]
            : []),
          ...opened.map((notice) => describeOpenNotice(t, notice)),
        ],
        true,
      );
    } catch (error) {
      notify([
        {
          tone: 'error',
          text: t('import.failed', {
            file: file.name,
            message: error instanceof Error ? error.message : String(error),
          }),
        },
      ]);
      // a failed import may have cleared the canvas: bring back what was there
      if (previous) {
        await modeler.importXML(previous).catch(() => undefined);
        if (wasDirty) stack.markUnsaved();
        else stack.markSaved();
      }
    } finally {
      setBusy(false);
    }
  };

  const downloadMine = () => void exportAs('bpmn');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      requestSave();
    }
  };

  const failedQuery = processQuery.isError ? processQuery : versions.isError ? versions : undefined;
  if (failedQuery) {
    return (
      <div className="modeler-page">
        <h1>{t('page.titleLoading')}</h1>
        <ErrorMessage error={failedQuery.error} onRetry={() => void failedQuery.refetch()} />
      </div>
    );
  }

  const status = baseDiagram.data?.version === baseVersion ? baseDiagram.data?.status : undefined;

  return (
    <div className="modeler-page" data-state={ready ? 'ready' : 'loading'} onKeyDown={onKeyDown}>
      <header className="modeler-header">
        <h1>{process ? t('page.title', { name: process.name }) : t('page.titleLoading')}</h1>
        <p className="modeler-header__version" data-testid="modeler-version">
          {baseVersion !== undefined
            ? status
              ? t('page.versionInfo', { version: baseVersion, status: t(`status.${status}`) })
              : t('page.versionOnly', { version: baseVersion })
            : ready
              ? t('page.versionNone')
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

      <ModelerToolbar
        canUndo={stack.canUndo}
        canRedo={stack.canRedo}
        dirty={stack.dirty}
        busy={busy || !ready}
        onUndo={stack.undo}
        onRedo={stack.redo}
        onSave={requestSave}
        onOpenFile={(file) => void openFile(file)}
        onExport={(kind) => void exportAs(kind)}
      />

      <NoticeList notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />

      {showConformance && process?.baseProcess && <ConformancePanel processKey={processKey} />}

      <div className="modeler-workspace">
        <div className="modeler-canvas-frame">
          {content.isError && (
            <ErrorMessage error={content.error} onRetry={() => void content.refetch()} title={t('page.titleLoading')} />
          )}
          {!ready && loadError === null && !content.isError && (
            <div className="modeler-canvas-loading">
              <Loading label={t('page.loading')} />
            </div>
          )}
          <div ref={canvasRef} className="modeler-canvas" role="region" aria-label={t('page.canvasLabel')} />
        </div>
        <SidePanel
          propertiesRef={propertiesRef}
          issueCount={issues.length}
          steps={<StepList modeler={modeler} />}
          issues={<IssuesPanel modeler={modeler} issues={issues} />}
        />
      </div>

      <SaveDialog
        open={saveOpen}
        unchanged={!stack.dirty}
        nextVersion={Math.max(versions.data ? (newestVersion(versions.data) ?? 0) : 0, baseVersion ?? 0) + 1}
        saving={busy}
        onSave={(message) => void save(message)}
        onClose={() => setSaveOpen(false)}
      />
      <ConflictDialog
        conflict={conflict}
        theirs={theirs.data}
        busy={busy}
        onKeepMine={() => void keepMine()}
        onReloadTheirs={reloadTheirs}
        onDownloadMine={downloadMine}
        onClose={() => setConflict(null)}
      />
      {inDataRouter && <LeaveGuard when={stack.dirty} />}
    </div>
  );
}
