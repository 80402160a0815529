// The features domain's descriptor: each Windows server's installed roles and features (Server
// Manager), one entity per server, and the install / remove commands. Catalogue: catalogue.ts;
// events: events.ts.
import { defineDomain } from '../descriptor';
import type { FeatureId, FeatureKind } from './catalogue';

export * from './catalogue';
export * from './events';
export * from './view';

export const FEATURES_COLLECTION = 'serverFeatures';

export interface ServerFeatures {
  /** The host's id. */
  id: string;
  /** The host's computer name. */
  host: string;
  /** The host record flag for Hyper-V (catalogue.ts `hyperVSuitableRole`). */
  hyperVSuitable: boolean;
  /** Installed and in effect, in catalogue order (a pending removal stays here until the boot). */
  installed: FeatureId[];
  /** Installed, waiting for the next boot to take effect. */
  pendingInstall: FeatureId[];
  /** Removed, still in effect until the next boot. */
  pendingRemove: FeatureId[];
}

export type FeatureState = 'available' | 'installed' | 'install-pending' | 'remove-pending';

/** One catalogue entry as a server has it (GET /hosts/{host}/features, the views). */
export interface FeatureView {
  id: FeatureId;
  name: string;
  kind: FeatureKind;
  state: FeatureState;
  restartRequired: boolean;
  description: string;
}

export interface HostFeaturesView {
  host: string;
  hyperVSuitable: boolean;
  /** Some install or removal waits for the next boot. */
  restartPending: boolean;
  features: FeatureView[];
}

export type FeaturesCommand = { type: 'featuresInstall'; host: string; features: string[] } | { type: 'featuresRemove'; host: string; features: string[] };
export type FeaturesQuery = { type: 'hostFeatures'; host: string };
export interface FeaturesQueryAnswers {
  hostFeatures: HostFeaturesView;
}

export const featuresDescriptor = defineDomain<{
  entities: { serverFeatures: ServerFeatures };
  command: FeaturesCommand;
  query: FeaturesQuery;
  answers: FeaturesQueryAnswers;
}>()({
  name: 'features',
  collections: [FEATURES_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).featuresSchemas,
});
