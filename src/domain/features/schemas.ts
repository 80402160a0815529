// The features domain's zod schemas: its entity as a lab file holds it and its commands, for the
// command log. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { list, text } from '../limits';
import type { FeaturesCommand, ServerFeatures } from './index';

const featureList = list(text);
export const serverFeaturesSchema = z.looseObject({ id: text, host: text, hyperVSuitable: z.boolean(), installed: featureList, pendingInstall: featureList, pendingRemove: featureList });
const installSchema = z.strictObject({ type: z.literal('featuresInstall'), host: z.string(), features: z.array(z.string()) });
const removeSchema = z.strictObject({ type: z.literal('featuresRemove'), host: z.string(), features: z.array(z.string()) });

/** What the descriptor loads on first use. */
export const featuresSchemas = { entitySchemas: { serverFeatures: serverFeaturesSchema }, commandSchemas: [installSchema, removeSchema] } satisfies DomainSchemas;

// The schemas and the types describe the same commands and entity (ids are checked by the engine).
const commandsAgree: Same<z.output<typeof installSchema> | z.output<typeof removeSchema>, FeaturesCommand> = true;
type Lists = 'installed' | 'pendingInstall' | 'pendingRemove';
const entityFits: Fits<z.output<typeof serverFeaturesSchema>, Omit<ServerFeatures, Lists> & Record<Lists, string[]>> = true;
void commandsAgree;
void entityFits;
