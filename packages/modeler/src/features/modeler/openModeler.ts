/**
 * Opening the modeler without waiting in line: the moment the router enters /processes/:key/edit, the
 * page's code (a large lazy chunk: bpmn-js and its panels) and the three answers the page opens with
 * (the process, its diagram versions, the newest XML) are asked for at once, side by side with the
 * session check, instead of one after another once the page has rendered. Part of the app's entry
 * chunk: it imports only the small API modules, never the page itself.
 *
 * The page is not wrapped in React.lazy/Suspense: React holds a revealed Suspense boundary back until
 * 300 ms after its fallback appeared, which on a page opened directly was a third of its opening time.
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { getProcess, processQueryOptions } from './api/getProcess';
import { diagramsQueryOptions, listDiagrams } from './api/listDiagrams';
import { getNewestDiagramContent, newestDiagramContentQueryOptions } from './api/getNewestDiagramContent';
import type { ModelerPageProps } from './ModelerPage';

type ModelerPageComponent = ComponentType<ModelerPageProps>;

let page: ModelerPageComponent | undefined;
let loading: Promise<ModelerPageComponent> | undefined;

/** Loads the page's chunk once; a failed load is tried again on the next call. */
export function loadModelerPage(): Promise<ModelerPageComponent> {
  loading ??= import('./ModelerPage').then(
    (module) => (page = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** What the route hands the page: when it was opened (a list of versions read since then is fresh). */
export interface ModelerOpening {
  openedAt: number;
}

/**
 * Starts loading everything the modeler of `key` opens with and answers at once. Failures are left
 * to the page, which asks again through its own queries (a 401 before the session check is one).
 */
export function openModeler(queryClient: QueryClient, key: string): ModelerOpening {
  const openedAt = Date.now();
  void loadModelerPage().catch(() => undefined);
  // Without the abort signal: the page being left (the process page, say) may be the last observer of
  // these queries, and TanStack Query cancels a fetch whose signal was taken when its last observer goes.
  void queryClient.prefetchQuery({ ...processQueryOptions(key), queryFn: () => getProcess(key) });
  void queryClient.prefetchQuery({ ...diagramsQueryOptions(key), queryFn: () => listDiagrams(key), staleTime: 0 });
  const newest = newestDiagramContentQueryOptions(key);
  if (newest.enabled) void queryClient.prefetchQuery({ ...newest, queryFn: () => getNewestDiagramContent(key) });
  return { openedAt };
}

/**
 * The modeler page's component once its chunk is there (undefined before). A chunk that cannot be
 * loaded (the network is gone, or a new release replaced the files) is thrown to the route's error page.
 */
export function useModelerPage(): ModelerPageComponent | undefined {
  const [component, setComponent] = useState<ModelerPageComponent | undefined>(() => page);
  const [, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (component) return;
    let current = true;
    loadModelerPage().then(
      (loaded) => current && setComponent(() => loaded),
      (error: unknown) =>
        current &&
        setFailure(() => {
          throw error;
        }),
    );
    return () => {
      current = false;
    };
  }, [component]);
  return component;
}
