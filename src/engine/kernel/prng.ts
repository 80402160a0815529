// Seeded random streams. sfc32 is small, fast and passes PractRand; its four state words are the
// whole stream, so a snapshot stores them and a restored lab draws the same numbers next.
// Each domain draws from its own stream, so a new draw in one domain never shifts another's.

/** 32-bit FNV-1a of a string; mixes a domain name into its stream's seed. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** splitmix32 step: returns [output, next state]. Spreads nearby seeds far apart. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [(z ^ (z >>> 15)) >>> 0, next];
}

/** The initial state words of the stream `name` under `seed`. */
export function streamStateFor(seed: number, name: string): number[] {
  let state = (seed ^ Math.imul(fnv1a32(name), 0x85ebca6b)) >>> 0;
  const words: number[] = [];
  for (let index = 0; index < 4; index++) {
    const [output, next] = splitmix32(state);
    words.push(output);
    state = next;
  }
  const stream = new RandomStream(words);
  // Discard the first outputs, as the sfc32 authors advise, so weak seeds are mixed well.
  for (let index = 0; index < 12; index++) stream.nextU32();
  return stream.state();
}

export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(words: readonly number[]) {
    if (words.length !== 4) throw new Error('A random stream has exactly four state words.');
    this.a = (words[0] as number) >>> 0;
    this.b = (words[1] as number) >>> 0;
    this.c = (words[2] as number) >>> 0;
    this.d = (words[3] as number) >>> 0;
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [0, bound) for bound ≥ 1 (bounds here are small, so modulo bias is negligible). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  state(): number[] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}
