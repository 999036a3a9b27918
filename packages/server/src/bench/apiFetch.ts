/**
 * fetch() against the benchmark's own server, signed in as an admin API token made for the run:
 * the timed requests pay for authentication like every real one does.
 */
import type { Connection } from 'mongoose';
import { createCatalogue } from '@efile/catalogue';

let authorization: string | undefined;

/** Creates an admin API token in the benchmark database; later apiFetch() calls send it. */
export async function signInForBenchmarks(connection: Connection): Promise<void> {
  const { tokens } = createCatalogue({ connection });
  const { secret } = await tokens.create({ name: 'Benchmark', role: 'admin', allDepartments: true }, 'system');
  authorization = `Bearer ${secret}`;
}

export function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  if (!authorization) throw new Error('signInForBenchmarks() first.');
  const headers = new Headers(init.headers);
  headers.set('Authorization', authorization);
  return fetch(url, { ...init, headers });
}
