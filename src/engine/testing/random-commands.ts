// The property every domain's random-command test states: from a saved lab, a random run of
// commands and time steps never moves the lab on a refusal, always leaves a snapshot that passes its
// check, and a copy restored half-way goes on exactly like the original.
import { expect } from 'vitest';
import { restoreLab } from '../lab';
import { validateSnapshot } from '../snapshot-check';
import type { Command, Lab, LabSnapshot } from '../types';

export interface RandomStep {
  command: Command;
  advanceMs: number;
}

const saved = (lab: { snapshot(): LabSnapshot }) => JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;

export function checkRandomSteps(start: LabSnapshot, steps: readonly RandomStep[]): void {
  const lab = restoreLab(start);
  const half = Math.floor(steps.length / 2);
  for (const step of steps.slice(0, half)) {
    const before = lab.hash();
    const result = lab.dispatch(step.command);
    if (!result.ok) expect(lab.hash()).toBe(before);
    lab.advance(step.advanceMs);
  }
  const snapshot = saved(lab);
  expect(validateSnapshot(snapshot)).toEqual([]);
  const copy = restoreLab(snapshot);
  for (const step of steps.slice(half)) {
    const before = lab.hash();
    const result = lab.dispatch(step.command);
    if (!result.ok) expect(lab.hash()).toBe(before);
    copy.dispatch(step.command);
    lab.advance(step.advanceMs);
    copy.advance(step.advanceMs);
  }
  expect(copy.hash()).toBe(lab.hash());
  expect(validateSnapshot(saved(lab))).toEqual([]);
}

/** The liveness half: the steps run on a restored copy whatever they answer, then the lab is left alone for `settleMs`. */
export function runLeftAlone(start: LabSnapshot, steps: readonly RandomStep[], settleMs: number): Lab {
  const lab = restoreLab(start);
  for (const step of steps) {
    lab.dispatch(step.command);
    lab.advance(step.advanceMs);
  }
  lab.advance(settleMs);
  return lab;
}
