// Shared by the StarWind contract tests: the seed document's servers and addresses, a console
// logged in to them, and the Add Target request for HA1 / HA1Partner.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createApiClient } from '../src/api/client';
import type { RouteBodies } from '../src/api/routes';
import { seedHaRequest, STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD, STORE1, STORE2 } from '../src/domain/starwind';
import { BYTES_PER_GIB } from '../src/domain/units';
import { resetLab, server } from './node';
import { ORIGIN } from './test-support';

export const api = createApiClient({ baseUrl: ORIGIN });

/** Seed lab addresses: Public 192.168.100.0/24, iSCSI 172.30.100.0/24; Store1 .21, Store2 .22. */
export { STORE1, STORE2 };

export const SIZE_1_GIB = BYTES_PER_GIB;
/** 1 GbE moves 125,000,000 bytes/s: 1 GiB takes about 8.6 s. */
export const GIGABIT_BYTES_PER_S = 125_000_000;

export type CreateDeviceBody = RouteBodies['createStarWindDevice'];
type HaSpec = NonNullable<CreateDeviceBody['ha']>;

/** Adds a server to the console and logs in with the default credentials. */
export async function addAndConnect(name: string): Promise<void> {
  const server = await api.call('addStarWindServer', { body: { address: name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD } });
  expect(server.loginError).toBeUndefined();
  expect(server.connected).toBe(true);
}

/**
 * The seed document's HA1 on SWS-Store1 with HA1Partner on SWS-Store2: sync over iSCSI, heartbeat
 * over Public, Store1 primary, 1 GiB (small, so a sync takes seconds), images on D:.
 */
export function ha1Request(overrides: Partial<Omit<CreateDeviceBody, 'ha'>> = {}, ha: Partial<HaSpec> = {}): CreateDeviceBody {
  const seed = seedHaRequest('HA1', SIZE_1_GIB);
  // The wizard's write-back cache and image names as typed (HA1.img, HA1Partner.img).
  return {
    ...seed,
    cacheMode: 'write-back',
    image: { ...seed.image, fileName: 'HA1.img' },
    ...overrides,
    ha: { ...seed.ha!, partnerImage: { ...seed.image, fileName: 'HA1Partner.img' }, ...ha },
  };
}

/** The console logged in to both storage servers, as after step 3 of the seed document. */
export async function consoleWithBothStores(): Promise<void> {
  await addAndConnect(STORE1.name);
  await addAndConnect(STORE2.name);
}

/**
 * The mock server for the file, and before each test the seed lab with the console logged in to
 * both storage servers and HA1 / HA1Partner created on them (the lab of the iSCSI, MPIO and disk
 * contracts). A file's own `beforeEach` runs after this one.
 */
export function withHa1Lab(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(async () => {
    await resetLab();
    await consoleWithBothStores();
    await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request() });
  });
}
