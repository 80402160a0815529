// Jobs: what a 202 answer's `jobId` names. Progress is computed from the job's mark and rate at the
// lab's `nowMs` (jobPercent in src/domain/jobs.ts), so a script reads it without polling a counter.
import type { LabHostApi } from '../../src/host/types';
import { answerQuery } from './answer';
import { on, param } from './route';

export function jobHandlers(host: LabHostApi) {
  return [
    on('listJobs', async () => answerQuery('listJobs', await host.query({ type: 'jobs' }))),
    on('getJob', async ({ params }) => answerQuery('getJob', await host.query({ type: 'job', id: param(params, 'id') }))),
  ];
}
