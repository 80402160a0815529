// Power durations: nominal × (1 ± jitter), one draw from the 'power' stream per transition, so
// different seeds give different timings and the same seed gives the same ones.
import { POWER_JITTER_FRACTION } from '../../../domain/power';
import type { Kernel } from '../../kernel/kernel';

export const POWER_STREAM = 'power';

export function drawDurationMs(kernel: Kernel, nominalMs: number): number {
  const factor = 1 + POWER_JITTER_FRACTION * (2 * kernel.stream(POWER_STREAM).next() - 1);
  return Math.round(nominalMs * factor);
}
