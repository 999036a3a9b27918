/**
 * Conformance of a department's variant with its base process: what the variant changed against
 * the base version it adopted, against the newest base release, and what the base changed since
 * the adoption, each in two coloured viewers and as a list. "Mark as reviewed" moves the variant
 * onto the newest base release (POST …/rebase with If-Match). Shown on variant pages and in the
 * modeler of a variant.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { diff } from 'bpmn-js-differ';
import type { Process } from '@efile/schemas';
import { ApiError } from '../../../api/client';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useProcess } from '../api/getProcess';
import { useDiagramContent } from '../api/getDiagramContent';
import { useAdoptions } from '../api/listAdoptions';
import { newestVersion, useDiagrams } from '../api/listDiagrams';
import { useRebaseVariant } from '../api/rebaseVariant';
import { useModelerTranslation, type ModelerT } from '../i18n';
import { ChangeList } from './ChangeList';
import { describeChanges, type Change } from './describeChanges';
import { DiffViewer } from './DiffViewer';
import '../modeler.css';

type Mode = 'variantAdopted' | 'variantReleased' | 'baseChanges';

const NO_CHANGES: readonly Change[] = [];

interface Side {
  key: string;
  version: number;
  label: string;
}

/** The two sides a mode compares (before, after). */
function sidesOf(
  mode: Mode,
  variant: Process,
  latest: number | undefined,
  released: number | undefined,
  t: ModelerT,
): [Side, Side] | undefined {
  const base = variant.baseProcess;
  const adopted = variant.baseVersion;
  if (!base || !adopted || !latest) return undefined;
  const baseSide = (version: number): Side => ({ key: base, version, label: t('conformance.base', { version }) });
  const variantSide: Side = { key: variant.key, version: latest, label: t('conformance.variant', { version: latest }) };
  if (mode === 'variantAdopted') return [baseSide(adopted), variantSide];
  if (!released) return undefined;
  if (mode === 'variantReleased') return [baseSide(released), variantSide];
  return [baseSide(adopted), baseSide(released)];
}

function Comparison({
  before,
  after,
  beforeXml,
  afterXml,
}: {
  before: Side;
  after: Side;
  beforeXml: string;
  afterXml: string;
}) {
  const { t } = useModelerTranslation();
  const [definitions, setDefinitions] = useState<{ before?: unknown; after?: unknown }>({});
  const [error, setError] = useState<unknown>(null);
  const onImported = useCallback(
    (side: 'before' | 'after', defs: unknown) => setDefinitions((current) => ({ ...current, [side]: defs })),
    [],
  );
  const changes = useMemo<Change[] | undefined>(
    () =>
      definitions.before && definitions.after
        ? describeChanges(diff(definitions.before, definitions.after))
        : undefined,
    [definitions],
  );
  const shown = changes ?? NO_CHANGES;
  return (
    <div className="conformance-comparison">
      {error !== null && <ErrorMessage error={error} />}
      <div className="conformance-legend" aria-hidden="true">
        {(['added', 'removed', 'changed', 'layoutChanged'] as const).map((kind) => (
          <span key={kind} className="conformance-legend__item">
            <span className={`conformance-swatch diff-swatch-${kind}`} />
            {t(`conformance.${kind}`)}
          </span>
        ))}
      </div>
      <div className="conformance-viewers">
        <DiffViewer
          xml={beforeXml}
          side="before"
          changes={shown}
          label={t('conformance.left', { label: before.label })}
          onImported={onImported}
          onError={setError}
        />
        <DiffViewer
          xml={afterXml}
          side="after"
          changes={shown}
          label={t('conformance.right', { label: after.label })}
          onImported={onImported}
          onError={setError}
        />
      </div>
      {changes ? <ChangeList changes={changes} /> : <Loading label={t('conformance.loading')} />}
    </div>
  );
}

