// The words of Failover Cluster Manager's three wizards (Windows Server 2008 R2): Validate a
// Configuration, Create Cluster and Configure Cluster Quorum Settings. One place, so a later
// version's skin can change them.
//
// Sources: the seed document ("Creating The Failover Cluster", steps 2–12: Create a Cluster, Before
// You Begin, Select Servers with Browse and Check Names, the validation radio button, Run all tests,
// Confirmation, Finish, Cluster Name, Access Point for Administering the Cluster, View Report on the
// Summary page); domain-facts.md Part A §2.1 (Testing Options, "Run only tests I select", Test
// Selection, Summary, View Report), §2.2 (the Create Cluster intro text) and §2.3 (the four legacy
// quorum modes and when each is recommended).
//
// UNVERIFIED: every other page title and every description below was not captured from a real
// 2008 R2 system (no screenshot in the seed document's text): they are worded after the product
// as remembered and kept here to be corrected.

export { FCM_WIZARD_ACTIONS } from './action-labels';

export const COMMON = {
  beforeYouBegin: 'Before You Begin',
  confirmation: 'Confirmation',
  summary: 'Summary',
  viewReport: 'View Report…',
  next: 'Next >',
  enterName: 'Enter name',
  selectedServers: 'Selected servers',
  /** The Browse dialog of a server list (Active Directory's object picker). */
  selectComputers: 'Select Computers',
} as const;

export const VALIDATE_WORDS = {
  title: 'Validate a Configuration Wizard',
  intro: [
    // UNVERIFIED wording.
    'This wizard runs validation tests to determine whether this configuration of servers and attached storage is set up correctly to support failover.',
    // domain-facts.md §2.2 (the same sentence opens the Create Cluster Wizard's warning).
    'Microsoft supports a cluster solution only if the complete configuration (servers, network, and storage) can pass all tests in the Validate a Configuration wizard.',
    'To continue, click Next.',
  ],
  selectServersTitle: 'Select Servers or a Cluster',
  selectServersDescription: 'To validate a set of servers, add the names of all the servers. To test an existing cluster, add the name of the cluster or one of its nodes.',
  testingOptionsTitle: 'Testing Options',
  testingOptionsLabel: 'Choose between running all tests or running selected tests.',
  testsLabel: 'Tests',
  runAll: 'Run all tests (recommended)',
  runSelected: 'Run only tests I select',
  runAllDescription: 'The tests examine the Cluster Configuration, Inventory, Network, Storage, and System Configuration.',
  runSelectedDescription: 'Select this option if you are an experienced user troubleshooting a specific problem, or re-running a subset of tests.',
  testSelectionTitle: 'Test Selection',
  testSelectionLabel: 'Select the tests you want to run.',
  confirmationDescription: 'You are ready to start validation. Please confirm that the following settings are correct:',
  validatingTitle: 'Validating',
  validatingDescription: 'Please wait while validation tests are running.',
  summaryDescription: {
    Passed: 'Testing has completed successfully. The configuration appears to be suitable for clustering.',
    Warning: 'Testing has completed for the tests you selected. You should review the warnings in the Report.',
    Failed: 'Testing has completed, but one or more tests indicate that the configuration is not suitable for clustering.',
    running: 'The tests are still running.',
  },
  reportTitle: 'Failover Cluster Validation Report',
  reportFile: 'Validation Report.txt',
  allTests: 'All tests',
} as const;

