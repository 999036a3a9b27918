/**
 * The planner's routes (/rollout, /rollout/departments/:code, /rollout/waves, /rollout/report), each
 * page a chunk of its own, loaded when its route is opened.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useParams, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';

const DashboardPage = lazy(() => import('./components/dashboard/DashboardPage'));
const DepartmentPage = lazy(() => import('./components/department/DepartmentPage'));
const WaveBoardPage = lazy(() => import('./components/waves/WaveBoardPage'));
const CouncilReportPage = lazy(() => import('./components/report/CouncilReportPage'));

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Loading label={t('rollout.loading')} />}>{children}</Suspense>;
}

function DepartmentRoute() {
  const { code = '' } = useParams();
  // keyed by the department: moving from one department to another starts the page afresh
  return <DepartmentPage key={code} code={code} />;
}

export const plannerRoutes: RouteObject[] = [
  {
    path: 'rollout',
    element: (
      <Lazy>
        <DashboardPage />
      </Lazy>
    ),
  },
  {
    path: 'rollout/departments/:code',
    element: (
      <Lazy>
        <DepartmentRoute />
      </Lazy>
    ),
  },
  {
    path: 'rollout/waves',
    element: (
      <Lazy>
        <WaveBoardPage />
      </Lazy>
    ),
  },
  {
    path: 'rollout/report',
    element: (
      <Lazy>
        <CouncilReportPage />
      </Lazy>
    ),
  },
];
