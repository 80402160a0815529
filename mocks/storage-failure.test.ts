// A storage failure through the REST layer: 507 with a storage.write_failed problem that says what
// happened and what to do, and nothing changed (lab, log) — for a command, a new lab and an import.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CommandLogEntry, LabInfo } from '../src/api/types';
import { createInProcessHost } from '../src/host/in-process';
import { MemoryPersistence } from '../src/host/persistence/memory';
import type { LabToStore } from '../src/host/persistence/types';
import { createHandlers } from './handlers';
import { expectProblem, send } from './test-support';

/** Memory persistence that refuses every write while full, as a browser over its quota would. */
class FullPersistence extends MemoryPersistence {
  full = false;
  override async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await super.appendCommand(index, entry);
  }
  override async reset(lab: LabToStore): Promise<void> {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await super.reset(lab);
  }
}

const persistence = new FullPersistence();
const host = createInProcessHost({ persistence });
const server = setupServer(...createHandlers(host));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function expectInsufficientStorage(request: () => Promise<Response>): Promise<void> {
  const before = (await (await send('GET', '/api/v1/lab')).json()) as LabInfo;
  const logBefore = await host.commandLog();
  const problem = await expectProblem(await request(), 507, 'storage.write_failed');
  expect(problem.title).toBe('Insufficient Storage');
  expect(problem.detail).toMatch(/could not be saved.*QuotaExceededError.*nothing was changed.*Free some disk space.*Export Lab/s);
  expect(await (await send('GET', '/api/v1/lab')).json()).toEqual(before);
  expect(await host.commandLog()).toEqual(logBefore);
}

describe('a full storage answers 507 and changes nothing', () => {
  test('a command, a new lab and an import', async () => {
    await send('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
    const file = await (await send('GET', '/api/v1/lab/export')).json();
    persistence.full = true;
    await expectInsufficientStorage(() => send('POST', '/api/v1/hosts/Demo1/power', { action: 'off' }));
    await expectInsufficientStorage(() => send('POST', '/api/v1/lab', { seed: 4 }));
    await expectInsufficientStorage(() => send('POST', '/api/v1/lab/import', file));
    persistence.full = false;
    expect((await send('POST', '/api/v1/hosts/Demo1/power', { action: 'off' })).status).toBe(200);
    expect(await host.commandLog()).toHaveLength(2);
  });
});
