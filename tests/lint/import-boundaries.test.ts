// Each lint rule of eslint.config.js fires where it should, and only there. Every file in
// fixtures/ is linted as if it sat at the path in its `// lint-as:` line (the fixtures themselves
// are outside the normal lint run); `// expect:` names the one rule that must fire, or `nothing`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');

interface Fixture {
  name: string;
  code: string;
  lintAs: string;
  expected: string | null;
}

function header(code: string, key: string, name: string): string {
  const value = new RegExp(`^// ${key}: (.+)$`, 'm').exec(code)?.[1]?.trim();
  if (!value) throw new Error(`${name} has no "// ${key}:" line`);
  return value;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((name) => /\.tsx?$/.test(name))
  .sort()
  .map((name) => {
    const code = readFileSync(path.join(FIXTURES, name), 'utf8');
    const expected = header(code, 'expect', name);
    return { name, code, lintAs: header(code, 'lint-as', name), expected: expected === 'nothing' ? null : expected };
  });

const eslint = new ESLint({ cwd: ROOT });

async function errorsOf(fixture: Fixture): Promise<Array<{ rule: string | null; message: string }>> {
  const [result] = await eslint.lintText(fixture.code, { filePath: path.join(ROOT, fixture.lintAs) });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

describe('lint rules on small bad files', () => {
  test('the fixtures cover every boundary rule, and some files that must pass', () => {
    const expected = new Set(fixtures.map((fixture) => fixture.expected));
    for (const rule of [
      'no-restricted-imports',
      '@typescript-eslint/no-restricted-imports',
      'no-restricted-globals',
      'no-restricted-properties',
      'boundaries/engine-entry',
      'boundaries/console-isolation',
      null,
    ]) {
      expect(expected, String(rule)).toContain(rule);
    }
  });

  for (const fixture of fixtures) {
    test(`${fixture.name}: ${fixture.lintAs} → ${fixture.expected ?? 'no error'}`, async () => {
      const errors = await errorsOf(fixture);
      // Exactly the expected rule, so a fixture cannot pass because of an unrelated mistake.
      expect(errors.map((error) => error.rule)).toEqual(fixture.expected ? [fixture.expected] : []);
    });
  }
});
