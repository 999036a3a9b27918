/**
 * The rollout section of a process page: the current stage and support level, every stage event
 * (when, from → to, support level, who as an account id, note or reason), and the form to record a
 * change for those who may (rollout:write in the process's department; never on base processes,
 * which are rolled out through their variants, nor on archived ones).
 */
import { useState } from 'react';
import type { Account } from '@efile/schemas';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useRolloutEvents } from '../../api/getRolloutEvents';
import { useRolloutState } from '../../api/getRolloutState';
import { usePlannerTranslation } from '../../i18n';
import { mayRecordStage } from '../../plannerPolicy';
import { PlannerTable } from '../shared/PlannerTable';
import { StageChangeForm } from './StageChangeForm';
import '../../planner.css';

export interface RolloutTimelineSectionProps {
  processKey: string;
  account: Account;
}

export default function RolloutTimelineSection({ processKey, account }: RolloutTimelineSectionProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const state = useRolloutState(processKey);
  const events = useRolloutEvents(processKey);
  const [saved, setSaved] = useState<string>();
  const actor = (id: string) => (id === account.id ? `${t('common.you')} (${id})` : id);

  let body;
  if (state.isPending || events.isPending) body = <Loading label={t('timeline.loading')} />;
  else if (state.isError) body = <ErrorMessage error={state.error} onRetry={() => void state.refetch()} />;
  else if (events.isError) body = <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />;
  else {
    const current = state.data.state;
    const canRecord = mayRecordStage(account, current);
    body = (
      <>
        <dl className="metadata metadata--compact" data-testid="rollout-current">
          <div className="metadata__row">
            <dt>{t('timeline.current')}</dt>
            <dd data-testid="rollout-stage">
              <strong>{t(`stages.${current.stage}`)}</strong>
              {current.since && <> {t('timeline.since', { date: format.dateTime(current.since) })}</>}
            </dd>
          </div>
          <div className="metadata__row">
            <dt>{t('timeline.currentSupport')}</dt>
            <dd>{current.support ? t(`support.${current.support}`) : t('common.none')}</dd>
          </div>
        </dl>
        {current.kind === 'base' && <p className="notice">{t('timeline.baseProcess')}</p>}
        {current.kind !== 'base' && current.archived && <p className="notice">{t('timeline.archived')}</p>}
        {events.data.items.length === 0 ? (
          <p>{t('timeline.noEvents')}</p>
        ) : (
          <PlannerTable
            caption={t('timeline.caption')}
            testId="rollout-events"
            head={
              <tr>
                <th scope="col">{t('timeline.when')}</th>
                <th scope="col">{t('timeline.change')}</th>
                <th scope="col">{t('timeline.support')}</th>
                <th scope="col">{t('timeline.who')}</th>
                <th scope="col">{t('timeline.noteReason')}</th>
              </tr>
            }
          >
            {events.data.items.map((event) => (
              <tr key={event.seq} data-seq={event.seq}>
                <th scope="row" className="nowrap">
                  {format.dateTime(event.at)}
                </th>
                <td>
                  {t(`stages.${event.from}`)} → {t(`stages.${event.to}`)}
                </td>
                <td>{t(`support.${event.support}`)}</td>
                <td>
                  <code>{actor(event.actorId)}</code>
                </td>
                <td>
                  {event.note && (
                    <p className="prewrap">
                      <span className="muted">{t('timeline.note')}:</span> {event.note}
                    </p>
                  )}
                  {event.reason && (
                    <p className="prewrap">
                      <span className="muted">{t('timeline.reason')}:</span> {event.reason}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </PlannerTable>
        )}
        <div role="status">
          {saved && (
            <p className="notice notice--success" data-testid="stage-saved">
              {saved}
            </p>
          )}
        </div>
        {canRecord ? (
          <StageChangeForm
            state={current}
            version={state.data.version}
            onSaved={(stage) => setSaved(t('timeline.saved', { stage: t(`stages.${stage}`) }))}
          />
        ) : (
          current.kind !== 'base' && !current.archived && <p className="muted">{t('timeline.readOnly')}</p>
        )}
      </>
    );
  }
  return (
    <section className="section" aria-labelledby="rollout-heading" data-testid="rollout-timeline">
      <h2 id="rollout-heading">{t('timeline.title')}</h2>
      {body}
    </section>
  );
}
