// Kernel and dispatch benchmark (the README's figures (a) and (b)). A benchmark, never a
// timed test. Run: npx tsx scripts/bench/kernel.bench.ts — prints a JSON object on the last line.
//
// (a) Timer throughput with the heartbeat pattern of a 64-node cluster: 64 × 63 × 2 = 8064
//     periodic 1 s timers, each handler rescheduling itself 1000 ms later, over 60 simulated
//     seconds; against a bare binary-heap loop doing the same work in the same process, in
//     interleaved rounds.
// (b) Commands per second through Lab.dispatch on seed-lab with 64 cluster nodes (setNicLink
//     false/true across all NICs), without and with a change-batch subscriber.
import { Kernel } from '../../src/engine/kernel/kernel';
import { createLab } from '../../src/engine/lab';
import type { ChangeBatch, Command } from '../../src/engine/types';

const NODES = 64;
const HEARTBEAT_TIMERS = NODES * (NODES - 1) * 2;
const HEARTBEAT_PERIOD_MS = 1000;
const SIMULATED_MS = 60_000;
const RUNS = 5;
const COMMANDS_PER_RUN = 50_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `once` (returning how many operations it did) once to warm up, then RUNS times; median rate. */
function measure(once: () => number): { perS: number; runs: number[] } {
  once();
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const startMs = performance.now();
    const operations = once();
    rates.push(operations / ((performance.now() - startMs) / 1000));
  }
  return { perS: median(rates), runs: rates.map(Math.round) };
}

/**
 * Runs each of `variants` once to warm up, then RUNS rounds of each in turn. The machine is shared,
 * so a ratio is taken within a round (the variants ran seconds apart under the same load) and the
 * median of the rounds' ratios is reported, not a ratio of medians measured minutes apart.
 */
function measureRounds(variants: Array<() => number>): { perS: number[]; ratiosToFirst: number[] } {
  for (const once of variants) once();
  const rates: number[][] = variants.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    variants.forEach((once, index) => {
      const startMs = performance.now();
      const operations = once();
      rates[index]!.push(operations / ((performance.now() - startMs) / 1000));
    });
  }
  return {
    perS: rates.map(median),
    ratiosToFirst: rates.map((variantRates) => median(variantRates.map((rate, run) => rate / rates[0]![run]!))),
  };
}

// --- (a) timers ----------------------------------------------------------------------------------

function kernelHeartbeats(keyed: boolean): number {
  const kernel = new Kernel({ seed: 1 });
  let fired = 0;
  kernel.registerTimerKind('heartbeat', (timer) => {
    fired++;
    kernel.schedule('heartbeat', HEARTBEAT_PERIOD_MS, timer.data, timer.key);
  });
  for (let index = 0; index < HEARTBEAT_TIMERS; index++) {
    // Spread the first beats over the second, as independent nodes would be.
    const from = Math.floor(index / ((NODES - 1) * 2));
    const data = { from, to: index % (NODES - 1), network: index % 2 };
    kernel.schedule('heartbeat', (index * 7919) % HEARTBEAT_PERIOD_MS, data, keyed ? `hb:${index}` : null);
  }
  kernel.advance(SIMULATED_MS);
  return fired;
}

interface BareTimer {
  dueMs: number;
  seq: number;
  data: unknown;
}

/** The same schedule on a minimal heap: no handler table, keys, clock or change tracking. */
function bareHeartbeats(): number {
  const heap: BareTimer[] = [];
  const before = (a: BareTimer, b: BareTimer) => a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq);
  const push = (item: BareTimer) => {
    let index = heap.length;
    heap.push(item);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = item;
  };
  const pop = (): BareTimer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = last;
    return top;
  };
  let seq = 0;
  for (let index = 0; index < HEARTBEAT_TIMERS; index++) {
    const from = Math.floor(index / ((NODES - 1) * 2));
    push({ dueMs: (index * 7919) % HEARTBEAT_PERIOD_MS, seq: ++seq, data: { from, to: index % (NODES - 1), network: index % 2 } });
  }
  let fired = 0;
  for (;;) {
    const top = heap[0];
    if (top === undefined || top.dueMs > SIMULATED_MS) break;
    pop();
    fired++;
    push({ dueMs: top.dueMs + HEARTBEAT_PERIOD_MS, seq: ++seq, data: top.data });
  }
  return fired;
}

