// Requests per second through the REST API under msw/node: what a console or a script sees per call
// (routing, body validation, the host, the engine, JSON). In-memory persistence, so this measures
// the API and the lab, not a disk. Prints one JSON object as its last stdout line (scripts/bench.mjs).
import { performance } from 'node:perf_hooks';
import { resetLab, server } from '../../mocks/node';

const ORIGIN = 'http://localhost';
const WARM_UP_REQUESTS = 500;
const REQUESTS_PER_RUN = 1000;
const RUNS = 5;

type Request = (index: number) => Promise<Response>;

const scenarios: Record<string, Request> = {
  getHostsRps: () => fetch(`${ORIGIN}/api/v1/hosts`),
  getLabRps: () => fetch(`${ORIGIN}/api/v1/lab`),
  // A mutation: body validation, dispatch, command log append, answer with the host and version.
  putNicToggleRps: (index) =>
    fetch(`${ORIGIN}/api/v1/hosts/Demo1/nics/Public`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkUp: index % 2 === 1 }),
    }),
  // Refused before the lab: what a 400 costs.
  badBodyRps: () =>
    fetch(`${ORIGIN}/api/v1/hosts/Demo1/power`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"nap"}' }),
};

async function run(request: Request, count: number, expectedStatus: number): Promise<number> {
  const startMs = performance.now();
  for (let i = 0; i < count; i++) {
    const response = await request(i);
    await response.arrayBuffer();
    if (response.status !== expectedStatus) throw new Error(`request ${i} answered ${response.status}, expected ${expectedStatus}`);
  }
  return count / ((performance.now() - startMs) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  server.listen({ onUnhandledRequest: 'error' });
  const results: Record<string, number> = {};
  for (const [name, request] of Object.entries(scenarios)) {
    const expectedStatus = name === 'badBodyRps' ? 400 : 200;
    await resetLab();
    await run(request, WARM_UP_REQUESTS, expectedStatus);
    const rates: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await resetLab();
      rates.push(await run(request, REQUESTS_PER_RUN, expectedStatus));
    }
    results[name] = Math.round(median(rates));
    console.log(`${name}: ${rates.map((rate) => Math.round(rate)).join(', ')} req/s (median ${results[name]})`);
  }
  server.close();
  console.log(JSON.stringify(results));
}

await main();
