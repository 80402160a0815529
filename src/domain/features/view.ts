// A server's roles and features as Server Manager shows them: the catalogue with each entry's
// state on that server. Shared by the engine's query and the console (which reads the mirror).
import { catalogueEntry, FEATURE_CATALOGUE } from './catalogue';
import type { FeatureState, HostFeaturesView, ServerFeatures } from './index';

export function featureStateOf(server: ServerFeatures, id: string): FeatureState {
  const is = (list: readonly string[]) => list.includes(id);
  if (is(server.pendingInstall)) return 'install-pending';
  if (is(server.pendingRemove)) return 'remove-pending';
  return is(server.installed) ? 'installed' : 'available';
}

export function featuresView(server: ServerFeatures): HostFeaturesView {
  return {
    host: server.host,
    hyperVSuitable: server.hyperVSuitable,
    restartPending: server.pendingInstall.length + server.pendingRemove.length > 0,
    features: FEATURE_CATALOGUE.map((entry) => ({ id: entry.id, name: entry.name, kind: entry.kind, state: featureStateOf(server, entry.id), restartRequired: entry.restartRequired, description: entry.description })),
  };
}

/** Display names of what a server has (installed or waiting for its restart), in catalogue order. */
export function installedFeatureNames(server: ServerFeatures | undefined): string[] {
  if (!server) return [];
  return FEATURE_CATALOGUE.filter((entry) => featureStateOf(server, entry.id) !== 'available').map((entry) => {
    const state = featureStateOf(server, entry.id);
    const name = catalogueEntry(entry.id)!.name;
    return state === 'installed' ? name : `${name} (${state === 'install-pending' ? 'restart pending' : 'removal pending restart'})`;
  });
}
