// Shared by the cluster contract tests: the seed lab made ready for Create Cluster through the
// host, as the engine's clusterLab does it (src/engine/testing/cluster-helpers.ts; mocks reach the
// engine only through the host): HA1 (1 GiB, the quorum LUN) and HA2 (100 GiB) on both storage
// servers, each node with Failover Clustering and Multipath I/O, MPIO claiming iSCSI devices, both
// targets of each device connected with multi-path, the disks Online; then Cluster1.
import type { Command } from '../../src/api/types';
import type { OsVersion } from '../../src/domain/lab';
import { BYTES_PER_GIB } from '../../src/domain/units';
import { labHost, resetLab } from '../node';
import { consoleWithBothStores, api, ha1Request, STORE1, STORE2 } from '../starwind-test-support';

export const CREATE_BODY = { name: 'Cluster1', nodes: ['Demo1', 'Demo2'], address: '192.168.100.50' };
const DEVICES = [
  { alias: 'HA1', sizeBytes: BYTES_PER_GIB },
  { alias: 'HA2', sizeBytes: 100 * BYTES_PER_GIB },
] as const;
const BOOTS_DONE_MS = 300_000;

const targetsOf = (alias: string) => [`iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`, `iqn.2008-08.com.starwindsoftware:sws-store2-${alias.toLowerCase()}partner`] as const;

/** Dispatches a command through the host; a refusal fails the test with its message. */
export async function run(command: unknown): Promise<void> {
  const result = await labHost.dispatch(command as Command);
  if (!result.ok) throw new Error(`${(command as Command).type}: ${result.error.message}`);
}

export interface ReadyOptions {
  nodes?: number;
  osVersion?: OsVersion;
  /** Hyper-V installed with the other features (in effect after the preparation's restarts). */
  hyperV?: boolean;
}

export async function readyLab({ nodes = 2, osVersion = '2008R2', hyperV = false }: ReadyOptions = {}): Promise<void> {
  await resetLab({ seed: 7, options: { osVersion, clusterNodes: Math.max(2, nodes) } });
  const hosts = Array.from({ length: nodes }, (_, index) => `Demo${index + 1}`);
  await consoleWithBothStores();
  for (const device of DEVICES) {
    const [local, partner] = targetsOf(device.alias);
    const file = `${device.alias}.img`;
    await api.call('createStarWindDevice', {
      params: { host: STORE1.name },
      body: ha1Request({ targetAlias: device.alias, targetName: local, sizeBytes: device.sizeBytes, image: { folder: 'My Computer\\D\\HA', fileName: file, createNew: true } }, { partnerTargetAlias: `${device.alias}Partner`, partnerTargetName: partner, partnerImage: { folder: 'My Computer\\D\\HA', fileName: file, createNew: true } }),
    });
  }
  for (const host of hosts) {
    await run({ type: 'featuresInstall', host, features: hyperV ? ['Failover-Clustering', 'Multipath-IO', 'Hyper-V'] : ['Failover-Clustering', 'Multipath-IO'] });
    await run({ type: 'setPower', host, action: 'restart' });
  }
  await labHost.advance(BOOTS_DONE_MS);
  for (const host of hosts) {
    await run({ type: 'mpioSetClaim', host, iscsiClaimed: true });
    await run({ type: 'setPower', host, action: 'restart' });
  }
  await labHost.advance(BOOTS_DONE_MS);
  for (const host of hosts) {
    await run({ type: 'iscsiStartService', host });
    for (const address of [STORE1.iscsiIp, STORE2.iscsiIp]) await run({ type: 'iscsiAddPortal', host, address });
    for (const device of DEVICES) for (const iqn of targetsOf(device.alias)) await run({ type: 'iscsiConnect', host, iqn, multipath: true });
    for (let number = 1; number <= DEVICES.length; number++) await run({ type: 'diskSet', host, number, online: true });
  }
}

/** The ready lab with Cluster1 created on Demo1..DemoN and its job finished. */
export async function clusterLab(options: ReadyOptions = {}): Promise<void> {
  await readyLab(options);
  const nodes = Array.from({ length: options.nodes ?? 2 }, (_, index) => `Demo${index + 1}`);
  await run({ type: 'clusterCreate', ...CREATE_BODY, nodes });
  await labHost.advance(60_000);
}

export const CSV_VOLUME = 'C:\\ClusterStorage\\Volume1';

/** clusterLab with Hyper-V, Volume1 a Cluster Shared Volume, and VM1 on it (created on Demo1 through the VM route). */
export async function csvVmLab(): Promise<void> {
  await clusterLab({ hyperV: true });
  await run({ type: 'clusterSetProperties', cluster: 'Cluster1', properties: { EnableSharedVolumes: 1 } });
  await run({ type: 'clusterAddSharedVolume', cluster: 'Cluster1', disk: 'Cluster Disk 2' });
  await api.call('createVm', { params: { name: 'Demo1' }, body: { name: 'VM1', location: CSV_VOLUME, hardDisk: { mode: 'create', location: `${CSV_VOLUME}\\VM1` } } });
}
