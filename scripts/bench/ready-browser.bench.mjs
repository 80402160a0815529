#!/usr/bin/env node
// The ready lab in Chromium: main-thread long tasks (> 50 ms, PerformanceObserver 'longtask') while
// the worker runs seed-lab-ready on 64 nodes with 8,000 highly available VMs (ready-fleet.ts) at
// clock speed "max", with Failover Cluster Manager's Services and applications list open. The lab
// is built in Node through the in-process host (ready-lab-file.ts) and imported as a lab file, as
// a user would open a saved lab. Then the same while Demo17's plug is pulled and its 125 roles fail
// over. A figure, never a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAndPreview, launchChromium, pauseAndCount, runAtMaxWatchingLongTasks } from './preview.mjs';

const WALL_MS = Number(process.env.BENCH_READY_WALL_MS ?? 10_000);
const PORT = Number(process.env.BENCH_READY_PORT ?? 4176);

const dir = mkdtempSync(join(tmpdir(), 'ready-bench-'));
const labFile = join(dir, 'ready-lab.json');
const made = spawnSync('npx', ['tsx', 'scripts/bench/ready-lab-file.ts', labFile], { stdio: ['ignore', 'inherit', 'inherit'] });
if (made.status !== 0) process.exit(made.status ?? 1);
const preview = await buildAndPreview(PORT, { build: !process.env.BENCH_SKIP_BUILD });

try {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${preview.origin}/failover-cluster`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  const file = JSON.parse(readFileSync(labFile, 'utf8'));
  const importStarted = Date.now();
  await page.evaluate((body) => window.haLab.api('POST', '/api/v1/lab/import', body), file);
  const importWallMs = Date.now() - importStarted;
  // Services and applications of Cluster1, opened through the console tree's URL.
  await page.goto(`${preview.origin}/failover-cluster/Cluster1/services`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  await page.getByRole('grid', { name: 'Services and applications' }).waitFor({ timeout: 60_000 });
  // Rows the list renders (virtualised: a screenful, not 8,000).
  const rowsShown = await page.getByRole('grid', { name: 'Services and applications' }).getByRole('row').count();
  const fromNowMs = await runAtMaxWatchingLongTasks(page);
  await page.waitForTimeout(WALL_MS);
  const { simulatedMs, longTasks } = await pauseAndCount(page, fromNowMs);
  // The same while a node fails: Demo17's plug pulled, its 125 roles fail over under the open list.
  // BENCH_PROFILE=<file.cpuprofile>: the page's main thread profiled over the failure (DevTools format).
  const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
  const failureFromNowMs = await runAtMaxWatchingLongTasks(page);
  await page.evaluate(() => window.haLab.api('POST', '/api/v1/hosts/Demo17/power', { action: 'off' }));
  await page.waitForTimeout(WALL_MS);
  const failure = await pauseAndCount(page, failureFromNowMs);
  if (profiler) writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await profiler.send('Profiler.stop')).profile));
  if (process.env.BENCH_SCREEN) await page.screenshot({ path: process.env.BENCH_SCREEN });
  await browser.close();
  console.log(JSON.stringify({
    wallSeconds: WALL_MS / 1000,
    nodes: file.options.clusterNodes,
    vms: file.snapshot.entities.virtualMachines.length,
    labFileBytes: readFileSync(labFile).length,
    importWallMs,
    rowsShown,
    simulatedSeconds: Math.round(simulatedMs / 1000),
    simulatedPerWall: Math.round(simulatedMs / WALL_MS),
    longTasksOver50Ms: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    nodeFailure: {
      simulatedPerWall: Math.round(failure.simulatedMs / WALL_MS),
      longTasksOver50Ms: failure.longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...failure.longTasks)),
    },
  }));
} finally {
  preview.stop();
  rmSync(dir, { recursive: true, force: true });
}