export function ConformancePanel({ processKey }: { processKey: string }) {
  const { t } = useModelerTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const selectId = useId();
  const variantQuery = useProcess(processKey);
  const variant = variantQuery.data;
  const versions = useDiagrams(processKey);
  const adoptions = useAdoptions(variant?.baseProcess);
  const released = adoptions.data?.releasedVersion;
  const behind = released !== undefined && variant?.baseVersion !== undefined && released > variant.baseVersion;

  const [chosen, setChosen] = useState<Mode | undefined>(undefined);
  const mode: Mode = chosen ?? (behind ? 'baseChanges' : 'variantAdopted');
  const latest = versions.data ? newestVersion(versions.data) : undefined;
  const sides = variant ? sidesOf(mode, variant, latest, released, t) : undefined;
  const beforeXml = useDiagramContent(sides?.[0].key, sides?.[0].version);
  const afterXml = useDiagramContent(sides?.[1].key, sides?.[1].version);

  const rebase = useRebaseVariant();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error' | 'warning'; text: string } | null>(null);

  const markReviewed = () => {
    if (!variant || released === undefined) return;
    setOutcome(null);
    rebase.mutate(
      { key: variant.key, baseVersion: released, ifMatch: variant.version },
      {
        onSuccess: () => {
          setOutcome({ tone: 'success', text: t('conformance.reviewed', { version: released }) });
          setChosen(undefined);
        },
        onError: (error) =>
          setOutcome(
            error instanceof ApiError && error.status === 412
              ? { tone: 'warning', text: t('conformance.reviewConflict') }
              : { tone: 'error', text: t('conformance.reviewFailed', { message: errorText(error) }) },
          ),
      },
    );
  };

  const body = () => {
    if (variantQuery.isError) return <ErrorMessage error={variantQuery.error} />;
    if (versions.isError) return <ErrorMessage error={versions.error} />;
    if (!variant || !versions.data || (variant.baseProcess && adoptions.isPending)) {
      return <Loading label={t('conformance.loading')} />;
    }
    if (!variant.baseProcess || variant.baseVersion === undefined) return <p>{t('conformance.notVariant')}</p>;
    if (adoptions.isError) return <ErrorMessage error={adoptions.error} />;
    const modes: Array<[Mode, string]> = [
      ['variantAdopted', t('conformance.modeVariantAdopted', { version: variant.baseVersion })],
      ...(released !== undefined
        ? ([
            ['variantReleased', t('conformance.modeVariantReleased', { version: released })],
            ...(behind
              ? [['baseChanges', t('conformance.modeBaseChanges', { from: variant.baseVersion, to: released })]]
              : []),
          ] as Array<[Mode, string]>)
        : []),
    ];
    return (
      <>
        <p>
          {released !== undefined
            ? t('conformance.summary', {
                key: variant.key,
                base: variant.baseProcess,
                adopted: variant.baseVersion,
                released,
              })
            : t('conformance.summaryNoRelease', {
                key: variant.key,
                base: variant.baseProcess,
                adopted: variant.baseVersion,
              })}{' '}
          {behind ? t('conformance.behind') : t('conformance.upToDate')}
        </p>
        {outcome && (
          <div className={`notice notice--${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
            <p>{outcome.text}</p>
          </div>
        )}
        <div className="conformance-controls">
          <label htmlFor={selectId}>{t('conformance.compare')}</label>
          <select id={selectId} value={mode} onChange={(event) => setChosen(event.target.value as Mode)}>
            {modes.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {behind && (
            <button type="button" className="button" onClick={markReviewed} disabled={rebase.isPending}>
              {t('conformance.markReviewed', { version: released })}
            </button>
          )}
        </div>
        {beforeXml.isError || afterXml.isError ? (
          <ErrorMessage error={beforeXml.error ?? afterXml.error} />
        ) : sides && beforeXml.data !== undefined && afterXml.data !== undefined ? (
          <Comparison
            // a new pair of versions starts a new comparison
            key={sides.map((side) => `${side.key}@${side.version}`).join('|')}
            before={sides[0]}
            after={sides[1]}
            beforeXml={beforeXml.data}
            afterXml={afterXml.data}
          />
        ) : (
          <Loading label={t('conformance.loading')} />
        )}
      </>
    );
  };

  return (
    <section className="conformance" aria-labelledby={headingId} data-testid="conformance-panel">
      <h2 id={headingId}>{t('conformance.heading')}</h2>
      {body()}
    </section>
  );
}
