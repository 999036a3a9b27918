/**
 * Benchmark of GET /api/v1/processes (list, filter, search, sort, page): the HTTP latency of
 * typical queries next to the same query run through the raw mongodb driver, interleaved
 * (endpoint, raw, endpoint, raw, …) so both share the noise of the machine.
 */
import { apiFetch } from './apiFetch.js';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { buildListQuery, type ProcessListFilter, type ProcessListSort } from '@efile/catalogue';
import { formatMs, formatRatio, ratio, summarize, type Summary } from './benchStats.js';

/** The projection of ProcessesRepository#list: everything the API shows. */
const PROJECTION = { _id: 0, search: 0, adoptionSlot: 0 } as const;
const REQUEST_TIMEOUT_MS = 60_000;

/** One typical query, as the query string of the endpoint and as the repository's filter. */
export interface ListQueryCase {
  name: string;
  /** The query string as a client sends it (repeatable parameters as arrays). */
  params: Record<string, string | string[]>;
  filter: ProcessListFilter;
  sort?: ProcessListSort;
  page: number;
  pageSize: number;
}

export interface ListQueryResult {
  name: string;
  query: string;
  /** How many processes match (the page's `total`). */
  total: number;
  endpoint: Summary;
  raw: Summary;
  /** Median endpoint ÷ median raw. */
  ratio: number;
}

export interface ListBenchmarkResult {
  processes: number;
  warmup: number;
  runs: number;
  queries: ListQueryResult[];
}

/** The words of a text, as a search box would take them. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}

function mostCommon(values: Iterable<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | undefined;
  // Ties go to the alphabetically first value, so the same data always gives the same queries.
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}

interface ProcessSample {
  department: string;
  kind: string;
  group?: string;
  baseProcess?: string;
  tags?: string[];
  name: string;
}

/**
 * The typical queries, with values taken from the seeded data (the largest department, the
 * most common group, tag and adopted base process, frequent words of the names), so every
 * query finds something whatever the seed's vocabulary.
 */
export async function typicalQueries(processes: Collection<Document>): Promise<ListQueryCase[]> {
  const sample = await processes
    .find(
      { archived: false },
      { projection: { _id: 0, department: 1, kind: 1, group: 1, baseProcess: 1, tags: 1, name: 1 } },
    )
    .toArray();
  const docs = sample as unknown as ProcessSample[];
  const department = mostCommon(docs.map((d) => d.department));
  const group = mostCommon(docs.map((d) => d.group));
  const baseProcess = mostCommon(docs.map((d) => d.baseProcess));
  const tag = mostCommon(docs.flatMap((d) => d.tags ?? []));
  const term = mostCommon(docs.flatMap((d) => words(d.name)));
  const umlaut = mostCommon(docs.flatMap((d) => words(d.name).filter((w) => /[äöüÄÖÜß]/.test(w))));
  const partner =
    umlaut === undefined
      ? undefined
      : mostCommon(
          docs.filter((d) => words(d.name).includes(umlaut)).flatMap((d) => words(d.name).filter((w) => w !== umlaut)),
        );
  if (!department || !group || !baseProcess || !tag || !term || !umlaut || !partner) {
    throw new Error('The seeded data lacks a department, group, base process, tag or searchable name to query.');
  }
  const twoTerms = `${partner.toLowerCase()} ${umlaut.toLowerCase()}`;
  const byName: ProcessListSort = { field: 'name', direction: 'asc' };
  return [
    { name: 'default page', params: {}, filter: {}, page: 1, pageSize: 50 },
    {
      name: 'one department',
      params: { department: department },
      filter: { departments: [department] },
      page: 1,
      pageSize: 50,
    },
    { name: 'kind=base', params: { kind: 'base' }, filter: { kind: 'base' }, page: 1, pageSize: 50 },
    { name: 'group', params: { group }, filter: { group }, page: 1, pageSize: 50 },
    { name: 'baseProcess', params: { baseProcess }, filter: { baseProcess }, page: 1, pageSize: 50 },
    { name: 'tag', params: { tag: [tag] }, filter: { tags: [tag] }, page: 1, pageSize: 50 },
    {
      name: 'q, one term',
      params: { q: term.toLowerCase() },
      filter: { q: term.toLowerCase() },
      page: 1,
      pageSize: 50,
    },
    { name: 'q, two terms (umlaut)', params: { q: twoTerms }, filter: { q: twoTerms }, page: 1, pageSize: 50 },
    {
      name: 'sort=name, page 5',
      params: { sort: 'name', page: '5' },
      filter: {},
      sort: byName,
      page: 5,
      pageSize: 50,
    },
    { name: 'pageSize 200', params: { pageSize: '200' }, filter: {}, page: 1, pageSize: 200 },
  ];
}

