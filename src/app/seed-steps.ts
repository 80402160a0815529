// The seed document's chapters and steps, in this project's own words, as data: the Getting
// Started page and the steps pane beside the console both draw this list. A step whose console
// exists links to the console (`href`, a tree node's URL) and, where a dialog does the step, to
// the action that opens it (`action`, a ShellAction id, run once the node is selected). A later
// issue that adds a console adds its links here, by editing the steps it serves.
//
// The seed document: Russ Kaufmann (Microsoft MVP), "Hyper-V and High Availability Shared
// Storage", StarWind Software technical paper (/work/shared/reference/seed-whitepaper.txt in the
// project's workspace). Its headings are named in `section`; its sentences are not copied.

import { clusterHref, clusterServicesHref, FCM_ACTION_IDS, FCM_HREF } from '../consoles/failover-cluster/paths';
import { HYPERV_ACTION_IDS, hypervServerHref } from '../consoles/hyper-v/paths';

export const SEED_DOCUMENT = {
  title: 'Hyper-V and High Availability Shared Storage',
  author: 'Russ Kaufmann (Microsoft MVP)',
  publisher: 'StarWind Software technical papers',
} as const;

export interface SeedStepLink {
  /** The console tree node where the step is done (URLs mirror the tree). */
  href: string;
  /** The action (ShellAction id) that opens the step's dialog or wizard on that node, if any. */
  action?: string;
  /** What the link opens, short (the step names its tool): "Add Server", "SWS-Store1 → Add Target". */
  label: string;
}

export interface SeedStep {
  id: string;
  /** The document's number for the step within its chapter, where it numbers them. */
  number?: number;
  /** What to do, in this project's words. */
  text: string;
  /** The console (or tool) where it is done. */
  tool: string;
  /** Absent while the lab has no such console yet. */
  link?: SeedStepLink;
}

export interface SeedChapter {
  id: string;
  /** The chapter as this project names it. */
  title: string;
  /** The document's heading for it, to find it in the document. */
  section: string;
  steps: SeedStep[];
}

const STARWIND = 'StarWind Management Console';
const STARWIND_HREF = '/starwind';
const FIRST_STORE = '/starwind/SWS-Store1';
/** Server Manager of the first cluster node (src/consoles/server-manager/paths.ts: the server's URL, then server-manager). */
const DEMO1_SERVER_MANAGER = '/servers/Demo1/server-manager';
/** Demo1's iSCSI Initiator node (src/consoles/iscsi-initiator/paths.ts) and its iSCSI Initiator… action: every iSCSI step is done in its Properties dialog. */
const DEMO1_DISKS: SeedStepLink = { href: '/servers/Demo1/server-manager/storage/disk-management', label: 'Demo1 → Disk Management' };
const DEMO1_ISCSI: SeedStepLink = { href: '/servers/Demo1/iscsi-initiator', action: 'iscsi.open', label: 'Demo1 → iSCSI Initiator' };
/** Demo1's MPIO node (src/consoles/mpio/paths.ts) and its MPIO… action: the chapter's steps are done in MPIO Properties. */
const DEMO1_MPIO: SeedStepLink = { href: '/servers/Demo1/mpio', action: 'mpio.open', label: 'Demo1 → MPIO' };
/** The seed's cluster (Cluster1, the name its step 10 gives) and its Enable Cluster Shared Volumes… (step 14). */
const SEED_CLUSTER_CSV: SeedStepLink = { href: clusterHref('Cluster1'), action: FCM_ACTION_IDS.enableCsv, label: 'Cluster1 → Enable Cluster Shared Volumes' };
/** The cluster chapter's steps 2 to 12 are pages of the Create Cluster wizard (Validate runs inside it at step 5). */
const CREATE_CLUSTER: SeedStepLink = { href: FCM_HREF, action: FCM_ACTION_IDS.create, label: 'Failover Cluster Manager → Create a Cluster' };
/** The VM chapter's steps 1 to 5 are pages of Configure a Service or Application (the High Availability Wizard) on the cluster's Services and applications. */
const CONFIGURE_ROLE: SeedStepLink = { href: clusterServicesHref('Cluster1'), action: FCM_ACTION_IDS.configureRole, label: 'Cluster1 → Configure a Service or Application' };
/**
 * Step 6: the new role takes the name of the VM the reader made, unknown here; the link opens
 * Services and applications and brings the selected role online.
 */
