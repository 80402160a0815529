// Scenario "seed-lab-ready": the seed lab with the whole seed document done by the engine's own
// commands, so migration, faults, demos and tests start from a running highly available VM:
// StarWind HA devices HA1 (the quorum LUN, ~1 GB) and HA2 (the VM LUN) synchronized; Demo1..DemoN
// with Hyper-V, Failover Clustering and Multipath I/O, MPIO claiming iSCSI devices, both targets of
// each device connected with multi-path, the disks Online; Cluster1 created (its quorum and witness
// the ones Create Cluster chooses for the OS version), Cluster Shared Volumes enabled and Cluster
// Disk 2 added as C:\ClusterStorage\Volume1; VM1 created on Volume1, made highly available
// (Configure a Service or Application) and brought online: its role Online, VM1 running on Demo1.
// The nodes are prepared together (one restart round for all), so 64 nodes stay fast.
// The cluster tests and the bench build on the same steps (testing/cluster-helpers.ts).
import { VM_START_MS } from '../../domain/hyperv';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../domain/units';
import type { Command, CreateDeviceRequest, Lab } from '../types';

export const SEED_LAB_READY = 'seed-lab-ready';

/** The storage servers of the seed lab and their addresses (seed-lab.ts numbers them .21 and .22). */
export const STORE1 = { name: 'SWS-Store1', publicIp: '192.168.100.21', iscsiIp: '172.30.100.21' } as const;
export const STORE2 = { name: 'SWS-Store2', publicIp: '192.168.100.22', iscsiIp: '172.30.100.22' } as const;
/** What the seed document types in Add Server and the login dialog. */
export const STARWIND_PORT = 3261;
export const STARWIND_LOGIN = { login: 'root', password: 'starwind' } as const;

export const CLUSTER_NAME = 'Cluster1';
export const CLUSTER_ADDRESS = '192.168.100.50';
/** DemoN holds 192.168.100.(30 + N): from 20 nodes on, .50 is Demo20's, so larger clusters take .250. */
export const LARGE_CLUSTER_ADDRESS = '192.168.100.250';
export const clusterAddressFor = (nodes: number) => (nodes >= 20 ? LARGE_CLUSTER_ADDRESS : CLUSTER_ADDRESS);
/** The quorum LUN (~1 GB, as practice sizes a witness) and the VM LUN. */
export const QUORUM_LUN_BYTES = 1024 * BYTES_PER_MIB;
export const VM_LUN_BYTES = 100 * BYTES_PER_GIB;
export const HA_DEVICES = [
  { alias: 'HA1', sizeBytes: QUORUM_LUN_BYTES },
  { alias: 'HA2', sizeBytes: VM_LUN_BYTES },
] as const;
/** The VM LUN as the cluster names it (the quorum LUN, smaller, is Cluster Disk 1) and its CSV path. */
export const VM_CLUSTER_DISK = 'Cluster Disk 2';
export const CSV_PATH = 'C:\\ClusterStorage\\Volume1';
/** The seed document's highly available virtual machine: files on the CSV, defaults otherwise. */
export const READY_VM = { host: 'Demo1', name: 'VM1', location: CSV_PATH } as const;
/** A role brought online is Online once its machine has started (VM_START_MS). */
export const ROLE_ONLINE_MS = VM_START_MS;
/** Long enough for every restart of the preparation to complete (boot about 90 s ±20 %). */
export const BOOTS_DONE_MS = 300_000;

export const targetsOf = (alias: string): [target: string, partnerTarget: string] => [`iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`, `iqn.2008-08.com.starwindsoftware:sws-store2-${alias.toLowerCase()}partner`];
export const nodeNames = (count: number) => Array.from({ length: count }, (_, index) => `Demo${index + 1}`);

/** The seed document's HA device request (steps 5–13): image files in D:\HA, sync over iSCSI, heartbeat over Public. */
export function seedHaRequest(alias: string, sizeBytes: number): CreateDeviceRequest {
  const [targetName, partnerTargetName] = targetsOf(alias);
  const image = { folder: 'My Computer\\D\\HA', fileName: `${alias.toLowerCase()}.img`, createNew: true };
  return {
    targetAlias: alias,
    targetName,
    targetType: 'hard-disk',
    deviceType: 'ha',
    sizeBytes,
    sectorSizeBytes: 512,
    cacheMode: 'write-through',
    cacheSizeMb: 128,
    image,
    ha: {
      partnerAddress: STORE2.name,
      partnerPort: STARWIND_PORT,
      partnerLogin: STARWIND_LOGIN.login,
      partnerPassword: STARWIND_LOGIN.password,
      partnerTargetAlias: `${alias}Partner`,
      partnerTargetName,
      partnerImage: { ...image },
      syncLocalIp: STORE1.iscsiIp,
      syncPartnerIp: STORE2.iscsiIp,
      heartbeatLocalIp: STORE1.publicIp,
      heartbeatPartnerIp: STORE2.publicIp,
      localPriority: 'primary',
      failoverStrategy: 'heartbeat',
      initMethod: 'clear',
    },
  };
}

/** One step of the preparation: a command, or an advance of virtual time. */
export type ReadyStep = { command: Command } | { advanceMs: number };

export interface PreparationOptions {
  /** Nodes to prepare (Demo1..DemoN). */
  nodes?: number;
  /** HA devices connected on the nodes (else only Failover Clustering is installed). */
  storage?: boolean;
  /** Hyper-V installed with the other features (the preparation's restarts put it in effect). */
  hyperV?: boolean;
}

/**
 * The preparation for Create Cluster as steps (the API tests replay them through the host): the
 * features, the StarWind devices, the restarts, MPIO's claim, the iSCSI sessions, the disks Online.
 */
