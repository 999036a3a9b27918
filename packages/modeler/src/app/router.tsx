/**
 * The routes. Everything but /sign-in needs a session; the BPMN modeler and the planner's pages
 * (/rollout/…) are separate chunks, loaded only when their routes are opened (the modeler's as soon
 * as the router enters its route, together with its data: see openModeler).
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, useLoaderData, useParams } from 'react-router';
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
import { openModeler, useModelerPage, type ModelerOpening } from '../features/modeler/openModeler';

function ModelerRoute() {
  const { key = '' } = useParams();
  const { openedAt } = useLoaderData<ModelerOpening>();
  const { t } = useTranslation();
  const ModelerPage = useModelerPage();
  if (!ModelerPage) return <Loading label={t('modeler.loading')} />;
  return <ModelerPage key={key} processKey={key} openedAt={openedAt} />;
}

function ProcessRoute() {
  const { key = '' } = useParams();
  // keyed by the process key: moving from one process to another starts the page afresh
  return <ProcessPage key={key} processKey={key} />;
}

export function createAppRouter(queryClient: QueryClient) {
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
        {
          path: 'processes/:key/edit',
          element: <ModelerRoute />,
          loader: ({ params }) => openModeler(queryClient, params.key ?? ''),
          // opened once per visit: searching or saving on the page does not start it again
          shouldRevalidate: ({ currentParams, nextParams }) => currentParams.key !== nextParams.key,
        },
        ...plannerRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
