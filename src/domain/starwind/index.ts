// The StarWind domain's descriptor: services, the Management Console's servers, targets, devices
// and HA pairs; its commands, queries and internal snapshot part (passwords, image files, blocks).
import { defineDomain } from '../descriptor';
import type { StarWindCollections, StarWindCommand, StarWindQuery, StarWindQueryAnswers } from './types';

export * from './constants';
export * from './latency';
export * from './replica';
export * from './seed-document';
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
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).starwindSchemas,
});
