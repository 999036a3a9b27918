/**
 * The wave board (/rollout/waves): each wave as a column with its dates, demand against capacity and
 * its departments and processes; the departments in no wave in a column of their own. Admins move a
 * department to another wave with its menu (keyboard first; the move names the target wave's version),
 * move single processes between waves, create, edit and delete waves (dialogs); everyone can try a
 * what-if scenario without saving it. Below the board the effort table the demand counts with, which
 * admins change in a dialog.
 */
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Department, Wave } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { paths } from '../../../../app/paths';
import { usePageTitle } from '../../../../app/usePageTitle';
import { ErrorMessage, useErrorText } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { useFormat } from '../../../../i18n/useFormat';
import { useAccount } from '../../../auth/hooks/useAccount';
import { useDepartments } from '../../../catalogue/api/getDepartments';
import { useWaves } from '../../api/getWaves';
import { useMoveToWave } from '../../api/moveToWave';
import { usePlannerTranslation } from '../../i18n';
import { dayDate } from '../../plannerFormat';
import { mayPlanWaves } from '../../plannerPolicy';
import { CountingRule } from '../shared/CountingRule';
import { ExportLinks } from '../shared/ExportLinks';
import { PlannerNav } from '../shared/PlannerNav';
import { CapacityBar } from './CapacityBar';
import { CapacityForecastSection } from './CapacityForecastSection';
import { CreateWaveForm } from './CreateWaveForm';
import { DeleteWaveDialog } from './DeleteWaveDialog';
import { EditWaveDialog } from './EditWaveDialog';
import { EffortTableSection } from './EffortTableSection';
import { MoveMenu, type MoveTarget } from './MoveMenu';
import { MoveProcessesDialog } from './MoveProcessesDialog';
import { WhatIfPanel } from './WhatIfPanel';
import '../../planner.css';

/** Individually listed processes shown per wave before "…". */
const PROCESSES_SHOWN = 12;

/** The id of a wave's action button (to return the focus to it). */
function actionId(waveId: string, kind: OpenDialog['kind']): string {
  return `wave-${waveId}-${kind}`;
}

/** The dialog open on the board, and the wave it is about. */
interface OpenDialog {
  kind: 'edit' | 'delete' | 'moveProcesses';
  waveId: string;
}

interface WaveActionsProps {
  wave: Wave;
  canMoveProcesses: boolean;
  onOpen: (dialog: OpenDialog) => void;
}

/** The planning actions of a wave (admins): edit, move processes out of it, delete. */
function WaveActions({ wave, canMoveProcesses, onOpen }: WaveActionsProps) {
  const { t } = usePlannerTranslation();
  const button = (kind: OpenDialog['kind'], text: string, label: string) => (
    <button
      type="button"
      id={actionId(wave.id, kind)}
      className="button button--small button--secondary"
      aria-label={label}
      aria-haspopup="dialog"
      onClick={() => onOpen({ kind, waveId: wave.id })}
    >
      {text}
    </button>
  );
  return (
    <div className="wave__actions">
      {button('edit', t('waves.actions.edit'), t('waves.actions.editLabel', { name: wave.name }))}
      {canMoveProcesses &&
        button(
          'moveProcesses',
          t('waves.actions.moveProcesses'),
          t('waves.actions.moveProcessesLabel', { name: wave.name }),
        )}
      {button('delete', t('waves.actions.delete'), t('waves.actions.deleteLabel', { name: wave.name }))}
    </div>
  );
}

interface DepartmentListProps {
  codes: readonly string[];
  departments: ReadonlyMap<string, Department>;
  targets: readonly MoveTarget[];
  canMove: boolean;
  busy: boolean;
  onMove: (code: string, target: MoveTarget) => void;
}

function DepartmentList({ codes, departments, targets, canMove, busy, onMove }: DepartmentListProps) {
  const { t } = usePlannerTranslation();
  if (codes.length === 0) return <p className="muted">{t('waves.noDepartments')}</p>;
  return (
    <ul className="wave__departments">
      {codes.map((code) => (
        <li key={code} data-department={code}>
          <Link to={paths.rolloutDepartment(code)}>
            <span className="nowrap">{code}</span> {departments.get(code)?.shortName ?? ''}
          </Link>
          {canMove && (
            <MoveMenu code={code} targets={targets} disabled={busy} onMove={(target) => onMove(code, target)} />
          )}
        </li>
      ))}
    </ul>
  );
}

