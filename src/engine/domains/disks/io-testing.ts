// Helpers for I/O generator tests and the bench: the seed lab with HA1 on both storage servers,
// Demo hosts with Multipath I/O, both targets connected with multi-path, the claim in effect and
// Disk 1 Online; and short readers of a run's answer.
import type { DiskView, IoResult } from '../../../domain/disks';
import type { Command, Job, Lab } from '../../types';
import { consoleLab, createHa, ok as dispatchOk, T1, T2 } from '../../testing/starwind-helpers';

export { T1, T2 };

export function ok(lab: Lab, command: unknown): void {
  dispatchOk(lab, command as Command);
}

function restart(lab: Lab, host: string): void {
  ok(lab, { type: 'setPower', host, action: 'restart' });
  for (let step = 0; step < 2; step++) {
    const answer = lab.query({ type: 'host', name: host });
    if (!answer.ok) throw new Error(answer.error.message);
    const due = answer.value.powerTransition?.dueMs;
    if (due !== undefined) lab.advance(due - lab.nowMs());
  }
}

/** Connects `host` to both HA1 targets with multi-path, claims iSCSI devices, restarts, brings Disk 1 Online. */
export function attachHost(lab: Lab, host: string, portals = ['172.30.100.21', '172.30.100.22'], targets = [T1, T2]): void {
  ok(lab, { type: 'featuresInstall', host, features: ['Multipath-IO'] });
  restart(lab, host);
  ok(lab, { type: 'iscsiStartService', host });
  for (const address of portals) ok(lab, { type: 'iscsiAddPortal', host, address });
  for (const iqn of targets) ok(lab, { type: 'iscsiConnect', host, iqn, multipath: true });
  ok(lab, { type: 'mpioSetClaim', host, iscsiClaimed: true });
  restart(lab, host);
  ok(lab, { type: 'diskSet', host, number: 1, online: true });
}

/** The seed lab with HA1 and Demo1 on two paths, Disk 1 Online (Round Robin). */
export function ioLab(seed = 7): Lab {
  const lab = consoleLab({ seed });
  createHa(lab);
  attachHost(lab, 'Demo1');
  return lab;
}

export function diskOf(lab: Lab, host = 'Demo1', number = 1): DiskView {
  const answer = lab.query({ type: 'hostDisks', host });
  if (!answer.ok) throw new Error(answer.error.message);
  const disk = answer.value.disks.find((candidate) => candidate.number === number);
  if (!disk) throw new Error(`${host} has no Disk ${number}`);
  return disk;
}

export const pathsOf = (lab: Lab, host = 'Demo1') => diskOf(lab, host).paths.map((path) => `${path.initiatorAddress}->${path.portal}`);

/** The disk's last run: the instant result, or the job (running or ended). */
export function lastRun(lab: Lab, host = 'Demo1', number = 1): { result: IoResult | null; job: Job | null } {
  const answer = lab.query({ type: 'diskIoLast', host, number });
  if (!answer.ok) throw new Error(answer.error.message);
  const { jobId, result } = answer.value;
  if (jobId === null) return { result, job: null };
  const jobs = lab.query({ type: 'jobs' });
  if (!jobs.ok) throw new Error(jobs.error.message);
  const job = jobs.value.jobs.find((candidate) => candidate.id === jobId) ?? null;
  const done = job && job.state !== 'running' ? (JSON.parse(job.result?.details.result ?? 'null') as IoResult | null) : null;
  return { result: done, job };
}

export function io(lab: Lab, fields: Record<string, unknown>, host = 'Demo1', number = 1): void {
  ok(lab, { type: 'diskIo', host, number, pattern: 'sequential', blockBytes: 4096, ...fields });
}
