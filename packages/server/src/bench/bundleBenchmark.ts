/**
 * The web interface's bundle figure: the gzipped JavaScript a browser loads before the catalogue
 * shows (the entry chunk and its static imports), as scripts/check-bundle.mjs computes it from the
 * Vite manifest of packages/modeler/dist, held against the 200 kB budget and shown next to all the
 * JavaScript of the build (what the lazy chunks keep out of the first load).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../db/embeddedDatabase.js';
import { formatPercent, ratio, verdict, type Outcome, type Verdict } from './benchStats.js';

type Table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
) => string[];

/** What `measureBundle()` of scripts/check-bundle.mjs answers. */
export interface BundleFigures {
  /** The initial chunks of the catalogue route, in load order. */
  chunks: Array<{ file: string; gzippedBytes: number }>;
  initialGzippedBytes: number;
  /** Every JavaScript chunk of the build, lazy ones too. */
  allJsFiles: number;
  allGzippedBytes: number;
  budgetBytes: number;
  /** Initial chunks holding bpmn-js or diagram-js (there should be none). */
  eager: string[];
}

/** Measures the built web interface (throws when it is not built). */
export async function runBundleBenchmark(): Promise<BundleFigures> {
  const script = pathToFileURL(join(repoRoot, 'scripts', 'check-bundle.mjs')).href;
  const { measureBundle } = (await import(script)) as { measureBundle: () => BundleFigures };
  return measureBundle();
}

/** Bytes as kilobytes of 1 000 bytes, the unit of the budget: `151.8 kB`. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Within the budget, and bpmn-js kept out of the first load. */
function verdicts(figures: BundleFigures): { size: Verdict; lazy: Verdict } {
  return {
    size: verdict(figures.initialGzippedBytes, { kind: 'max', limit: figures.budgetBytes }),
    lazy: figures.eager.length === 0 ? 'PASS' : 'MISS',
  };
}

/** The section of docs/benchmarks.md. */
export function renderBundleSection(outcome: Outcome<BundleFigures>, table: Table): string[] {
  const heading = ['## Web interface bundle: initial JavaScript of the catalogue', ''];
  if ('error' in outcome) {
    return [...heading, `**Not measured in this run:** ${outcome.error.replace(/\s+/g, ' ')}`, ''];
  }
  const b = outcome.result;
  const v = verdicts(b);
  const budget = formatKb(b.budgetBytes);
  return [
    ...heading,
    'What a browser loads before the catalogue shows: the entry chunk of `packages/modeler/dist` and every chunk',
    'it imports statically, gzipped at level 9 (`scripts/check-bundle.mjs`, which `npm test` also runs), next to',
    `all ${b.allJsFiles} JavaScript chunks of the build; bpmn-js must stay in the chunks loaded lazily by the pages that`,
    `show diagrams. Target: ≤ ${budget} gzipped (1 kB = 1 000 bytes).`,
    '',
    ...table(
      ['Figure', 'Gzipped', 'Baseline (all JavaScript)', 'Share', 'Target', 'Result'],
      [
        [
          `Initial JavaScript (${b.chunks.length} chunks)`,
          formatKb(b.initialGzippedBytes),
          formatKb(b.allGzippedBytes),
          formatPercent(ratio(b.initialGzippedBytes, b.allGzippedBytes)),
          `≤ ${budget}`,
          v.size,
        ],
        ['bpmn-js in the initial chunks', b.eager.length === 0 ? 'none' : b.eager.join(', '), '', '', 'none', v.lazy],
        ...b.chunks.map((chunk) => [`\`${chunk.file}\``, formatKb(chunk.gzippedBytes), '', '', '', '']),
      ],
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  ];
}

/** The line printed at the end of a run. */
export function bundleSummaryLine(outcome: Outcome<BundleFigures>): string {
  if ('error' in outcome) return `Bundle: not measured (${outcome.error.split('\n')[0]}) MISS`;
  const b = outcome.result;
  const v = verdicts(b);
  return (
    `Bundle: initial JavaScript ${formatKb(b.initialGzippedBytes)} gzipped of ${formatKb(b.allGzippedBytes)} in all, ` +
    `budget ${formatKb(b.budgetBytes)} ${v.size}; bpmn-js lazy ${v.lazy}`
  );
}
