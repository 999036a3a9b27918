/**
 * PUT /api/v1/rollout/effort-table: replaces the effort table (admins), naming the version it is based
 * on (If-Match; 412 when someone changed it in between, 422 with field errors).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EffortTableSetting, EffortTableUpdate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface PutEffortTableInput {
  /** The version of the table the change is based on (0: the default). */
  version: number;
  table: EffortTableUpdate;
}

export function putEffortTable({ version, table }: PutEffortTableInput): Promise<EffortTableSetting> {
  return api<EffortTableSetting>('/rollout/effort-table', { method: 'PUT', json: table, ifMatch: version });
}

/**
 * The table and the waves are read again whatever the outcome: after a save the capacity bars count
 * with the new table, after a 412 the dialog has the current version.
 */
export function usePutEffortTable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putEffortTable,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: plannerKeys.effortTable() }),
        queryClient.invalidateQueries({ queryKey: plannerKeys.waves() }),
      ]),
  });
}
