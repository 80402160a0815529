// Every mutating answer is built from the state its own command produced: with many requests in
// flight, no answer may show a later command's state (the answer is computed in the host right
// after the dispatch, not read again after an await).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Host } from '../src/api/types';
import { resetLab, server } from './node';
import { send } from './test-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
});

describe('answers under concurrency', () => {
  test('50 concurrent cable changes: each answer shows its own command and its own version', async () => {
    const requests = Array.from({ length: 50 }, (_, index) => {
      const linkUp = index % 2 === 1;
      return send('PUT', '/api/v1/hosts/Demo1/nics/iSCSI', { linkUp }).then(async (response) => ({ linkUp, status: response.status, body: (await response.json()) as Host & { version: number } }));
    });
    const answers = await Promise.all(requests);
    const versions = new Set<number>();
    for (const { linkUp, status, body } of answers) {
      expect(status).toBe(200);
      expect(body.nics.find((nic) => nic.name === 'iSCSI')?.linkUp).toBe(linkUp);
      versions.add(body.version);
    }
    // Every command changed the link, so each produced its own version.
    expect(versions.size).toBe(50);
  });

  test('10 concurrent power commands alternate and each answer shows the state its command made', async () => {
    const actions = ['off', 'on'] as const;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        send('POST', '/api/v1/hosts/Demo2/power', { action: actions[index % 2] }).then(async (response) => ({ index, status: response.status, body: (await response.json()) as Host })),
      ),
    );
    // Turn Off is immediate; Start begins a boot: each answer shows the state right after its command.
    for (const { index, status, body } of answers) {
      expect(status).toBe(200);
      expect(body.powerState).toBe(index % 2 === 0 ? 'off' : 'starting');
    }
  });
});
