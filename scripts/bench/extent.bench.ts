// Block-state benchmark (issue 8, section 4). A benchmark, never a timed test.
// Run: npx tsx scripts/bench/extent.bench.ts — prints ONE JSON object on the last stdout line.
//
// 1,000,000 random 4 KiB writes on a 100 GiB device (26,214,400 blocks), each with its own
// generation value (1, 2, 3, …) at a block drawn from a seeded sfc32 stream, straight into one
// ExtentMap (the structure behind every replica's block state). Reported:
// - µs per write over the first and the last 100,000 writes (goal: within 2× of each other; the
//   flat arrays this replaced took 73 µs and 886 µs);
// - the extent count, and the snapshot size as JSON triples and as the extent text
//   (encodeExtents), with the time to write and read each back;
// - the time to walk all extents (forEach, as snapshots and hashes do; the extents() iterator),
//   to clone the map and to write once into the clone (copy-on-write).
import { RandomStream, streamStateFor } from '../../src/engine/kernel/prng';
import { decodeExtents, encodeExtents, ExtentMap } from '../../src/engine/domains/starwind/extent-map';

const DEVICE_BLOCKS = 26_214_400;
const WRITES = 1_000_000;
const WINDOW = 100_000;
const SEED = 8;

const stream = new RandomStream(streamStateFor(SEED, 'extent-bench'));
const map = new ExtentMap();
const windowMs: number[] = [];
let windowStartMs = performance.now();
for (let write = 1; write <= WRITES; write++) {
  const block = stream.below(DEVICE_BLOCKS);
  map.set(block, block + 1, write);
  if (write % WINDOW === 0) {
    const nowMs = performance.now();
    windowMs.push(nowMs - windowStartMs);
    windowStartMs = nowMs;
  }
}
const perWriteUs = (ms: number) => Number(((ms * 1000) / WINDOW).toFixed(3));
const firstUs = perWriteUs(windowMs[0]!);
const lastUs = perWriteUs(windowMs[windowMs.length - 1]!);

function timed<T>(work: () => T): [T, number] {
  const startMs = performance.now();
  const result = work();
  return [result, Number((performance.now() - startMs).toFixed(1))];
}

const [forEachBlocks, forEachMs] = timed(() => {
  let blocks = 0;
  map.forEach((start, end) => (blocks += end - start));
  return blocks;
});
const [, iteratorMs] = timed(() => {
  let extents = 0;
  for (const extent of map.extents()) if (extent[1] > extent[0]) extents++;
  return extents;
});
const [json, toJsonMs] = timed(() => JSON.stringify(map.toJSON()));
const [fromJson, fromJsonMs] = timed(() => ExtentMap.fromJSON(JSON.parse(json) as number[]));
const [text, encodeMs] = timed(() => encodeExtents(map));
const [decoded, decodeMs] = timed(() => decodeExtents(text, { blockCount: DEVICE_BLOCKS }));
if (!decoded.ok || decoded.map.extentCount !== map.extentCount || fromJson.extentCount !== map.extentCount || forEachBlocks !== map.count()) throw new Error('the extent text did not round-trip');
const [copy, cloneMs] = timed(() => map.clone());
const [, firstCloneWriteMs] = timed(() => copy.set(0, 1, WRITES + 1));
map.assertValid();

console.log(
  JSON.stringify({
    bench: 'extent',
    deviceBlocks: DEVICE_BLOCKS,
    writes: WRITES,
    usPerWrite: { first100k: firstUs, last100k: lastUs, lastOverFirst: Number((lastUs / firstUs).toFixed(2)), per100k: windowMs.map((ms) => perWriteUs(ms)) },
    extents: map.extentCount,
    blocksWritten: map.count(),
    snapshot: { jsonBytes: json.length, textBytes: text.length, textBytesPerExtent: Number((text.length / map.extentCount).toFixed(2)), toJsonMs, fromJsonMs, encodeMs, decodeMs },
    iterate: { forEachMs, iteratorMs },
    clone: { cloneMs, firstWriteAfterCloneMs: firstCloneWriteMs },
  }),
);
