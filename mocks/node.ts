// The lab's REST server under Node (API contract tests, benchmarks): msw/node over the in-process
// host. Routes answer on http://localhost/api/v1/...; wall time is manual, so virtual time moves
// only through the clock routes.
import { setupServer } from 'msw/node';
import { DEFAULT_LAB_PARAMS } from '../src/host/lab-host';
import { createInProcessHost } from '../src/host/in-process';
import type { LabInfo, LabParamsInput } from '../src/api/types';
import { createHandlers } from './handlers';

export const labHost = createInProcessHost();

export const server = setupServer(...createHandlers(labHost));

/** A fresh lab (seed 1, seed-lab unless told), command log empty; for beforeEach in tests. */
export function resetLab(params: LabParamsInput = DEFAULT_LAB_PARAMS): Promise<LabInfo> {
  return labHost.newLab(params);
}
