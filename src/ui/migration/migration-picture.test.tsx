// @vitest-environment jsdom
// The migration picture reads the engine's record and nothing else: one chart bar pair per pass
// with exactly the record's bytes (and the hidden table with the same numbers), the six live steps
// with the durations of the timeline (steps not reached say so), the downtime bar with the TCP
// timeout marked, the result; a quick migration's three phases and its offline time.
import '../testing/jsdom';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { BYTES_PER_MIB } from '../../domain/units';
import { migrationFixture } from './fixtures';
import { MigrationPicture } from './migration-picture';
import { downtimeScale, passBars } from './model';

afterEach(cleanup);

const MIB = BYTES_PER_MIB;
const passes = [
  { bytesSent: 512 * MIB, bytesDirtied: 40 * MIB, durationMs: 4_295 },
  { bytesSent: 40 * MIB, bytesDirtied: 3 * MIB, durationMs: 336 },
  { bytesSent: 3 * MIB, bytesDirtied: 1 * MIB, durationMs: 25 },
];
const completedLive = migrationFixture({
  state: 'Completed',
  phase: 'gratuitous-arp',
  passes,
  endedMs: 6_000,
  totalMs: 5_000,
  downtimeMs: 68,
  clientsKeptConnection: true,
  timeline: [
    { phase: 'setup', atMs: 1_000 },
    { phase: 'memory-copy', atMs: 1_500 },
    { phase: 'state-transfer', atMs: 5_156 },
    { phase: 'storage-handles', atMs: 5_200 },
    { phase: 'online', atMs: 5_224 },
    { phase: 'gratuitous-arp', atMs: 5_990 },
  ],
});

test('the chart has one bar pair per pass with the engine’s bytes, and the hidden table says them', () => {
  render(<MigrationPicture migration={completedLive} epochMs={0} />);
  const chart = screen.getByRole('img', { name: /Memory copy passes: 3 passes/ });
  const groups = [...chart.querySelectorAll('g[data-pass]')];
  expect(groups.map((group) => [Number(group.getAttribute('data-bytes-sent')), Number(group.getAttribute('data-bytes-dirtied'))])).toEqual(passes.map((pass) => [pass.bytesSent, pass.bytesDirtied]));
  expect(passBars(completedLive).map((bar) => bar.durationMs)).toEqual([4_295, 336, 25]);
  // Taller bar for more bytes: the first pass's sent bar is the tallest.
  const heights = groups.map((group) => Number(group.querySelector('rect')!.getAttribute('height')));
  expect(heights[0]).toBeGreaterThan(heights[1]!);
  const table = screen.getByRole('table', { name: 'Bytes sent and bytes dirtied in each pass' });
  expect(within(table).getAllByRole('row')).toHaveLength(4);
  expect(table.textContent).toContain('512 MB');
});

test('the six steps with their durations from the timeline, the downtime against the TCP timeout, the result', () => {
  render(<MigrationPicture migration={completedLive} epochMs={0} />);
  const steps = screen.getByRole('table', { name: 'Steps' });
  const rows = [...steps.querySelectorAll('tbody tr')];
  expect(rows.map((row) => row.getAttribute('data-phase'))).toEqual(['setup', 'memory-copy', 'state-transfer', 'storage-handles', 'online', 'gratuitous-arp']);
  expect(rows.map((row) => row.querySelector('[data-duration]')!.textContent)).toEqual(['500 ms', '3.7 s', '44 ms', '24 ms', '766 ms', '10 ms']);
  expect(screen.getByTestId('migration-total').textContent).toBe('5.0 s');
  expect(screen.getByTestId('migration-downtime').textContent).toBe('68 ms');
  expect(screen.getByRole('img', { name: 'Downtime 68 ms against the TCP timeout of 20.0 s' })).toBeTruthy();
  expect(screen.getByTestId('migration-result').textContent).toContain('kept their connections');
});

test('a running live migration: the steps not reached say so, no result yet; a long blackout drops the clients', () => {
  const running = migrationFixture({ phase: 'memory-copy', passes: passes.slice(0, 1), timeline: completedLive.timeline.slice(0, 2) });
  const { unmount } = render(<MigrationPicture migration={running} epochMs={0} />);
  const rows = [...screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr')];
  expect(rows.map((row) => row.getAttribute('data-phase-state'))).toEqual(['Completed', 'Running', 'NotReached', 'NotReached', 'NotReached', 'NotReached']);
  expect(screen.getByTestId('migration-result').textContent).toContain('Under way');
  unmount();
  const slow = { ...completedLive, downtimeMs: 25_000, clientsKeptConnection: false };
  expect(downtimeScale(slow)!.downtimeShare).toBeGreaterThan(downtimeScale(slow)!.timeoutShare);
  render(<MigrationPicture migration={slow} epochMs={0} />);
  expect(screen.getByTestId('migration-result').textContent).toContain('lost their connections');
});

test('a quick migration: its three phases and its offline time, no pass chart', () => {
  const quick = migrationFixture({
    type: 'quick',
    state: 'Completed',
    phase: 'restore',
    network: null,
    endedMs: 31_000,
    totalMs: 30_000,
    downtimeMs: 30_000,
    clientsKeptConnection: false,
    timeline: [
      { phase: 'save-state', atMs: 1_000 },
      { phase: 'move-disk', atMs: 16_000 },
      { phase: 'restore', atMs: 16_500 },
    ],
  });
  render(<MigrationPicture migration={quick} epochMs={0} />);
  const rows = [...screen.getByRole('table', { name: 'Steps' }).querySelectorAll('tbody tr')];
  expect(rows.map((row) => [row.getAttribute('data-phase'), row.querySelector('[data-duration]')!.textContent])).toEqual([
    ['save-state', '15.0 s'],
    ['move-disk', '500 ms'],
    ['restore', '14.5 s'],
  ]);
  expect(screen.queryByRole('img', { name: /Memory copy passes/ })).toBeNull();
  expect(screen.getByRole('region', { name: 'Quick migration of VM1' }).textContent).toContain('Offline time');
  expect(screen.getByTestId('migration-downtime').textContent).toBe('30.0 s');
});
