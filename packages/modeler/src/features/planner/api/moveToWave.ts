/**
 * POST /api/v1/rollout/waves/{id}/move: moves departments (and processes) into a wave, naming the
 * version of the target wave (If-Match; 412 when it changed in between). They leave every other wave.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WaveMove, WaveMoveResult } from '@efile/schemas';
import { api } from '../../../api/client';
import { plannerKeys } from './plannerKeys';

export interface MoveToWaveInput {
  waveId: string;
  /** The version of the target wave the move is based on. */
  version: number;
  move: WaveMove;
}

export function moveToWave({ waveId, version, move }: MoveToWaveInput): Promise<WaveMoveResult> {
  return api<WaveMoveResult>(`/rollout/waves/${encodeURIComponent(waveId)}/move`, {
    method: 'POST',
    json: move,
    ifMatch: version,
  });
}

/** The waves are read again whatever the outcome: after a 412 the board shows the current plan. */
export function useMoveToWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveToWave,
    onSettled: () => queryClient.invalidateQueries({ queryKey: plannerKeys.waves() }),
  });
}
