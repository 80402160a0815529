// The iscsi domain: the Microsoft iSCSI Initiator of each Windows server: its service, name,
// discovery portals (SendTargets to StarWind servers over the lab's network), favorite targets
// and sessions (one per path), which break and reconnect with their paths (sessions.ts).
import { iscsiDescriptor, type IscsiInitiator } from '../../../domain/iscsi';
import { defineEngineDomain } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { decideAddPortal, decideConnect, decideDisconnect, decideQuickConnect, decideRemovePortal, decideSetInitiatorName, decideStartService } from './decide';
import { iscsiMigrations } from './migrations';
import { sealChapCommand } from './seal';
import { onIscsiHostChanged, onReconnectTimer, RECONNECT_TIMER_KIND } from './sessions';
import { checkIscsiSnapshot } from './snapshot-check';
import { findInitiator, loadIscsiState, startIscsi, type IscsiState } from './state';
import { initiatorView, portalViews, targetViews } from './views';

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
  },
  seals: { iscsiAddPortal: sealChapCommand, iscsiConnect: sealChapCommand },
  queries: {
    iscsiInitiator: read((_state, { host, initiator }) => initiatorView(host, initiator)),
    iscsiPortals: read((state, { host, initiator }) => ({ host: host.name, portals: portalViews(state, initiator) })),
    iscsiTargets: read((state, { host, initiator }) => ({ host: host.name, targets: targetViews(state, initiator) })),
    iscsiSessions: read((_state, { host, initiator }) => ({ host: host.name, sessions: initiator.sessions.map((session) => ({ ...session })) })),
  },
  timers: { [RECONNECT_TIMER_KIND]: onReconnectTimer },
  check: checkIscsiSnapshot,
  migrations: iscsiMigrations,
  start: startIscsi,
  onHostChanged: onIscsiHostChanged,
});
