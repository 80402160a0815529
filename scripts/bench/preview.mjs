// What the browser benchmarks share: the production build served by `vite preview` on a port of
// their own, and Chromium launched quietly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Builds the app (unless `build` is false), serves it on `port`; answers when it answers. The server stops with the process. */
export async function buildAndPreview(port, { build = true } = {}) {
  if (build) {
    const made = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (made.status !== 0) process.exit(made.status ?? 1);
  }
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  await waitForServer(`http://127.0.0.1:${port}/`);
  return { origin: `http://127.0.0.1:${port}`, stop };
}

export function launchChromium() {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Starts recording the page's main-thread long tasks (over 50 ms), then runs the lab's clock at "max"; answers the lab's time then. */
export async function runAtMaxWatchingLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const before = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  await page.evaluate(() => window.haLab.clock.setSpeed('max'));
  await page.evaluate(() => window.haLab.clock.resume());
  return before.nowMs;
}

/** Pauses the clock: the simulated ms since `fromNowMs` and the long tasks' durations. */
export async function pauseAndCount(page, fromNowMs) {
  await page.evaluate(() => window.haLab.clock.pause());
  const after = await page.evaluate(() => window.haLab.api('GET', '/api/v1/lab'));
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { simulatedMs: after.nowMs - fromNowMs, longTasks };
}
