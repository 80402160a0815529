// The status bar: what the lab is doing (its running jobs, else the session's state), the lab
// clock (virtual date and time), its speed, pause/resume, step, and the lab's details. Everything
// shown comes from the mirror; every change goes through the API.
import type { ReactElement, ReactNode } from 'react';
import { Button as AriaButton, Dialog as AriaDialog, DialogTrigger, Heading, Popover, Tooltip, TooltipTrigger } from 'react-aria-components';
import { Info, Pause, Play, StepForward } from 'lucide-react';
import { DEFAULT_START_EPOCH_MS, type ClockSpeed } from '../domain/lab';
import { useLabMirror } from '../stores/lab-mirror';
import { SelectField } from '../ui/fields';
import { formatWindowsDateTime } from '../ui/lab-time';
import { PropertyList } from '../ui/property-list';
import { useGovernorMemory } from './clock-governor';
import { useShell } from './shell-context';
import { jobsStatusText, runningJobs } from './status-text';
import { useClockGovernor } from './use-clock-governor';

/** Each speed says what it does; the list is the clock's whole vocabulary (CLOCK_SPEEDS). */
export const CLOCK_SPEED_OPTIONS = [
  { id: 'paused', label: 'Paused' },
  { id: '1', label: '1× real time' },
  { id: '10', label: '10× (10 s a second)' },
  { id: '100', label: '100× (100 s a second)' },
  { id: '1000', label: '1000× (about 17 min a second)' },
  { id: 'max', label: 'As fast as possible' },
] as const;

export const CLOCK_LABELS = {
  run: 'Run',
  runTip: 'Run: lab time moves at the chosen speed',
  pause: 'Pause',
  pauseTip: 'Pause: lab time stops; nothing happens in the lab until you run it again',
  step: 'Step to the next scheduled event',
  stepTip: 'Step to the next scheduled event (a timer, a sync ending…), or 1 s when none is due',
  speed: 'Clock speed',
  speedTip: 'Clock speed: how fast lab time runs against real time',
  paused: 'Paused',
  pausedTip: 'The lab clock is paused (a reloaded lab always comes back paused). Nothing happens in the lab until it runs.',
  resume: 'Resume',
  slowed: (from: ClockSpeed) => `1× while a dialog is open (back to ${from === 'max' ? 'as fast as possible' : `${from}×`} after)`,
  details: 'Lab details',
  detailsTip: (version: number) => `Lab details: ${version.toLocaleString('en-US')} changes applied since the lab was created`,
} as const;

function speedOf(id: string): ClockSpeed {
  return id === 'max' ? 'max' : (Number(id) as ClockSpeed);
}

const ICON_BUTTON =
  'flex size-5 items-center justify-center rounded-[2px] text-fg outline-none data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus disabled:opacity-40';

/** A tooltip on hover and keyboard focus (react-aria), above the status bar. */
function Tip({ text, children }: { text: string; children: ReactElement }) {
  return (
    <TooltipTrigger delay={500}>
      {children}
      <Tooltip placement="top" offset={6} className="max-w-xs rounded-[3px] border border-line-strong/60 bg-raised px-2 py-1 text-xs text-fg shadow-lg">
        {text}
      </Tooltip>
    </TooltipTrigger>
  );
}

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

/** What the lab is doing: its oldest running job with percent and time left, else the session's line. */
function StatusLine({ statusText }: { statusText: string }) {
  // A string: the bar re-renders only when the words change (percent, seconds left).
  const jobText = useLabMirror((state) => (state.loaded ? jobsStatusText(runningJobs(state.jobs), state.nowMs) : null));
  return (
    <span role="status" data-testid="status-text" className={jobText ? 'min-w-0 flex-1 truncate text-fg' : 'min-w-0 flex-1 truncate text-muted'} title={jobText ?? undefined}>
      {jobText ?? statusText}
    </span>
  );
}

