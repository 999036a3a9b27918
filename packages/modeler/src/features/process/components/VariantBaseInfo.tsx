/**
 * For a department's variant: the base process it adopted, the base version it came from, and
 * whether the base process has released a newer version since (the variant is then behind).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Process } from '@efile/schemas';
import { paths } from '../../../app/paths';
import { useProcess } from '../api/getProcess';

export function VariantBaseInfo({ variant }: { variant: Process }) {
  const { t } = useTranslation();
  const base = useProcess(variant.baseProcess);
  if (!variant.baseProcess) return null;
  const released = base.data?.releasedDiagramVersion;
  const behind = released !== undefined && (variant.baseVersion === undefined || released > variant.baseVersion);
  return (
    <section className="section variant-info" aria-labelledby="variant-heading" data-testid="variant-info">
      <h2 id="variant-heading">{t('variant.title')}</h2>
      <p>
        {t('variant.of')}{' '}
        <Link to={paths.process(variant.baseProcess)}>
          {base.data ? `${base.data.name} (${variant.baseProcess})` : variant.baseProcess}
        </Link>
        {variant.baseVersion !== undefined && <>, {t('variant.adoptedVersion', { version: variant.baseVersion })}</>}
      </p>
      {base.isSuccess &&
        (behind ? (
          <p className="notice notice--warning" data-testid="variant-behind">
            {t('variant.behind', { version: released })}
          </p>
        ) : (
          <p className="notice notice--success">
            {released !== undefined ? t('variant.current', { version: released }) : t('variant.noRelease')}
          </p>
        ))}
    </section>
  );
}
