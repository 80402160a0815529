// The clock's slow-down while a person fills a dialog (issue 9, "The lab clock"). At 1000× a
// wizard filled in two minutes would let the lab run a day and a half; so above 10×, while a
// modal dialog waits for input (src/stores/modal-input.ts), the clock runs at 1× and gets its
// chosen speed back when the dialog closes or shows a progress page. It is applied through the
// clock API like any speed change (PUT /api/v1/lab/clock), so GET /api/v1/lab/clock tells the
// effective speed; the chosen one is kept here (in sessionStorage: a reload while slowed still
// gets it back). View → "Slow the clock while a dialog is open" turns it off, and so does
// `haLab.clock.setDialogSlowdown(false)` for scripts that drive the UI at "max".
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { sessionStorageOrNone } from '../stores/session-storage';
import type { ClockSpeed } from '../domain/lab';

/** Speeds above this are slowed while a dialog waits for input. */
export const DIALOG_SPEED_LIMIT = 10;
/** The speed the clock runs at meanwhile. */
export const DIALOG_SPEED: ClockSpeed = 1;

export interface GovernorMemory {
  /** The speed chosen before the slow-down, while slowed; null otherwise. */
  slowedFrom: ClockSpeed | null;
  /** Someone chose another speed while this dialog was open: leave the clock alone until it closes. */
  overridden: boolean;
}

export interface GovernorInput extends GovernorMemory {
  enabled: boolean;
  /** A modal dialog waits for input. */
  modalWaiting: boolean;
  paused: boolean;
  speed: ClockSpeed;
}

export type GovernorStep =
  | { type: 'slow'; from: ClockSpeed }
  | { type: 'restore'; to: ClockSpeed }
  /** The clock's speed was changed by hand while slowed: keep it, forget the chosen one. */
  | { type: 'forget' }
  /** The dialog closed after an override: the next dialog is slowed again. */
  | { type: 'rearm' }
  | null;

export function isFast(speed: ClockSpeed): boolean {
  return speed === 'max' || speed > DIALOG_SPEED_LIMIT;
}

/** What to do now, from what is open and how the clock runs. Pure, so it is unit-tested. */
export function governorStep(input: GovernorInput): GovernorStep {
  if (input.slowedFrom !== null) {
    if (!input.modalWaiting || !input.enabled) return { type: 'restore', to: input.slowedFrom };
    // Still the chosen speed: the change to 1× is on its way (or failed; then it is restored as is).
    if (input.speed !== DIALOG_SPEED && input.speed !== input.slowedFrom) return { type: 'forget' };
    return null;
  }
  if (!input.modalWaiting) return input.overridden ? { type: 'rearm' } : null;
  if (input.enabled && !input.overridden && !input.paused && isFast(input.speed)) return { type: 'slow', from: input.speed };
  return null;
}

export const useGovernorMemory = create<GovernorMemory>()(
  persist((): GovernorMemory => ({ slowedFrom: null, overridden: false }), {
    name: 'ha-lab-clock-governor',
    version: 1,
    storage: createJSONStorage(sessionStorageOrNone),
  }),
);
