/**
 * The planner's own navigation (overview, waves, council report), below the app's main navigation.
 */
import { NavLink } from 'react-router';
import { paths } from '../../../../app/paths';
import { usePlannerTranslation } from '../../i18n';

export function PlannerNav() {
  const { t } = usePlannerTranslation();
  return (
    <nav className="planner-nav no-print" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to={paths.rollout()} end>
            {t('nav.dashboard')}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.rolloutWaves}>{t('nav.waves')}</NavLink>
        </li>
        <li>
          <NavLink to={paths.rolloutReport}>{t('nav.report')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
