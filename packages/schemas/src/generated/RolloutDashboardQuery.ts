/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/dashboard and GET /rollout/departments/{code} (which ignores department and group).
 */
export interface RolloutDashboardQuery {
  /**
   * Only the processes of this department.
   */
  department?: string;
  /**
   * Only the processes of this process group.
   */
  group?: string;
  /**
   * Also weight coverage by annual case volume (Fallzahl).
   */
  weighted?: boolean;
  /**
   * The date the forecast is held against; default the configured rollout target (ROLLOUT_TARGET_DATE).
   */
  targetDate?: string;
}
