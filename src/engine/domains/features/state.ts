// The features slice: one ServerFeatures entity per server, keyed by the host's id, and the
// read that turns it into what Server Manager shows.
import {
  catalogueOrder,
  FEATURES_COLLECTION,
  hyperVSuitableRole,
  STARTING_FEATURES,
  type ServerFeatures,
} from '../../../domain/features';
import type { LabContext } from '../../context';
import type { Host } from '../../types';

export interface FeaturesState {
  servers: Map<string, ServerFeatures>;
}

declare module '../../state' {
  interface LabState {
    features: FeaturesState;
  }
}

export function loadFeaturesState(entities: { serverFeatures?: ServerFeatures[] }): FeaturesState {
  return { servers: new Map((entities.serverFeatures ?? []).map((server) => [server.id, server])) };
}

/** A server as the scenario starts it (or as a lab saved before this domain gets it). */
export function startingFeatures(host: Pick<Host, 'id' | 'name' | 'role'>): ServerFeatures {
  return {
    id: host.id,
    host: host.name,
    hyperVSuitable: hyperVSuitableRole(host.role),
    installed: catalogueOrder(STARTING_FEATURES[host.role] ?? []) as ServerFeatures['installed'],
    pendingInstall: [],
    pendingRemove: [],
  };
}

export function startFeatures(ctx: LabContext): void {
  for (const host of ctx.state.network.hosts.values()) ctx.state.features.servers.set(host.id, startingFeatures(host));
}

export function touchServer(ctx: LabContext, server: ServerFeatures): void {
  ctx.kernel.markDirty(FEATURES_COLLECTION, server.id);
}

export { featureStateOf as stateOf, featuresView } from '../../../domain/features';
