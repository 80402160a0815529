// Where a random run's I/Os land, as DiskSpd -r scatters them over the range: I/O i of pass p
// (p = ⌊i / slots⌋) touches slot perm_p(i mod slots), where perm_p is a keyed bijection of
// [0, slots) (a balanced Feistel network, cycle-walked into the range). The run keeps only its
// key (drawn from the lab's seeded stream): the slot of any I/O index is recomputed, so the
// snapshot never holds a list of offsets, and a whole pass still touches every slot once (an
// interval of I/O indexes is whole passes plus at most two partial passes, enumerated).
const ROUNDS = 4;

/** A 32-bit mix (murmur3's finalizer): spreads the key and the round over the round function. */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The permutation of one pass: its round keys and the Feistel halves' width. */
export interface SlotPermutation {
  slots: number;
  halfBits: number;
  halfSize: number;
  mask: number;
  roundKeys: number[];
}

export function permutationOf(key: number, pass: number, slots: number): SlotPermutation {
  let bits = 1;
  while (2 ** bits < slots) bits++;
  const halfBits = Math.ceil(bits / 2);
  const halfSize = 2 ** halfBits;
  const passKey = mix32(key ^ mix32(pass + 0x9e3779b9));
  const roundKeys = Array.from({ length: ROUNDS }, (_, round) => mix32(passKey + Math.imul(round + 1, 0x27d4eb2d)));
  return { slots, halfBits, halfSize, mask: halfSize - 1, roundKeys };
}

/** perm(index) for index in [0, slots): Feistel rounds over 2 × halfBits bits, walked until inside the range. */
export function permute(perm: SlotPermutation, index: number): number {
  if (perm.slots <= 1) return 0;
  let x = index;
  do {
    let left = Math.floor(x / perm.halfSize);
    let right = x % perm.halfSize;
    for (const roundKey of perm.roundKeys) {
      const next = (left ^ (mix32(right ^ roundKey) & perm.mask)) >>> 0;
      left = right;
      right = next;
    }
    x = left * perm.halfSize + right;
  } while (x >= perm.slots);
  return x;
}

/**
 * The slots touched by I/Os [from, to) of a random run, in passes: a whole pass is reported as
 * `wholePasses` (every slot once), a partial one as its slots (unsorted).
 */
export function randomSlots(key: number, slots: number, from: number, to: number): { wholePasses: number; partial: number[] } {
  let wholePasses = 0;
  const partial: number[] = [];
  let index = from;
  while (index < to) {
    const pass = Math.floor(index / slots);
    const passStart = pass * slots;
    const end = Math.min(to, passStart + slots);
    if (index === passStart && end === passStart + slots) wholePasses++;
    else {
      const perm = permutationOf(key, pass, slots);
      for (let i = index; i < end; i++) partial.push(permute(perm, i - passStart));
    }
    index = end;
  }
  return { wholePasses, partial };
}

/** Sorted, merged [from, to) slot intervals of a list of slots (adjacent slots join). */
export function slotIntervals(slotList: number[]): [number, number][] {
  const sorted = Float64Array.from(slotList).sort();
  const intervals: [number, number][] = [];
  for (const slot of sorted) {
    const last = intervals.at(-1);
    if (last && slot <= last[1]) last[1] = Math.max(last[1], slot + 1);
    else intervals.push([slot, slot + 1]);
  }
  return intervals;
}

/** First index in sorted disjoint intervals whose end is past `slot`. */
function firstEndingAfter(intervals: [number, number][], slot: number): number {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (intervals[mid]![1] <= slot) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of `slotList` fall in the sorted disjoint intervals `bad`. */
export function countInIntervals(slotList: number[], bad: [number, number][]): number {
  let count = 0;
  for (const slot of slotList) {
    const at = firstEndingAfter(bad, slot);
    if (at < bad.length && bad[at]![0] <= slot) count++;
  }
  return count;
}
