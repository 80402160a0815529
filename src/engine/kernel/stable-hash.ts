// A stable, non-cryptographic 64-bit hash of JSON data: object keys sorted, so two states that are
// equal as data hash equal whatever order their maps were filled in.

/** Two 32-bit lanes (FNV-1a and a murmur-style multiply-xorshift), fed chunk by chunk. */
export class StableHasher {
  private lane1 = 0x811c9dc5;
  private lane2 = 0x9747b28c;

  update(text: string): void {
    let lane1 = this.lane1;
    let lane2 = this.lane2;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      lane1 = Math.imul(lane1 ^ code, 0x01000193);
      lane2 = Math.imul(lane2 ^ code, 0x5bd1e995);
      lane2 ^= lane2 >>> 15;
    }
    this.lane1 = lane1;
    this.lane2 = lane2;
  }

  /** Canonical JSON of `value`, streamed into the lanes without building one big string. */
  updateJson(value: unknown): void {
    if (value === null || typeof value !== 'object') {
      // undefined (absent optional fields) hashes like null; JSON has no undefined.
      this.update(value === undefined ? 'null' : JSON.stringify(value));
      return;
    }
    if (Array.isArray(value)) {
      this.update('[');
      for (let index = 0; index < value.length; index++) {
        if (index > 0) this.update(',');
        this.updateJson(value[index]);
      }
      this.update(']');
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    this.update('{');
    let first = true;
    for (const key of keys) {
      if (record[key] === undefined) continue;
      if (!first) this.update(',');
      first = false;
      this.update(JSON.stringify(key));
      this.update(':');
      this.updateJson(record[key]);
    }
    this.update('}');
  }

  /** The finished 64 bits as two unsigned 32-bit numbers (for sums of digests). */
  lanes(): [high: number, low: number] {
    // Final avalanche on each lane, crossing them so a change in either moves both halves.
    let high = this.lane1 ^ Math.imul(this.lane2, 0x85ebca6b);
    high = Math.imul(high ^ (high >>> 16), 0x7feb352d);
    high ^= high >>> 15;
    let low = this.lane2 ^ Math.imul(this.lane1, 0xc2b2ae35);
    low = Math.imul(low ^ (low >>> 16), 0x846ca68b);
    low ^= low >>> 16;
    return [high >>> 0, low >>> 0];
  }

  digest(): string {
    const [high, low] = this.lanes();
    return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
  }
}
