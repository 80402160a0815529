// The StarWind domain: services, the Management Console's servers, targets and devices,
// HA replication with real block state, synchronisation and partner watching.
import { starwindDescriptor } from '../../../domain/starwind';
import { accept, defineEngineDomain, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, StarWindEngineSnapshot } from '../../types';
import { starwindMigrations } from './migrations';
import { checkStarWind } from './snapshot-check';
import { loadStarWindState, starwindInternalSnapshot, type StarWindEntities, type StarWindState } from './state';
import { starwindInternalDigest } from './state-digest';
import { answerStarWind, STARWIND_QUERY_TYPES } from './views';
import { decideAddServer, decideChangeCredentials, decideConnect, decideDisconnect, decideRemoveServer } from './console-servers';
import { addReplicaWarnings, decideAddReplica } from './add-replica';
import { createDeviceWarnings, decideCreateDevice } from './create-device';
import { decideDeviceAction, decideRemoveDevice } from './device-actions';
import { onHostChanged, onPartnerLostTimer, PARTNER_LOST_TIMER_KIND, startServices } from './partner-watch';
import { onSyncTimer, SYNC_TIMER_KIND } from './replication';
import { decideWriteBlocks } from './writes';
import { sealAddReplica, sealChangeCredentials, sealConnect, sealCreateDevice } from './seal-commands';
import { checkPendingWrites } from './writes-check';
import { settlePendingWrites } from './writes-wait';
import { replicasChanged } from './common';

export { SYNC_TIMER_KIND } from './replication';

const COLLECTIONS = {
  starwindServices: (sw: StarWindState) => sw.services,
  starwindConsoleServers: (sw: StarWindState) => sw.consoleServers,
  starwindTargets: (sw: StarWindState) => sw.targets,
  starwindDevices: (sw: StarWindState) => sw.devices,
  haDevices: (sw: StarWindState) => sw.haDevices,
} as const satisfies Record<string, (sw: StarWindState) => Map<string, { id: string }>>;

/**
 * Writes waiting for a silent partner are settled after every event that can end their wait (a
 * host's power or link, the partner-lost timer, a device action or removal): see writes-wait.ts.
 * Then the domains that follow which replicas take writes are told (replicasChanged).
 */
function thenSettleWrites<C extends Command>(decide: (state: LabState, command: C) => Decision): (state: LabState, command: C) => Decision {
  return (state, command) => {
    const decision = decide(state, command);
    const apply = decision.ok ? decision.apply : null;
    if (!apply) return decision;
    return accept((ctx) => {
      apply(ctx);
      settlePendingWrites(ctx);
      replicasChanged(ctx);
    });
  };
}

export const starwindDomain = defineEngineDomain<StarWindState>({
  descriptor: starwindDescriptor,
  load: (entities, internal) => loadStarWindState(entities as Partial<StarWindEntities>, internal as StarWindEngineSnapshot | undefined),
  internal: starwindInternalSnapshot,
  internalDigest: starwindInternalDigest,
  collection: (sw, name) => COLLECTIONS[name as keyof typeof COLLECTIONS](sw),
  queries: Object.fromEntries(STARWIND_QUERY_TYPES.map((type) => [type, answerStarWind])),
  check: (input) => {
    checkStarWind(input);
    checkPendingWrites(input);
  },
  migrations: starwindMigrations,
  commands: {
    starwindAddServer: decideAddServer,
    starwindRemoveServer: decideRemoveServer,
    starwindConnect: decideConnect,
    starwindDisconnect: decideDisconnect,
    starwindChangeCredentials: decideChangeCredentials,
    starwindCreateDevice: decideCreateDevice,
    starwindAddReplica: decideAddReplica,
    starwindDeviceAction: thenSettleWrites(decideDeviceAction),
    starwindRemoveDevice: thenSettleWrites(decideRemoveDevice),
    starwindWriteBlocks: decideWriteBlocks,
  },
  seals: {
    starwindConnect: sealConnect,
    starwindChangeCredentials: sealChangeCredentials,
    starwindCreateDevice: sealCreateDevice,
    starwindAddReplica: sealAddReplica,
  },
  timers: {
    [SYNC_TIMER_KIND]: (ctx, timer) => {
      onSyncTimer(ctx, timer);
      replicasChanged(ctx);
    },
    [PARTNER_LOST_TIMER_KIND]: (ctx, timer) => {
      onPartnerLostTimer(ctx, timer);
      settlePendingWrites(ctx);
      replicasChanged(ctx);
    },
  },
  start: startServices,
  onHostChanged: (ctx, change) => {
    onHostChanged(ctx, change);
    settlePendingWrites(ctx);
  },
  warnings: (state, command) => ({ ...createDeviceWarnings(state, command), ...addReplicaWarnings(state, command) }),
});
