/**
 * POST /api/v1/rollout/waves: creates a wave (admins).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Wave, WaveCreate } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export function createWave(wave: WaveCreate): Promise<Wave> {
  return api<Wave>('/rollout/waves', { method: 'POST', json: wave });
}

export function useCreateWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWave,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plannerKeys.waves() }),
  });
}
