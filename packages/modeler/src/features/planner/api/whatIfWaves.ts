/**
 * POST /api/v1/rollout/waves/what-if: demand against capacity before and after a scenario (extra
 * consultants, departments moved to another wave). Nothing is saved, so nothing is invalidated.
 */
import { useMutation } from '@tanstack/react-query';
import type { WaveWhatIf, WaveWhatIfResult } from '@efile/schemas';
import { api } from '../../../api/client';

export function whatIfWaves(scenario: WaveWhatIf): Promise<WaveWhatIfResult> {
  return api<WaveWhatIfResult>('/rollout/waves/what-if', { method: 'POST', json: scenario });
}

export function useWhatIfWaves() {
  return useMutation({ mutationFn: whatIfWaves });
}
