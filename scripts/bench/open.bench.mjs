#!/usr/bin/env node
// How fast the console opens: from navigation to usable (the lab answers, the clock controls are
// enabled and the Servers grid shows its rows), cold (empty cache) and warm (the same context
// again, cache filled), on the production build served by `vite preview`; and the JavaScript
// fetched before it is usable (page, worker and mock layer), gzip-compressed as a server would
// send it. Prints ONE JSON object on its last stdout line. A benchmark, never a timed test.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildAndPreview, launchChromium } from './preview.mjs';

const PORT = 4175;
const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const preview = await buildAndPreview(PORT);

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
  const browser = await launchChromium();
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
  preview.stop();
}
