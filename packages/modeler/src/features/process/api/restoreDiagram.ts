/**
 * Restores an older diagram version as the newest one: its exact bytes are uploaded again
 * (POST /api/v1/processes/{key}/diagrams), which makes a new draft version.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Diagram } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';
import { getDiagramBytes } from './getDiagramContent';

export interface RestoreDiagramInput {
  key: string;
  version: number;
  message?: string;
}

export async function restoreDiagram({ key, version, message }: RestoreDiagramInput): Promise<Diagram> {
  const bytes = await getDiagramBytes(key, version);
  return api<Diagram>(`/processes/${encodeURIComponent(key)}/diagrams`, {
    method: 'POST',
    query: { message: message?.trim() || undefined },
    body: bytes,
    contentType: 'application/xml',
  });
}

export function useRestoreDiagram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreDiagram,
    onSuccess: (_diagram, { key }) => {
      void queryClient.invalidateQueries({ queryKey: processKeys.detail(key) });
      void queryClient.invalidateQueries({ queryKey: processKeys.lists() });
    },
  });
}
