// The iscsi slice: one IscsiInitiator entity per Windows server, keyed by the host's id.
import { defaultInitiatorName, ISCSI_COLLECTION, type IscsiInitiator } from '../../../domain/iscsi';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { findHost } from '../network/hosts';

export interface IscsiState {
  initiators: Map<string, IscsiInitiator>;
}

declare module '../../state' {
  interface LabState {
    iscsi: IscsiState;
  }
}

export function loadIscsiState(entities: { iscsiInitiators?: IscsiInitiator[] }): IscsiState {
  return { initiators: new Map((entities.iscsiInitiators ?? []).map((initiator) => [initiator.id, initiator])) };
}

/** A server's initiator as Windows installs it: service stopped until first opened, the default name, nothing configured. */
export function startingInitiator(host: Pick<Host, 'id' | 'name' | 'domain'>): IscsiInitiator {
  return { id: host.id, host: host.name, serviceStarted: false, initiatorName: defaultInitiatorName(host.name, host.domain), portals: [], favorites: [], sessions: [], radiusServers: [], chapSecret: null, boundVolumes: [] };
}

export function startIscsi(ctx: LabContext): void {
  for (const host of ctx.state.network.hosts.values()) ctx.state.iscsi.initiators.set(host.id, startingInitiator(host));
}

/**
 * Domains that follow a server's sessions (the disks domain: a disk per LUN or per path) and
 * must update their entities in the same step as the session changed: told on every change.
 */
export type SessionWatcher = (ctx: LabContext, hostId: string) => void;
const sessionWatchers: SessionWatcher[] = [];
export function watchSessions(watcher: SessionWatcher): void {
  if (!sessionWatchers.includes(watcher)) sessionWatchers.push(watcher);
}

export function touchInitiator(ctx: LabContext, initiator: IscsiInitiator): void {
  ctx.kernel.markDirty(ISCSI_COLLECTION, initiator.id);
  for (const watcher of sessionWatchers) watcher(ctx, initiator.id);
}

export function findInitiator(state: LabState, name: string): { host: Host; initiator: IscsiInitiator } | undefined {
  const host = findHost(state, name);
  const initiator = host && state.iscsi.initiators.get(host.id);
  return host && initiator ? { host, initiator } : undefined;
}

export function serviceRunning(host: Host, initiator: IscsiInitiator): boolean {
  return initiator.serviceStarted && host.powerState === 'on';
}
