// The typed API client. A mutation resolves only once the page's mirror has reached the version
// the response carries, so the next render shows its result (ARCHITECTURE.md, "Reads and writes").
import type { RouteAnswers, RouteBodies, RouteId } from './routes';
import type { Problem } from './types';

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

export interface ApiClientOptions {
  /** Defaults to the global fetch (the service worker answers it), or a fallback transport. */
  fetch?: (input: Request) => Promise<Response>;
  /** Origin for Node tests ("http://localhost"); empty in the page. */
  baseUrl?: string;
  /** Resolves when the mirror has reached this version; omitted in tests without a mirror. */
  waitForVersion?: (version: number) => Promise<void>;
}

type CallArgs<Id extends RouteId> = {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
} & (Id extends keyof RouteBodies ? { body: RouteBodies[Id] } : { body?: undefined });

export interface ApiClient {
  call<Id extends RouteId>(id: Id, args?: CallArgs<Id>): Promise<RouteAnswers[Id]>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((request: Request) => fetch(request));
  const baseUrl = options.baseUrl ?? (typeof location === 'undefined' ? 'http://localhost' : location.origin);

  return {
    async call(id, args) {
      // The route table also holds each body's zod schema (the handlers parse with it); the page
      // needs only paths and methods, so the table loads with the first call, not the first paint.
      const { routePath, routes } = await import('./routes');
      const route = routes[id];
      const url = new URL(routePath(id, args?.params), baseUrl);
      const fixedQuery: Readonly<Record<string, string>> | undefined = 'query' in route ? route.query : undefined;
      for (const [key, value] of Object.entries({ ...args?.query, ...fixedQuery })) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const hasBody = args?.body !== undefined;
      const request = new Request(url, {
        method: route.method,
        headers: hasBody ? { 'content-type': 'application/json' } : undefined,
        body: hasBody ? JSON.stringify(args.body) : undefined,
      });
      const response = await doFetch(request);
      const text = await response.text();
      const payload: unknown = text ? JSON.parse(text) : undefined;
      if (!response.ok) throw new ApiError(asProblem(payload, response.status));
      if (route.mutates && options.waitForVersion && hasVersion(payload)) {
        await options.waitForVersion(payload.version);
      }
      return payload as RouteAnswers[typeof id];
    },
  };
}

function hasVersion(payload: unknown): payload is { version: number } {
  return typeof payload === 'object' && payload !== null && typeof (payload as { version?: unknown }).version === 'number';
}

function asProblem(payload: unknown, status: number): Problem {
  if (typeof payload === 'object' && payload !== null && 'code' in payload && 'title' in payload) return payload as Problem;
  return { type: 'urn:ha-lab:error:http', title: 'Request failed', status, detail: `The lab answered ${status}.`, code: 'http' };
}