export function preparationSteps({ nodes = 2, storage = true, hyperV = false }: PreparationOptions = {}): ReadyStep[] {
  const hosts = nodeNames(nodes);
  const steps: ReadyStep[] = [];
  const run = (command: unknown) => steps.push({ command: command as Command });
  const features = ['Failover-Clustering', ...(storage ? ['Multipath-IO'] : []), ...(hyperV ? ['Hyper-V'] : [])];
  for (const host of hosts) run({ type: 'featuresInstall', host, features });
  if (!storage) {
    // Hyper-V takes effect only after a restart.
    if (hyperV) {
      for (const host of hosts) run({ type: 'setPower', host, action: 'restart' });
      steps.push({ advanceMs: BOOTS_DONE_MS });
    }
    return steps;
  }
  for (const server of [STORE1.name, STORE2.name]) {
    run({ type: 'starwindAddServer', address: server, port: STARWIND_PORT });
    run({ type: 'starwindConnect', server, ...STARWIND_LOGIN });
  }
  for (const device of HA_DEVICES) run({ type: 'starwindCreateDevice', server: STORE1.name, request: seedHaRequest(device.alias, device.sizeBytes) });
  for (const host of hosts) run({ type: 'setPower', host, action: 'restart' });
  steps.push({ advanceMs: BOOTS_DONE_MS });
  for (const host of hosts) {
    run({ type: 'mpioSetClaim', host, iscsiClaimed: true });
    run({ type: 'setPower', host, action: 'restart' });
  }
  steps.push({ advanceMs: BOOTS_DONE_MS });
  for (const host of hosts) {
    run({ type: 'iscsiStartService', host });
    run({ type: 'iscsiAddPortal', host, address: STORE1.iscsiIp });
    run({ type: 'iscsiAddPortal', host, address: STORE2.iscsiIp });
    for (const device of HA_DEVICES) for (const iqn of targetsOf(device.alias)) run({ type: 'iscsiConnect', host, iqn, multipath: true });
    for (let number = 1; number <= HA_DEVICES.length; number++) run({ type: 'diskSet', host, number, online: true });
  }
  return steps;
}

/** The Create Cluster command for Demo1..DemoN. */
export function createClusterCommand(nodes = 2): Command {
  return { type: 'clusterCreate', name: CLUSTER_NAME, nodes: nodeNames(nodes), address: clusterAddressFor(nodes) };
}

/** Seed document step 14: Enable Cluster Shared Volumes, then Add storage (the VM LUN). */
export const sharedVolumeCommands = (): Command[] => [
  { type: 'clusterSetProperties', cluster: CLUSTER_NAME, properties: { EnableSharedVolumes: 1 } },
  { type: 'clusterAddSharedVolume', cluster: CLUSTER_NAME, disk: VM_CLUSTER_DISK },
];

export function dispatchOrThrow(lab: Lab, command: Command): void {
  const result = lab.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.errors)}`);
}

export function runSteps(lab: Lab, steps: readonly ReadyStep[]): void {
  for (const step of steps) {
    if ('command' in step) dispatchOrThrow(lab, step.command);
    else lab.advance(step.advanceMs);
  }
}

/** Advances to the end of the job `id` (a finished job: nothing to wait for). */
export function finishJob(lab: Lab, id: string): void {
  const answer = lab.query({ type: 'job', id });
  if (!answer.ok) throw new Error(answer.error.message);
  if (answer.value.dueMs !== null) lab.advance(answer.value.dueMs - lab.nowMs());
}

/** Advances until no HA device is synchronizing (HA2's initial sync takes about 14 minutes). */
export function finishSyncs(lab: Lab): void {
  const answer = lab.query({ type: 'haDevices' });
  if (!answer.ok) throw new Error(answer.error.message);
  let dueMs = lab.nowMs();
  for (const device of answer.value.devices) if (device.sync) dueMs = Math.max(dueMs, device.sync.dueMs);
  lab.advance(dueMs - lab.nowMs());
}

/** Create Cluster and its job run to the end. */
export function createCluster(lab: Lab, nodes: number): void {
  const command = createClusterCommand(nodes);
  const result = lab.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
  for (const id of result.jobIds) finishJob(lab, id);
}

/** The rest of the seed document on the seed lab `lab` (its params say how many nodes). */
export function runSeedLabReady(lab: Lab): void {
  const nodes = lab.params.options.clusterNodes;
  runSteps(lab, preparationSteps({ nodes, hyperV: true }));
  finishSyncs(lab);
  createCluster(lab, nodes);
  for (const command of sharedVolumeCommands()) dispatchOrThrow(lab, command);
  // "Configuring A Hyper-V Image In A Failover Cluster": the image's files on the shared storage,
  // then Configure a Service or Application (the role shows Offline), then Bring it online.
  dispatchOrThrow(lab, { type: 'vmCreate', host: READY_VM.host, name: READY_VM.name, location: READY_VM.location });
  for (const command of highlyAvailableCommands([READY_VM])) dispatchOrThrow(lab, command);
  lab.advance(ROLE_ONLINE_MS);
}

/** Configure a Service or Application → Virtual Machine for each machine, then Bring this service or application online. */
export function highlyAvailableCommands(vms: readonly { host: string; name: string }[]): Command[] {
  const commands: Command[] = vms.map(({ host, name }) => ({ type: 'clusterRoleCreate', cluster: CLUSTER_NAME, roleType: 'VirtualMachine', vms: [{ host, vm: name }] }));
  for (const { name } of vms) commands.push({ type: 'clusterRoleAction', cluster: CLUSTER_NAME, role: name, action: 'start' });
  return commands;
}
