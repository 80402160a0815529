// Power of a server: the states it passes through and the actions an administrator can take.
// Durations are nominal; the engine varies each one within ±JITTER by the lab's seed.

export const POWER_STATES = ['on', 'starting', 'stopping', 'off'] as const;
export type PowerState = (typeof POWER_STATES)[number];

export const POWER_ACTIONS = ['on', 'off', 'shutdown', 'restart'] as const;
export type PowerAction = (typeof POWER_ACTIONS)[number];

/** A Windows Server 2008 R2 boot to the logon screen on the servers of the era. */
export const BOOT_NOMINAL_MS = 90_000;
/** A clean shutdown (services stop, event log closes). */
export const SHUTDOWN_NOMINAL_MS = 30_000;
/** Each duration is nominal × (1 ± POWER_JITTER_FRACTION), drawn from the lab's power stream. */
export const POWER_JITTER_FRACTION = 0.2;

export const POWER_STATE_LABELS: Record<PowerState, string> = {
  on: 'Running',
  starting: 'Starting',
  stopping: 'Shutting down',
  off: 'Off',
};

export const POWER_ACTION_LABELS: Record<PowerAction, string> = {
  on: 'Start',
  off: 'Turn Off',
  shutdown: 'Shut Down',
  restart: 'Restart',
};
