/**
 * The what-if panel: "+ N Berater" (in all waves or one) and "Ämter in Welle X verschieben", computed
 * by the API against the saved waves and shown as a table of before and after. Nothing is saved.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Department, Wave, WaveWhatIf, WaveWhatIfResult } from '@efile/schemas';
import { ApiError } from '../../../../api/client';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { useFormat } from '../../../../i18n/useFormat';
import type { FieldMessages } from '../../../../validation/schemaErrors';
import { useWhatIfWaves } from '../../api/whatIfWaves';
import { usePlannerTranslation } from '../../i18n';
import { FormField, focusFirstInvalid } from '../shared/FormField';
import { PlannerTable } from '../shared/PlannerTable';

type CapacityRow = WaveWhatIfResult['before']['waves'][number];

/** A number as typed in German or English ("1,5" or "1.5"); NaN when it is none. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!trimmed) return NaN;
  const normalized = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : NaN;
}

/** The field of the form an API field error (a JSON pointer of the scenario) belongs to. */
function fieldOf(pointer: string): string {
  if (pointer.startsWith('/moveDepartments/toWave')) return 'toWave';
  if (pointer.startsWith('/moveDepartments')) return 'departments';
  if (pointer.startsWith('/extraConsultantWaves')) return 'consultantWave';
  return pointer.replace(/^\//, '').split('/')[0] || '_';
}

export interface WhatIfPanelProps {
  waves: readonly Wave[];
  departments: readonly Department[];
  id: string;
}

export function WhatIfPanel({ waves, departments, id }: WhatIfPanelProps) {
  const { t } = usePlannerTranslation();
  const format = useFormat();
  const fid = useId();
  const whatIf = useWhatIfWaves();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({
    consultants: '',
    consultantWave: '',
    availability: '80',
    departments: '',
    toWave: '',
  });
  const [errors, setErrors] = useState<FieldMessages>({});
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const showErrors = (messages: FieldMessages) => {
    setErrors(messages);
    focusFirstInvalid(form.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const messages: FieldMessages = {};
    const consultants = values.consultants.trim() ? parseNumber(values.consultants) : 0;
    const availability = parseNumber(values.availability);
    const codes = [
      ...new Set(
        values.departments
          .split(/[,;\s]+/)
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ];
    if (Number.isNaN(consultants) || consultants < 0 || consultants > 1000) {
      messages.extraConsultants = t('waves.whatIf.consultantsInvalid');
    }
    if (Number.isNaN(availability) || availability <= 0 || availability > 100) {
      messages.availability = t('waves.whatIf.availabilityInvalid');
    }
    const unknown = codes.filter((code) => !departments.some((d) => d.code === code));
    if (unknown.length > 0) messages.departments = t('waves.whatIf.unknownDepartments', { codes: unknown.join(', ') });
    if (codes.length > 0 && !values.toWave) messages.toWave = t('common.fieldRequired');
    if (values.toWave && codes.length === 0) messages.departments = t('common.fieldRequired');
    if (Object.keys(messages).length === 0 && consultants === 0 && codes.length === 0) {
      messages.extraConsultants = t('waves.whatIf.nothing');
    }
    if (Object.keys(messages).length > 0) {
      showErrors(messages);
      return;
    }
    setErrors({});
    const [first, ...rest] = codes;
    const scenario: WaveWhatIf = {
      ...(consultants > 0
        ? {
            extraConsultants: consultants,
            availability: availability / 100,
            ...(values.consultantWave ? { extraConsultantWaves: [values.consultantWave] } : {}),
          }
        : {}),
      ...(first !== undefined ? { moveDepartments: { departments: [first, ...rest], toWave: values.toWave } } : {}),
    };
    whatIf.mutate(scenario, {
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length > 0) {
          const fromApi: FieldMessages = {};
          for (const e of error.fieldErrors) fromApi[fieldOf(e.field)] ??= e.message;
          showErrors(fromApi);
        }
      },
    });
  };

  const ratio = (row: CapacityRow | undefined) =>
    !row ? t('common.none') : row.ratio === null ? t('common.none') : format.percent(row.ratio);
  const flagged = (row: CapacityRow | undefined) =>
    row?.overAllocated ? (
      <strong className="flag flag--over">
        {' '}
        <span aria-hidden="true">⚠ </span>
        {t('waves.overAllocated')}
      </strong>
    ) : null;
  const result = whatIf.data;

  return (
    <section id={id} className="section what-if" aria-labelledby={`${fid}-title`} data-testid="what-if">
      <h2 id={`${fid}-title`}>{t('waves.whatIf.title')}</h2>
      <p className="muted">{t('waves.whatIf.intro')}</p>
      <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby={`${fid}-title`}>
        <div className="form__grid">
          <FormField
            id={`${fid}-consultants`}
            label={t('waves.whatIf.consultants')}
            hint={t('waves.whatIf.consultantsHint')}
            error={errors.extraConsultants}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                name="extraConsultants"
                autoComplete="off"
                value={values.consultants}
                onChange={(e) => set('consultants')(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${fid}-consultant-wave`}
            label={t('waves.whatIf.consultantWaves')}
            error={errors.consultantWave}
          >
            {(control) => (
              <select
                {...control}
                name="consultantWave"
                value={values.consultantWave}
                onChange={(e) => set('consultantWave')(e.target.value)}
              >
                <option value="">{t('waves.whatIf.allWaves')}</option>
                {waves.map((wave) => (
                  <option key={wave.id} value={wave.id}>
                    {wave.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${fid}-availability`} label={t('waves.whatIf.availability')} error={errors.availability}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                name="availability"
                autoComplete="off"
                value={values.availability}
                onChange={(e) => set('availability')(e.target.value)}
              />
            )}
          </FormField>
        </div>
        <fieldset className="what-if__move">
          <legend>{t('waves.whatIf.moveDepartments')}</legend>
          <div className="form__grid">
            <FormField id={`${fid}-departments`} label={t('waves.whatIf.departments')} error={errors.departments}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  name="departments"
                  autoComplete="off"
                  value={values.departments}
                  onChange={(e) => set('departments')(e.target.value)}
                />
              )}
            </FormField>
            <FormField id={`${fid}-to-wave`} label={t('waves.whatIf.toWave')} error={errors.toWave}>
              {(control) => (
                <select
                  {...control}
                  name="toWave"
                  value={values.toWave}
                  onChange={(e) => set('toWave')(e.target.value)}
                >
                  <option value="">{t('waves.whatIf.noMove')}</option>
                  {waves.map((wave) => (
                    <option key={wave.id} value={wave.id}>
                      {wave.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={whatIf.isPending}>
            {whatIf.isPending ? t('waves.whatIf.computing') : t('waves.whatIf.submit')}
          </button>
        </div>
      </form>
      {whatIf.isError && !(whatIf.error instanceof ApiError && whatIf.error.fieldErrors.length > 0) && (
        <ErrorMessage error={whatIf.error} />
      )}
      <div role="status">
        {result && (
          <p className="notice" data-testid="what-if-saved-note">
            {t('common.notSaved')}
          </p>
        )}
      </div>
      {result && (
        <PlannerTable
          caption={t('waves.whatIf.resultCaption')}
          testId="what-if-result"
          head={
            <tr>
              <th scope="col">{t('waves.whatIf.wave')}</th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.capacityBefore')}
              </th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.demandBefore')}
              </th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.ratioBefore')}
              </th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.capacityAfter')}
              </th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.demandAfter')}
              </th>
              <th scope="col" className="numeric">
                {t('waves.whatIf.ratioAfter')}
              </th>
            </tr>
          }
        >
          {result.after.waves.map((after) => {
            const before = result.before.waves.find((row) => row.waveId === after.waveId);
            return (
              <tr key={after.waveId} data-wave={after.waveId}>
                <th scope="row">{after.name}</th>
                <td className="numeric">{before ? format.number(before.capacity) : t('common.none')}</td>
                <td className="numeric">{before ? format.number(before.demand) : t('common.none')}</td>
                <td className="numeric">
                  {ratio(before)}
                  {flagged(before)}
                </td>
                <td className="numeric" data-testid="after-capacity">
                  {format.number(after.capacity)}
                </td>
                <td className="numeric" data-testid="after-demand">
                  {format.number(after.demand)}
                </td>
                <td className="numeric">
                  {ratio(after)}
                  {flagged(after)}
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('waves.whatIf.unassigned')}</th>
            <td className="numeric">{t('common.none')}</td>
            <td className="numeric">{format.number(result.before.unassigned.demand)}</td>
            <td className="numeric">{t('common.none')}</td>
            <td className="numeric">{t('common.none')}</td>
            <td className="numeric">{format.number(result.after.unassigned.demand)}</td>
            <td className="numeric">{t('common.none')}</td>
          </tr>
        </PlannerTable>
      )}
    </section>
  );
}
