// Which live migrations run now (facts §3.2): a node takes part in at most the cluster's
// simultaneous live migrations (2008 R2: one; later: the setting, default 2), as source or
// destination. Others wait Queued and start in arrival order when both their nodes are free,
// checked again then (planMigration); one that can no longer go ends Failed with the reason.
import { MIGRATION_EVENTS, SETUP_MS, type Migration } from '../../../domain/migration';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import { findCluster } from '../cluster/state';
import { isRefusal } from '../cluster/refusals';
import { beginLive } from './live';
import { planMigration } from './preconditions';
import { settingsView } from './settings';
import { busyCount, queueOf, updateMigration } from './state';
import { endMigration, migrationEvent } from './steps';

/** Whether both nodes of `migration` have room for one more live migration now. */
export function nodesFree(state: LabState, migration: Migration): boolean {
  const cluster = findCluster(state, migration.cluster);
  if (!cluster) return false;
  const limit = settingsView(state, cluster).simultaneousLiveMigrations;
  return busyCount(state, migration.cluster, migration.source) < limit && busyCount(state, migration.cluster, migration.destination) < limit;
}

/** A new live migration: runs now when its nodes are free and nothing older waits for them, else Queued. */
export function admitLive(ctx: LabContext, migration: Migration): void {
  const waiting = queueOf(ctx.state, migration.cluster).some((other) => other !== migration && shares(other, migration));
  if (!waiting && nodesFree(ctx.state, migration)) return run(ctx, migration);
  migrationEvent(ctx, migration, migration.source, `queued: ${migration.source} or ${migration.destination} is taking part in as many live migrations as it may.`, MIGRATION_EVENTS.queued);
}

const shares = (a: Migration, b: Migration) => [a.source, a.destination].some((node) => node === b.source || node === b.destination);

function run(ctx: LabContext, migration: Migration): void {
  updateMigration(ctx, migration, () => {
    migration.state = 'Running';
    migration.startedMs = ctx.kernel.nowMs();
  });
  beginLive(ctx, migration, SETUP_MS);
}

/** Starts the cluster's queued migrations whose nodes are free, oldest first (a younger one never overtakes an older one on a shared node). */
export function admitQueued(ctx: LabContext, clusterName: string): void {
  const stillWaiting: Migration[] = [];
  for (const migration of [...queueOf(ctx.state, clusterName)]) {
    if (migration.state !== 'Queued') continue;
    if (stillWaiting.some((older) => shares(older, migration)) || !nodesFree(ctx.state, migration)) {
      stillWaiting.push(migration);
      continue;
    }
    const plan = planMigration(ctx.state, migration.cluster, migration.role, migration.destination, 'live', migration);
    if (isRefusal(plan)) {
      endMigration(ctx, migration, 'Failed', plan.error.message);
      continue;
    }
    updateMigration(ctx, migration, () => {
      migration.network = plan.network!.name;
      migration.bandwidthBytesPerS = plan.network!.bytesPerS;
      migration.memoryBytes = plan.vm.memoryBytes;
    });
    run(ctx, migration);
  }
}
