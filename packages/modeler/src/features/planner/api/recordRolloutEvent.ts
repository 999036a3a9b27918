/**
 * POST /api/v1/rollout/processes/{key}/events: records a change of stage, naming the latest event
 * its author saw (If-Match; 412 when another change came first, 422 with field errors).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RolloutEvent, RolloutEventCreate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface RecordRolloutEventInput {
  key: string;
  /** The ETag of the process's rollout state the change is based on. */
  version: number;
  change: RolloutEventCreate;
}

export function recordRolloutEvent({ key, version, change }: RecordRolloutEventInput): Promise<RolloutEvent> {
  return api<RolloutEvent>(`/rollout/processes/${encodeURIComponent(key)}/events`, {
    method: 'POST',
    json: change,
    ifMatch: version,
  });
}

/**
 * A change moves the process and every figure counting it: the process and the figures are read
 * again, whatever the outcome (after a 412 the state is outdated). The mutation stays pending until
 * the process's state is fresh, so a second try names the current ETag.
 */
export function useRecordRolloutEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordRolloutEvent,
    onSettled: (_event, _error, { key }) => {
      void queryClient.invalidateQueries({ queryKey: plannerKeys.figures() });
      return queryClient.invalidateQueries({ queryKey: plannerKeys.process(key) });
    },
  });
}
