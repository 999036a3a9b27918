/** The messages between the parser pool and its worker threads. */
import type { BpmnStats } from './bpmnStats.js';

export interface ParseRequest {
  id: number;
  xml: string;
}

/** At most this many warning messages leave the worker. */
export const MAX_WARNINGS = 100;

/** A parsed file: its counts, the first warnings the parser tolerated and how many there were. */
export interface ParseSuccess {
  ok: true;
  stats: BpmnStats;
  warnings: string[];
  warningCount: number;
}

/** A file the parser refused, with a sentence for the client and up to 20 details. */
export interface ParseFailure {
  ok: false;
  reason: string;
  details: string[];
}

export type ParseOutcome = ParseSuccess | ParseFailure;

export type WorkerMessage = { ready: true } | { id: number; outcome: ParseOutcome };
