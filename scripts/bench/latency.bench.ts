// Request latencies through the REST API with a big lab: 64 cluster nodes and a full event log
// (200,000 events). What a console or a script waits for each call, whole-state work included:
// msw/node routing and JSON, the host's turn (store, then apply), IndexedDB (fake-indexeddb, which
// clones what it stores as a browser does) and whatever the host does between requests (its
// snapshots run on real timers here, as in the worker). A benchmark, never a timed test.
// Run: npx tsx scripts/bench/latency.bench.ts — prints ONE JSON object on the last stdout line.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../mocks/handlers';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../../src/domain/lab';
import { createLab, type Command, type Lab } from '../../src/engine';
import { createInProcessHost } from '../../src/host/in-process';
import { IndexedDbPersistence } from '../../src/host/persistence/indexed-db';
import { createRealScheduler } from '../../src/host/scheduler';
import type { LabFile } from '../../src/api/types';

const ORIGIN = 'http://localhost/api/v1';
const NODES = 64;
const EVENTS = 200_000;
/** Samples per request kind; toggles run longer, so every periodic snapshot falls inside them. */
const SAMPLES = 200;
const TOGGLES = 1000;
const FILE_RUNS = 3;

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const round = (valueMs: number) => Number(valueMs.toFixed(2));

function summary(timesMs: readonly number[]) {
  return { p50Ms: round(percentile(timesMs, 0.5)), p99Ms: round(percentile(timesMs, 0.99)), maxMs: round(Math.max(...timesMs)) };
}

/** The lab built in the engine directly (API toggles would take minutes): cables unplugged and plugged until the log is full. */
function bigLab(): { lab: Lab; nics: { host: string; nic: string }[] } {
  const lab = createLab({ seed: 1, options: { clusterNodes: NODES } });
  const hosts = lab.query({ type: 'hosts' });
  if (!hosts.ok) throw new Error(hosts.error.message);
  const nics = hosts.value.hosts.filter((host) => host.powerState === 'on').flatMap((host) => host.nics.map((nic) => ({ host: host.name, nic: nic.name })));
  let toggles = 0;
  const logFull = () => {
    const last = lab.query({ type: 'events', filter: { since: EVENTS - 1, limit: 1 } });
    return last.ok && (last.value as { events: unknown[] }).events.length > 0;
  };
  while (!logFull()) {
    for (let index = 0; index < 1000; index++) {
      const target = nics[toggles % nics.length]!;
      const linkUp = Math.floor(toggles / nics.length) % 2 === 1;
      const command: Command = { type: 'setNicLink', host: target.host, nic: target.nic, linkUp };
      if (!lab.dispatch(command).ok) throw new Error('a cable toggle was refused');
      toggles++;
    }
  }
  return { lab, nics };
}

async function timed(request: () => Promise<Response>, expectedStatus = 200): Promise<number> {
  const startMs = performance.now();
  const response = await request();
  await response.arrayBuffer();
  const elapsedMs = performance.now() - startMs;
  if (response.status !== expectedStatus) throw new Error(`${response.url} answered ${response.status}, expected ${expectedStatus}`);
  return elapsedMs;
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function sample(count: number, request: (index: number) => Promise<Response>, expectedStatus?: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) times.push(await timed(() => request(index), expectedStatus));
  return times;
}

async function main(): Promise<void> {
  const { lab, nics } = bigLab();
  const file: LabFile = {
    kind: LAB_FILE_KIND,
    schemaVersion: LAB_FILE_SCHEMA_VERSION,
    ...lab.params,
    snapshot: lab.snapshot(),
    // Built in the engine: no log to replay (an empty log is accepted and not checked).
    commandLog: [],
  };
  const fileText = JSON.stringify(file);

  const host = createInProcessHost({ scheduler: createRealScheduler(), persistence: new IndexedDbPersistence('latency-bench') });
  const server = setupServer(...createHandlers(host));
  server.listen({ onUnhandledRequest: 'error' });
  await host.ready;

  const importTimes = await sample(FILE_RUNS, () => fetch(`${ORIGIN}/lab/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fileText }));
  const exportTimes = await sample(FILE_RUNS, () => fetch(`${ORIGIN}/lab/export`));
  // The imported lab comes back paused; the clock stays paused for the samples below (advance and step move it).
  const results: Record<string, unknown> = {
    nodes: NODES,
    events: EVENTS,
    labFileBytes: fileText.length,
    import: summary(importTimes),
    export: summary(exportTimes),
    getLab: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/lab`))),
    getHosts: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/hosts`))),
    getEvents100: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/events?limit=100`))),
    getJobs: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/jobs`))),
    // Unplug and plug one cable after another: each appends events; every periodic snapshot falls inside.
    nicToggle: summary(
      await sample(TOGGLES, (index) => {
        const target = nics[index % nics.length]!;
        const linkUp = Math.floor(index / nics.length) % 2 === 1;
        return fetch(`${ORIGIN}/hosts/${target.host}/nics/${target.nic}`, json('PUT', { linkUp }));
      }),
    ),
    advance1s: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/lab/clock/advance`, json('POST', { ms: 1000 })))),
    step: summary(await sample(SAMPLES, () => fetch(`${ORIGIN}/lab/clock/step`, { method: 'POST' }))),
    // Run then pause, alternately: a pause is where the host used to snapshot on the request's path.
    clockRunPause: summary(await sample(SAMPLES, (index) => fetch(`${ORIGIN}/lab/clock`, json('PUT', { paused: index % 2 === 1 })))),
  };
  server.close();
  await host.close();
  console.log(JSON.stringify(results));
}

await main();
