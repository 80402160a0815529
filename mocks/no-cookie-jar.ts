// Stands in for tough-cookie in the browser build (vite.config.ts aliases it here). msw keeps a
// cookie jar for handlers that set cookies; tough-cookie brings the public-suffix list (tldts),
// about 100 kB gzip, close to a third of what the page may load before it is usable. The lab's
// API sets and reads no cookies (mocks/no-cookies.test.ts checks every route's answers), so this
// jar holds none, and one that is set anyway fails the request loudly instead of being lost.
// Only what msw's cookie store uses (msw/lib/core/utils/cookieStore) is here.

export class Cookie {
  readonly key = '';
  readonly value = '';
  readonly domain: string | null = null;
  readonly path: string | null = null;

  /** msw restores cookies it persisted in localStorage; this jar persists none. */
  static fromJSON(): Cookie | null {
    return null;
  }

  toJSON(): Record<string, unknown> {
    return {};
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
  constructor(readonly store: MemoryCookieStore) {}

  getCookiesSync(): Cookie[] {
    return [];
  }

  setCookie(cookie: string, url: string): Promise<never> {
    return Promise.reject(
      new Error(`A handler set the cookie "${cookie.split(';')[0]}" for ${url}, but the lab's API keeps no cookies (mocks/no-cookie-jar.ts).`),
    );
  }
}
