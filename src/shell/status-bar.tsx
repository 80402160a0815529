// The status bar: lab state, the lab clock (virtual date and time), its speed, pause/resume, step
// and the lab version. Everything shown comes from the mirror; every change goes through the API.
import { Button as AriaButton } from 'react-aria-components';
import { Pause, Play, StepForward } from 'lucide-react';
import { DEFAULT_START_EPOCH_MS, type ClockSpeed } from '../domain/lab';
import { useLabMirror } from '../stores/lab-mirror';
import { SelectField } from '../ui/fields';
import { formatWindowsDateTime } from '../ui/lab-time';
import { useShell } from './shell-context';

export const CLOCK_SPEED_OPTIONS = [
  { id: 'paused', label: 'Paused' },
  { id: '1', label: '1×' },
  { id: '10', label: '10×' },
  { id: '100', label: '100×' },
  { id: '1000', label: '1000×' },
  { id: 'max', label: 'Max' },
] as const;

function speedOf(id: string): ClockSpeed {
  return id === 'max' ? 'max' : (Number(id) as ClockSpeed);
}

const ICON_BUTTON =
  'flex size-5 items-center justify-center rounded-[2px] text-fg outline-none data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus disabled:opacity-40';

/**
 * The lab time on its own: it changes with every batch while the clock runs, and only this
 * element needs to follow it (not the speed list and the buttons beside it).
 */
function LabClockTime() {
  const nowMs = useLabMirror((state) => state.nowMs);
  const loaded = useLabMirror((state) => state.loaded);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  return (
    <time data-testid="lab-clock" className="min-w-[150px] font-mono text-xs tabular-nums" dateTime={new Date(startEpochMs + nowMs).toISOString()}>
      {loaded ? formatWindowsDateTime(startEpochMs + nowMs) : '—'}
    </time>
  );
}

export function StatusBar({ statusText }: { statusText: string }) {
  const { api, mutate } = useShell();
  // Narrow selectors: the mirror's clock object is replaced with each batch (its nowMs moves).
  const hasClock = useLabMirror((state) => state.clock !== null);
  const paused = useLabMirror((state) => state.clock?.paused);
  const speed = useLabMirror((state) => state.clock?.speed ?? null);
  const version = useLabMirror((state) => state.version);
  const loaded = useLabMirror((state) => state.loaded);
  const ready = api !== null && loaded && hasClock;
  const speedValue = !hasClock || paused ? 'paused' : String(speed);

  const setSpeed = (id: string) =>
    void mutate('Lab clock', (client) => client.call('setClock', { body: id === 'paused' ? { paused: true } : { paused: false, speed: speedOf(id) } }));
  const togglePause = () => void mutate('Lab clock', (client) => client.call('setClock', { body: { paused: !paused } }));
  const step = () => void mutate('Lab clock', (client) => client.call('stepClock'));

  return (
    <footer className="flex h-7 shrink-0 items-center gap-3 border-t border-line bg-panel px-2 text-sm text-fg">
      <span role="status" className="min-w-0 flex-1 truncate text-muted">
        {statusText}
      </span>
      <span role="group" className="flex items-center gap-1.5" aria-label="Lab clock">
        <span className="text-muted">Lab time</span>
        <LabClockTime />
      </span>
      <SelectField
        name="clockSpeed"
        label="Clock speed"
        labelHidden
        value={speedValue}
        onChange={setSpeed}
        options={CLOCK_SPEED_OPTIONS}
        isDisabled={!ready}
        className="w-[84px]"
        size="compact"
      />
      <AriaButton aria-label={paused ? 'Resume the lab clock' : 'Pause the lab clock'} onPress={togglePause} isDisabled={!ready} className={ICON_BUTTON}>
        {paused ? <Play aria-hidden className="size-3.5" /> : <Pause aria-hidden className="size-3.5" />}
      </AriaButton>
      <AriaButton aria-label="Step the lab clock to the next due timer" onPress={step} isDisabled={!ready} className={ICON_BUTTON}>
        <StepForward aria-hidden className="size-3.5" />
      </AriaButton>
      <span className="border-l border-line pl-3 text-muted">
        Version <span data-testid="lab-version" className="font-mono text-xs text-fg tabular-nums">{loaded ? version : '—'}</span>
      </span>
    </footer>
  );
}
