// The features domain's descriptor: each Windows server's installed roles and features (Server
// Manager), one entity per server, and the install / remove commands. Catalogue: catalogue.ts;
// events: events.ts.
import { z } from 'zod';
import { defineDomain, type Fits, type Same } from '../descriptor';
import { list, text } from '../limits';
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

const featureList = list(text);
export const serverFeaturesSchema = z.looseObject({ id: text, host: text, hyperVSuitable: z.boolean(), installed: featureList, pendingInstall: featureList, pendingRemove: featureList });
const installSchema = z.strictObject({ type: z.literal('featuresInstall'), host: z.string(), features: z.array(z.string()) });
const removeSchema = z.strictObject({ type: z.literal('featuresRemove'), host: z.string(), features: z.array(z.string()) });

export const featuresDescriptor = defineDomain<{
  entities: { serverFeatures: ServerFeatures };
  command: FeaturesCommand;
  query: FeaturesQuery;
  answers: FeaturesQueryAnswers;
}>()({
  name: 'features',
  collections: [FEATURES_COLLECTION],
  schemaVersion: 1,
  entitySchemas: { serverFeatures: serverFeaturesSchema },
  commandSchemas: [installSchema, removeSchema],
});

// The schemas and the types describe the same commands and entity (ids are checked by the engine).
const commandsAgree: Same<z.output<typeof installSchema> | z.output<typeof removeSchema>, FeaturesCommand> = true;
type Lists = 'installed' | 'pendingInstall' | 'pendingRemove';
const entityFits: Fits<z.output<typeof serverFeaturesSchema>, Omit<ServerFeatures, Lists> & Record<Lists, string[]>> = true;
void commandsAgree;
void entityFits;
