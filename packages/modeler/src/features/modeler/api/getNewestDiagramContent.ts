/**
 * GET /api/v1/processes/{key}/diagrams/latest/content, asked for as the modeler opens, together with
 * the list of versions instead of after it: a large diagram's XML arrives a round trip earlier. Which
 * version it is, only the list says (someone may save in between), so the page uses it for a version
 * only when its SHA-256 is the one the list gives that version, and otherwise reads the version by number.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../../api/client';
import { decodeBpmnFile } from '../files/decodeBpmnFile';

export interface NewestDiagramContent {
  text: string;
  /** SHA-256 of the bytes as received, hex (as the API states it for each version). */
  sha256: string;
}

/** The newest version's XML with the hash of its bytes; null when the process has no diagram. */
export async function getNewestDiagramContent(key: string, signal?: AbortSignal): Promise<NewestDiagramContent | null> {
  let bytes: Blob;
  try {
    bytes = await api<Blob>(`/processes/${encodeURIComponent(key)}/diagrams/latest/content`, { as: 'bytes', signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
  const buffer = await bytes.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return {
    text: decodeBpmnFile(buffer).text,
    sha256: Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''),
  };
}

/**
 * The newest XML, asked for once as the page opens (by openModeler, before the page's code has loaded;
 * or by the page itself) and kept half a minute after the page closes, outside the process's cache keys
 * so that no change elsewhere fetches it again. Never trusted blindly: the page uses it only for the
 * version whose SHA-256 it has. Not asked for where the browser cannot hash (SubtleCrypto exists only
 * in secure contexts: https, localhost).
 */
export function newestDiagramContentQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['modeler', 'newestContent', key],
    queryFn: ({ signal }) => getNewestDiagramContent(key, signal),
    enabled: globalThis.isSecureContext === true,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });
}

export function useNewestDiagramContent(key: string) {
  return useQuery(newestDiagramContentQueryOptions(key));
}
