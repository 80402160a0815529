// The migration domain: live migration (pre-copy in passes over the live-migration network) and
// quick migration (save, move the disk, restore) of highly available virtual machines, queued as
// the OS version allows; each cluster's live-migration settings. Facts: src/domain/migration.
import { migrationDescriptor, type Migration, type MigrationSettingsEntity } from '../../../domain/migration';
import { defineEngineDomain } from '../../decision';
import { onMigrationHostChanged } from './faults';
import { MIGRATION_TIMER_KIND, onMigrationTimer } from './live';
import { MIGRATION_QUERIES } from './queries';
import { admitQueued } from './queue';
import { checkMigrationSnapshot } from './snapshot-check';
import { decideMigrationCancel, decideMigrationStart } from './start';
import { decideSetSettings } from './settings';
import { loadMigrations, type MigrationSlice } from './state';

export const migrationDomain = defineEngineDomain<MigrationSlice>({
  descriptor: migrationDescriptor,
  load: (entities) => loadMigrations(entities.migrations as Migration[] | undefined, entities.migrationSettings as MigrationSettingsEntity[] | undefined),
  collection: (slice, name) => (name === 'migrations' ? slice.byId : slice.settings),
  commands: {
    migrationStart: decideMigrationStart,
    migrationCancel: decideMigrationCancel,
    // A raised limit lets queued migrations start at once.
    migrationSetSettings: (state, command) => decideSetSettings(state, command, (ctx, cluster) => admitQueued(ctx, cluster.name)),
  },
  queries: MIGRATION_QUERIES,
  timers: { [MIGRATION_TIMER_KIND]: onMigrationTimer },
  onHostChanged: onMigrationHostChanged,
  check: checkMigrationSnapshot,
  migrations: [{ from: 0, migrate: (snapshot) => void Object.assign(snapshot.entities, { migrations: [], migrationSettings: [] }) }],
});
