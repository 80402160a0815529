// migrationStart and migrationCancel. A live migration is recorded and admitted (queue.ts); a quick
// one is the roles' quick move, recorded (quick.ts). Cancel: a queued one leaves the queue; a
// running live one stops where it is (the destination's memory released, the machine keeps
// running on the source); a quick one cannot be stopped once its save began.
import { MIGRATION_END_STATES, type Migration } from '../../../domain/migration';
import type { LabContext } from '../../context';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { conflict, isRefusal, notFound } from '../cluster/refusals';
import { planMigration, type MigrationPlan } from './preconditions';
import { startQuick } from './quick';
import { admitLive } from './queue';
import { newMigration } from './record';
import { addMigration } from './state';
import { endMigration } from './steps';

type Start = Extract<Command, { type: 'migrationStart' }>;
type Cancel = Extract<Command, { type: 'migrationCancel' }>;

/** Records and starts (or queues) the migration a plan describes. */
export function startMigration(ctx: LabContext, plan: MigrationPlan): Migration {
  const { cluster, role, vm, destination, bestPossibleNode, type, network } = plan;
  if (type === 'quick') return startQuick(ctx, cluster, role, vm, destination.name, bestPossibleNode);
  const migration = newMigration(ctx, cluster, role, vm, destination.name, bestPossibleNode, 'live', network!.name, network!.bytesPerS);
  addMigration(ctx, migration);
  admitLive(ctx, migration);
  return migration;
}

export function decideMigrationStart(state: LabState, command: Start): Decision {
  const plan = planMigration(state, command.cluster, command.role, command.node, command.migrationType);
  if (isRefusal(plan)) return plan;
  return accept((ctx) => void startMigration(ctx, plan));
}

export function decideMigrationCancel(state: LabState, command: Cancel): Decision {
  const migration = typeof command.id === 'string' ? state.migration.byId.get(command.id) : undefined;
  if (!migration) return notFound('migration.not_found', 'id', `There is no migration "${String(command.id)}".`);
  if (MIGRATION_END_STATES.includes(migration.state)) return conflict('migration.ended', 'id', `${migration.id} has already ended (${migration.state}).`);
  if (migration.type === 'quick') return conflict('migration.quick_not_cancellable', 'id', `${migration.id} is a quick migration: once the machine is being saved it cannot be cancelled.`);
  return accept((ctx) => endMigration(ctx, migration, 'Cancelled', 'Cancelled by the administrator.'));
}
