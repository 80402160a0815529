// How the benchmarks drive a lab: the way the host's clock does, advancing 1 s at a time.
import type { Lab } from '../../src/engine/types';

/** Advances `seconds` 1 s at a time: simulated seconds per wall second, the wall time, the slowest step's. */
export function advanceSeconds(lab: Lab, seconds: number): { simulatedSPerWallS: number; wallMs: number; slowestStepMs: number } {
  const started = performance.now();
  let slowest = 0;
  for (let second = 0; second < seconds; second++) {
    const stepStarted = performance.now();
    lab.advance(1000);
    slowest = Math.max(slowest, performance.now() - stepStarted);
  }
  const wallMs = performance.now() - started;
  return { simulatedSPerWallS: Math.round(seconds / (wallMs / 1000)), wallMs: Number(wallMs.toFixed(1)), slowestStepMs: Number(slowest.toFixed(2)) };
}