export const CREATE_WORDS = {
  title: 'Create Cluster Wizard',
  /** domain-facts.md §2.2 (uitranslation.com). */
  intro: [
    'This wizard creates a cluster, which is a set of servers that work together to increase the availability of clustered services and applications. If one of the servers fails, another server begins hosting the clustered services and applications (a process known as failover).',
    'Before you run this wizard, we strongly recommend that you run the Validate a Configuration wizard to ensure that your hardware and hardware settings are compatible with failover clustering.',
    'You must be a local administrator on each of the servers you want to include in the cluster.',
    'To continue, click Next.',
  ],
  selectServersTitle: 'Select Servers',
  selectServersDescription: 'Add the names of all the servers that you want to have in the cluster. You must add at least one server.',
  warningTitle: 'Validation Warning',
  warningDescription:
    'Microsoft supports a cluster solution only if the complete configuration (servers, network, and storage) can pass all tests in the Validate a Configuration wizard. Do you want to run configuration validation tests before continuing?',
  runValidationLabel: 'Run configuration validation tests',
  /** The seed document's step 5 "radio button to perform the validation tests"; the wording is the brief's. */
  yes: 'Yes. When I click Next, run configuration validation tests, and then return to the process of creating the cluster.',
  no: 'No. I do not require support from Microsoft for this cluster, and therefore do not want to run the validation tests. When I click Next, continue creating the cluster.',
  validationResult: 'Validation',
  validationNotRun: 'Not run',
  accessPointTitle: 'Access Point for Administering the Cluster',
  accessPointDescription: 'Type the name you want to use when administering the cluster.',
  clusterName: 'Cluster Name',
  addressesNote: 'One or more IPv4 addresses could not be configured automatically. For each network to be used, make sure the network is selected, and then type an address.',
  networks: 'Network',
  address: 'Address',
  noNetwork: 'The selected servers share no client-access network: the cluster needs one for its name and address.',
  confirmationDescription: 'You are ready to create a cluster. The wizard will create your cluster with the following settings:',
  addStorage: 'Add all eligible storage to the cluster.',
  addStorageExplanation: 'Every disk all the nodes see (through MPIO) becomes a cluster disk; the smallest one of at least 512 MB becomes the disk witness of a two-node cluster.',
  creatingTitle: 'Creating New Cluster',
  creatingDescription: 'Please wait while the cluster is configured.',
  summaryDescription: {
    succeeded: 'You have successfully completed the Create Cluster Wizard.',
    failed: 'The Create Cluster Wizard did not complete: see the report.',
  },
  reportTitle: 'Create Cluster',
  reportFile: 'Create Cluster.txt',
  clusterRow: 'Cluster',
  nodeRow: 'Node',
  addressRow: 'IP Address',
} as const;

export const QUORUM_WORDS = {
  title: 'Configure Cluster Quorum Wizard',
  intro: [
    'This wizard guides you through configuring the quorum for your failover cluster. The relevant cluster elements are the nodes and, in some quorum configurations, a disk witness or file share witness.',
    'The quorum configuration affects the availability of your cluster. A sufficient number of cluster elements must be online, or the cluster "loses quorum" and must stop running. Note that the full function of a cluster depends not just on quorum, but on the capacity of each node to support the services and applications that fail over to that node.',
    'To continue, click Next.',
  ],
  selectTitle: 'Select Quorum Configuration',
  selectDescription: 'Select the quorum configuration for your cluster.',
  modeLabel: 'Quorum configuration',
  recommended: (mode: string, nodes: number) => `Recommended for your current number of nodes (${nodes}): ${mode}.`,
  modes: {
    NodeMajority: 'Recommended for clusters with an odd number of nodes. Can sustain failures of half the nodes (rounding up) minus one.',
    NodeAndDiskMajority: 'Recommended for clusters with an even number of nodes. Can sustain failures of half the nodes (rounding up) if the disk witness remains online.',
    NodeAndFileShareMajority: 'Recommended for clusters with special configurations. Works in a similar way to Node and Disk Majority, but instead of a disk witness, this cluster uses a file share witness.',
    DiskOnly: 'Not recommended because the disk represents a single point of failure. Can sustain failures of all nodes except one, as long as the disk witness stays online.',
  },
  storageTitle: 'Configure Storage Witness',
  storageDescription: 'Select the storage volume that you want to assign as the disk witness.',
  storageLabel: 'Disk witness',
  storageColumns: { name: 'Name', status: 'Status', owner: 'Current Owner', size: 'Capacity', usage: 'In use as' },
  usage: { available: 'Available Storage', witness: 'Disk Witness in Quorum', csv: 'Cluster Shared Volume' },
  noDisks: 'The cluster has no disk that can be the witness: a disk witness must be an available cluster disk of at least 512 MB, not a Cluster Shared Volume.',
  fileShareTitle: 'Configure File Share Witness',
  fileShareLabel: 'Shared Folder Path',
  fileShareDescription: 'Select a shared folder that you want to use as the file share witness. The file share must be available to all the nodes, and must not be on one of them.',
  fileShareHint: 'For example: \\\\SWS-DC\\Witness',
  confirmationDescription: 'You are ready to configure the quorum settings of the cluster.',
  progressTitle: 'Configure Cluster Quorum Settings',
  progressDescription: 'Please wait while the quorum settings are configured.',
  summaryDescription: 'You have successfully configured the quorum settings for the cluster.',
  reportFile: 'Configure Cluster Quorum Settings.txt',
} as const;

