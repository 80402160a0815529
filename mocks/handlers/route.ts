// Binds a route of the table (src/api/routes.ts) to a resolver: the path and method come from the
// table, prefixed with `*` so the handlers answer on any origin (the page's, http://localhost).
import { http, type HttpResponseResolver, type PathParams } from 'msw';
import { routes, type RouteId } from '../../src/api/routes';
import { isStorageError, STORAGE_WRITE_FAILED_CODE } from '../../src/host/storage-error';
import { problemResponse } from '../problem';

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

export function on(id: RouteId, resolver: HttpResponseResolver<PathParams<string>>) {
  const route = routes[id];
  return METHODS[route.method](`*${route.path}`, async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      // The host changed nothing when its write failed; its message says what to do.
      if (isStorageError(error)) return problemResponse(507, STORAGE_WRITE_FAILED_CODE, error.message);
      throw error;
    }
  });
}

/** A path parameter as text (msw gives string | string[] for repeated segments). */
export function param(params: PathParams<string>, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}
