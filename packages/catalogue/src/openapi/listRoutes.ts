/**
 * Lists the routes an Express 5 app serves, as `{method, path}` with OpenAPI-style `{param}` paths.
 * Used to prove that the OpenAPI document and the routes never drift apart.
 */
import type { Express } from 'express';

interface LayerLike {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

export interface RouteInfo {
  method: string;
  path: string;
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function walk(stack: LayerLike[], prefix: string, out: RouteInfo[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const path = joinPath(prefix, layer.route.path).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') out.push({ method: method.toUpperCase(), path });
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