const ROLE_START: SeedStepLink = { href: clusterServicesHref('Cluster1'), action: FCM_ACTION_IDS.roleStart, label: 'Cluster1 → Services and applications → Bring online' };
/** Steps 5 to 15 are pages of the Add Target wizard that step 4 opens. */
const ADD_TARGET: SeedStepLink = { href: FIRST_STORE, action: 'starwind.add-target', label: 'SWS-Store1 → Add Target' };
/** Demo1 in Hyper-V Manager and its New → Virtual Machine… (the VM stored on C:\ClusterStorage\Volume1). */
const DEMO1_NEW_VM: SeedStepLink = { href: hypervServerHref('Demo1'), action: HYPERV_ACTION_IDS.newVm, label: 'Demo1 → New Virtual Machine' };

export const SEED_CHAPTERS: readonly SeedChapter[] = [
  {
    id: 'starwind',
    title: 'Mirrored storage with StarWind',
    section: 'Setup StarWind SAN Software',
    steps: [
      { id: 'starwind.open', number: 1, text: 'Open the StarWind console on the domain controller.', tool: STARWIND, link: { href: STARWIND_HREF, label: 'open' } },
      {
        id: 'starwind.add-servers',
        number: 2,
        text: 'Register both storage servers, SWS-Store1 and SWS-Store2, with the console.',
        tool: STARWIND,
        link: { href: STARWIND_HREF, action: 'starwind.add-server', label: 'Add Server' },
      },
      {
        id: 'starwind.login',
        number: 3,
        text: 'Expand each server and sign in with the factory account (root, password starwind); no devices exist yet.',
        tool: STARWIND,
        link: { href: FIRST_STORE, action: 'starwind.connect', label: 'SWS-Store1 → Connect' },
      },
      {
        id: 'starwind.add-target',
        number: 4,
        text: 'With SWS-Store1 selected, start the Add Target wizard.',
        tool: STARWIND,
        link: ADD_TARGET,
      },
      { id: 'starwind.alias', number: 5, text: 'Name the target HA1; the IQN follows the alias and may be edited.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.type', number: 6, text: 'Choose a hard disk target.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.advanced', number: 7, text: 'Choose an advanced virtual device (mirrors, snapshots and HA live there).', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.ha', number: 8, text: 'Choose the High Availability device.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.partner', number: 9, text: 'Name the partner server, SWS-Store2, and the account to use on it.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.partner-target', number: 10, text: 'Name the partner target so the pair reads together: HA1Partner.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.images', number: 11, text: 'Pick the image file on each server with Browse…, tick Create new, and size it for the virtual machines.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.sync-channel', number: 12, text: 'Set by hand the iSCSI-network address each server synchronizes over, and which side is primary.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.init', number: 13, text: 'Choose how the two copies start out: cleared and synchronized, one copied from the other, or left as they are.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.summary', number: 14, text: 'Check the summary and keep a copy of it with your documentation.', tool: 'Add Target wizard', link: ADD_TARGET },
      { id: 'starwind.finish', number: 15, text: 'Finish the wizard.', tool: 'Add Target wizard', link: ADD_TARGET },
      {
        id: 'starwind.synchronized',
        number: 16,
        text: 'Watch HA1 and HA1Partner appear; the yellow triangle stays until the copies are in sync.',
        tool: STARWIND,
        link: { href: STARWIND_HREF, label: 'open' },
      },
      {
        id: 'starwind.quorum',
        text: 'Make a second, small HA device (about 1024 MB) for the cluster quorum, besides the one for the virtual machines.',
        tool: STARWIND,
        link: ADD_TARGET,
      },
    ],
  },
  {
    id: 'nodes',
    title: 'Prepare the cluster nodes',
    section: 'Setup The Failover Cluster Nodes',
    steps: [
      {
        id: 'nodes.roles',
        text: 'On Demo1 and Demo2, add the Hyper-V role; it asks for a restart.',
        tool: 'Server Manager',
        link: { href: DEMO1_SERVER_MANAGER, action: 'server-manager.addRoles', label: 'Demo1 → Add Roles' },
      },
      {
        id: 'nodes.features',
        text: 'On both nodes, add the Failover Clustering and Multipath I/O features.',
        tool: 'Server Manager',
        link: { href: DEMO1_SERVER_MANAGER, action: 'server-manager.addFeatures', label: 'Demo1 → Add Features' },
      },
    ],
  },
  {
    id: 'iscsi',
    title: 'Connect the nodes to the storage',
    section: 'Setup iSCSI Initiator',
    steps: [
      { id: 'iscsi.open', number: 1, text: 'Open the iSCSI Initiator on each node, letting it start its service and open the firewall.', tool: 'iSCSI Initiator', link: DEMO1_ISCSI },
      { id: 'iscsi.discovery', number: 2, text: 'Add the iSCSI-network address of each storage server as a discovery portal.', tool: 'iSCSI Initiator', link: DEMO1_ISCSI },
      { id: 'iscsi.connect', number: 3, text: 'Connect to both targets, from both nodes.', tool: 'iSCSI Initiator', link: DEMO1_ISCSI },
    ],
  },
  {
    id: 'mpio',
    title: 'Turn on multipathing',
    section: 'Enable Multipath I/O',
    steps: [
      { id: 'mpio.open', text: "Open MPIO from the node's administrative tools.", tool: 'MPIO', link: DEMO1_MPIO },
      { id: 'mpio.iscsi', text: 'On Discover Multi-Paths, claim iSCSI devices for multipathing and add them.', tool: 'MPIO', link: DEMO1_MPIO },
      { id: 'mpio.restart', text: 'Let the node restart; do the same on the other node.', tool: 'MPIO', link: DEMO1_MPIO },
    ],
  },
  {
    id: 'disks',
    title: 'Bring the shared disk online',
    section: 'Initialize The Disk',
    steps: [
      { id: 'disks.online', number: 1, text: 'After the restart, see one disk for the two paths; bring it online and initialize it.', tool: 'Disk Management', link: DEMO1_DISKS },
      { id: 'disks.policy', number: 2, text: "Check in the disk's properties that both paths are used (Round Robin).", tool: 'Disk Management', link: DEMO1_DISKS },
    ],
  },
  {
    id: 'cluster',
    title: 'Create the failover cluster',
    section: 'Creating The Failover Cluster',
    steps: [
      { id: 'cluster.open', number: 1, text: 'Open Failover Cluster Manager.', tool: 'Failover Cluster Manager', link: { href: FCM_HREF, label: 'Failover Cluster Manager' } },
      { id: 'cluster.create', number: 2, text: 'Start the Create Cluster wizard and pass its first page.', tool: 'Failover Cluster Manager', link: CREATE_CLUSTER },
      { id: 'cluster.servers', number: 4, text: 'Add Demo1 and Demo2 as the servers to cluster.', tool: 'Failover Cluster Manager', link: CREATE_CLUSTER },
      { id: 'cluster.validate', number: 5, text: 'Run every validation test, fix what fails and run them again until they pass.', tool: 'Failover Cluster Manager', link: CREATE_CLUSTER },
      { id: 'cluster.access-point', number: 10, text: 'Give the cluster its name and its administration address, confirm and create it.', tool: 'Failover Cluster Manager', link: CREATE_CLUSTER },
      { id: 'cluster.report', number: 12, text: "Read the wizard's report and close it.", tool: 'Failover Cluster Manager', link: CREATE_CLUSTER },
      { id: 'cluster.events', number: 13, text: 'Look for errors in the System log and deal with them.', tool: 'Event Viewer', link: { href: '/events/System', label: 'System log' } },
      { id: 'cluster.csv', number: 14, text: 'Turn on Cluster Shared Volumes and put the shared disk in one.', tool: 'Failover Cluster Manager', link: SEED_CLUSTER_CSV },
    ],
  },
  {
    id: 'hyperv',
    title: 'Make a virtual machine highly available',
    section: 'Configuring A Hyper-V Image In A Failover Cluster',
    steps: [
      { id: 'hyperv.create', text: 'Create a virtual machine on one node, with every file of it on the shared storage.', tool: 'Hyper-V Manager', link: DEMO1_NEW_VM },
      { id: 'hyperv.configure', number: 1, text: 'Under the cluster, configure a service or application: a virtual machine.', tool: 'Failover Cluster Manager', link: CONFIGURE_ROLE },
      { id: 'hyperv.select', number: 4, text: 'Tick the virtual machine, confirm, and read the summary.', tool: 'Failover Cluster Manager', link: CONFIGURE_ROLE },
      { id: 'hyperv.start', number: 6, text: 'Bring the new clustered resource online.', tool: 'Failover Cluster Manager', link: ROLE_START },
    ],
  },
];

/** Every step with its chapter, in document order. */
export function allSeedSteps(): Array<{ chapter: SeedChapter; step: SeedStep }> {
  return SEED_CHAPTERS.flatMap((chapter) => chapter.steps.map((step) => ({ chapter, step })));
}
