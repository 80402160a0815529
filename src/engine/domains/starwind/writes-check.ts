// Snapshot check of the writes waiting for a partner: each names an HA pair of the lab and one of
// its sides, a block range, and the running job that follows it.
import { isRecord, isWholeIn, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';

export function checkPendingWrites({ snapshot, nowMs, problems }: DomainCheckInput): void {
  const internal = snapshot.domains.starwind;
  if (!isRecord(internal) || !Array.isArray(internal.pendingWrites)) return;
  const entities: Record<string, unknown> = snapshot.entities;
  const haIds = new Set((Array.isArray(entities.haDevices) ? entities.haDevices : []).flatMap((ha: unknown) => (isRecord(ha) && typeof ha.id === 'string' ? [ha.id] : [])));
  const runningJobs = new Set((Array.isArray(entities.jobs) ? entities.jobs : []).flatMap((job: unknown) => (isRecord(job) && job.state === 'running' ? [job.id] : [])));
  const jobsSeen = new Set<unknown>();
  internal.pendingWrites.forEach((batch: unknown, index) => {
    const at = `domains.starwind.pendingWrites[${index}]`;
    if (!isRecord(batch)) return problems.add(at, `${at}: must be a pending write batch.`);
    if (!haIds.has(batch.ha as string)) problems.add(`${at}.ha`, `${at}: HA device ${show(batch.ha)} is not in the lab.`);
    if (batch.side !== 0 && batch.side !== 1) problems.add(`${at}.side`, `${at}: the side is 0 or 1, not ${show(batch.side)}.`);
    if (!runningJobs.has(batch.jobId) || jobsSeen.has(batch.jobId)) problems.add(`${at}.jobId`, `${at}: job ${show(batch.jobId)} is not a running job of its own.`);
    jobsSeen.add(batch.jobId);
    if (!isWholeIn(batch.fromBlock, 0, Number.MAX_SAFE_INTEGER) || !isWholeIn(batch.toBlock, 1, Number.MAX_SAFE_INTEGER) || (batch.toBlock as number) <= (batch.fromBlock as number)) {
      problems.add(`${at}.toBlock`, `${at}: the blocks are a non-empty range [fromBlock, toBlock).`);
    }
    if (!isWholeIn(batch.issuedMs, 0, nowMs)) problems.add(`${at}.issuedMs`, `${at}: issued at ${show(batch.issuedMs)}, not a time up to now.`);
    return undefined;
  });
}
