// Binds a route of the table (src/api/routes.ts) to a resolver: the path and method come from the
// table, prefixed with `*` so the handlers answer on any origin (the page's, http://localhost).
import { http, type HttpResponseResolver, type PathParams } from 'msw';
import { routes, type RouteId } from '../../src/api/routes';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

export function on(id: RouteId, resolver: HttpResponseResolver<PathParams<string>>) {
  const route = routes[id];
  return METHODS[route.method](`*${route.path}`, resolver);
}

/** A path parameter as text (msw gives string | string[] for repeated segments). */
export function param(params: PathParams<string>, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}
