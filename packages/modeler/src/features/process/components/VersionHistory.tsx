/**
 * The diagram versions of a process, newest first: open one, move it through the release workflow
 * (submit for review, release, send back to draft) or restore an older one as a new version.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account, Diagram } from '@efile/schemas';
import { ApiError } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { paths } from '../../../app/paths';
import { useFormat } from '../../../i18n/useFormat';
import { useChangeDiagramStatus } from '../api/changeDiagramStatus';
import { useRestoreDiagram } from '../api/restoreDiagram';
import { DiagramStatusBadge } from './DiagramStatusBadge';

type Status = Diagram['status'];

/** The workflow steps open from each status. */
const NEXT: Record<Status, Status[]> = {
  draft: ['in_review'],
  in_review: ['released', 'draft'],
  released: [],
};

type PendingAction = { kind: 'status'; diagram: Diagram; to: Status } | { kind: 'restore'; diagram: Diagram };

export interface VersionHistoryProps {
  processKey: string;
  diagrams: readonly Diagram[];
  shownVersion: number | undefined;
  account: Account;
  canChange: boolean;
  /** A version was restored (the new version's number) or changed: show it. */
  onShow: (version: number) => void;
}

function ActionDialog({
  processKey,
  action,
  onClose,
  onDone,
}: {
  processKey: string;
  action: PendingAction;
  onClose: () => void;
  onDone: (message: string, version: number) => void;
}) {
  const { t } = useTranslation();
  const changeStatus = useChangeDiagramStatus();
  const restore = useRestoreDiagram();
  const { version } = action.diagram;
  const [message, setMessage] = useState(action.kind === 'restore' ? t('versions.restoreMessage', { version }) : '');
  const pending = changeStatus.isPending || restore.isPending;
  const error = changeStatus.error ?? restore.error;
  const title =
    action.kind === 'restore'
      ? t('versions.restoreTitle', { version })
      : t(`versions.transition.${action.to}.title`, { version });
  const confirm = () => {
    const text = message.trim();
    if (action.kind === 'restore') {
      restore.mutate(
        { key: processKey, version, ...(text ? { message: text } : {}) },
        {
          onSuccess: (created) =>
            onDone(t('versions.restored', { version, created: created.version }), created.version),
        },
      );
    } else {
      changeStatus.mutate(
        {
          key: processKey,
          version,
          revision: action.diagram.revision,
          change: { status: action.to, ...(text ? { message: text } : {}) },
        },
        {
          onSuccess: () => onDone(t(`versions.transition.${action.to}.done`, { version }), version),
        },
      );
    }
  };
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={confirm} disabled={pending}>
            {action.kind === 'restore' ? t('versions.restoreConfirm') : t(`versions.transition.${action.to}.confirm`)}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={pending}>
            {t('actions.cancel')}
          </button>
        </>
      }
    >
      <p>
        {action.kind === 'restore'
          ? t('versions.restoreText', { version })
          : t(`versions.transition.${action.to}.text`)}
      </p>
      <div className="field">
        <label htmlFor="version-action-message">{t('versions.message')}</label>
        <textarea
          id="version-action-message"
          rows={3}
          value={message}
          maxLength={500}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      {error &&
        (error instanceof ApiError && error.status === 412 ? (
          <p className="notice notice--error" role="alert">
            {t('versions.changedMeanwhile')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        ))}
    </Dialog>
  );
}

export function VersionHistory({
  processKey,
  diagrams,
  shownVersion,
  account,
  canChange,
  onShow,
}: VersionHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [action, setAction] = useState<PendingAction>();
  const [done, setDone] = useState<string>();
  const latest = diagrams[0]?.version;
  return (
    <>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <div className="table-scroll" role="region" aria-labelledby="versions-caption" tabIndex={0}>
        <table className="table" data-testid="version-history">
          <caption id="versions-caption">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.version')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.created')}</th>
              <th scope="col">{t('versions.author')}</th>
              <th scope="col">{t('versions.message')}</th>
              <th scope="col" className="numeric">
                {t('versions.size')}
              </th>
              <th scope="col">{t('versions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {diagrams.map((diagram) => {
              const shown = diagram.version === shownVersion;
              return (
                <tr key={diagram.version} className={shown ? 'is-current' : undefined}>
                  <th scope="row">{diagram.version}</th>
                  <td>
                    <DiagramStatusBadge status={diagram.status} />
                  </td>
                  <td className="nowrap">{format.dateTime(diagram.createdAt)}</td>
                  <td>{diagram.author === account.id ? t('versions.you') : <code>{diagram.author}</code>}</td>
                  <td>{diagram.message ?? '–'}</td>
                  <td className="numeric nowrap">
                    {t('versions.kilobytes', { size: format.number(diagram.size / 1024, 1) })}
                  </td>
                  <td>
                    <div className="row-actions">
                      {shown ? (
                        <span className="muted" aria-current="true">
                          {t('versions.shown')}
                        </span>
                      ) : (
                        <Link to={paths.process(processKey, diagram.version)} replace>
                          {t('versions.show', { version: diagram.version })}
                        </Link>
                      )}
                      {canChange &&
                        NEXT[diagram.status].map((to) => (
                          <button
                            key={to}
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() => {
                              setDone(undefined);
                              setAction({ kind: 'status', diagram, to });
                            }}
                          >
                            {t(`versions.transition.${to}.button`)}
                            <span className="visually-hidden">
                              {' '}
                              {t('versions.ofVersion', { version: diagram.version })}
                            </span>
                          </button>
                        ))}
                      {canChange && diagram.version !== latest && (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => {
                            setDone(undefined);
                            setAction({ kind: 'restore', diagram });
                          }}
                        >
                          {t('versions.restore')}
                          <span className="visually-hidden">
                            {' '}
                            {t('versions.ofVersion', { version: diagram.version })}
                          </span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {action && (
        <ActionDialog
          processKey={processKey}
          action={action}
          onClose={() => setAction(undefined)}
          onDone={(message, version) => {
            setAction(undefined);
            setDone(message);
            onShow(version);
          }}
        />
      )}
    </>
  );
}
