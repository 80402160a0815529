// Keeps each server's disks in step with its iSCSI sessions. Told by the iscsi domain on every
// session change (watchSessions), after every host change and at each boot. Before MPIO claims
// iSCSI devices each session (path) is a disk of its own, as Windows shows them; after the claim
// each LUN is one disk. A disk whose sessions are all Reconnecting stays for PDORemovePeriod
// (20 s) on a keyed kernel timer, then disappears; a disk with no session at all (logged off,
// host stopped) disappears at once. Its record stays, so it comes back with its number and state
// (UNVERIFIED: no captured source says whether a returning disk keeps its Online state; Windows
// stores the offline attribute on the disk, so the lab keeps it).
import { DEFAULT_MPIO_POLICY, lunSerial, pathKey, PDO_REMOVE_PERIOD_MS, type HostDisk } from '../../../domain/disks';
import type { IscsiSession } from '../../../domain/iscsi';
import type { HostChange, LabContext } from '../../context';
import type { LabState } from '../../state';
import type { TimerRecord } from '../../types';
import { disksOf, removeDisk, touchDisk, touchMpio } from './state';

export const PDO_REMOVE_TIMER_KIND = 'disks.pdo-remove';
export const pdoKey = (diskId: string) => `disks-pdo-remove:${diskId}`;

/** The LUN behind a session's target, with its size: the StarWind device attached to the target. */
export function lunOf(state: LabState, session: Pick<IscsiSession, 'target'>): { lun: string; sizeBytes: number } | undefined {
  const target = state.starwind.targets.get(session.target);
  const device = target && state.starwind.devices.get(target.deviceIds[0] ?? '');
  return device ? { lun: lunSerial(device), sizeBytes: device.sizeBytes } : undefined;
}

export function diskKey(hostId: string, lun: string, path: string | null): string {
  return path === null ? `${hostId}:${lun}` : `${hostId}:${lun}:${path}`;
}

/** The sessions that are a disk's paths now. */
export function sessionsOf(state: LabState, disk: HostDisk): IscsiSession[] {
  const sessions = state.iscsi.initiators.get(disk.hostId)?.sessions ?? [];
  return sessions.filter((session) => lunOf(state, session)?.lun === disk.lun && (disk.path === null || pathKey(session) === disk.path));
}

export function syncHostDisks(ctx: LabContext, hostId: string): void {
  const { state } = ctx;
  const settings = state.disks.mpio.get(hostId);
  if (!settings) return;
  const sessions = state.iscsi.initiators.get(hostId)?.sessions ?? [];
  const wanted = new Map<string, { lun: string; path: string | null; connected: boolean }>();
  for (const session of sessions) {
    const lun = lunOf(state, session);
    if (!lun) continue;
    const path = settings.iscsiClaimed ? null : pathKey(session);
    const key = diskKey(hostId, lun.lun, path);
    const entry = wanted.get(key) ?? { lun: lun.lun, path, connected: false };
    entry.connected ||= session.state === 'connected';
    wanted.set(key, entry);
  }
  const own = disksOf(state, hostId);
  for (const disk of own) {
    if (wanted.has(disk.id)) continue;
    // A record of the other mode (per path vs per LUN) is gone for good once the claim changed.
    if ((disk.path === null) !== settings.iscsiClaimed) {
      ctx.kernel.cancel(pdoKey(disk.id));
      removeDisk(ctx, disk);
    } else if (disk.present) {
      ctx.kernel.cancel(pdoKey(disk.id));
      disk.present = false;
      touchDisk(ctx, disk);
    }
  }
  for (const [key, entry] of wanted) {
    let disk = state.disks.disks.get(key);
    if (!disk) disk = addDisk(ctx, hostId, key, entry.lun, entry.path, own);
    if (!disk.present) {
      disk.present = true;
      touchDisk(ctx, disk);
    }
    if (entry.connected) ctx.kernel.cancel(pdoKey(key));
    else if (!ctx.kernel.timerOf(pdoKey(key))) ctx.kernel.schedule(PDO_REMOVE_TIMER_KIND, PDO_REMOVE_PERIOD_MS, { disk: key }, pdoKey(key));
  }
}

/** A new disk: the lowest free number (0 is the system disk), Offline (SAN policy OfflineShared). */
function addDisk(ctx: LabContext, hostId: string, id: string, lun: string, path: string | null, own: HostDisk[]): HostDisk {
  const taken = new Set(disksOf(ctx.state, hostId).map((disk) => disk.number));
  let number = 1;
  while (taken.has(number)) number += 1;
  // After the claim, the LUN's disk carries what was written to it through a path disk before.
  const earlier = own.find((disk) => disk.lun === lun && disk.path !== null && path === null);
  const disk: HostDisk = {
    id, hostId, number, lun, path, present: true, state: earlier?.state ?? 'Offline',
    partitionStyle: earlier?.partitionStyle ?? null, volumes: (earlier?.volumes ?? []).map((volume) => ({ ...volume })),
    policy: DEFAULT_MPIO_POLICY, pathSettings: [],
  };
  ctx.state.disks.disks.set(id, disk);
  touchDisk(ctx, disk);
  return disk;
}

export function onPdoRemoveTimer(ctx: LabContext, timer: TimerRecord): void {
  const disk = ctx.state.disks.disks.get((timer.data as { disk: string }).disk);
  if (!disk || !disk.present || sessionsOf(ctx.state, disk).some((session) => session.state === 'connected')) return;
  disk.present = false;
  touchDisk(ctx, disk);
}

/** Hosts in id order, so a lab built from its scenario and a restored one act the same. */
export function onDisksHostChanged(ctx: LabContext, change: HostChange): void {
  const host = ctx.state.network.hosts.get(change.hostId);
  const settings = ctx.state.disks.mpio.get(change.hostId);
  // The claim checkbox takes effect when the server finishes its next boot (as a pending feature install).
  const booted = change.cause === 'power' && host && settings && host.powerState === 'on' && host.lastBootMs === ctx.kernel.nowMs();
  if (booted && (settings.claimPending || settings.pendingDeviceIds)) {
    if (settings.claimPending) settings.iscsiClaimed = !settings.iscsiClaimed;
    settings.claimPending = false;
    // Added hardware IDs also wait for the boot (the MPIO Devices tab asks for a reboot).
    if (settings.pendingDeviceIds) settings.deviceIds = settings.pendingDeviceIds;
    settings.pendingDeviceIds = null;
    touchMpio(ctx, settings);
  }
  for (const id of [...ctx.state.disks.mpio.keys()].sort()) syncHostDisks(ctx, id);
}
