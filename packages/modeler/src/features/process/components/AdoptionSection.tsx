/**
 * On a base process's page: which departments adopted it, on which base version, which variants
 * are behind the newest release, which departments have none yet; and, for those allowed, adopting
 * it for a department (the new variant then opens in the modeler).
 */
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Account, Department, Process } from '@efile/schemas';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { paths } from '../../../app/paths';
import { useFormat } from '../../../i18n/useFormat';
import { adoptionDepartments } from '../../auth/policy';
import { useAdoptBaseProcess } from '../api/adoptBaseProcess';
import { useAdoptions } from '../api/getAdoptions';

export interface AdoptionSectionProps {
  base: Process;
  account: Account;
  departments: ReadonlyMap<string, Department>;
}

function AdoptDialog({
  base,
  choices,
  departments,
  onClose,
}: {
  base: Process;
  choices: readonly string[];
  departments: ReadonlyMap<string, Department>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const adopt = useAdoptBaseProcess();
  const [department, setDepartment] = useState(choices[0] ?? '');
  const name = (code: string) => `${code} ${departments.get(code)?.name ?? ''}`.trim();
  return (
    <Dialog
      open
      title={t('adoption.dialogTitle', { name: base.name })}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={adopt.isPending || !department}
            onClick={() =>
              adopt.mutate(
                { baseKey: base.key, adoption: { department } },
                { onSuccess: (variant) => void navigate(paths.modeler(variant.key)) },
              )
            }
          >
            {adopt.isPending ? t('adoption.adopting') : t('adoption.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={adopt.isPending}>
            {t('actions.cancel')}
          </button>
        </>
      }
    >
      <p>{t('adoption.dialogText', { version: base.releasedDiagramVersion })}</p>
      {choices.length === 1 ? (
        <p>
          {t('adoption.forDepartment')} <strong>{name(department)}</strong>
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-department`}>{t('adoption.department')}</label>
          <select id={`${id}-department`} value={department} onChange={(event) => setDepartment(event.target.value)}>
            {choices.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </select>
        </div>
      )}
      {adopt.isError && <ErrorMessage error={adopt.error} />}
    </Dialog>
  );
}

export function AdoptionSection({ base, account, departments }: AdoptionSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useAdoptions(base.key);
  const [adopting, setAdopting] = useState(false);
  const departmentLabel = (code: string) => departments.get(code)?.shortName ?? '';

  let body;
  if (overview.isPending) body = <Loading label={t('adoption.loading')} />;
  else if (overview.isError) body = <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;
  else {
    const { items, adoptedBy, notAdoptedBy, releasedVersion } = overview.data;
    const behind = items.filter((item) => item.behind && !item.archived).length;
    const all = adoptedBy + notAdoptedBy.length;
    const choices = adoptionDepartments(account, notAdoptedBy);
    const canAdopt = choices.length > 0 && releasedVersion !== undefined && !base.archived;
    body = (
      <>
        <p data-testid="adoption-summary">
          {t('adoption.summary', {
            adopted: format.number(adoptedBy),
            all: format.number(all),
            share: format.percent(all > 0 ? adoptedBy / all : 0),
          })}{' '}
          {releasedVersion !== undefined
            ? t('adoption.behindCount', { count: behind, version: releasedVersion })
            : t('adoption.noRelease')}
        </p>
        {canAdopt && (
          <p>
            <button type="button" className="button" onClick={() => setAdopting(true)}>
              {t('adoption.adopt')}
            </button>
          </p>
        )}
        {items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="adoptions-caption" tabIndex={0}>
            <table className="table">
              <caption id="adoptions-caption">{t('adoption.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('process.fields.department')}</th>
                  <th scope="col">{t('adoption.variant')}</th>
                  <th scope="col">{t('adoption.baseVersion')}</th>
                  <th scope="col">{t('adoption.state')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.key}>
                    <td>
                      {item.department} <span className="muted">{departmentLabel(item.department)}</span>
                    </td>
                    <th scope="row">
                      <Link to={paths.process(item.key)}>{item.key}</Link>
                    </th>
                    <td>{item.baseVersion ?? '–'}</td>
                    <td>
                      {item.archived ? (
                        <span className="badge badge--muted">{t('process.archived')}</span>
                      ) : item.behind ? (
                        <span className="badge badge--warning">{t('adoption.behind')}</span>
                      ) : (
                        <span className="badge badge--ok">{t('adoption.upToDate')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {notAdoptedBy.length > 0 && (
          <details className="not-adopted">
            <summary>{t('adoption.notAdopted', { count: notAdoptedBy.length })}</summary>
            <ul className="plain-list columns">
              {notAdoptedBy.map((code) => (
                <li key={code}>
                  {code} {departments.get(code)?.name}
                </li>
              ))}
            </ul>
          </details>
        )}
        {adopting && (
          <AdoptDialog base={base} choices={choices} departments={departments} onClose={() => setAdopting(false)} />
        )}
      </>
    );
  }
  return (
    <section className="section" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">{t('adoption.title')}</h2>
      {body}
    </section>
  );
}
