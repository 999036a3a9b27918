/**
 * The rollout section for the process page, loaded only when a process page shows it (its code and
 * the planner's texts stay out of the catalogue's initial JavaScript).
 */
import { lazy, Suspense } from 'react';
import type { Account } from '@efile/schemas';

const RolloutTimelineSection = lazy(() => import('./RolloutTimelineSection'));

export function RolloutTimeline({ processKey, account }: { processKey: string; account: Account }) {
  return (
    <Suspense fallback={null}>
      <RolloutTimelineSection processKey={processKey} account={account} />
    </Suspense>
  );
}
