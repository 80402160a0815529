// StarWind sync benchmark. A benchmark, never a timed test.
// Run: npx tsx scripts/bench/sync.bench.ts — prints ONE JSON object on the last stdout line.
//
// (a) An HA device of 100 GB (107,374,182,400 bytes) created through dispatch on the seed lab
//     (SWS-Store1 → SWS-Store2, sync over the 1 GbE iSCSI network), then its initial sync run to
//     completion the way the host's "max" clock does (jump from due timer to due timer): the wall
//     time of that, and the simulated duration (size / 125,000,000 B/s ≈ 859 s).
// (b) The same while an initiator writes 4 MiB every simulated second during the sync (each write
//     is a dispatch; the clock advances 1 s between them): wall time per simulated second.
// (c) The whole device written sequentially in large writes: block-state extents, the StarWind
//     internal part of the snapshot (block state as extent text) and heap.
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../src/domain/units';
import { consoleLab, createHa, ok } from '../../src/engine/testing/starwind-helpers';
import { extentCountOf } from '../../src/engine/domains/starwind/inspect';
import type { Lab } from '../../src/engine/types';

const SIZE_BYTES = 100 * BYTES_PER_GIB;
const RUNS = 5;

/** The VMStorage device SWS-Store1 ↔ SWS-Store2 of SIZE_BYTES (sync over iSCSI, heartbeat over Public). */
function labWithDevice(initMethod: 'clear' | 'do-not-synchronize'): { lab: Lab; id: string } {
  const lab = consoleLab({ seed: 1 });
  const id = createHa(lab, { targetAlias: 'VMStorage', sizeBytes: SIZE_BYTES, cacheMode: 'write-back', ha: { initMethod } });
  return { lab, id };
}

function synchronized(lab: Lab, id: string): boolean {
  const view = lab.query({ type: 'starwindDevice', id });
  return view.ok && view.value.kind === 'ha' && view.value.sides.every((side) => side.syncState === 'synchronized');
}

/** The host's "max" speed: jump to the next due timer until the device is synchronized. */
function runAtMax(lab: Lab, id: string): void {
  for (let steps = 0; !synchronized(lab, id); steps++) {
    if (steps > 1_000_000) throw new Error('the sync did not complete');
    const dueMs = lab.nextDueMs();
    lab.advance(dueMs === null ? 1000 : Math.max(0, dueMs - lab.nowMs()));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// (a)
const wallMs: number[] = [];
let simulatedMs = 0;
for (let run = 0; run <= RUNS; run++) {
  const { lab, id } = labWithDevice('clear');
  const startedSimMs = lab.nowMs();
  const started = performance.now();
  runAtMax(lab, id);
  const elapsed = performance.now() - started;
  if (run > 0) wallMs.push(elapsed);
  simulatedMs = lab.nowMs() - startedSimMs;
}

// (b)
const writing = labWithDevice('clear');
const writeStarted = performance.now();
let writes = 0;
while (!synchronized(writing.lab, writing.id)) {
  ok(writing.lab, { type: 'starwindWriteBlocks', device: writing.id, side: 0, offsetBytes: (writes % 25_600) * 4 * BYTES_PER_MIB, lengthBytes: 4 * BYTES_PER_MIB, count: 1 });
  writes++;
  writing.lab.advance(1000);
}
const writeWallMs = performance.now() - writeStarted;

// (c)
const written = labWithDevice('do-not-synchronize');
const heapBefore = process.memoryUsage().heapUsed;
const writeAllStarted = performance.now();
for (let gib = 0; gib < 100; gib++) {
  ok(written.lab, { type: 'starwindWriteBlocks', device: written.id, side: 0, offsetBytes: gib * BYTES_PER_GIB, lengthBytes: 4 * BYTES_PER_MIB, count: 256 });
}
const writeAllWallMs = performance.now() - writeAllStarted;
const heapAfter = process.memoryUsage().heapUsed;
const extents = extentCountOf(written.lab, written.id);
const snapshotBlockBytes = JSON.stringify(written.lab.snapshot().domains.starwind).length;

console.log(
  JSON.stringify({
    bench: 'sync',
    deviceBytes: SIZE_BYTES,
    linkBytesPerS: 125_000_000,
    initialSync: { simulatedMs, simulatedS: simulatedMs / 1000, wallMsMedian: Number(median(wallMs).toFixed(3)), wallMsRuns: wallMs.map((ms) => Number(ms.toFixed(3))) },
    syncWithWrites: { writes, simulatedS: writes, wallMs: Number(writeWallMs.toFixed(1)), wallMsPerSimulatedS: Number((writeWallMs / writes).toFixed(4)) },
    fullSequentialWrite: {
      commands: 100,
      writesEach: 256,
      wallMs: Number(writeAllWallMs.toFixed(1)),
      extents,
      blockStateSnapshotBytes: snapshotBlockBytes,
      heapDeltaBytes: heapAfter - heapBefore,
    },
  }),
);
