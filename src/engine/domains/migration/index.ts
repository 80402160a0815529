// The migration domain: live migration (pre-copy in passes over the live-migration network) and
// quick migration (save, move the disk, restore) of highly available virtual machines, queued as
// the OS version allows; each cluster's live-migration settings. Facts: src/domain/migration.
import { migrationDescriptor, type Migration, type MigrationSettingsEntity } from '../../../domain/migration';
import { defineEngineDomain } from '../../decision';
import { MIGRATION_QUERIES } from './queries';
import { decideSetSettings } from './settings';
import { loadMigrations, type MigrationSlice } from './state';

export const migrationDomain = defineEngineDomain<MigrationSlice>({
  descriptor: migrationDescriptor,
  load: (entities) => loadMigrations(entities.migrations as Migration[] | undefined, entities.migrationSettings as MigrationSettingsEntity[] | undefined),
  collection: (slice, name) => (name === 'migrations' ? slice.byId : slice.settings),
  commands: { migrationSetSettings: (state, command) => decideSetSettings(state, command, () => undefined) },
  queries: MIGRATION_QUERIES,
  timers: {},
  migrations: [{ from: 0, migrate: (snapshot) => void Object.assign(snapshot.entities, { migrations: [], migrationSettings: [] }) }],
});
