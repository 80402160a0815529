// A valid lab file mutated 1,000 times (drop a key, change a type, push a number out of range,
// truncate the log): every result is refused with a path and a rule, or restores to a lab whose
// invariants hold (validateSnapshot passes, a further advance works). Never an exception. The
// host's import check directly here; a subset through the API in mocks/import-mutation.test.ts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkImport } from '../../src/host/import-check';
import { createLab, validateSnapshot } from '../../src/engine';
import { replay } from '../../src/host/restore';
import { ha2Command, labFileWithHa } from './lab-file-fixture';
import { applyMutation, mutationArbitrary, numberPathsOf, pathsOf, type Mutation } from './lab-file-mutations';

const valid = labFileWithHa();
const text = JSON.stringify(valid);
const paths = pathsOf(valid);
const numberPaths = numberPathsOf(valid, paths);

async function judge(mutation: Mutation): Promise<'refused' | 'restored'> {
  const check = await checkImport(applyMutation(text, mutation));
  if (!check.ok) {
    const fields = Object.keys(check.error.errors ?? {});
    expect(fields.length, check.error.message).toBeGreaterThan(0);
    for (const field of fields) expect(check.error.errors![field]).toBeTruthy();
    // The catch-all refusal would hide a check that threw: it must never be reached.
    expect(check.error.message).not.toMatch(/^The lab file cannot be checked/);
    return 'refused';
  }
  const { lab, file } = check;
  expect(validateSnapshot(lab.snapshot())).toEqual([]);
  // A reload restores the same lab: the live log, replayed from the parameters, reaches it.
  if (file.commandLog.length > 0) {
    const scratch = createLab(file.snapshot.params);
    replay(scratch, file.commandLog);
    scratch.advance(lab.nowMs() - scratch.nowMs());
    expect(scratch.hash()).toBe(lab.hash());
  }
  // Further work keeps the invariants: time moves on, and a new HA device takes new ids rather
  // than replacing one in use.
  lab.advance(60_000);
  const before = lab.snapshot().entities;
  const created = lab.dispatch(ha2Command());
  const after = lab.snapshot();
  if (created.ok) {
    expect(after.entities.haDevices.length).toBe(before.haDevices.length + 1);
    expect(after.entities.starwindTargets.length).toBe(before.starwindTargets.length + 2);
    expect(after.entities.starwindDevices.length).toBe(before.starwindDevices.length + 2);
  }
  lab.advance(60_000);
  expect(validateSnapshot(lab.snapshot())).toEqual([]);
  return 'restored';
}

describe('import of a mutated lab file', () => {
  test('1,000 mutations: each is refused with a path or restores to a lab whose invariants hold', async () => {
    const outcomes = { refused: 0, restored: 0 };
    await fc.assert(
      fc.asyncProperty(mutationArbitrary(paths, numberPaths, valid.commandLog.length), async (mutation) => {
        outcomes[await judge(mutation)]++;
      }),
      { numRuns: 1000, seed: 20_261_202 },
    );
    // Both outcomes occur, so the property is not vacuous either way.
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.restored).toBeGreaterThan(0);
  });
});
