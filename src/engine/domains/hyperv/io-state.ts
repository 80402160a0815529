// The VM I/O path's internal part: one write account per (node, volume) for the virtual machines
// of that node whose disks are on that volume (io-flow.ts). Its rate is the sum of theirs, so a
// node's 125 machines cost one account, settled only when its rate or its access changes. Saved
// in the snapshot (hyperv's internal part), sorted by key so the hash does not depend on order.
import type { CsvAccess } from '../../../domain/cluster';
import type { WriteMode } from '../../../domain/starwind';

export interface IoTarget {
  /** The StarWind device (a replica of the HA pair, or a plain device) the writes went to, and its side. */
  device: string;
  side: 0 | 1;
  mode: WriteMode;
}

export interface IoGroup {
  /** `${hostId}|${lun}`. */
  key: string;
  hostId: string;
  lun: string;
  /** How the node reached the volume at the last change (null: not a running member). */
  access: CsvAccess | null;
  /** Its machines running now (their I/O stalls together when the volume is lost). */
  writers: number;
  /** Sum of their rates. */
  rateBytesPerS: number;
  /** Everything before this moment is accounted. */
  settledMs: number;
  /** Ms during which I/O flowed, up to settledMs: the machines' marks are read against it. */
  flowMs: number;
  /** Bytes written but less than one HA block, carried to the next settle. */
  carryBytes: number;
  /** Where the next write lands: the accounts write the LUN as a ring of HA blocks. */
  cursorBlock: number;
  /** The last path's end, for writes accounted when no path is usable any more (as io-run's slices). */
  target: IoTarget | null;
  /** When its I/O stopped flowing (the volume lost on the node); null while it flows. */
  stalledSinceMs: number | null;
}

export const ioGroupKey = (hostId: string, lun: string) => `${hostId}|${lun}`;

export function loadIoGroups(internal: unknown): Map<string, IoGroup> {
  const saved = (typeof internal === 'object' && internal !== null ? (internal as { io?: unknown }).io : undefined) ?? [];
  return new Map((Array.isArray(saved) ? (saved as IoGroup[]) : []).map((group) => [group.key, { ...group }]));
}

export function ioGroupsInternal(groups: Map<string, IoGroup>): { io: IoGroup[] } {
  return { io: [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((group) => ({ ...group, target: group.target && { ...group.target } })) };
}
