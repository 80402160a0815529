// A subset of the import mutation property (tests/integration/import-mutation.property.test.ts)
// through the API: every mutated file answers 200, or a problem (400/422) with errors keyed by
// path that left the lab and its log as they were; never a 500.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Problem } from '../src/api/types';
import { labFileWithHa } from '../tests/integration/lab-file-fixture';
import { applyMutation, mutationArbitrary, nested, numberPathsOf, pathsOf } from '../tests/integration/lab-file-mutations';
import { labHost, resetLab, server } from './node';
import { expectRefusedUnchanged, getLab, send } from './test-support';

const valid = labFileWithHa();
const text = JSON.stringify(valid);
const paths = pathsOf(valid);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab();
  await send('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
});

describe('import of mutated lab files through the API', () => {
  test('the valid file imports to its own hash', async () => {
    const response = await send('POST', '/api/v1/lab/import', valid);
    expect(response.status).toBe(200);
    expect(await labHost.commandLog()).toEqual(valid.commandLog);
  });

  test('a field nested 3,000 levels deep is refused with its path; the lab stays as it was', async () => {
    const file = JSON.parse(text) as { snapshot: { entities: { hosts: Record<string, unknown>[] } } };
    file.snapshot.entities.hosts[0]!.notes = nested(3000);
    const problem = await expectRefusedUnchanged(() => send('POST', '/api/v1/lab/import', file), 422, 'lab.import_invalid');
    expect(Object.keys(problem.errors ?? {})[0]).toMatch(/^snapshot\.entities\.hosts\[0\]\.notes(\.a)+$/);
  });

  test('40 mutations: 200, or a problem with a path that changed nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mutationArbitrary(paths, numberPathsOf(valid, paths), valid.commandLog.length), async (mutation) => {
        const before = await getLab();
        const logBefore = await labHost.commandLog();
        const response = await send('POST', '/api/v1/lab/import', applyMutation(text, mutation));
        if (response.status === 200) {
          await resetLab();
          return;
        }
        expect([400, 422]).toContain(response.status);
        const problem = (await response.json()) as Problem;
        expect(Object.keys(problem.errors ?? {}).length).toBeGreaterThan(0);
        expect(await getLab()).toEqual(before);
        expect(await labHost.commandLog()).toEqual(logBefore);
      }),
      { numRuns: 40, seed: 20_261_203 },
    );
  });
});
