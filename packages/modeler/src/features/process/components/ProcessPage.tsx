/**
 * A process: its metadata (editable for those allowed), its diagram (read-only preview of the
 * version chosen in `?version=`), the version history with the release workflow, and for a
 * variant its base process; its rollout timeline (the planner's section, loaded lazily); for a base
 * process, its adoption by the departments.
 */
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account, Process } from '@efile/schemas';
import { ApiError } from '../../../api/client';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useAccount } from '../../auth/hooks/useAccount';
import { mayChangeProcess, mayEditDiagram } from '../../auth/policy';
import { useDepartmentNames } from '../../catalogue/api/getDepartments';
import { ProcessKindLabel } from '../../catalogue/components/ProcessKindLabel';
import { useDiagrams } from '../api/getDiagrams';
import { useProcess } from '../api/getProcess';
import { RolloutTimeline } from '../../planner/components/timeline/RolloutTimeline';
import { AdoptionSection } from './AdoptionSection';
import { DiagramPreview } from './DiagramPreview';
import { ProcessDetails } from './ProcessDetails';
import { VariantBaseInfo } from './VariantBaseInfo';
import { VersionHistory } from './VersionHistory';

function BackLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <p className="back-link">
      <Link to={from ?? paths.catalogue()}>{t('process.back')}</Link>
    </p>
  );
}

function DiagramSections({ process, account, canChange }: { process: Process; account: Account; canChange: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const hasDiagrams = process.latestDiagramVersion !== undefined;
  const diagrams = useDiagrams(process.key, hasDiagrams);
  const items = diagrams.data?.items ?? [];
  const requested = Number(params.get('version'));
  const shown = items.find((diagram) => diagram.version === requested) ?? items[0];
  const show = (version: number) => setParams({ version: String(version) }, { replace: true });

  let preview;
  let history;
  if (!hasDiagrams) {
    preview = <p>{t('diagram.none')}</p>;
  } else if (diagrams.isPending) {
    preview = <Loading label={t('diagram.loading')} />;
  } else if (diagrams.isError) {
    preview = <ErrorMessage error={diagrams.error} onRetry={() => void diagrams.refetch()} />;
  } else {
    if (requested && !items.some((diagram) => diagram.version === requested)) {
      preview = <p className="notice notice--warning">{t('diagram.noSuchVersion', { version: requested })}</p>;
    }
    preview = (
      <>
        {preview}
        {shown && <DiagramPreview processKey={process.key} diagram={shown} />}
      </>
    );
    history = (
      <VersionHistory
        processKey={process.key}
        diagrams={items}
        shownVersion={shown?.version}
        account={account}
        canChange={canChange}
        onShow={show}
      />
    );
  }
  return (
    <>
      <section className="section" aria-labelledby="diagram-heading">
        <div className="section__header">
          <h2 id="diagram-heading">{t('diagram.title')}</h2>
          {canChange ? (
            <Link className="button" to={paths.modeler(process.key)}>
              {hasDiagrams ? t('diagram.openModeler') : t('diagram.createInModeler')}
            </Link>
          ) : (
            hasDiagrams && (
              <Link className="button button--secondary" to={paths.modeler(process.key)}>
                {t('diagram.viewInModeler')}
              </Link>
            )
          )}
        </div>
        {preview}
      </section>
      {history && (
        <section className="section" aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('versions.title')}</h2>
          {history}
        </section>
      )}
    </>
  );
}

export function ProcessPage({ processKey }: { processKey: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  const process = useProcess(processKey);
  const departments = useDepartmentNames();
  usePageTitle(process.data?.name ?? processKey);

  if (process.isPending) return <Loading label={t('process.loading')} />;
  if (process.isError) {
    const missing = process.error instanceof ApiError && process.error.status === 404;
    return (
      <>
        <BackLink />
        <h1>{missing ? t('process.notFound', { key: processKey }) : processKey}</h1>
        <ErrorMessage error={process.error} {...(missing ? {} : { onRetry: () => void process.refetch() })} />
      </>
    );
  }
  const p = process.data;
  const canChange = mayChangeProcess(account, p) && !p.archived;
  const department = departments.get(p.department);
  return (
    <>
      <BackLink />
      <div className="process-header">
        <p className="process-header__meta">
          <code>{p.key}</code> <ProcessKindLabel process={p} />{' '}
          <span>{t('process.ofDepartment', { code: p.department, name: department?.shortName ?? '' })}</span>
        </p>
        <h1>{p.name}</h1>
        {p.archived && <p className="notice notice--warning">{t('process.archivedNotice')}</p>}
        {!canChange && !p.archived && <p className="muted">{t('process.readOnly')}</p>}
      </div>
      {p.baseProcess && <VariantBaseInfo variant={p} />}
      <ProcessDetails process={p} department={department} canChange={canChange} />
      <DiagramSections process={p} account={account} canChange={mayEditDiagram(account, p)} />
      <RolloutTimeline processKey={p.key} account={account} />
      {p.kind === 'base' && <AdoptionSection base={p} account={account} departments={departments} />}
    </>
  );
}
