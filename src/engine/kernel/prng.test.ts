import { describe, expect, test } from 'vitest';
import { RandomStream, streamStateFor } from './prng';

const draw = (words: number[], count: number) => {
  const stream = new RandomStream(words);
  return Array.from({ length: count }, () => stream.nextU32());
};

describe('seeded streams', () => {
  test('same seed and name give the same numbers', () => {
    expect(draw(streamStateFor(7, 'power'), 20)).toEqual(draw(streamStateFor(7, 'power'), 20));
  });

  test('different seeds or names give different streams', () => {
    const base = draw(streamStateFor(7, 'power'), 8);
    expect(draw(streamStateFor(8, 'power'), 8)).not.toEqual(base);
    expect(draw(streamStateFor(7, 'network'), 8)).not.toEqual(base);
  });

  test('state words resume the stream exactly', () => {
    const stream = new RandomStream(streamStateFor(1337, 'power'));
    for (let index = 0; index < 5; index++) stream.nextU32();
    const resumed = new RandomStream(stream.state());
    expect(Array.from({ length: 10 }, () => resumed.nextU32())).toEqual(Array.from({ length: 10 }, () => stream.nextU32()));
  });

  test('floats lie in [0, 1) and spread evenly', () => {
    const stream = new RandomStream(streamStateFor(1, 'x'));
    const buckets = new Array<number>(10).fill(0);
    for (let index = 0; index < 10_000; index++) {
      const value = stream.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]! += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});