export default function WaveBoardPage() {
  const { t } = usePlannerTranslation();
  usePageTitle(t('waves.title'));
  const format = useFormat();
  const errorText = useErrorText();
  const account = useAccount();
  const canPlan = mayPlanWaves(account);
  const waves = useWaves();
  const departmentsQuery = useDepartments();
  const move = useMoveToWave();
  const [announcement, setAnnouncement] = useState('');
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>();
  const createButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const departmentList = useMemo(() => departmentsQuery.data?.items ?? [], [departmentsQuery.data]);
  const departments = useMemo(() => new Map(departmentList.map((d) => [d.code, d])), [departmentList]);

  const items = useMemo(() => waves.data?.items ?? [], [waves.data]);
  const inWaves = useMemo(() => new Set(items.flatMap((w) => w.departments)), [items]);
  const withoutWave = departmentList.map((d) => d.code).filter((code) => !inWaves.has(code));

  const moveDepartment = (code: string, target: MoveTarget) => {
    const wave = items.find((w) => w.id === target.id);
    if (!wave) return;
    setAnnouncement(t('waves.moving', { code }));
    move.mutate(
      { waveId: wave.id, version: wave.version, move: { departments: [code] } },
      {
        onSuccess: () => {
          setAnnouncement(t('waves.moved', { code, name: wave.name }));
          // the department's menu button now stands in the target wave's column
          setTimeout(() => document.getElementById(`move-${code}`)?.focus(), 0);
        },
        onError: (error) => {
          setAnnouncement(
            error instanceof ApiError && error.status === 412 ? t('waves.changedMeanwhile') : errorText(error),
          );
          setTimeout(() => document.getElementById(`move-${code}`)?.focus(), 0);
        },
      },
    );
  };

  const dialogWave = dialog && items.find((w) => w.id === dialog.waveId);
  const closeDialog = () => setDialog(undefined);

  const targetsFor = (current: Wave | undefined): MoveTarget[] =>
    items.filter((w) => w.id !== current?.id).map((w) => ({ id: w.id, name: w.name }));

  let board;
  if (waves.isPending) board = <Loading label={t('waves.loading')} />;
  else if (waves.isError) board = <ErrorMessage error={waves.error} onRetry={() => void waves.refetch()} />;
  else {
    const { unassigned, rule } = waves.data;
    board = (
      <>
        {items.length === 0 && <p className="empty">{t('waves.none')}</p>}
        <ul className="wave-board" aria-label={t('waves.board')} aria-busy={move.isPending || undefined}>
          {items.map((wave) => (
            <li key={wave.id} className="wave" data-wave={wave.id}>
              <section aria-labelledby={`wave-${wave.id}-title`}>
                <h2 id={`wave-${wave.id}-title`} className="wave__title">
                  {wave.name}
                </h2>
                {canPlan && (
                  <WaveActions
                    wave={wave}
                    canMoveProcesses={items.length > 1 && (wave.departments.length > 0 || wave.processKeys.length > 0)}
                    onOpen={setDialog}
                  />
                )}
                <p className="wave__period">
                  {t('waves.period', {
                    start: format.date(dayDate(wave.start)),
                    end: format.date(dayDate(wave.end)),
                  })}
                </p>
                <CapacityBar
                  demand={wave.demand.demand}
                  capacity={wave.capacityPersonDays}
                  ratio={wave.demand.ratio}
                  overAllocated={wave.demand.overAllocated}
                />
                <p className="muted">
                  {t('waves.processesOpen', { count: wave.demand.processes })}
                  {wave.demand.assumed > 0 && <>, {t('waves.assumed', { count: wave.demand.assumed })}</>}
                </p>
                <h3>{t('waves.departments')}</h3>
                <DepartmentList
                  codes={wave.departments}
                  departments={departments}
                  targets={targetsFor(wave)}
                  canMove={canPlan}
                  busy={move.isPending}
                  onMove={moveDepartment}
                />
                {wave.processKeys.length > 0 && (
                  <>
                    <h3>{t('waves.processes')}</h3>
                    <ul className="wave__processes" data-testid="wave-processes">
                      {wave.processKeys.slice(0, PROCESSES_SHOWN).map((key) => (
                        <li key={key}>
                          <Link to={paths.process(key)}>{key}</Link>
                        </li>
                      ))}
                      {wave.processKeys.length > PROCESSES_SHOWN && (
                        <li>{t('waves.moreProcesses', { count: wave.processKeys.length - PROCESSES_SHOWN })}</li>
                      )}
                    </ul>
                  </>
                )}
              </section>
            </li>
          ))}
          <li className="wave wave--unassigned" data-wave="">
            <section aria-labelledby="wave-none-title">
              <h2 id="wave-none-title" className="wave__title">
                {t('waves.unassignedTitle')}
              </h2>
              <p>
                {t('waves.unassignedText', {
                  count: unassigned.processes,
                  demand: format.number(unassigned.demand),
                })}
              </p>
              <h3>{t('waves.unassignedDepartments')}</h3>
              <DepartmentList
                codes={withoutWave}
                departments={departments}
                targets={targetsFor(undefined)}
                canMove={canPlan}
                busy={move.isPending}
                onMove={moveDepartment}
              />
            </section>
          </li>
        </ul>
        <CountingRule rule={rule} />
        <CapacityForecastSection forecast={waves.data.capacityForecast} />
      </>
    );
  }

  return (
    <>
      <PlannerNav />
      <div className="section__header page-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('waves.title')}
        </h1>
        <div className="page-header__actions no-print">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={whatIfOpen}
            aria-controls={whatIfOpen ? 'what-if-panel' : undefined}
            onClick={() => setWhatIfOpen((open) => !open)}
          >
            {whatIfOpen ? t('waves.whatIf.close') : t('waves.whatIf.open')}
          </button>
          {canPlan && !creating && (
            <button ref={createButton} type="button" className="button" onClick={() => setCreating(true)}>
              {t('waves.create.open')}
            </button>
          )}
        </div>
      </div>
      <p className="lead">{t('waves.intro')}</p>
      <p role="status" className="wave-announcement" data-testid="wave-status">
        {announcement}
      </p>
      {creating && (
        <CreateWaveForm
          onCreated={(wave) => {
            setCreating(false);
            setAnnouncement(t('waves.create.created', { name: wave.name }));
          }}
          onCancel={() => {
            setCreating(false);
            setTimeout(() => createButton.current?.focus(), 0);
          }}
        />
      )}
      {dialog?.kind === 'edit' && dialogWave && (
        <EditWaveDialog
          wave={dialogWave}
          onSaved={(wave) => {
            closeDialog();
            setAnnouncement(t('waves.edit.saved', { name: wave.name }));
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'delete' && dialogWave && (
        <DeleteWaveDialog
          wave={dialogWave}
          onDeleted={() => {
            closeDialog();
            setAnnouncement(t('waves.delete.deleted', { name: dialogWave.name }));
            // the wave's column and its buttons are gone: the focus goes to the page's heading
            setTimeout(() => heading.current?.focus(), 0);
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'moveProcesses' && dialogWave && (
        <MoveProcessesDialog
          wave={dialogWave}
          waves={items}
          onMoved={(count, target) => {
            const origin = dialogWave.id;
            closeDialog();
            setAnnouncement(t('waves.moveProcesses.moved', { count, name: target.name }));
            // the waves are read again by now; a wave left empty has no "move processes" button any more
            setTimeout(() =>
              (
                document.getElementById(actionId(origin, 'moveProcesses')) ??
                document.getElementById(actionId(origin, 'edit'))
              )?.focus(),
            );
          }}
          onClose={closeDialog}
        />
      )}
      {whatIfOpen && waves.data && <WhatIfPanel id="what-if-panel" waves={items} departments={departmentList} />}
      {board}
      <EffortTableSection canEdit={canPlan} onSaved={() => setAnnouncement(t('waves.effortTable.saved'))} />
      <ExportLinks table="waves" />
    </>
  );
}
