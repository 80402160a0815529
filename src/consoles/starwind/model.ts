// Pure reads of the mirror for the StarWind console: which servers, targets and devices to show,
// and where a synchronisation stands now. Time-derived values (percent, time left) are computed
// here from the sync job and the lab's nowMs, so views follow the clock without engine batches.
import type { HaDevice, Host, StarWindConsoleServer, StarWindDevice, StarWindTarget } from '../../api/types';
import type { TreeSource } from '../../shell/registry';
import { SYNC_STATE_LABELS, synchronizingLabel } from './labels';

export const STARWIND_HREF = '/starwind';
export const serverHref = (host: string) => `${STARWIND_HREF}/${encodeURIComponent(host)}`;
export const targetHref = (host: string, alias: string) => `${serverHref(host)}/targets/${encodeURIComponent(alias)}`;
export const deviceHref = (host: string, name: string) => `${serverHref(host)}/devices/${encodeURIComponent(name)}`;

type Collections = Pick<TreeSource, 'starwindConsoleServers' | 'starwindTargets' | 'starwindDevices' | 'haDevices' | 'starwindServices' | 'hosts'>;

/** The console's servers in the order they were added. */
export function consoleServers(lab: Pick<Collections, 'starwindConsoleServers'>): StarWindConsoleServer[] {
  return Object.values(lab.starwindConsoleServers).sort((a, b) => a.addedSeq - b.addedSeq);
}

const byAlias = (a: StarWindTarget, b: StarWindTarget) => a.alias.localeCompare(b.alias, 'en', { numeric: true });

export function targetsOf(lab: Pick<Collections, 'starwindTargets'>, host: string): StarWindTarget[] {
  return Object.values(lab.starwindTargets)
    .filter((target) => target.host === host)
    .sort(byAlias);
}

export function devicesOf(lab: Pick<Collections, 'starwindDevices'>, host: string): StarWindDevice[] {
  return Object.values(lab.starwindDevices)
    .filter((device) => device.host === host)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

export function targetByAlias(lab: Pick<Collections, 'starwindTargets'>, host: string, alias: string): StarWindTarget | undefined {
  return targetsOf(lab, host).find((target) => target.alias === alias);
}

export function deviceByName(lab: Pick<Collections, 'starwindDevices'>, host: string, name: string): StarWindDevice | undefined {
  return devicesOf(lab, host).find((device) => device.name === name);
}

/** The HA pair a device belongs to, and which side of it the device is. */
export function haOf(lab: Pick<Collections, 'haDevices'>, device: StarWindDevice | undefined): { ha: HaDevice; side: 0 | 1 } | undefined {
  if (!device?.haDeviceId) return undefined;
  const ha = lab.haDevices[device.haDeviceId];
  if (!ha) return undefined;
  return { ha, side: ha.sides[1].deviceId === device.id ? 1 : 0 };
}

/** A pair needs the yellow triangle until both sides are synchronized (document step 16). */
export function needsAttention(ha: HaDevice): boolean {
  return ha.sides.some((side) => side.syncState !== 'synchronized') || ha.splitBrainRisk;
}

export interface SyncProgress {
  percent: number;
  movedBytes: number;
  leftBytes: number;
  remainingMs: number;
  /** The side receiving the copy. */
  targetSide: 0 | 1;
}

/** Where the pair's sync job stands at nowMs: (now − startedMs) × rate, capped at the total. */
export function syncProgress(ha: HaDevice, nowMs: number): SyncProgress | null {
  const job = ha.sync;
  if (!job) return null;
  const elapsedMs = Math.max(0, nowMs - job.startedMs);
  const movedBytes = Math.min(job.totalBytes, Math.floor((elapsedMs * job.rateBytesPerS) / 1000));
  const leftBytes = job.totalBytes - movedBytes;
  // Floor, so 100% shows only once the job is done (the engine then reports Synchronized).
  const percent = job.totalBytes > 0 ? Math.min(99, Math.floor((movedBytes * 100) / job.totalBytes)) : 99;
  const remainingMs = job.rateBytesPerS > 0 ? Math.ceil((leftBytes * 1000) / job.rateBytesPerS) : Number.POSITIVE_INFINITY;
  return { percent, movedBytes, leftBytes, remainingMs, targetSide: job.targetSide };
}

/** "Synchronized", "Not synchronized", "Synchronizing 42%" for one side. */
export function sideStateLabel(ha: HaDevice, side: 0 | 1, nowMs: number): string {
  const state = ha.sides[side].syncState;
  if (state === 'synchronizing') {
    const progress = syncProgress(ha, nowMs);
    return progress && progress.targetSide === side ? synchronizingLabel(progress.percent) : SYNC_STATE_LABELS.synchronizing;
  }
  return SYNC_STATE_LABELS[state];
}

/** The whole pair in one phrase (the tree's badge): the least synchronized side. */
export function pairStateLabel(ha: HaDevice, nowMs: number): string {
  const worst = ha.sides.findIndex((side) => side.syncState === 'synchronizing');
  if (worst >= 0) return sideStateLabel(ha, worst as 0 | 1, nowMs);
  if (ha.sides.some((side) => side.syncState === 'not-synchronized')) return SYNC_STATE_LABELS['not-synchronized'];
  return SYNC_STATE_LABELS.synchronized;
}

/** Resolves what a user typed as a server (a name or an address) to a host of the lab. */
export function resolveHost(hosts: Record<string, Host>, typed: string): Host | undefined {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return undefined;
  return Object.values(hosts).find(
    (host) => host.name.toLowerCase() === wanted || `${host.name}.${host.domain}`.toLowerCase() === wanted || host.nics.some((nic) => nic.ip === wanted),
  );
}

/** StarWind's image path: folder + "\" + file name. */
export function imagePath(device: Pick<StarWindDevice, 'imageFolder' | 'imageFileName'>): string {
  return `${device.imageFolder.replace(/\\+$/, '')}\\${device.imageFileName}`;
}
