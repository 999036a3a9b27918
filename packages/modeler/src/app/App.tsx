/**
 * The providers around every page: the query cache (asking for the session at once) and the router
 * (i18n is initialised in main.tsx).
 */
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { sessionQueryOptions } from '../features/auth/api/getSession';
import { createQueryClient } from './queryClient';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // who is signed in is asked before the router opens the first page and loads what it needs
    void client.prefetchQuery(sessionQueryOptions);
    return client;
  });
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
