#!/usr/bin/env node
// `npm test`: the type checks, lint and the production build for the browser tests run side by
// side (each mostly uses one core, and the machine has two), then the unit tests, then the
// browser tests against that build. Stops at the first step that fails, with its exit code.
import { spawn, spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function started(name, args) {
  const child = spawn(npx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ name, code: code ?? 1, output })));
}

function run(args, env = process.env) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Printed one after another once all have ended, so their lines do not interleave.
const checks = await Promise.all([
  started('typecheck', ['tsc', '--noEmit']),
  started('typecheck (engine)', ['tsc', '--noEmit', '-p', 'src/engine/tsconfig.json']),
  started('lint', ['eslint', '.']),
  started('build', ['vite', 'build', '--logLevel', 'warn']),
]);
for (const check of checks) {
  console.log(`> ${check.name}: ${check.code === 0 ? 'ok' : `failed (${check.code})`}`);
  if (check.output.trim()) console.log(check.output.trimEnd());
}
const failed = checks.find((check) => check.code !== 0);
if (failed) process.exit(failed.code);

run(['node_modules/vitest/vitest.mjs', 'run']);
run(['scripts/run-e2e.mjs'], { ...process.env, E2E_PREBUILT: '1' });
