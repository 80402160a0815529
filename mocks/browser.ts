// Starts the lab's REST server in the page: a service worker where the browser allows one, else
// the in-page fallback transport. The app gives the returned fetch to createApiClient.
import { setupWorker } from 'msw/browser';
import type { LabHostApi } from '../src/host/types';
import { createFallbackFetch } from './fallback';
import { createHandlers } from './handlers';

export type MockMode = 'service-worker' | 'fallback';

export interface BrowserMocks {
  mode: MockMode;
  fetch: (request: Request) => Promise<Response>;
}

/**
 * A `?validate=only` request is a question whose expected answer may be a refusal (a wizard page's
 * check); the browser logs every 4xx of the network as an error in its console, where demo
 * authors read. These never reach the network: the same handlers answer them in the page.
 */
function isValidateOnly(request: Request): boolean {
  return new URL(request.url).searchParams.get('validate') === 'only';
}

export async function startBrowserMocks(host: LabHostApi): Promise<BrowserMocks> {
  const handlers = createHandlers(host);
  const inPage = createFallbackFetch(handlers);
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator && globalThis.isSecureContext) {
    try {
      await setupWorker(...handlers).start({
        onUnhandledRequest: 'bypass',
        quiet: true,
        // Under the app's base path, so a build served from a sub-folder finds its worker script.
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      });
      return { mode: 'service-worker', fetch: (request) => (isValidateOnly(request) ? inPage(request) : fetch(request)) };
    } catch (error) {
      // Blocked or failed registration: the fallback serves the same handlers without one.
      console.warn('[mocks] service worker unavailable, using the in-page transport', error);
    }
  }
  return { mode: 'fallback', fetch: inPage };
}
