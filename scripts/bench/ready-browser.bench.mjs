#!/usr/bin/env node
// The ready lab in Chromium: main-thread long tasks (> 50 ms, PerformanceObserver 'longtask') while
// the worker runs seed-lab-ready on 64 nodes with 8,000 highly available VMs (ready-fleet.ts) at
// clock speed "max", with Failover Cluster Manager's Services and applications list open. The lab
// is built in Node through the in-process host (ready-lab-file.ts) and imported as a lab file, as
// a user would open a saved lab. A figure, never a test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const WALL_MS = Number(process.env.BENCH_READY_WALL_MS ?? 10_000);
const PORT = Number(process.env.BENCH_READY_PORT ?? 4176);
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const dir = mkdtempSync(join(tmpdir(), 'ready-bench-'));
const labFile = join(dir, 'ready-lab.json');
const made = spawnSync('npx', ['tsx', 'scripts/bench/ready-lab-file.ts', labFile], { stdio: ['ignore', 'inherit', 'inherit'] });
if (made.status !== 0) process.exit(made.status ?? 1);
if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try { process.kill(-server.pid); } catch { /* already gone */ }
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', stopServer);

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/failover-cluster`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  const file = JSON.parse(readFileSync(labFile, 'utf8'));
  const importStarted = Date.now();
  await page.evaluate((body) => window.haLab.api('POST', '/api/v1/lab/import', body), file);
  const importWallMs = Date.now() - importStarted;
  // Services and applications of Cluster1, opened through the console tree's URL.
  await page.goto(`http://127.0.0.1:${PORT}/failover-cluster/Cluster1/services`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  await page.getByRole('grid', { name: 'Services and applications' }).waitFor({ timeout: 60_000 });
  // Rows the list renders (virtualised: a screenful, not 8,000).
  const rowsShown = await page.getByRole('grid', { name: 'Services and applications' }).getByRole('row').count();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const before = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  await page.evaluate(() => window.haLab.clock.setSpeed('max'));
  await page.evaluate(() => window.haLab.clock.resume());
  await page.waitForTimeout(WALL_MS);
  await page.evaluate(() => window.haLab.clock.pause());
  const after = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  const longTasks = await page.evaluate(() => window.__longTasks);
  await browser.close();
  const simulatedMs = after.nowMs - before.nowMs;
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
  }));
} finally {
  stopServer();
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}
