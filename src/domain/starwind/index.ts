// The StarWind domain's descriptor: services, the Management Console's servers, targets, devices
// and HA pairs; its commands, queries and internal snapshot part (passwords, image files, blocks).
import type { z } from 'zod';
import { defineDomain, type Fits, type Same } from '../descriptor';
import {
  haDeviceSchema,
  starwindCommandSchemas,
  starwindConsoleServerSchema,
  starwindDeviceSchema,
  starwindEngineSchema,
  starwindServiceSchema,
  starwindTargetSchema,
} from './schemas';
import type {
  HaDevice,
  StarWindCollections,
  StarWindCommand,
  StarWindConsoleServer,
  StarWindDevice,
  StarWindEngineSnapshot,
  StarWindQuery,
  StarWindQueryAnswers,
  StarWindService,
  StarWindTarget,
} from './types';

export * from './constants';
export * from './latency';
export * from './replica';
export type * from './types';

export const starwindDescriptor = defineDomain<{
  entities: StarWindCollections;
  command: StarWindCommand;
  query: StarWindQuery;
  answers: StarWindQueryAnswers;
}>()({
  name: 'starwind',
  collections: ['starwindServices', 'starwindConsoleServers', 'starwindTargets', 'starwindDevices', 'haDevices'],
  // 1: the first StarWind labs. 2: a running sync is followed by a job (`sync.jobId`).
  // 3: writes waiting for a silent partner are kept in the internal part (`pendingWrites`).
  // 4: params.options.starwindVersion (8 for labs saved before it); HA devices carry
  //    splitBrainWinner and splitBrainWarning.
  // 5: block state as extent text in chunks (ExtentText), not flat [start, end, value] triples.
  // 6: the internal part's service passwords are sealed (salted SHA-256, src/domain/secrets.ts).
  schemaVersion: 6,
  entitySchemas: {
    starwindServices: starwindServiceSchema,
    starwindConsoleServers: starwindConsoleServerSchema,
    starwindTargets: starwindTargetSchema,
    starwindDevices: starwindDeviceSchema,
    haDevices: haDeviceSchema,
  },
  commandSchemas: starwindCommandSchemas,
  internalSchema: starwindEngineSchema,
});

// The schemas and the types describe the same commands and entities, or this fails to compile.
const commandsAgree: Same<z.output<(typeof starwindCommandSchemas)[number]>, StarWindCommand> = true;
const entitiesFit: [Fits<z.output<typeof haDeviceSchema>, HaDevice>, Fits<z.output<typeof starwindServiceSchema>, StarWindService>, Fits<z.output<typeof starwindConsoleServerSchema>, StarWindConsoleServer>, Fits<z.output<typeof starwindTargetSchema>, StarWindTarget>, Fits<z.output<typeof starwindDeviceSchema>, StarWindDevice>, Fits<z.output<typeof starwindEngineSchema>, StarWindEngineSnapshot>] = [true, true, true, true, true, true];
void commandsAgree;
void entitiesFit;
