// Virtual Machine Manager's Select Host: the other nodes of a role's cluster, rated for Live and
// Quick migration with the reasons (the engine's rule: src/engine/domains/migration/ratings.ts).
import type { LabHostApi } from '../../src/host/types';
import { answerQuery } from './answer';
import { on, param } from './route';

export function hostRatingHandlers(lab: LabHostApi) {
  return [on('getHostRatings', async ({ params }) => answerQuery('getHostRatings', await lab.query({ type: 'migrationHostRatings', cluster: param(params, 'name'), role: param(params, 'role') })))];
}
