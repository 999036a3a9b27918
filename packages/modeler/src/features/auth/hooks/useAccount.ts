/**
 * The signed-in account, for components inside the signed-in area (RequireSession guarantees one).
 */
import type { Account } from '@efile/schemas';
import { useSession } from '../api/getSession';

export function useAccount(): Account {
  const { data } = useSession();
  if (!data) throw new Error('useAccount is used outside the signed-in area.');
  return data.account;
}