function LabDetails() {
  const version = useLabMirror((state) => state.version);
  const loaded = useLabMirror((state) => state.loaded);
  const lab = useLabMirror((state) => state.lab);
  const jobCount = useLabMirror((state) => runningJobs(state.jobs).length);
  return (
    <DialogTrigger>
      <Tip text={loaded ? CLOCK_LABELS.detailsTip(version) : CLOCK_LABELS.details}>
        <AriaButton aria-label={CLOCK_LABELS.details} className={`${ICON_BUTTON} w-auto gap-1 px-1 text-muted`}>
          <Info aria-hidden className="size-3.5" />
          <span data-testid="lab-version" className="font-mono text-xs text-fg tabular-nums">
            {loaded ? version : '—'}
          </span>
        </AriaButton>
      </Tip>
      <Popover placement="top end" offset={6} className="w-80 rounded-[3px] border border-line-strong/60 bg-raised p-3 text-sm text-fg shadow-lg">
        <AriaDialog className="flex flex-col gap-2 outline-none">
          <Heading slot="title" className="font-semibold">
            {CLOCK_LABELS.details}
          </Heading>
          <p className="text-muted">
            The lab version counts the changes the lab has applied since it was created: every accepted command and every clock advance that changed something adds one.
          </p>
          <PropertyList
            items={[
              { label: 'Lab version', value: loaded ? version : '—' },
              { label: 'Running jobs', value: jobCount },
              { label: 'Seed', value: lab ? lab.seed : '—' },
              { label: 'Scenario', value: lab ? lab.scenario : '—' },
              { label: 'State hash', value: lab ? <span className="font-mono text-xs break-all">{lab.hash}</span> : '—' },
            ]}
          />
        </AriaDialog>
      </Popover>
    </DialogTrigger>
  );
}

function PausedNotice({ onResume, isDisabled }: { onResume(): void; isDisabled: boolean }): ReactNode {
  return (
    <span data-testid="paused-notice" className="flex items-center gap-1 rounded-[3px] border border-warn/60 bg-warn-soft px-1.5 font-semibold text-warn" title={CLOCK_LABELS.pausedTip}>
      {CLOCK_LABELS.paused}
      <AriaButton onPress={onResume} isDisabled={isDisabled} className="rounded-[2px] px-1 font-normal text-fg underline outline-none data-[hovered]:bg-hover data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus">
        {CLOCK_LABELS.resume}
      </AriaButton>
    </span>
  );
}

export function StatusBar({ statusText }: { statusText: string }) {
  const { api, mutate } = useShell();
  useClockGovernor(api);
  // Narrow selectors: the mirror's clock object is replaced with each batch (its nowMs moves).
  const hasClock = useLabMirror((state) => state.clock !== null);
  const paused = useLabMirror((state) => state.clock?.paused);
  const speed = useLabMirror((state) => state.clock?.speed ?? null);
  const loaded = useLabMirror((state) => state.loaded);
  const slowedFrom = useGovernorMemory((state) => state.slowedFrom);
  const ready = api !== null && loaded && hasClock;
  const speedValue = !hasClock || paused ? 'paused' : String(speed);

  const setSpeed = (id: string) =>
    void mutate('Lab clock', (client) => client.call('setClock', { body: id === 'paused' ? { paused: true } : { paused: false, speed: speedOf(id) } }));
  const setPaused = (next: boolean) => void mutate('Lab clock', (client) => client.call('setClock', { body: { paused: next } }));
  const step = () => void mutate('Lab clock', (client) => client.call('stepClock'));

  return (
    <footer className="flex h-7 shrink-0 items-center gap-3 border-t border-line bg-panel px-2 text-sm text-fg">
      <StatusLine statusText={statusText} />
      {ready && paused && <PausedNotice onResume={() => setPaused(false)} isDisabled={!ready} />}
      {ready && !paused && slowedFrom !== null && (
        <span data-testid="clock-slowed" className="truncate text-xs text-muted">
          {CLOCK_LABELS.slowed(slowedFrom)}
        </span>
      )}
      <span role="group" className="flex items-center gap-1.5" aria-label="Lab clock">
        <span className="text-muted">Lab time</span>
        <LabClockTime />
      </span>
      <span title={CLOCK_LABELS.speedTip} className="flex">
        <SelectField
          name="clockSpeed"
          label={CLOCK_LABELS.speed}
          labelHidden
          value={speedValue}
          onChange={setSpeed}
          options={CLOCK_SPEED_OPTIONS}
          isDisabled={!ready}
          className="w-[150px]"
          size="compact"
        />
      </span>
      <Tip text={paused ? CLOCK_LABELS.runTip : CLOCK_LABELS.pauseTip}>
        <AriaButton aria-label={paused ? CLOCK_LABELS.run : CLOCK_LABELS.pause} onPress={() => setPaused(!paused)} isDisabled={!ready} className={ICON_BUTTON}>
          {paused ? <Play aria-hidden className="size-3.5" /> : <Pause aria-hidden className="size-3.5" />}
        </AriaButton>
      </Tip>
      <Tip text={CLOCK_LABELS.stepTip}>
        <AriaButton aria-label={CLOCK_LABELS.step} onPress={step} isDisabled={!ready} className={ICON_BUTTON}>
          <StepForward aria-hidden className="size-3.5" />
        </AriaButton>
      </Tip>
      <span className="border-l border-line pl-2">
        <LabDetails />
      </span>
    </footer>
  );
}
