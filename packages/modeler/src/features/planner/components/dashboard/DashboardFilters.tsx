/**
 * The dashboard's filters: one department and one process group. Changing one applies it at once
 * (the URL changes, the figures follow); the number of processes counted is announced.
 */
import { useId } from 'react';
import type { Department } from '@efile/schemas';
import { usePlannerTranslation } from '../../i18n';
import type { DashboardFilters as Filters } from '../../hooks/useDashboardFilters';

export interface DashboardFiltersProps {
  filters: Filters;
  update: (change: Partial<Filters>) => void;
  reset: () => void;
  departments: readonly Department[];
  groups: readonly string[];
}

export function DashboardFilters({ filters, update, reset, departments, groups }: DashboardFiltersProps) {
  const { t } = usePlannerTranslation();
  const id = useId();
  const groupOptions = filters.group && !groups.includes(filters.group) ? [filters.group, ...groups] : groups;
  return (
    <form
      className="filters planner-filters no-print"
      role="search"
      aria-label={t('dashboard.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-department`}>{t('dashboard.department')}</label>
        <select
          id={`${id}-department`}
          name="department"
          value={filters.department}
          onChange={(event) => update({ department: event.target.value })}
        >
          <option value="">{t('dashboard.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} {d.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('dashboard.group')}</label>
        <select
          id={`${id}-group`}
          name="group"
          value={filters.group}
          onChange={(event) => update({ group: event.target.value })}
        >
          <option value="">{t('dashboard.allGroups')}</option>
          {groupOptions.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </select>
      </div>
      {(filters.department || filters.group) && (
        <button type="button" className="button button--secondary planner-filters__reset" onClick={reset}>
          {t('dashboard.resetFilters')}
        </button>
      )}
    </form>
  );
}
