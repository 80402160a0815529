// Semantic checks of the disks part of a snapshot: one MPIO entry per host (same id and name);
// each disk on a host of the lab, its id its key ("<hostId>:<lun>[:<path>]"), numbers from 1 and
// unique per host, its mode (per path or per LUN) the host's claim in effect, volumes that fit
// an initialized Online disk with unique drive letters, added hardware IDs valid and once, and each PDORemovePeriod timer on a disk.
import { hardwareIdProblem, ISCSI_HARDWARE_ID, normalHardwareId } from '../../../domain/disks';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';
import { IO_TIMER_KIND } from './io-run';
import { PDO_REMOVE_TIMER_KIND } from './sync';

export function checkDisksSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const hosts = new Map<string, string>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.set(host.id, String(host.name));
  const claimed = new Map<string, boolean>();
  (snapshot.entities.mpioSettings ?? []).forEach((settings: unknown, index) => {
    const at = `entities.mpioSettings[${index}]`;
    if (!isRecord(settings) || typeof settings.id !== 'string') return problems.add(at, `${at}: an entry needs the id of its host.`);
    const where = `mpioSettings[${index}] (${settings.id})`;
    if (!hosts.has(settings.id)) return problems.add(at, `${where}: the lab has no host ${show(settings.id)}.`);
    if (claimed.has(settings.id)) problems.add(at, `${where}: the host has a second entry.`);
    claimed.set(settings.id, settings.iscsiClaimed === true);
    if (settings.host !== hosts.get(settings.id)) problems.add(at, `${where}: the host's name is ${show(hosts.get(settings.id))}, not ${show(settings.host)}.`);
    for (const key of ['deviceIds', 'pendingDeviceIds'] as const) {
      const ids = settings[key];
      if (!Array.isArray(ids)) continue;
      const seen = new Set<string>();
      ids.forEach((id: unknown, item) => {
        const problem = typeof id === 'string' ? (normalHardwareId(id) !== id ? 'ends with spaces' : hardwareIdProblem(id)) : 'is not text';
        const upper = String(id).toUpperCase();
        if (problem) problems.add(`${at}.${key}[${item}]`, `${where}: hardware ID ${show(id)}: ${problem}`);
        else if (upper === ISCSI_HARDWARE_ID.toUpperCase()) problems.add(`${at}.${key}[${item}]`, `${where}: ${ISCSI_HARDWARE_ID} is kept as iscsiClaimed, not as an added ID.`);
        else if (seen.has(upper)) problems.add(`${at}.${key}[${item}]`, `${where}: hardware ID ${show(id)} is listed twice.`);
        seen.add(upper);
      });
    }
  });
  for (const [id, name] of hosts) if (!claimed.has(id)) problems.add('entities.mpioSettings', `host ${name} has no MPIO entry.`);
  const numbers = new Set<string>();
  const letters = new Set<string>();
  const diskIds = new Set<string>();
  const runs = new Set<string>();
  (snapshot.entities.hostDisks ?? []).forEach((disk: unknown, index) => {
    const at = `entities.hostDisks[${index}]`;
    if (!isRecord(disk) || typeof disk.id !== 'string' || typeof disk.hostId !== 'string') return problems.add(at, `${at}: a disk needs an id and the id of its host.`);
    const where = `hostDisks[${index}] (${disk.id})`;
    diskIds.add(disk.id);
    const io = isRecord(disk.io) ? disk.io : undefined;
    if (io && Array.isArray(io.runs)) for (const run of io.runs) if (isRecord(run)) runs.add(`${disk.id}#${String(run.job)}`);
    if (!hosts.has(disk.hostId)) return problems.add(at, `${where}: the lab has no host ${show(disk.hostId)}.`);
    const key = disk.path === null ? `${disk.hostId}:${String(disk.lun)}` : `${disk.hostId}:${String(disk.lun)}:${String(disk.path)}`;
    if (disk.id !== key) problems.add(at, `${where}: the id of this disk is ${show(key)}.`);
    if (typeof disk.number !== 'number' || disk.number < 1) problems.add(`${at}.number`, `${where}: disk numbers from 1 (Disk 0 is the system disk).`);
    if (numbers.has(`${disk.hostId}#${String(disk.number)}`)) problems.add(`${at}.number`, `${where}: Disk ${String(disk.number)} is numbered twice on its host.`);
    numbers.add(`${disk.hostId}#${String(disk.number)}`);
    if ((disk.path === null) !== (claimed.get(disk.hostId) ?? false)) problems.add(at, `${where}: a ${disk.path === null ? 'per-LUN' : 'per-path'} disk on a host where MPIO ${claimed.get(disk.hostId) ? 'claims' : 'does not claim'} iSCSI devices.`);
    const volumes = Array.isArray(disk.volumes) ? disk.volumes : [];
    if (volumes.length > 0 && (disk.partitionStyle === null || disk.state !== 'Online')) problems.add(`${at}.volumes`, `${where}: volumes on a disk that is not initialized and Online.`);
    volumes.forEach((volume: unknown, item) => {
      const letter = isRecord(volume) ? volume.driveLetter : null;
      if (typeof letter !== 'string' || disk.present !== true) return;
      if (letter === 'C' || letters.has(`${disk.hostId}#${letter}`)) problems.add(`${at}.volumes[${item}].driveLetter`, `${where}: drive letter ${letter}: is used twice on its host.`);
      letters.add(`${disk.hostId}#${letter}`);
    });
  });
  const timed = new Set<string>();
  for (const { timer, path } of timers) {
    if (timer.kind === IO_TIMER_KIND) {
      const data = isRecord(timer.data) ? timer.data : {};
      const run = `${String(data.disk)}#${String(data.job)}`;
      if (!runs.has(run)) problems.add(path, `${path}: an I/O run timer for a run the lab does not have (${show(data.disk)}, ${show(data.job)}).`);
      timed.add(run);
      continue;
    }
    if (timer.kind !== PDO_REMOVE_TIMER_KIND) continue;
    const disk = isRecord(timer.data) ? timer.data.disk : undefined;
    if (typeof disk !== 'string' || !diskIds.has(disk)) problems.add(path, `${path}: a PDORemovePeriod timer for a disk the lab does not have (${show(disk)}).`);
  }
  for (const run of runs) if (!timed.has(run)) problems.add('entities.hostDisks', `the I/O run ${run} has no timer: it would never end.`);
}
