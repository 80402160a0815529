// What the iSCSI Initiator Properties dialog and the GET routes show of one server's initiator.
// The Targets tab lists the targets of every discovered portal's server (as the StarWind state has
// them now) and those with a session or a favorite; a target's status follows its sessions.
import { defaultInitiatorName, type IscsiInitiator, type IscsiInitiatorView, type IscsiPortalView, type IscsiRadiusServerView, type IscsiTargetView } from '../../../domain/iscsi';
import type { LabState } from '../../state';
import type { Host, StarWindTarget } from '../../types';
import { targetByIqn, targetsOfServer } from './paths';
import { serviceRunning } from './state';

export function initiatorView(host: Host, initiator: IscsiInitiator): IscsiInitiatorView {
  return {
    host: host.name,
    serviceStarted: initiator.serviceStarted,
    serviceRunning: serviceRunning(host, initiator),
    initiatorName: initiator.initiatorName,
    defaultInitiatorName: defaultInitiatorName(host.name, host.domain),
    chapSecretSet: initiator.chapSecret !== null,
  };
}

export function radiusServerViews(initiator: IscsiInitiator): IscsiRadiusServerView[] {
  return initiator.radiusServers.map((server) => ({ address: server.address, port: server.port }));
}

export function portalViews(state: LabState, initiator: IscsiInitiator): IscsiPortalView[] {
  return initiator.portals.map((portal) => ({
    address: portal.address,
    port: portal.port,
    initiatorAddress: portal.initiatorAddress,
    chap: portal.chap ? { name: portal.chap.name, mutual: portal.chap.mutualSecret !== null } : null,
    server: state.network.hosts.get(portal.server)?.name ?? portal.server,
  }));
}

/** Whether the lab asks CHAP of this target: it was discovered through a portal set up with CHAP. */
export function chapRequired(initiator: IscsiInitiator, target: StarWindTarget): boolean {
  return initiator.portals.some((portal) => portal.server === target.host && portal.chap !== null);
}

export function discoveredTargets(state: LabState, initiator: IscsiInitiator): StarWindTarget[] {
  const found = new Map<string, StarWindTarget>();
  for (const portal of initiator.portals) for (const target of targetsOfServer(state, portal.server)) found.set(target.iqn, target);
  for (const iqn of [...initiator.sessions.map((session) => session.iqn), ...initiator.favorites.map((favorite) => favorite.iqn)]) {
    const target = targetByIqn(state, iqn);
    if (target) found.set(iqn, target);
  }
  return [...found.values()].sort((a, b) => (a.iqn < b.iqn ? -1 : a.iqn > b.iqn ? 1 : 0));
}

export function targetViews(state: LabState, initiator: IscsiInitiator): IscsiTargetView[] {
  return discoveredTargets(state, initiator).map((target) => {
    const sessions = initiator.sessions.filter((session) => session.iqn === target.iqn);
    const status = sessions.some((session) => session.state === 'connected') ? 'connected' : sessions.length > 0 ? 'reconnecting' : 'inactive';
    return {
      iqn: target.iqn,
      alias: target.alias,
      server: state.network.hosts.get(target.host)?.name ?? target.host,
      portals: [...target.portals],
      status,
      chapRequired: chapRequired(initiator, target),
      favorite: initiator.favorites.some((favorite) => favorite.iqn === target.iqn),
      sessions: sessions.length,
    };
  });
}

/**
 * The initiators logged on to a StarWind target now (connected sessions), by initiator name with
 * their session count: what the StarWind console's target view lists.
 */
export function connectedInitiators(state: Pick<LabState, 'iscsi'>, targetId: string): { initiator: string; sessions: number }[] {
  const answer: { initiator: string; sessions: number }[] = [];
  for (const initiator of state.iscsi.initiators.values()) {
    const sessions = initiator.sessions.filter((session) => session.target === targetId && session.state === 'connected').length;
    if (sessions > 0) answer.push({ initiator: initiator.initiatorName, sessions });
  }
  return answer.sort((a, b) => (a.initiator < b.initiator ? -1 : a.initiator > b.initiator ? 1 : 0));
}
