#!/usr/bin/env node
// (d) Main-thread long tasks (> 50 ms) in Chromium while the worker runs the 64-node lab at "max"
// for 30 s of wall time. Builds the app, serves it with `vite preview`, drives it through window.haLab.
import { buildAndPreview, launchChromium, pauseAndCount, runAtMaxWatchingLongTasks } from './preview.mjs';

const WALL_MS = Number(process.env.BENCH_BROWSER_WALL_MS ?? 30_000);
const PORT = 4174;
const preview = await buildAndPreview(PORT);

try {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/events`);
  await page.waitForFunction(() => window.haLab !== undefined);
  await page.evaluate(() => window.haLab.ready);
  await page.evaluate(() => window.haLab.reset({ seed: 1, scenario: 'seed-lab', options: { clusterNodes: 64 } }));
  const fromNowMs = await runAtMaxWatchingLongTasks(page);
  // Keep the page busy the way a user would: power-cycle a node now and then while time races.
  const started = Date.now();
  let commands = 0;
  while (Date.now() - started < WALL_MS) {
    await page.waitForTimeout(2_000);
    const name = `Demo${1 + (commands % 64)}`;
    await page.evaluate((host) => window.haLab.api('POST', `/api/v1/hosts/${host}/power`, { action: 'restart' }).catch(() => undefined), name);
    commands += 1;
  }
  const { simulatedMs, longTasks } = await pauseAndCount(page, fromNowMs);
  const sync = await measureHundredGbSync(page);
  await browser.close();
  console.log(JSON.stringify({
    wallSeconds: WALL_MS / 1000,
    clusterNodes: 64,
    simulatedSeconds: Math.round(simulatedMs / 1000),
    simulatedPerWall: Math.round(simulatedMs / WALL_MS),
    longTasksOver50Ms: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    restartsIssued: commands,
    sync100GbWallMs: sync.wallMs,
    sync100GbSimulatedS: sync.simulatedS,
  }));
} finally {
  preview.stop();
}

// The README's sync figure: a 100 GB HA device (seed document's HA1 on SWS-Store1 and SWS-Store2)
// synchronised at "max" in the browser, from Finish to Synchronized, in wall time.
async function measureHundredGbSync(page) {
  return page.evaluate(async () => {
    const { api, clock } = window.haLab;
    await window.haLab.reset({ seed: 1, scenario: 'seed-lab' });
    for (const address of ['SWS-Store1', 'SWS-Store2']) {
      await api('POST', '/api/v1/starwind/servers', { address, login: 'root', password: 'starwind' });
    }
    const image = { folder: 'My Computer\\D', fileName: 'HA1.img', createNew: true };
    const device = await api('POST', '/api/v1/starwind/servers/SWS-Store1/devices', {
      targetAlias: 'HA1', targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', targetType: 'hard-disk', deviceType: 'ha',
      sizeBytes: 100 * 2 ** 30, sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128, image,
      ha: {
        partnerAddress: 'SWS-Store2', partnerPort: 3261, partnerLogin: 'root', partnerPassword: 'starwind',
        partnerTargetAlias: 'HA1Partner', partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner', partnerImage: image,
        syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22', heartbeatLocalIp: '192.168.100.21', heartbeatPartnerIp: '192.168.100.22',
        localPriority: 'primary', failoverStrategy: 'heartbeat', initMethod: 'clear',
      },
    });
    const startNowMs = (await api('GET', '/api/v1/lab')).nowMs;
    await clock.setSpeed('max');
    const startedWallMs = performance.now();
    await clock.resume();
    for (;;) {
      const view = await api('GET', `/api/v1/starwind/devices/${device.id}`);
      if (view.sides.every((side) => side.syncState === 'synchronized')) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const wallMs = Math.round(performance.now() - startedWallMs);
    await clock.pause();
    const simulatedS = Math.round(((await api('GET', '/api/v1/lab')).nowMs - startNowMs) / 1000);
    return { wallMs, simulatedS };
  });
}
