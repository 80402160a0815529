#!/usr/bin/env node
// Runs the Playwright specs with a Chromium this machine can launch:
// CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own build (installed here).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = { ...process.env };
if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) {
  // use it as given
} else if (existsSync('/usr/bin/chromium')) {
  env.CHROMIUM_PATH = '/usr/bin/chromium';
} else {
  delete env.CHROMIUM_PATH;
  run('npx', ['playwright', 'install', 'chromium']);
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)], env);
