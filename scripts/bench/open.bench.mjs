#!/usr/bin/env node
// How fast the console opens: from navigation to usable (the lab answers, the clock controls are
// enabled and the Servers grid shows its rows), cold (empty cache) and warm (the same context
// again, cache filled), on the production build served by `vite preview`; and the JavaScript
// fetched before it is usable (page, worker and mock layer), gzip-compressed as a server would
// send it. Prints ONE JSON object on its last stdout line. A benchmark, never a timed test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4175;
const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

/** Usable: the lab answered, the clock can be used, and the Servers grid lists the lab's servers. */
async function waitUsable(page) {
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  await page.waitForFunction(() => {
    // The clock's pause/resume button, whatever its current name.
    const clockButton = [...document.querySelectorAll('button[aria-label]')].find((button) => /^(pause|resume|run)\b/i.test(button.getAttribute('aria-label')));
    return clockButton !== undefined && !clockButton.disabled && document.querySelectorAll('[role="grid"] [role="row"]').length > 1;
  });
}

/** One navigation: wall ms to usable, and the gzip bytes of each script fetched until then. */
async function open(page) {
  const scripts = new Set();
  const onResponse = (response) => {
    const url = response.url();
    if (url.startsWith(ORIGIN) && /\.(m?js)(\?|$)/.test(url)) scripts.add(new URL(url).pathname);
  };
  page.context().on('response', onResponse);
  const startedMs = Date.now();
  await page.goto(`${ORIGIN}/servers`);
  await waitUsable(page);
  const usableMs = Date.now() - startedMs;
  page.context().off('response', onResponse);
  let gzipBytes = 0;
  for (const path of scripts) {
    const file = `dist${path}`;
    // The service worker script is served from public/ and copied to dist as is.
    if (!existsSync(file)) continue;
    const bytes = gzipSync(readFileSync(file)).length;
    gzipBytes += bytes;
    // BENCH_VERBOSE=1 lists each script, to see what a change moved.
    if (process.env.BENCH_VERBOSE) console.error(`${String(Math.round(bytes / 1024)).padStart(5)} kB  ${path}`);
  }
  return { usableMs, gzipBytes, scripts: scripts.size };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

try {
  await waitForServer(`${ORIGIN}/`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const cold = [];
  const warm = [];
  let first = null;
  for (let run = 0; run < RUNS; run++) {
    // A new context: empty HTTP cache, no service worker, no saved lab.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const coldRun = await open(page);
    first ??= coldRun;
    cold.push(coldRun.usableMs);
    // Same context, a new page: the cache and the service worker are there, the lab is restored.
    await page.close();
    const again = await context.newPage();
    warm.push((await open(again)).usableMs);
    await context.close();
  }
  await browser.close();
  console.log(
    JSON.stringify({
      coldUsableMs: median(cold),
      warmUsableMs: median(warm),
      javascriptBeforeUsableGzipKb: Math.round(first.gzipBytes / 1024),
      scriptsBeforeUsable: first.scripts,
    }),
  );
} finally {
  stopServer();
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