/** The query string of a case, e.g. `?department=32&tag=a&tag=b`. */
export function queryString(params: ListQueryCase['params']): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, v);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface Page {
  keys: string[];
  total: number;
}

async function viaEndpoint(baseUrl: string, query: string): Promise<Page> {
  const res = await apiFetch(`${baseUrl}/api/v1/processes${query}`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await res.json()) as { items?: Array<{ key: string }>; total?: number };
  if (res.status !== 200 || !body.items || body.total === undefined) {
    throw new Error(`GET /api/v1/processes${query} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return { keys: body.items.map((p) => p.key), total: body.total };
}

/** The query as ProcessesRepository#list runs it, through the raw driver: page and count in parallel. */
async function viaDriver(processes: Collection<Document>, c: ListQueryCase): Promise<Page> {
  const { filter, sort } = buildListQuery(c.filter, c.sort);
  const [docs, total] = await Promise.all([
    processes
      .find(filter, { projection: PROJECTION })
      .sort(sort)
      .skip((c.page - 1) * c.pageSize)
      .limit(c.pageSize)
      .toArray(),
    processes.countDocuments(filter),
  ]);
  return { keys: docs.map((d) => String(d.key)), total };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

/**
 * Runs every query `warmup` + `runs` times through the endpoint and the driver, alternating.
 * The first warm-up checks that both give the same page and total, so the comparison is fair.
 */
export async function runListBenchmark(
  connection: Connection,
  baseUrl: string,
  options: { warmup: number; runs: number; progress?: (message: string) => void },
): Promise<ListBenchmarkResult> {
  const processes = connection.getClient().db(connection.name).collection('processes');
  const cases = await typicalQueries(processes);
  const results: ListQueryResult[] = [];
  for (const c of cases) {
    const query = queryString(c.params);
    const endpointMs: number[] = [];
    const rawMs: number[] = [];
    let total = 0;
    for (let run = 0; run < options.warmup + options.runs; run++) {
      // Who goes first alternates, so neither side always meets the caches the other warmed.
      let httpMs: number, page: Page, driverMs: number, rawPage: Page;
      if (run % 2 === 0) {
        [httpMs, page] = await timed(() => viaEndpoint(baseUrl, query));
        [driverMs, rawPage] = await timed(() => viaDriver(processes, c));
      } else {
        [driverMs, rawPage] = await timed(() => viaDriver(processes, c));
        [httpMs, page] = await timed(() => viaEndpoint(baseUrl, query));
      }
      if (run === 0) {
        if (page.total !== rawPage.total || page.keys.join() !== rawPage.keys.join()) {
          throw new Error(
            `"${c.name}": the endpoint and the raw query disagree (total ${page.total} vs ${rawPage.total}); the comparison would be meaningless.`,
          );
        }
        if (page.total === 0)
          throw new Error(`"${c.name}" (${query}) matches nothing; pick a query that finds processes.`);
        total = page.total;
      }
      if (run >= options.warmup) {
        endpointMs.push(httpMs);
        rawMs.push(driverMs);
      }
    }
    const endpoint = summarize(endpointMs);
    const raw = summarize(rawMs);
    options.progress?.(
      `  ${c.name}: endpoint ${formatMs(endpoint.median)}, raw ${formatMs(raw.median)} (${formatRatio(ratio(endpoint.median, raw.median))})`,
    );
    results.push({
      name: c.name,
      query: query || '(none)',
      total,
      endpoint,
      raw,
      ratio: ratio(endpoint.median, raw.median),
    });
  }
  return {
    processes: await processes.countDocuments({}),
    warmup: options.warmup,
    runs: options.runs,
    queries: results,
  };
}
