/**
 * The routes. Everything but /sign-in needs a session; the BPMN modeler and the planner's pages
 * (/rollout/…) are separate chunks, loaded only when their routes are opened.
 */
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInPage } from '../features/auth/components/SignInPage';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { ProcessPage } from '../features/process/components/ProcessPage';
import { plannerRoutes } from '../features/planner/routes';
import { Loading } from '../components/Loading';
import { AppLayout } from './layout/AppLayout';
import { RequireSession } from './RequireSession';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

const ModelerPage = lazy(() => import('../features/modeler/ModelerPage'));

function ModelerRoute() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('modeler.loading')} />}>
      <ModelerPage key={key} processKey={key} />
    </Suspense>
  );
}

function ProcessRoute() {
  const { key = '' } = useParams();
  // keyed by the process key: moving from one process to another starts the page afresh
  return <ProcessPage key={key} processKey={key} />;
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    {
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to="/processes" replace /> },
        { path: 'processes', element: <CataloguePage /> },
        { path: 'processes/:key', element: <ProcessRoute /> },
        { path: 'processes/:key/edit', element: <ModelerRoute /> },
        ...plannerRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
