import { describe, expect, test } from 'vitest';
import { governorStep, type GovernorInput } from './clock-governor';

const base: GovernorInput = { enabled: true, modalWaiting: true, paused: false, speed: 1000, slowedFrom: null, overridden: false };

describe('the clock while a dialog waits for input', () => {
  test('above 10× it runs at 1×, and gets its speed back when the dialog is gone', () => {
    expect(governorStep(base)).toEqual({ type: 'slow', from: 1000 });
    expect(governorStep({ ...base, speed: 'max' })).toEqual({ type: 'slow', from: 'max' });
    expect(governorStep({ ...base, speed: 1, slowedFrom: 1000 })).toBeNull();
    expect(governorStep({ ...base, speed: 1, slowedFrom: 1000, modalWaiting: false })).toEqual({ type: 'restore', to: 1000 });
  });

  test('10× and slower, a paused clock, or the setting off: left alone', () => {
    expect(governorStep({ ...base, speed: 10 })).toBeNull();
    expect(governorStep({ ...base, paused: true })).toBeNull();
    expect(governorStep({ ...base, enabled: false })).toBeNull();
    // Turned off while slowed: the chosen speed comes back at once.
    expect(governorStep({ ...base, enabled: false, speed: 1, slowedFrom: 'max' })).toEqual({ type: 'restore', to: 'max' });
  });

  test('a speed chosen while slowed wins until the dialog closes', () => {
    expect(governorStep({ ...base, speed: 100, slowedFrom: 1000 })).toEqual({ type: 'forget' });
    // The change to 1× not yet seen: wait for it.
    expect(governorStep({ ...base, speed: 1000, slowedFrom: 1000 })).toBeNull();
    expect(governorStep({ ...base, speed: 100, overridden: true })).toBeNull();
    expect(governorStep({ ...base, speed: 100, overridden: true, modalWaiting: false })).toEqual({ type: 'rearm' });
  });
});
