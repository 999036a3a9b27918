/**
 * Reads the dashboard's inputs: the processes and departments of the catalogue, the current stages and
 * the events of the rollout state in memory (see rollout/rolloutState.ts), all at once.
 */
import type { Department } from '@efile/schemas';
import type { RolloutRepository } from '../rollout/rollout.repository.js';
import type { RolloutState } from '../rollout/rolloutState.js';
import type { DashboardInput } from './dashboard.model.js';

export class DashboardRepository {
  constructor(
    private readonly rollout: RolloutRepository,
    private readonly state: RolloutState,
  ) {}

  /** Everything the figures are computed from. */
  async input(): Promise<DashboardInput> {
    // The version first: a change while reading makes the figures newer than the version, never older.
    const version = this.state.version;
    const [processes, departments, states, events] = await Promise.all([
      this.rollout.allProcesses(),
      this.rollout.departments(),
      this.state.all(),
      this.state.events(),
    ]);
    return { processes, departments, states, events, version };
  }

  /** One department, or undefined. */
  department(code: string): Promise<Department | undefined> {
    return this.rollout.department(code);
  }
}
