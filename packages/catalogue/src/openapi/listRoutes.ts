/**
 * Lists the routes an Express 5 app serves, as `{method, path}` with OpenAPI-style `{param}` paths.
 * Used to prove that the OpenAPI document and the routes never drift apart.
 */
import type { Express } from 'express';
import { ROUTE_ACTION } from '../auth/authorize.js';
import type { Action } from '../auth/policy.js';

interface LayerLike {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: LayerLike[] };
}

export interface RouteInfo {
  method: string;
  path: string;
  /** The action the route's first handler declares (guardedRouter puts it there), if any. */
  action?: Action;
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function walk(stack: LayerLike[], prefix: string, out: RouteInfo[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const path = joinPath(prefix, layer.route.path).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const first = layer.route.stack[0]?.handle as { [ROUTE_ACTION]?: Action } | undefined;
      const action = first?.[ROUTE_ACTION];
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') out.push({ method: method.toUpperCase(), path, ...(action ? { action } : {}) });
      }
    } else if (layer.handle?.stack) {
      const raw = typeof layer.rawPath === 'string' ? layer.rawPath : '';
      walk(layer.handle.stack, joinPath(prefix, raw), out);
    }
  }
}

export function listRoutes(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  walk((app.router as unknown as { stack: LayerLike[] }).stack, '', out);
  return out;
}
