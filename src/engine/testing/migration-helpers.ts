// Helpers for tests of live and quick migration: a cluster with online roles on Demo1 (roleLab),
// the commands, and reads of a migration.
import type { Migration, MigrationType } from '../../domain/migration';
import type { Command, Lab } from '../types';
import { CLUSTER_NAME, ok } from './cluster-helpers';

export const migrateCommand = (role: string, migrationType: MigrationType, node?: string, cluster = CLUSTER_NAME): Command =>
  ({ type: 'migrationStart', cluster, role, migrationType, ...(node === undefined ? {} : { node }) }) as Command;

export function migrationsOf(lab: Lab, cluster = CLUSTER_NAME): Migration[] {
  const answer = lab.query({ type: 'migrations', cluster });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.migrations;
}

/** Starts a migration and answers its record (the newest). */
export function migrate(lab: Lab, role: string, migrationType: MigrationType, node?: string): Migration {
  ok(lab, migrateCommand(role, migrationType, node));
  return migrationsOf(lab)[0]!;
}

export function migrationOf(lab: Lab, id: string): Migration {
  const answer = lab.query({ type: 'migration', id });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** Sets the guest's memory workload of `vm` on `host`. */
export function setWorkload(lab: Lab, host: string, vm: string, workload: { dirtyBytesPerS?: number; wwsBytes?: number }): void {
  ok(lab, { type: 'vmSetSettings', host, vm, workload });
}
