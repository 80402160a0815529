// The host for Node (tests, mocks/node.ts, benchmarks): same LabHost, in-process. By default wall
// time is manual, so virtual time moves only by advance/step (or a test moving the scheduler),
// and persistence is in memory; pass IndexedDbPersistence to exercise the real store.
import { LabHost } from './lab-host';
import { ManualScheduler } from './manual-scheduler';
import { MemoryPersistence } from './persistence/memory';
import type { Persistence } from './persistence/types';
import type { Scheduler } from './scheduler';

export interface InProcessHostOptions {
  persistence?: Persistence;
  scheduler?: Scheduler;
  reportError?: (error: unknown) => void;
}

export interface InProcessHost extends LabHost {
  readonly scheduler: Scheduler;
  readonly persistence: Persistence;
}

export function createInProcessHost(options: InProcessHostOptions = {}): InProcessHost {
  const scheduler = options.scheduler ?? new ManualScheduler();
  const persistence = options.persistence ?? new MemoryPersistence();
  const host = new LabHost({ scheduler, persistence, reportError: options.reportError });
  return Object.assign(host, { scheduler, persistence });
}
