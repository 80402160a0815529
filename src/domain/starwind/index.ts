// The StarWind domain's descriptor: services, the Management Console's servers, targets, devices
// and HA pairs; its commands, queries and internal snapshot part (passwords, image files, blocks).
import { defineDomain } from '../descriptor';
import {
  haDeviceSchema,
  starwindCommandSchemas,
  starwindConsoleServerSchema,
  starwindDeviceSchema,
  starwindEngineSchema,
  starwindServiceSchema,
  starwindTargetSchema,
} from './schemas';
import type { StarWindCollections, StarWindCommand, StarWindQuery, StarWindQueryAnswers } from './types';

export * from './constants';
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
  schemaVersion: 2,
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
