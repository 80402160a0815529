#!/usr/bin/env node
// `npm run bench`: runs each benchmark in its own process, collects the JSON each prints on its
// last line, and writes a Markdown table (bench-results/latest.md) for the README.
// Benchmarks are figures, never timed tests: the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const only = process.argv.slice(2);
const benches = [
  { id: 'kernel', cmd: ['npx', 'tsx', 'scripts/bench/kernel.bench.ts'] },
  { id: 'api', cmd: ['npx', 'tsx', 'scripts/bench/api.bench.ts'] },
  { id: 'sync', cmd: ['npx', 'tsx', 'scripts/bench/sync.bench.ts'] },
  { id: 'extent', cmd: ['npx', 'tsx', 'scripts/bench/extent.bench.ts'] },
  { id: 'hash', cmd: ['npx', 'tsx', 'scripts/bench/hash.bench.ts'] },
  { id: 'store', cmd: ['npx', 'tsx', '--expose-gc', 'scripts/bench/store.bench.ts'] },
  { id: 'latency', cmd: ['npx', 'tsx', 'scripts/bench/latency.bench.ts'] },
  { id: 'io', cmd: ['npx', 'tsx', 'scripts/bench/io.bench.ts'] },
  { id: 'cluster', cmd: ['npx', 'tsx', 'scripts/bench/cluster.bench.ts'] },
  { id: 'ready', cmd: ['npx', 'tsx', '--expose-gc', 'scripts/bench/ready.bench.ts'] },
  { id: 'drain', cmd: ['npx', 'tsx', 'scripts/bench/drain.bench.ts'] },
  { id: 'browser', cmd: ['node', 'scripts/bench/browser.bench.mjs'] },
  { id: 'readyBrowser', cmd: ['node', 'scripts/bench/ready-browser.bench.mjs'] },
  { id: 'open', cmd: ['node', 'scripts/bench/open.bench.mjs'] },
].filter((bench) => only.length === 0 || only.includes(bench.id));

const results = {};
for (const bench of benches) {
  console.log(`\n== ${bench.id}: ${bench.cmd.join(' ')}`);
  const run = spawnSync(bench.cmd[0], bench.cmd.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) {
    console.error(`${bench.id} failed with exit code ${run.status}`);
    process.exitCode = 1;
    continue;
  }
  const lastLine = (run.stdout ?? '').trim().split('\n').pop() ?? '{}';
  results[bench.id] = JSON.parse(lastLine);
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const rows = [];
for (const [id, figures] of Object.entries(results)) {
  for (const [name, value] of flatten(figures)) rows.push(`| ${id} | ${name} | ${format(value)} |`);
}
const table = [`Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`, '', '| bench | figure | value |', '|---|---|---|', ...rows].join('\n');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', `${table}\n`);
writeFileSync('bench-results/latest.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log(`\n${table}`);

function* flatten(figures, prefix = '') {
  for (const [name, value] of Object.entries(figures)) {
    if (value !== null && typeof value === 'object') yield* flatten(value, `${prefix}${name}.`);
    else yield [`${prefix}${name}`, value];
  }
}

function format(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return String(value);
}
