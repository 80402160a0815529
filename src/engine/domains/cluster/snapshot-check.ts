// Semantic checks of the cluster part of a snapshot: each cluster keyed by its upper-cased name,
// nodes of known hosts, each node and each LUN in one cluster only, disks unique by name and LUN,
// the witness consistent with the quorum mode, Cluster Shared Volume paths unique and only on CSV
// disks, and a Creating cluster with its job running and the timer that runs its next step (and
// every such timer a Creating cluster's). Membership's own timers are its code's to check.
import { QUORUM_MODES } from '../../../domain/cluster';
import { isRecord, show } from '../../params';
import type { DomainCheckInput, Problems } from '../../snapshot-problems';
import { CREATE_TIMER_KIND } from './create';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function checkQuorum(cluster: Record<string, unknown>, at: string, where: string, problems: Problems): void {
  const quorum = isRecord(cluster.quorum) ? cluster.quorum : {};
  const disks = list(cluster.disks).filter(isRecord);
  const witnesses = disks.filter((disk) => disk.usage === 'witness').map((disk) => disk.name);
  const mode = quorum.mode;
  if (!(QUORUM_MODES as readonly unknown[]).includes(mode)) return problems.add(`${at}.quorum.mode`, `${where}: ${show(mode)} is not a quorum mode.`);
  const diskWitness = mode === 'NodeAndDiskMajority' || mode === 'DiskOnly';
  if (diskWitness !== (quorum.witnessDisk !== null)) problems.add(`${at}.quorum.witnessDisk`, `${where}: ${String(mode)} ${diskWitness ? 'needs a' : 'takes no'} witness disk.`);
  const expected = diskWitness ? [quorum.witnessDisk] : [];
  if (JSON.stringify(witnesses) !== JSON.stringify(expected)) problems.add(`${at}.disks`, `${where}: the disks used as witness (${witnesses.map(show).join(', ') || 'none'}) are not the quorum's witness (${expected.map(show).join(', ') || 'none'}).`);
  if ((mode === 'NodeAndFileShareMajority') !== (quorum.fileShare !== null)) problems.add(`${at}.quorum.fileShare`, `${where}: a file share witness goes with Node and File Share Majority, and only with it.`);
}

export function checkClusterSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const hosts = new Set<string>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.add(host.id);
  const runningJobs = new Set<string>();
  for (const job of snapshot.entities.jobs ?? []) if (isRecord(job) && job.state === 'running' && typeof job.id === 'string') runningJobs.add(job.id);
  const ids = new Set<string>();
  const nodeCluster = new Map<string, string>();
  const lunCluster = new Map<string, string>();
  const creating = new Map<string, string>();
  (snapshot.entities.clusters ?? []).forEach((cluster: unknown, index) => {
    const at = `entities.clusters[${index}]`;
    if (!isRecord(cluster) || typeof cluster.id !== 'string' || typeof cluster.name !== 'string') return problems.add(at, `${at}: a cluster needs its id and name.`);
    const where = `clusters[${index}] (${cluster.id})`;
    if (cluster.id !== cluster.name.toUpperCase()) problems.add(`${at}.id`, `${where}: a cluster's id is its name upper-cased.`);
    if (ids.has(cluster.id)) problems.add(at, `${where}: the cluster is there twice.`);
    ids.add(cluster.id);
    const nodeIds = new Set<unknown>();
    list(cluster.nodes).forEach((node, item) => {
      const path = `${at}.nodes[${item}]`;
      if (!isRecord(node)) return problems.add(path, `${where}: a node must be an object.`);
      if (!hosts.has(String(node.hostId))) problems.add(`${path}.hostId`, `${where}: the lab has no host ${show(node.hostId)}.`);
      else if (nodeCluster.has(String(node.hostId))) problems.add(`${path}.hostId`, `${where}: host ${show(node.hostId)} is already a node of ${nodeCluster.get(String(node.hostId))}.`);
      nodeCluster.set(String(node.hostId), cluster.id as string);
      if (nodeIds.has(node.nodeId)) problems.add(`${path}.nodeId`, `${where}: node id ${show(node.nodeId)} is used twice.`);
      nodeIds.add(node.nodeId);
      if ((node.state === 'Down') !== (node.downReason !== null)) problems.add(`${path}.downReason`, `${where}: a node has a reason to be Down exactly when it is Down.`);
    });
    const diskNames = new Set<unknown>();
    const csvPaths = new Set<unknown>();
    list(cluster.disks).forEach((disk, item) => {
      const path = `${at}.disks[${item}]`;
      if (!isRecord(disk)) return problems.add(path, `${where}: a disk must be an object.`);
      if (diskNames.has(disk.name)) problems.add(`${path}.name`, `${where}: two disks are named ${show(disk.name)}.`);
      diskNames.add(disk.name);
      if (lunCluster.has(String(disk.lun))) problems.add(`${path}.lun`, `${where}: LUN ${show(disk.lun)} is already a disk of ${lunCluster.get(String(disk.lun))}.`);
      lunCluster.set(String(disk.lun), cluster.id as string);
      if ((disk.usage === 'csv') !== (disk.csvPath !== null)) problems.add(`${path}.csvPath`, `${where}: a disk has a Cluster Shared Volume path exactly when it is one.`);
      if (disk.csvPath !== null) {
        if (csvPaths.has(disk.csvPath)) problems.add(`${path}.csvPath`, `${where}: ${show(disk.csvPath)} is the path of two volumes.`);
        csvPaths.add(disk.csvPath);
      }
    });
    checkQuorum(cluster, at, where, problems);
    if (cluster.state === 'Creating') {
      creating.set(cluster.id, at);
      if (!runningJobs.has(String(cluster.job))) problems.add(`${at}.job`, `${where}: a cluster being created has its job ${show(cluster.job)} running.`);
    }
  });
  const timed = new Set<string>();
  for (const { timer, path } of timers) {
    if (timer.kind !== CREATE_TIMER_KIND) continue;
    const id = isRecord(timer.data) ? timer.data.cluster : undefined;
    if (typeof id !== 'string' || !creating.has(id)) problems.add(path, `${path}: the ${CREATE_TIMER_KIND} timer refers to ${show(id)}, which is not a cluster being created.`);
    else timed.add(id);
  }
  for (const [id, at] of creating) if (!timed.has(id)) problems.add(at, `cluster ${id} is Creating but no timer runs its creation.`);
}
