// The disks domain: each Windows server's MPIO claim of iSCSI devices (in effect after the next
// boot) and its disks as Disk Management shows them, derived from its iSCSI sessions (sync.ts):
// one disk per path before the claim, one per LUN with its paths after it. Disk state (number,
// Online, partition style, volumes, MPIO policy) lives in entities keyed by host and LUN.
import { disksDescriptor, type HostDisk, type MpioSettings } from '../../../domain/disks';
import { defineEngineDomain } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host, Query, QueryResult } from '../../types';
import { watchSessions } from '../iscsi/state';
import { decideDiskSet, decideDiskSetMpio, decideSetClaim } from './decide';
import { decideDiskIo } from './io-decide';
import { IO_TIMER_KIND, onIoTimer, replanIo } from './io-run';
import { disksMigrations } from './migrations';
import { checkDisksSnapshot } from './snapshot-check';
import { disksOf, findMpio, loadDisksState, startDisks, type DisksState } from './state';
import { onDisksHostChanged, onPdoRemoveTimer, PDO_REMOVE_TIMER_KIND, syncHostDisks } from './sync';
import { hostDiskViews, mpioView } from './views';

// A session change first reshapes the host's disks, then moves the I/O runs on them.
function onSessionsChanged(ctx: LabContext, hostId: string): void {
  syncHostDisks(ctx, hostId);
  replanIo(ctx, hostId);
}
watchSessions(onSessionsChanged);

function read(answer: (state: LabState, found: NonNullable<ReturnType<typeof findMpio>>) => unknown) {
  return (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const name = (query as { host: string }).host;
    const found = findMpio(state, name);
    return found ? ({ ok: true, value: answer(state, found) } as QueryResult) : { ok: false, error: hostNotFoundError(name) };
  };
}

/** The disk's last run: its job (null when it completed in its command) and its result once it has ended. */
function ioLastOf(state: LabState, host: Host, number: number) {
  const disk = disksOf(state, host.id).find((candidate) => candidate.number === number);
  const last = disk?.io?.last;
  return { host: host.name, number, jobId: last?.job ?? null, result: last?.result ?? null };
}

export const disksDomain = defineEngineDomain<DisksState>({
  descriptor: disksDescriptor,
  load: (entities) => loadDisksState(entities as { mpioSettings?: MpioSettings[]; hostDisks?: HostDisk[] }),
  collection: (slice, name) => (name === 'mpioSettings' ? slice.mpio : slice.disks),
  commands: { mpioSetClaim: decideSetClaim, diskSet: decideDiskSet, diskSetMpio: decideDiskSetMpio, diskIo: decideDiskIo },
  queries: {
    hostMpio: read((state, { settings }) => mpioView(state, settings)),
    hostDisks: read((state, { host }) => ({ host: host.name, disks: hostDiskViews(state, host.id) })),
    diskIoLast: (state, nowMs, query) => read((inner, { host }) => ioLastOf(inner, host, (query as { number: number }).number))(state, nowMs, query),
  },
  timers: { [PDO_REMOVE_TIMER_KIND]: onPdoRemoveTimer, [IO_TIMER_KIND]: onIoTimer },
  check: checkDisksSnapshot,
  migrations: disksMigrations,
  start: startDisks,
  onHostChanged: (ctx, change) => {
    onDisksHostChanged(ctx, change);
    // A storage server's power or link may change any host's paths (their planKey tells which).
    replanIo(ctx, null);
  },
});
