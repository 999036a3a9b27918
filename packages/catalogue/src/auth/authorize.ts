/**
 * Authorization by construction. Routes are added through `guardedRouter()`, whose methods take the
 * route's action as a required argument and put `authorize(action)` in front of its handlers; a test walks
 * the app and fails for any route without it. The policy denies what it does not grant.
 */
import { Router, type RequestHandler } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { grantOf, type Action } from './policy.js';
import type { Authentication } from './principal.js';
import { Scope } from './scope.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The caller's permission for the route's action; set by `authorize()` (absent on public routes). */
    scope: Scope;
  }
}

/** Marks the middleware that carries a route's declared action, so tests can read it back. */
export const ROUTE_ACTION = Symbol('routeAction');

export type ActionMiddleware = RequestHandler & { [ROUTE_ACTION]: Action };

/** The signed-in principal of this request, if any (set by `authenticate()`). */
export function authenticationOf(res: { locals: Record<string, unknown> }): Authentication | undefined {
  return res.locals.auth as Authentication | undefined;
}

/**
 * The route guard: 401 without a principal, 403 when the role has no grant for the action at all,
 * otherwise `req.scope` for the department checks the service makes on the resource itself.
 */
export function authorize(action: Action): ActionMiddleware {
  const guard: RequestHandler = (req, res, next) => {
    res.locals.action = action;
    if (action === 'public') {
      next();
      return;
    }
    const auth = authenticationOf(res);
    if (!auth)
      throw new UnauthenticatedError('Sign in first (session cookie) or send an API token (Authorization: Bearer).');
    if (grantOf(auth.principal, action) === 'none') {
      throw new ForbiddenError(`The role ${auth.principal.role} may not do this (${action}).`);
    }
    req.scope = Scope.grant(auth.principal, action);
    next();
  };
  return Object.assign(guard, { [ROUTE_ACTION]: action });
}

type Handlers = RequestHandler[];

/** A Router whose routes cannot be declared without an action. */
export interface GuardedRouter {
  readonly router: Router;
  get(path: string, action: Action, ...handlers: Handlers): GuardedRouter;
  post(path: string, action: Action, ...handlers: Handlers): GuardedRouter;
  put(path: string, action: Action, ...handlers: Handlers): GuardedRouter;
  patch(path: string, action: Action, ...handlers: Handlers): GuardedRouter;
  delete(path: string, action: Action, ...handlers: Handlers): GuardedRouter;
}

export function guardedRouter(options?: { mergeParams?: boolean }): GuardedRouter {
  const router = Router(options);
  const add =
    (method: 'get' | 'post' | 'put' | 'patch' | 'delete') =>
    (path: string, action: Action, ...handlers: Handlers): GuardedRouter => {
      router[method](path, authorize(action), ...handlers);
      return guarded;
    };
  const guarded: GuardedRouter = {
    router,
    get: add('get'),
    post: add('post'),
    put: add('put'),
    patch: add('patch'),
    delete: add('delete'),
  };
  return guarded;
}
