// The transport where no service worker can run (plain http on a LAN, service workers blocked):
// each request goes straight to the same msw handlers in the page (ARCHITECTURE.md, "Anywhere").
import { getResponse, type RequestHandler } from 'msw';
import { problemResponse } from './problem';

export function createFallbackFetch(handlers: RequestHandler[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await getResponse(handlers, request);
    if (response) return response;
    const url = new URL(request.url);
    return problemResponse(404, 'route.not_found', `No route answers ${request.method} ${url.pathname}.`);
  };
}
