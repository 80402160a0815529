// The StarWind domain (issue 3): services, the Management Console's servers, targets and devices,
// HA replication with real block state, synchronisation and partner watching.
import type { DomainModule } from '../../decision';
import { decideAddServer, decideChangeCredentials, decideConnect, decideDisconnect, decideRemoveServer } from './console-servers';
import { createDeviceWarnings, decideCreateDevice } from './create-device';
import { decideDeviceAction, decideRemoveDevice } from './device-actions';
import { onHostChanged, onPartnerLostTimer, PARTNER_LOST_TIMER_KIND, startServices } from './partner-watch';
import { onSyncTimer, SYNC_TIMER_KIND } from './replication';
import { decideWriteBlocks } from './writes';

export { answerStarWind, isStarWindQuery } from './views';
export { loadStarWindState, starwindInternalSnapshot } from './state';
export { checkStarWind, checkStarWindTimer, checkSyncTimersPresent, STARWIND_TIMER_KINDS } from './snapshot-check';
export { SYNC_TIMER_KIND } from './replication';

export const starwindDomain: DomainModule = {
  name: 'starwind',
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
};
