/**
 * One diagram version shown read-only, with what the parser counted and a download of the file.
 * The viewer (bpmn-js) is a chunk of its own, loaded when the first diagram is shown.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagram } from '@efile/schemas';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { diagramDownloadUrl, useDiagramContent } from '../api/getDiagramContent';
import { DiagramStatusBadge } from './DiagramStatusBadge';

const DiagramViewer = lazy(() => import('./DiagramViewer'));

export function DiagramPreview({ processKey, diagram }: { processKey: string; diagram: Diagram }) {
  const { t } = useTranslation();
  const content = useDiagramContent(processKey, diagram.version);
  const label = t('diagram.label', {
    version: diagram.version,
    status: t(`diagram.status.${diagram.status}`),
    flowNodes: diagram.stats.flowNodes,
    lanes: diagram.stats.lanes,
  });
  return (
    <div className="diagram-preview" data-testid="diagram-preview">
      <p className="diagram-preview__meta">
        <strong>{t('diagram.versionTitle', { version: diagram.version })}</strong>{' '}
        <DiagramStatusBadge status={diagram.status} />{' '}
        <span className="muted">
          {t('diagram.stats', { flowNodes: diagram.stats.flowNodes, lanes: diagram.stats.lanes })}
        </span>{' '}
        <a href={diagramDownloadUrl(processKey, diagram.version)} download>
          {t('diagram.download', { version: diagram.version })}
        </a>
      </p>
      {content.isError ? (
        <ErrorMessage error={content.error} onRetry={() => void content.refetch()} />
      ) : content.data === undefined ? (
        <Loading label={t('diagram.loading')} />
      ) : (
        <Suspense fallback={<Loading label={t('diagram.loading')} />}>
          <DiagramViewer xml={content.data} label={label} />
        </Suspense>
      )}
    </div>
  );
}
