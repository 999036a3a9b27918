/** POST /api/v1/processes/{key}/diagrams: stores BPMN XML as the next version (a draft). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Diagram } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';
import { withCsrfRetry } from './withCsrfRetry';

export interface UploadDiagramInput {
  key: string;
  xml: string;
  /** A short note on the version (at most 500 characters). */
  message?: string;
}

/** Uploads the XML; answers the new version's metadata. */
export function uploadDiagram({ key, xml, message }: UploadDiagramInput): Promise<Diagram> {
  const note = message?.trim();
  return withCsrfRetry(() =>
    api<Diagram>(`/processes/${encodeURIComponent(key)}/diagrams`, {
      method: 'POST',
      body: xml,
      contentType: 'application/xml',
      query: { message: note || undefined },
    }),
  );
}

/** A new version changes the process (its latest version) and the list of versions. */
export function useUploadDiagram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDiagram,
    onSuccess: (_created, { key }) =>
      Promise.all(
        [processKeys.detail(key), processKeys.diagrams(key)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey, exact: true }),
        ),
      ),
  });
}
