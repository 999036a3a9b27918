/**
 * PATCH /api/v1/processes/{key}/diagrams/{version}: moves a version through the release workflow
 * (draft → in review → released, or back to draft), naming the revision it saw (If-Match).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Diagram, DiagramStatusChange } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';

export interface ChangeDiagramStatusInput {
  key: string;
  version: number;
  /** The revision of the version's metadata the change is based on. */
  revision: number;
  change: DiagramStatusChange;
}

export function changeDiagramStatus({ key, version, revision, change }: ChangeDiagramStatusInput): Promise<Diagram> {
  return api<Diagram>(`/processes/${encodeURIComponent(key)}/diagrams/${version}`, {
    method: 'PATCH',
    json: change,
    ifMatch: revision,
  });
}

/** Releasing raises the process's released version, so the process and its listings are refreshed too. */
export function useChangeDiagramStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeDiagramStatus,
    onSettled: (_diagram, _error, { key }) => {
      void queryClient.invalidateQueries({ queryKey: processKeys.detail(key) });
      void queryClient.invalidateQueries({ queryKey: processKeys.lists() });
    },
  });
}
