/**
 * PATCH /api/v1/rollout/waves/{id}: changes a wave's fields (admins), naming the version the change is
 * based on (If-Match; 412 when someone changed the wave in between, 422 with field errors).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Wave, WaveUpdate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface UpdateWaveInput {
  waveId: string;
  /** The version of the wave the change is based on. */
  version: number;
  patch: WaveUpdate;
}

export function updateWave({ waveId, version, patch }: UpdateWaveInput): Promise<Wave> {
  return api<Wave>(`/rollout/waves/${encodeURIComponent(waveId)}`, { method: 'PATCH', json: patch, ifMatch: version });
}

/** The waves are read again whatever the outcome: after a 412 the board and the form show the current wave. */
export function useUpdateWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWave,
    onSettled: () => queryClient.invalidateQueries({ queryKey: plannerKeys.waves() }),
  });
}
