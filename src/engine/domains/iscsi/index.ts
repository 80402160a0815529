// The iscsi domain: the Microsoft iSCSI Initiator of each Windows server: its service, name,
// discovery portals (SendTargets to StarWind servers over the lab's network), favorite targets
// and sessions (one per path), which break and reconnect with their paths (sessions.ts); its
// RADIUS servers, CHAP secret and bound volumes and devices (decide-settings.ts, devices.ts).
import { iscsiDescriptor, type IscsiInitiator } from '../../../domain/iscsi';
import { defineEngineDomain } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { decideAddPortal, decideConnect, decideDisconnect, decideQuickConnect, decideRemovePortal, decideSetInitiatorName, decideStartService } from './decide';
import { iscsiMigrations } from './migrations';
import { decideAddRadiusServer, decideAutoConfigure, decideBindVolume, decideClearBoundVolumes, decideRemoveRadiusServer, decideSetChapSecret, decideUnbindVolume } from './decide-settings';
import { deviceViews } from './devices';
import { sealChapCommand, sealSettingSecret } from './seal';
import { onIscsiHostChanged, onReconnectTimer, RECONNECT_TIMER_KIND } from './sessions';
import { checkIscsiSnapshot } from './snapshot-check';
import { findInitiator, loadIscsiState, startIscsi, type IscsiState } from './state';
import { initiatorView, portalViews, radiusServerViews, targetViews } from './views';

export { connectedInitiators } from './views';

function read(answer: (state: LabState, found: NonNullable<ReturnType<typeof findInitiator>>) => unknown) {
  return (state: LabState, _nowMs: number, query: Query): QueryResult => {
    const name = (query as { host: string }).host;
    const found = findInitiator(state, name);
    return found ? ({ ok: true, value: answer(state, found) } as QueryResult) : { ok: false, error: hostNotFoundError(name) };
  };
}

export const iscsiDomain = defineEngineDomain<IscsiState>({
  descriptor: iscsiDescriptor,
  load: (entities) => loadIscsiState(entities as { iscsiInitiators?: IscsiInitiator[] }),
  collection: (slice) => slice.initiators,
  commands: {
    iscsiStartService: decideStartService,
    iscsiSetInitiatorName: decideSetInitiatorName,
    iscsiAddPortal: decideAddPortal,
    iscsiRemovePortal: decideRemovePortal,
    iscsiConnect: decideConnect,
    iscsiDisconnect: decideDisconnect,
    iscsiQuickConnect: decideQuickConnect,
    iscsiAddRadiusServer: decideAddRadiusServer,
    iscsiRemoveRadiusServer: decideRemoveRadiusServer,
    iscsiSetChapSecret: decideSetChapSecret,
    iscsiAutoConfigure: decideAutoConfigure,
    iscsiBindVolume: decideBindVolume,
    iscsiUnbindVolume: decideUnbindVolume,
    iscsiClearBoundVolumes: decideClearBoundVolumes,
  },
  seals: { iscsiAddPortal: sealChapCommand, iscsiConnect: sealChapCommand, iscsiAddRadiusServer: sealSettingSecret, iscsiSetChapSecret: sealSettingSecret },
  queries: {
    iscsiInitiator: read((_state, { host, initiator }) => initiatorView(host, initiator)),
    iscsiPortals: read((state, { host, initiator }) => ({ host: host.name, portals: portalViews(state, initiator) })),
    iscsiTargets: read((state, { host, initiator }) => ({ host: host.name, targets: targetViews(state, initiator) })),
    iscsiSessions: read((_state, { host, initiator }) => ({ host: host.name, sessions: initiator.sessions.map((session) => ({ ...session })) })),
    iscsiRadiusServers: read((_state, { host, initiator }) => ({ host: host.name, servers: radiusServerViews(initiator) })),
    iscsiDevices: read((state, { host, initiator }) => ({ host: host.name, devices: deviceViews(state, initiator) })),
    iscsiBoundVolumes: read((_state, { host, initiator }) => ({ host: host.name, volumes: [...initiator.boundVolumes] })),
  },
  timers: { [RECONNECT_TIMER_KIND]: onReconnectTimer },
  check: checkIscsiSnapshot,
  migrations: iscsiMigrations,
  start: startIscsi,
  onHostChanged: onIscsiHostChanged,
});