export const REPORTS_WORDS = {
  title: 'View Validation Report',
  none: 'No validation has run in this lab yet: run Validate a Configuration… first.',
  columns: { started: 'Started', servers: 'Servers', result: 'Result' },
  running: 'Running',
  close: 'Close',
} as const;

/**
 * Configure a Service or Application (2008 R2's High Availability Wizard). The seed document's
 * steps 1–5 and domain-facts.md §2.4 give the page names (Before You Begin, Select Service or
 * Application, Select Virtual Machine, Confirmation, Summary) and "Virtual Machine" in the list.
 * UNVERIFIED: the descriptions, the progress page's title and the summary's sentences.
 */
export const HA_WORDS = {
  title: 'High Availability Wizard',
  intro: [
    'This wizard configures high availability for a service or application. After you complete this wizard, if one node in the cluster fails, another node will take over the service or application, a process known as failover.',
    'A virtual machine can be made highly available only when all of its files (configuration, virtual hard disks, snapshots) are on storage of the cluster, such as a Cluster Shared Volume.',
    'To continue, click Next.',
  ],
  serviceTitle: 'Select Service or Application',
  serviceDescription: 'Select the service or application that you want to configure for high availability:',
  serviceLabel: 'Services and applications',
  serviceColumns: { name: 'Name', description: 'Description' },
  serviceDescriptions: {
    VirtualMachine: 'A virtual machine is a virtualized computer system running on a physical host. Multiple virtual machines can run on one host.',
  },
  vmsTitle: 'Select Virtual Machine',
  vmsDescription: 'Select the virtual machine or machines that you want to configure for high availability. Only virtual machines whose files are all on storage of the cluster can be selected.',
  vmsLabel: 'Virtual machines on the nodes of the cluster',
  vmsColumns: { name: 'Name', status: 'Status', host: 'Host Server' },
  noVms: 'No virtual machine on the nodes of this cluster: create one in Hyper-V Manager first, with its files on a Cluster Shared Volume.',
  confirmationDescription: 'You are ready to configure high availability for the selected virtual machines.',
  summaryRoleType: 'Service or application',
  summaryVms: 'Virtual machines',
  summaryTitle: 'Summary',
  done: 'You have successfully completed the High Availability Wizard.',
  reportTitle: 'High Availability',
  reportFile: 'High Availability.txt',
  configured: (count: number) => `High availability was successfully configured for ${count === 1 ? 'the service or application' : `${count} services or applications`}:`,
  roleLine: (name: string, state: string, owner: string) => `${name}: ${state}, current owner ${owner}`,
  resourceLine: (name: string, state: string) => `  ${name}: ${state}`,
  startHint: 'A virtual machine that was not running is configured Offline: bring it online in Failover Cluster Manager.',
  noOwner: 'none',
} as const;