// --- (b) dispatch --------------------------------------------------------------------------------

function dispatchCommands(subscribed: boolean): number {
  const lab = createLab({ seed: 1, options: { clusterNodes: NODES } });
  const answer = lab.query({ type: 'hosts' });
  if (!answer.ok) throw new Error(answer.error.message);
  const nics = answer.value.hosts.flatMap((host) => host.nics.map((nic) => ({ host: host.name, nic: nic.name })));
  let batches = 0;
  const unsubscribe = subscribed ? lab.subscribe((_batch: ChangeBatch) => void batches++) : () => undefined;
  let accepted = 0;
  for (let index = 0; index < COMMANDS_PER_RUN; index++) {
    const target = nics[index % nics.length]!;
    // Each pass over all NICs unplugs them, the next plugs them back: every command changes state.
    const linkUp = Math.floor(index / nics.length) % 2 === 1;
    const command: Command = { type: 'setNicLink', host: target.host, nic: target.nic, linkUp };
    if (lab.dispatch(command).ok) accepted++;
  }
  unsubscribe();
  if (accepted !== COMMANDS_PER_RUN || (subscribed && batches !== COMMANDS_PER_RUN + 1)) throw new Error('benchmark commands were refused or batches lost');
  return accepted;
}

// --- report --------------------------------------------------------------------------------------

const expectedFires = HEARTBEAT_TIMERS * (SIMULATED_MS / HEARTBEAT_PERIOD_MS);
const checked = [kernelHeartbeats(false), kernelHeartbeats(true), bareHeartbeats()];
if (!checked.every((fired) => Math.abs(fired - expectedFires) <= HEARTBEAT_TIMERS)) throw new Error(`unexpected fire counts ${checked.join(', ')}`);

const timers = measureRounds([bareHeartbeats, () => kernelHeartbeats(false), () => kernelHeartbeats(true)]);
const [barePerS, kernelPerS, kernelKeyedPerS] = timers.perS as [number, number, number];
const [, kernelToBare, keyedToBare] = timers.ratiosToFirst as [number, number, number];
const dispatch = measure(() => dispatchCommands(false));
const dispatchSubscribed = measure(() => dispatchCommands(true));

const result = {
  bench: 'kernel',
  node: process.version,
  timers: {
    pattern: `${HEARTBEAT_TIMERS} periodic ${HEARTBEAT_PERIOD_MS} ms timers over ${SIMULATED_MS} simulated ms (${checked[0]} fired per run)`,
    kernelFiredPerWallS: Math.round(kernelPerS),
    kernelKeyedFiredPerWallS: Math.round(kernelKeyedPerS),
    bareHeapFiredPerWallS: Math.round(barePerS),
    kernelToBareRatio: Number(kernelToBare.toFixed(3)),
    keyedKernelToBareRatio: Number(keyedToBare.toFixed(3)),
    simulatedToWallSpeedup: Math.round((SIMULATED_MS / 1000) / (checked[0]! / kernelPerS)),
  },
  dispatch: {
    pattern: `setNicLink false/true over every NIC of seed-lab with ${NODES} nodes, ${COMMANDS_PER_RUN} commands per run`,
    commandsPerWallS: Math.round(dispatch.perS),
    commandsPerWallSWithSubscriber: Math.round(dispatchSubscribed.perS),
  },
  method: `warm-up run, then median of ${RUNS} runs; timer ratios: median of ${RUNS} rounds' ratios (bare heap, kernel, keyed run in turn)`,
};
console.log(`timers: kernel ${result.timers.kernelFiredPerWallS}/s, keyed ${result.timers.kernelKeyedFiredPerWallS}/s, bare heap ${result.timers.bareHeapFiredPerWallS}/s`);
console.log(`dispatch: ${result.dispatch.commandsPerWallS}/s, with a subscriber ${result.dispatch.commandsPerWallSWithSubscriber}/s`);
console.log(JSON.stringify(result));
