// A two-node cluster built through the API for the Failover Cluster Manager specs: the quorum LUN
// (HA1, 1 GB) and the VM LUN (HA2, 8 GB) on both storage servers, Demo1 and Demo2 with Failover
// Clustering and Multipath I/O, both targets of each LUN connected with multi-path and claimed by
// MPIO, then Create Cluster (Cluster1, 192.168.100.50) run to its end. Each request is one the
// consoles' dialogs send; a refusal fails the spec with the lab's words.
import type { RouteBodies } from '../src/api/routes';
import { addStarWindServers, apiOk as ok, createHa1, type Lab } from './fixtures';

/** Shutdown (~30 s) and boot (~90 s), each ±20 %: 200 s of lab time covers a restart. */
const RESTART_MS = 200_000;
const PORTALS = ['172.30.100.21', '172.30.100.22'];
export const CLUSTER = { name: 'Cluster1', fqdn: 'Cluster1.SWS.com', address: '192.168.100.50', nodes: ['Demo1', 'Demo2'] } as const;

const iqn = (server: string, alias: string) => `iqn.2008-08.com.starwindsoftware:${server.toLowerCase()}-${alias.toLowerCase()}`;

/** HA2 / HA2Partner: HA1's body (createHa1) with its own alias, names and image files. */
async function createHa2(lab: Lab, sizeBytes: number): Promise<void> {
  const body: RouteBodies['createStarWindDevice'] = {
    targetAlias: 'HA2',
    targetName: iqn('SWS-Store1', 'HA2'),
    targetType: 'hard-disk',
    deviceType: 'ha',
    sizeBytes,
    sectorSizeBytes: 512,
    cacheMode: 'write-back',
    cacheSizeMb: 128,
    image: { folder: 'My Computer\\D', fileName: 'HA2.img', createNew: true },
    ha: {
      partnerAddress: 'SWS-Store2',
      partnerPort: 3261,
      partnerLogin: 'root',
      partnerPassword: 'starwind',
      partnerTargetAlias: 'HA2Partner',
      partnerTargetName: iqn('SWS-Store2', 'HA2Partner'),
      partnerImage: { folder: 'My Computer\\D', fileName: 'HA2.img', createNew: true },
      syncLocalIp: '172.30.100.21',
      syncPartnerIp: '172.30.100.22',
      heartbeatLocalIp: '192.168.100.21',
      heartbeatPartnerIp: '192.168.100.22',
      localPriority: 'primary',
      failoverStrategy: 'heartbeat',
      initMethod: 'clear',
    },
  };
  await ok(lab, 'POST', '/api/v1/starwind/servers/SWS-Store1/devices', body);
}

const TARGETS = [iqn('SWS-Store1', 'HA1'), iqn('SWS-Store2', 'HA1Partner'), iqn('SWS-Store1', 'HA2'), iqn('SWS-Store2', 'HA2Partner')];

/** Features, restart, iSCSI with multi-path to both LUNs, the MPIO claim and its restart, on each node at once. */
async function prepareNodes(lab: Lab): Promise<void> {
  for (const node of CLUSTER.nodes) {
    await ok(lab, 'POST', `/api/v1/hosts/${node}/features`, { features: ['Failover-Clustering', 'Multipath-IO'] });
    await ok(lab, 'POST', `/api/v1/hosts/${node}/power`, { action: 'restart' });
  }
  await lab.clock.advance(RESTART_MS);
  for (const node of CLUSTER.nodes) {
    const host = `/api/v1/hosts/${node}`;
    await ok(lab, 'PUT', `${host}/iscsi`, { startService: true });
    for (const address of PORTALS) await ok(lab, 'POST', `${host}/iscsi/portals`, { address });
    for (const target of TARGETS) await ok(lab, 'POST', `${host}/iscsi/targets/${encodeURIComponent(target)}/connect`, { multipath: true, favorite: true });
    await ok(lab, 'PUT', `${host}/mpio`, { iscsiClaimed: true });
    await ok(lab, 'POST', `${host}/power`, { action: 'restart' });
  }
  await lab.clock.advance(RESTART_MS);
}

/** The whole lab up to a running Cluster1; the clock stays paused. */
export async function buildCluster(lab: Lab): Promise<void> {
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await createHa2(lab, 8 * 1024 ** 3);
  await prepareNodes(lab);
  await ok(lab, 'POST', '/api/v1/clusters', { name: CLUSTER.name, nodes: CLUSTER.nodes, address: CLUSTER.address, addStorage: true });
  // The Create Cluster job's steps take simulated seconds; a few minutes cover them.
  await lab.clock.advance(300_000);
}
