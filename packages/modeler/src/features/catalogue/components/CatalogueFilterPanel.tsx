/**
 * The catalogue's search and filters. The search runs as you type (debounced); the other filters
 * apply at once; group and tag apply on Enter or when leaving the field. The active filters are
 * listed, each with a button to remove it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Process } from '@efile/schemas';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import type { Archived, CatalogueFiltersApi, Kind } from '../hooks/useCatalogueFilters';

const SEARCH_DELAY_MS = 300;

export interface CatalogueFilterPanelProps extends CatalogueFiltersApi {
  departments: readonly Department[];
  baseProcesses: readonly Process[];
  groupSuggestions: readonly string[];
}

function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);
  const sent = useRef(value);
  // Search once typing has settled (and not with a stale value after the URL changed the text).
  useEffect(() => {
    if (debounced === text && debounced !== sent.current) {
      sent.current = debounced;
      onSearch(debounced);
    }
  }, [debounced, text, onSearch]);
  // The URL changed by other means (back button, reset): show its search.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <div className="field field--search">
      <label htmlFor={id}>{t('catalogue.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('catalogue.searchHint')}
      </p>
    </div>
  );
}

function DepartmentFilter({
  departments,
  selected,
  onChange,
}: {
  departments: readonly Department[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));
  return (
    <details className="field department-filter">
      <summary>
        {t('catalogue.departments')}:{' '}
        {selected.length === 0 ? t('catalogue.allDepartments') : t('catalogue.selected', { count: selected.length })}
      </summary>
      <fieldset className="department-filter__list">
        <legend className="visually-hidden">{t('catalogue.departmentsLegend')}</legend>
        {departments.map((department) => (
          <div className="checkbox" key={department.code}>
            <input
              type="checkbox"
              id={`${id}-${department.code}`}
              checked={selected.includes(department.code)}
              onChange={(event) => toggle(department.code, event.target.checked)}
            />
            <label htmlFor={`${id}-${department.code}`}>
              {department.code} {department.name}
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

export function CatalogueFilterPanel({
  filters,
  update,
  reset,
  departments,
  baseProcesses,
  groupSuggestions,
}: CatalogueFilterPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [group, setGroup] = useState(filters.group);
  const [tag, setTag] = useState('');
  useEffect(() => setGroup(filters.group), [filters.group]);

  const commitGroup = () => {
    if (group.trim() !== filters.group) update({ group: group.trim() });
  };
  const addTag = () => {
    const value = tag.trim().replace(/[,;]/g, '');
    if (value && !filters.tag.includes(value)) update({ tag: [...filters.tag, value] });
    setTag('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commitGroup();
    if (tag.trim()) addTag();
  };

  const departmentName = (code: string) => departments.find((d) => d.code === code)?.shortName ?? code;
  const active: { label: string; remove: () => void }[] = [
    ...filters.department.map((code) => ({
      label: t('catalogue.chip.department', { code, name: departmentName(code) }),
      remove: () => update({ department: filters.department.filter((c) => c !== code) }),
    })),
    ...(filters.kind
      ? [{ label: t(`catalogue.kind.${filters.kind}`), remove: () => update({ kind: undefined }) }]
      : []),
    ...(filters.baseProcess
      ? [
          {
            label: t('catalogue.chip.baseProcess', { key: filters.baseProcess }),
            remove: () => update({ baseProcess: '' }),
          },
        ]
      : []),
    ...(filters.group
      ? [{ label: t('catalogue.chip.group', { group: filters.group }), remove: () => update({ group: '' }) }]
      : []),
    ...filters.tag.map((value) => ({
      label: t('catalogue.chip.tag', { tag: value }),
      remove: () => update({ tag: filters.tag.filter((other) => other !== value) }),
    })),
    ...(filters.archived !== 'false'
      ? [{ label: t(`catalogue.archived.${filters.archived}`), remove: () => update({ archived: 'false' }) }]
      : []),
  ];

  return (
    <form className="filters" role="search" aria-label={t('catalogue.filtersLabel')} onSubmit={submit}>
      <div className="filters__grid">
        <SearchField value={filters.q} onSearch={(q) => update({ q }, { replace: true })} />
        <DepartmentFilter
          departments={departments}
          selected={filters.department}
          onChange={(department) => update({ department })}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('catalogue.kindLabel')}</label>
          <select
            id={`${id}-kind`}
            value={filters.kind ?? ''}
            onChange={(event) => update({ kind: (event.target.value || undefined) as Kind | undefined })}
          >
            <option value="">{t('catalogue.kind.all')}</option>
            <option value="base">{t('catalogue.kind.base')}</option>
            <option value="department">{t('catalogue.kind.department')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('catalogue.baseProcessLabel')}</label>
          <select
            id={`${id}-base`}
            value={filters.baseProcess}
            onChange={(event) => update({ baseProcess: event.target.value })}
          >
            <option value="">{t('catalogue.baseProcessAll')}</option>
            {filters.baseProcess && !baseProcesses.some((p) => p.key === filters.baseProcess) && (
              <option value={filters.baseProcess}>{filters.baseProcess}</option>
            )}
            {baseProcesses.map((process) => (
              <option key={process.key} value={process.key}>
                {process.name} ({process.key})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('catalogue.groupLabel')}</label>
          <input
            id={`${id}-group`}
            list={`${id}-groups`}
            value={group}
            maxLength={100}
            onChange={(event) => setGroup(event.target.value)}
            onBlur={commitGroup}
          />
          <datalist id={`${id}-groups`}>
            {groupSuggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('catalogue.tagLabel')}</label>
          <div className="field__row">
            <input
              id={`${id}-tag`}
              value={tag}
              maxLength={50}
              aria-describedby={`${id}-tag-hint`}
              onChange={(event) => setTag(event.target.value)}
            />
            <button type="button" className="button button--secondary" onClick={addTag} disabled={!tag.trim()}>
              {t('catalogue.addTag')}
            </button>
          </div>
          <p className="field__hint" id={`${id}-tag-hint`}>
            {t('catalogue.tagHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-archived`}>{t('catalogue.archivedLabel')}</label>
          <select
            id={`${id}-archived`}
            value={filters.archived}
            onChange={(event) => update({ archived: event.target.value as Archived })}
          >
            <option value="false">{t('catalogue.archived.false')}</option>
            <option value="true">{t('catalogue.archived.true')}</option>
            <option value="all">{t('catalogue.archived.all')}</option>
          </select>
        </div>
      </div>
      {active.length > 0 && (
        <div className="filters__active">
          <h2 className="visually-hidden">{t('catalogue.activeFilters')}</h2>
          <ul className="chips">
            {active.map((chip) => (
              <li key={chip.label} className="chip">
                <span>{chip.label}</span>
                <button
                  type="button"
                  className="chip__remove"
                  onClick={chip.remove}
                  aria-label={t('catalogue.removeFilter', { filter: chip.label })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={reset}>
            {t('catalogue.resetFilters')}
          </button>
        </div>
      )}
      <button type="submit" className="visually-hidden" tabIndex={-1}>
        {t('catalogue.apply')}
      </button>
    </form>
  );
}
