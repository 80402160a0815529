#!/usr/bin/env node
// (d) Main-thread long tasks (> 50 ms) in Chromium while the worker runs the 64-node lab at "max"
// for 30 s of wall time. Builds the app, serves it with `vite preview`, drives it through window.haLab.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const WALL_MS = Number(process.env.BENCH_BROWSER_WALL_MS ?? 30_000);
const PORT = 4174;
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
process.on('exit', stopServer);

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/events`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  await page.evaluate(() => window.haLab.reset({ seed: 1, scenario: 'seed-lab', options: { clusterNodes: 64 } }));
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const before = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  await page.evaluate(() => window.haLab.clock.setSpeed('max'));
  await page.evaluate(() => window.haLab.clock.resume());
  // Keep the page busy the way a user would: power-cycle a node now and then while time races.
  const started = Date.now();
  let commands = 0;
  while (Date.now() - started < WALL_MS) {
    await page.waitForTimeout(2_000);
    const name = `Demo${1 + (commands % 64)}`;
    await page.evaluate((host) => window.haLab.api('POST', `/api/v1/hosts/${host}/power`, { action: 'restart' }).catch(() => undefined), name);
    commands += 1;
  }
  await page.evaluate(() => window.haLab.clock.pause());
  const after = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  const longTasks = await page.evaluate(() => window.__longTasks);
  await browser.close();
  const simulatedMs = after.nowMs - before.nowMs;
  console.log(JSON.stringify({
    wallSeconds: WALL_MS / 1000,
    clusterNodes: 64,
    simulatedSeconds: Math.round(simulatedMs / 1000),
    simulatedPerWall: Math.round(simulatedMs / WALL_MS),
    longTasksOver50Ms: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    restartsIssued: commands,
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
