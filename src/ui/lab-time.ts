// Virtual time as Windows shows it: "6/1/2010 8:01:30 AM". The lab's calendar is UTC
// (ScenarioOptions.startEpochMs), so every reader sees the same clock whatever its time zone.

const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  hour12: true,
});

/** "6/1/2010 8:01:30 AM" */
export function formatWindowsDateTime(epochMs: number): string {
  return DATE_TIME.format(epochMs).replace(',', '');
}

/** "1 min 05 s", "35 s": a short duration for progress text. */
export function formatDurationShort(durationMs: number): string {
  const totalS = Math.max(0, Math.ceil(durationMs / 1000));
  const min = Math.floor(totalS / 60);
  const s = totalS % 60;
  return min > 0 ? `${min} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}
