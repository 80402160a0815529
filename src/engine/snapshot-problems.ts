// What a snapshot check reports: structured problems, each at a path in the snapshot
// ("entities.hosts[3].nics[1]", "kernel.timers[0]") with one sentence for a person.
import type { SnapshotJson } from './decision';

export interface SnapshotProblem {
  /** Where in the snapshot, dotted with [index]: "entities.hosts[3]", "kernel.timers[0]", "" for the whole. */
  path: string;
  message: string;
}

export class Problems {
  readonly list: SnapshotProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  get size(): number {
    return this.list.length;
  }
}

/** A live timer of one of a domain's kinds, with its path. */
export interface TimerAt {
  timer: Record<string, unknown>;
  path: string;
}

/** What a domain's check gets: the migrated snapshot (shape unchecked), the time, its timers. */
export interface DomainCheckInput {
  snapshot: SnapshotJson;
  nowMs: number;
  /** The live timers of the kinds this domain handles (their dueMs, seq and key were checked). */
  timers: readonly TimerAt[];
  problems: Problems;
}
