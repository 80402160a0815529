// The disks domain: each Windows server's MPIO claim of iSCSI devices (in effect after the next
// boot) and its disks as Disk Management shows them, derived from its iSCSI sessions (sync.ts):
// one disk per path before the claim, one per LUN with its paths after it. Disk state (number,
// Online, partition style, volumes, MPIO policy) lives in entities keyed by host and LUN.
import { disksDescriptor, type HostDisk, type MpioSettings } from '../../../domain/disks';
import { defineEngineDomain } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { watchSessions } from '../iscsi/state';
import { decideDiskSet, decideDiskSetMpio, decideSetClaim } from './decide';
import { disksMigrations } from './migrations';
import { checkDisksSnapshot } from './snapshot-check';
import { findMpio, loadDisksState, startDisks, type DisksState } from './state';
import { onDisksHostChanged, onPdoRemoveTimer, PDO_REMOVE_TIMER_KIND, syncHostDisks } from './sync';
import { hostDiskViews, mpioView } from './views';

watchSessions(syncHostDisks);

function read(answer: (state: LabState, found: NonNullable<ReturnType<typeof findMpio>>) => unknown) {
  return (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const name = (query as { host: string }).host;
    const found = findMpio(state, name);
    return found ? ({ ok: true, value: answer(state, found) } as QueryResult) : { ok: false, error: hostNotFoundError(name) };
  };
}

export const disksDomain = defineEngineDomain<DisksState>({
  descriptor: disksDescriptor,
  load: (entities) => loadDisksState(entities as { mpioSettings?: MpioSettings[]; hostDisks?: HostDisk[] }),
  collection: (slice, name) => (name === 'mpioSettings' ? slice.mpio : slice.disks),
  commands: { mpioSetClaim: decideSetClaim, diskSet: decideDiskSet, diskSetMpio: decideDiskSetMpio },
  queries: {
    hostMpio: read((state, { settings }) => mpioView(state, settings)),
    hostDisks: read((state, { host }) => ({ host: host.name, disks: hostDiskViews(state, host.id) })),
  },
  timers: { [PDO_REMOVE_TIMER_KIND]: onPdoRemoveTimer },
  check: checkDisksSnapshot,
  migrations: disksMigrations,
  start: startDisks,
  onHostChanged: onDisksHostChanged,
});
