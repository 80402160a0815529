// The StarWind domain: services, the Management Console's servers, targets and devices,
// HA replication with real block state, synchronisation and partner watching.
import { starwindDescriptor } from '../../../domain/starwind';
import { defineEngineDomain } from '../../decision';
import type { StarWindEngineSnapshot } from '../../types';
import { starwindMigrations } from './migrations';
import { checkStarWind } from './snapshot-check';
import { loadStarWindState, starwindInternalSnapshot, type StarWindEntities, type StarWindState } from './state';
import { answerStarWind, STARWIND_QUERY_TYPES } from './views';
import { decideAddServer, decideChangeCredentials, decideConnect, decideDisconnect, decideRemoveServer } from './console-servers';
import { createDeviceWarnings, decideCreateDevice } from './create-device';
import { decideDeviceAction, decideRemoveDevice } from './device-actions';
import { onHostChanged, onPartnerLostTimer, PARTNER_LOST_TIMER_KIND, startServices } from './partner-watch';
import { onSyncTimer, SYNC_TIMER_KIND } from './replication';
import { decideWriteBlocks } from './writes';

export { SYNC_TIMER_KIND } from './replication';

const COLLECTIONS = {
  starwindServices: (sw: StarWindState) => sw.services,
  starwindConsoleServers: (sw: StarWindState) => sw.consoleServers,
  starwindTargets: (sw: StarWindState) => sw.targets,
  starwindDevices: (sw: StarWindState) => sw.devices,
  haDevices: (sw: StarWindState) => sw.haDevices,
} as const satisfies Record<string, (sw: StarWindState) => Map<string, { id: string }>>;

export const starwindDomain = defineEngineDomain<StarWindState>({
  descriptor: starwindDescriptor,
  load: (entities, internal) => loadStarWindState(entities as Partial<StarWindEntities>, internal as StarWindEngineSnapshot | undefined),
  internal: starwindInternalSnapshot,
  collection: (sw, name) => COLLECTIONS[name as keyof typeof COLLECTIONS](sw),
  queries: Object.fromEntries(STARWIND_QUERY_TYPES.map((type) => [type, answerStarWind])),
  check: checkStarWind,
  migrations: starwindMigrations,
  commands: {
    starwindAddServer: decideAddServer,
    starwindRemoveServer: decideRemoveServer,
    starwindConnect: decideConnect,
    starwindDisconnect: decideDisconnect,
    starwindChangeCredentials: decideChangeCredentials,
    starwindCreateDevice: decideCreateDevice,
    starwindDeviceAction: decideDeviceAction,
    starwindRemoveDevice: decideRemoveDevice,
    starwindWriteBlocks: decideWriteBlocks,
  },
  timers: { [SYNC_TIMER_KIND]: onSyncTimer, [PARTNER_LOST_TIMER_KIND]: onPartnerLostTimer },
  start: startServices,
  onHostChanged,
  warnings: createDeviceWarnings,
});
