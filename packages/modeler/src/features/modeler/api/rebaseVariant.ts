/** POST /api/v1/processes/{key}/rebase: a reviewed variant moves onto a newer released base version. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Process, ProcessRebase } from '@efile/schemas';
import { api } from '../../../api/client';
import { processKeys } from '../../../api/queryKeys';
import { withCsrfRetry } from './withCsrfRetry';

export interface RebaseVariantInput {
  key: string;
  /** The released base version the variant follows from now on. */
  baseVersion: number;
  /** The variant's version the review was based on; a newer one answers 412. */
  ifMatch: number;
}

/** Rebases the variant; answers it with its new base version. */
export function rebaseVariant({ key, baseVersion, ifMatch }: RebaseVariantInput): Promise<Process> {
  const body: ProcessRebase = { baseVersion };
  return withCsrfRetry(() =>
    api<Process>(`/processes/${encodeURIComponent(key)}/rebase`, { method: 'POST', json: body, ifMatch }),
  );
}

/** Rebasing changes the variant, and the adoption overview of its base. */
export function useRebaseVariant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebaseVariant,
    onSettled: (_variant, _error, { key }, _context) => {
      const base = queryClient.getQueryData<Process>(processKeys.detail(key))?.baseProcess;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: processKeys.detail(key), exact: true }),
        base ? queryClient.invalidateQueries({ queryKey: processKeys.adoptions(base), exact: true }) : undefined,
      ]);
    },
  });
}
