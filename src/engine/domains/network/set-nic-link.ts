// setNicLink {host, nic, linkUp}: plug or unplug a cable. Allowed in any power state (a cable can
// be pulled from a machine that is off); Tcpip logs it only while Windows runs.
import {
  EVENT_SOURCES,
  nicConnectedMessage,
  nicDisconnectedMessage,
  TCPIP_CONNECTED_ID,
  TCPIP_DISCONNECTED_ID,
} from '../../../domain/event-log';
import { logEvent, notifyHostChanged } from '../../context';
import { accept, reject, UNCHANGED, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabState } from '../../state';
import { findHost, findNic, touchHost } from './hosts';
import type { LabContext } from '../../context';
import type { Command, Host, Nic } from '../../types';

type SetNicLink = Extract<Command, { type: 'setNicLink' }>;

export function decideSetNicLink(state: LabState, command: SetNicLink): Decision {
  const host = findHost(state, command.host);
  if (!host) return hostNotFound(command.host);
  const nic = findNic(host, command.nic);
  if (!nic) {
    const message = `${host.name} has no network connection named "${command.nic}".`;
    return reject('nic.not_found', 'not_found', message, { nic: message });
  }
  if (typeof command.linkUp !== 'boolean') {
    const message = 'linkUp must be true or false.';
    return reject('nic.invalid_link', 'invalid', message, { linkUp: message });
  }
  if (nic.linkUp === command.linkUp) return UNCHANGED;
  return accept((ctx) => {
    nic.linkUp = command.linkUp;
    touchHost(ctx, host);
    if (host.powerState === 'on') logLinkChange(ctx, host, nic);
    notifyHostChanged(ctx, { hostId: host.id, cause: 'link', hard: false });
  });
}

function logLinkChange(ctx: LabContext, host: Host, nic: Nic): void {
  logEvent(ctx, {
    host: host.name,
    log: 'System',
    source: EVENT_SOURCES.tcpip,
    eventId: nic.linkUp ? TCPIP_CONNECTED_ID : TCPIP_DISCONNECTED_ID,
    level: nic.linkUp ? 'Information' : 'Warning',
    message: nic.linkUp ? nicConnectedMessage(nic.name) : nicDisconnectedMessage(nic.name),
  });
}
