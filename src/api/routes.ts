// The route table: one entry per REST route. The handlers in mocks/, the typed client and the
// tests all take paths, methods and body schemas from here.
import type { z } from 'zod';
import {
  addReplicaBodySchema,
  addStarWindServerBodySchema,
  advanceBodySchema,
  clockBodySchema,
  createDeviceBodySchema,
  deviceActionBodySchema,
  deviceWritesBodySchema,
  diskBodySchema,
  diskIoBodySchema,
  diskMpioBodySchema,
  hostFeaturesBodySchema,
  iscsiConnectBodySchema,
  iscsiPortalBodySchema,
  iscsiQuickConnectBodySchema,
  iscsiRadiusBodySchema,
  iscsiRemovePortalBodySchema,
  iscsiRemoveRadiusBodySchema,
  iscsiSettingsBodySchema,
  iscsiVolumeBodySchema,
  mpioBodySchema,
  newLabBodySchema,
  nicBodySchema,
  powershellBodySchema,
  powerBodySchema,
  starwindCredentialsBodySchema,
  starwindLoginBodySchema,
} from './schemas';
import type {
  AddStarWindServerAnswer,
  ClockState,
  Host,
  Job,
  LabEvent,
  LabFile,
  LabInfo,
  Network,
  StarWindDevice,
  StarWindDeviceView,
  StarWindServerView,
  StarWindTargetView,
  Started,
  ValidationAnswer,
  Versioned,
  WritesAnswer,
} from './types';
import type { DiskView, IoResult, MpioView } from '../domain/disks';
import { VALIDATE_ONLY } from './validate-only';
import type { HostFeaturesView } from '../domain/features';
import type { IscsiDeviceView, IscsiInitiatorView, IscsiPortalView, IscsiRadiusServerView, IscsiSession, IscsiTargetView } from '../domain/iscsi';
import type { DiskReservationView } from '../domain/reservations';
import { reservationBodySchema } from '../domain/reservations/schemas';
import type {
  Cluster,
  ClusterNetwork,
  ClusterNode,
  ClusterProperties,
  ClusterQuorum,
  ClusterRole,
  ClusterRoleSummary,
  ClusterSummary,
  QuorumView,
  RoleCandidate,
  SharedVolumesView,
} from '../domain/cluster';
import {
  clusterNetworkBodySchema,
  clusterNodeActionBodySchema,
  clusterPropertiesBodySchema,
  clusterQuorumBodySchema,
  createClusterBodySchema,
  createRoleBodySchema,
  roleActionBodySchema,
  rolePropertiesBodySchema,
  sharedVolumeBodySchema,
} from '../domain/cluster/schemas';
import type { HyperVQueryAnswers, VmView } from '../domain/hyperv';
import { createVmBodySchema, vmActionBodySchema, vmSettingsBodySchema } from '../domain/hyperv/schemas';
import type { HostRatingsAnswer, Migration, MigrationSettingsView } from '../domain/migration';
import { migrationSettingsBodySchema, moveRoleBodySchema } from '../domain/migration/schemas';
import type { ValidationReportView } from '../domain/validation';
import { validationBodySchema } from '../domain/validation/schemas';

export const API_PREFIX = '/api/v1';
const SW_SERVERS = `${API_PREFIX}/starwind/servers`;
const SW_DEVICES = `${API_PREFIX}/starwind/devices`;
const CLUSTERS = `${API_PREFIX}/clusters`;
/** The query of a route that checks a request without carrying it out. */
export { VALIDATE_ONLY };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteDef {
  method: Method;
  /** msw path syntax: `:name` is a parameter. */
  path: string;
  /** Zod schema of the JSON body, for routes that take one. */
  body?: z.ZodType;
  /** Query parameters the client always sends (`?validate=only` routes). */
  query?: Readonly<Record<string, string>>;
  /** Mutating routes answer with `version`; the client waits for the mirror to reach it. */
  mutates: boolean;
  summary: string;
}

export const routes = {
  getLab: { method: 'GET', path: `${API_PREFIX}/lab`, mutates: false, summary: 'The lab: seed, scenario, options, clock, version, hash' },
  newLab: { method: 'POST', path: `${API_PREFIX}/lab`, body: newLabBodySchema, mutates: true, summary: 'Start a new lab' },
  getClock: { method: 'GET', path: `${API_PREFIX}/lab/clock`, mutates: false, summary: 'Clock settings' },
  setClock: { method: 'PUT', path: `${API_PREFIX}/lab/clock`, body: clockBodySchema, mutates: true, summary: 'Pause, resume, set speed' },
  advanceClock: { method: 'POST', path: `${API_PREFIX}/lab/clock/advance`, body: advanceBodySchema, mutates: true, summary: 'Advance virtual time by ms' },
  stepClock: { method: 'POST', path: `${API_PREFIX}/lab/clock/step`, mutates: true, summary: 'Advance to the next due timer' },
  exportLab: { method: 'GET', path: `${API_PREFIX}/lab/export`, mutates: false, summary: 'The lab file' },
  importLab: { method: 'POST', path: `${API_PREFIX}/lab/import`, mutates: true, summary: 'Replace the lab with a lab file' },
  listEvents: { method: 'GET', path: `${API_PREFIX}/events`, mutates: false, summary: 'Events, oldest first' },
  listHosts: { method: 'GET', path: `${API_PREFIX}/hosts`, mutates: false, summary: 'All servers' },
  getHost: { method: 'GET', path: `${API_PREFIX}/hosts/:name`, mutates: false, summary: 'One server' },
  powerHost: { method: 'POST', path: `${API_PREFIX}/hosts/:name/power`, body: powerBodySchema, mutates: true, summary: 'Start, turn off, shut down or restart a server' },
  setNic: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/nics/:nic`, body: nicBodySchema, mutates: true, summary: 'Plug or unplug a network cable' },
  // Server Manager: roles and features. What needs a restart completes through the power route.
  getHostFeatures: { method: 'GET', path: `${API_PREFIX}/hosts/:name/features`, mutates: false, summary: "A server's roles and features: installed, restart pending, available" },
  installHostFeatures: { method: 'POST', path: `${API_PREFIX}/hosts/:name/features`, body: hostFeaturesBodySchema, mutates: true, summary: 'Install roles and features (those needing a restart stay "restart pending")' },
  validateHostFeatures: { method: 'POST', path: `${API_PREFIX}/hosts/:name/features`, query: VALIDATE_ONLY, body: hostFeaturesBodySchema, mutates: false, summary: "Run every check of Add Roles / Add Features without installing (the wizard's Next)" },
  removeHostFeatures: { method: 'DELETE', path: `${API_PREFIX}/hosts/:name/features`, body: hostFeaturesBodySchema, mutates: true, summary: 'Remove roles and features (those needing a restart stay in effect until it)' },
  validateRemoveHostFeatures: { method: 'DELETE', path: `${API_PREFIX}/hosts/:name/features`, query: VALIDATE_ONLY, body: hostFeaturesBodySchema, mutates: false, summary: 'Run every check of Remove Roles / Remove Features without removing' },
  // iSCSI Initiator (per server). `:iqn` is the target's IQN, URL-encoded. A mutating route comes before its `?validate=only` twin.
  getIscsi: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi`, mutates: false, summary: "The iSCSI initiator: service state (started once asked), initiator name" },
  setIscsi: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/iscsi`, body: iscsiSettingsBodySchema, mutates: true, summary: 'Start the iSCSI service (the first-open prompt answered Yes); change the initiator name; set the initiator CHAP secret' },
  validateSetIscsi: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/iscsi`, query: VALIDATE_ONLY, body: iscsiSettingsBodySchema, mutates: false, summary: 'Run every check of the initiator name and CHAP secret without changing them' },
  listIscsiRadius: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/radius`, mutates: false, summary: 'RADIUS: the RADIUS servers (address, port; never the shared secret)' },
  addIscsiRadius: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/radius`, body: iscsiRadiusBodySchema, mutates: true, summary: 'Add RADIUS Server (its shared secret sealed)' },
  validateIscsiRadius: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/radius`, query: VALIDATE_ONLY, body: iscsiRadiusBodySchema, mutates: false, summary: 'Run every check of Add RADIUS Server without adding' },
  removeIscsiRadius: { method: 'DELETE', path: `${API_PREFIX}/hosts/:name/iscsi/radius`, body: iscsiRemoveRadiusBodySchema, mutates: true, summary: 'Remove a RADIUS server' },
  listIscsiDevices: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/devices`, mutates: false, summary: 'The devices of connected targets: disk number, address (Port: Bus: Target: LUN), target, volumes' },
  listIscsiVolumes: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/volumes`, mutates: false, summary: 'Volumes and Devices: the Volume List (bound volumes, mount points and devices)' },
  bindIscsiVolume: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/volumes`, body: iscsiVolumeBodySchema, mutates: true, summary: 'Volumes and Devices → Add: bind a volume, mount point or device of a connected target' },
  validateBindIscsiVolume: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/volumes`, query: VALIDATE_ONLY, body: iscsiVolumeBodySchema, mutates: false, summary: 'Run every check of Add without binding' },
  unbindIscsiVolume: { method: 'DELETE', path: `${API_PREFIX}/hosts/:name/iscsi/volumes`, body: iscsiVolumeBodySchema, mutates: true, summary: 'Volumes and Devices → Remove' },
  autoConfigureIscsiVolumes: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/volumes/auto-configure`, mutates: true, summary: 'Volumes and Devices → Auto Configure: bind every volume (or device) of the connected targets' },
  clearIscsiVolumes: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/volumes/clear`, mutates: true, summary: 'Volumes and Devices → Clear: empty the Volume List' },
  listIscsiPortals: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/portals`, mutates: false, summary: 'Discovery: the target portals' },
  addIscsiPortal: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/portals`, body: iscsiPortalBodySchema, mutates: true, summary: 'Discover Portal: SendTargets over the lab network, the portal added with the targets it offers' },
  validateIscsiPortal: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/portals`, query: VALIDATE_ONLY, body: iscsiPortalBodySchema, mutates: false, summary: 'Run every check of Discover Portal without adding it' },
  removeIscsiPortal: { method: 'DELETE', path: `${API_PREFIX}/hosts/:name/iscsi/portals`, body: iscsiRemovePortalBodySchema, mutates: true, summary: 'Remove a target portal (its sessions stay)' },
  listIscsiTargets: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/targets`, mutates: false, summary: 'Targets: discovered targets with their status (Inactive, Connected, Reconnecting)' },
  connectIscsiTarget: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/targets/:iqn/connect`, body: iscsiConnectBodySchema, mutates: true, summary: 'Connect: one session on one path (initiator IP → target portal), a favorite by default' },
  validateConnectIscsiTarget: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/targets/:iqn/connect`, query: VALIDATE_ONLY, body: iscsiConnectBodySchema, mutates: false, summary: 'Run every check of Connect without logging on' },
  disconnectIscsiTarget: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/targets/:iqn/disconnect`, mutates: true, summary: "Disconnect: log off the target's sessions (its favorites stay)" },
  quickConnectIscsi: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/quick-connect`, body: iscsiQuickConnectBodySchema, mutates: true, summary: 'Quick Connect: discover, log on and keep as favorites (not for targets that need CHAP)' },
  validateQuickConnectIscsi: { method: 'POST', path: `${API_PREFIX}/hosts/:name/iscsi/quick-connect`, query: VALIDATE_ONLY, body: iscsiQuickConnectBodySchema, mutates: false, summary: 'Run every check of Quick Connect without logging on' },
  listIscsiSessions: { method: 'GET', path: `${API_PREFIX}/hosts/:name/iscsi/sessions`, mutates: false, summary: 'Sessions: one per path, connected or reconnecting' },
  // MPIO and Disk Management. The claim of iSCSI devices takes effect at the next completed boot.
  getMpio: { method: 'GET', path: `${API_PREFIX}/hosts/:name/mpio`, mutates: false, summary: 'MPIO: whether iSCSI devices are claimed, a change waiting for the restart, the Multipath I/O feature' },
  setMpio: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/mpio`, body: mpioBodySchema, mutates: true, summary: 'Discover Multi-Paths → Add support for iSCSI devices (restart required)' },
  validateMpio: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/mpio`, query: VALIDATE_ONLY, body: mpioBodySchema, mutates: false, summary: 'Run every check of the claim without changing it' },
  listDisks: { method: 'GET', path: `${API_PREFIX}/hosts/:name/disks`, mutates: false, summary: 'Disk Management: Disk 0 and the iSCSI disks (one per path before the MPIO claim, one per LUN after it)' },
  setDisk: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/disks/:number`, body: diskBodySchema, mutates: true, summary: 'Online / Offline, Initialize Disk (MBR or GPT), New Simple Volume' },
  validateDisk: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/disks/:number`, query: VALIDATE_ONLY, body: diskBodySchema, mutates: false, summary: 'Run every check of a disk change without making it' },
  getDiskMpio: { method: 'GET', path: `${API_PREFIX}/hosts/:name/disks/:number/mpio`, mutates: false, summary: "A disk's MPIO tab: load-balance policy and paths" },
  setDiskMpio: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/disks/:number/mpio`, body: diskMpioBodySchema, mutates: true, summary: 'Set the MSDSM load-balance policy, standby paths, weights' },
  validateDiskMpio: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/disks/:number/mpio`, query: VALIDATE_ONLY, body: diskMpioBodySchema, mutates: false, summary: 'Run every check of a policy change without making it' },
  // SCSI-3 persistent reservations, issued by the node through its disk (the cluster's commands).
  getDiskReservation: { method: 'GET', path: `${API_PREFIX}/hosts/:name/disks/:number/reservation`, mutates: false, summary: "The disk's LUN as the node reads it: registered keys, the reservation's holder and type, the PR generation" },
  persistentReserveOut: { method: 'POST', path: `${API_PREFIX}/hosts/:name/disks/:number/reservation`, body: reservationBodySchema, mutates: true, summary: 'PERSISTENT RESERVE OUT: register (key 0 unregisters), reserve (Write Exclusive - Registrants Only), preempt, release, clear' },
  validatePersistentReserveOut: { method: 'POST', path: `${API_PREFIX}/hosts/:name/disks/:number/reservation`, query: VALIDATE_ONLY, body: reservationBodySchema, mutates: false, summary: 'Run every check of a PERSISTENT RESERVE OUT without issuing it' },
  runDiskIo: { method: 'POST', path: `${API_PREFIX}/hosts/:name/disks/:number/io`, body: diskIoBodySchema, mutates: true, summary: 'Run the I/O generator (as DiskSpd) through MPIO and StarWind: 200 with the result, 202 with the job of a longer run' },
  validateDiskIo: { method: 'POST', path: `${API_PREFIX}/hosts/:name/disks/:number/io`, query: VALIDATE_ONLY, body: diskIoBodySchema, mutates: false, summary: 'Run every check of an I/O run without starting it' },
  // Failover Cluster Manager: Validate a Configuration (Test-Cluster), a job whose report is kept.
  runClusterValidation: { method: 'POST', path: `${API_PREFIX}/cluster-validations`, body: validationBodySchema, mutates: true, summary: 'Validate a Configuration: run all tests or the named ones on the servers; 202 with the job and the report\'s id' },
  validateClusterValidation: { method: 'POST', path: `${API_PREFIX}/cluster-validations`, query: VALIDATE_ONLY, body: validationBodySchema, mutates: false, summary: 'Run the checks of Select Servers and Test Selection without starting the run' },
  listClusterValidations: { method: 'GET', path: `${API_PREFIX}/cluster-validations`, mutates: false, summary: 'Validation reports, running and completed, oldest first' },
  getClusterValidation: { method: 'GET', path: `${API_PREFIX}/cluster-validations/:id`, mutates: false, summary: 'One validation report: each test\'s result (Passed, Warning, Failed, Not run) and explanation per server, by category' },
  // Failover Cluster Manager: clusters (`:name` is the cluster's name, any case). A mutating route comes before its `?validate=only` twin.
  listClusters: { method: 'GET', path: CLUSTERS, mutates: false, summary: 'Clusters: name, address, state, nodes and nodes up' },
  createCluster: { method: 'POST', path: CLUSTERS, body: createClusterBodySchema, mutates: true, summary: 'Create Cluster: 202 with the `cluster.create` job and the cluster (Creating until the job ends)' },
  validateCreateCluster: { method: 'POST', path: CLUSTERS, query: VALIDATE_ONLY, body: createClusterBodySchema, mutates: false, summary: 'Run every check of Create Cluster (servers, name, address) without creating' },
  getCluster: { method: 'GET', path: `${CLUSTERS}/:name`, mutates: false, summary: 'One cluster: nodes, networks, disks, quorum, properties' },
  getClusterProperties: { method: 'GET', path: `${CLUSTERS}/:name/properties`, mutates: false, summary: 'Heartbeat properties, DynamicQuorum, EnableSharedVolumes' },
  setClusterProperties: { method: 'PUT', path: `${CLUSTERS}/:name/properties`, body: clusterPropertiesBodySchema, mutates: true, summary: 'Change properties within their documented ranges; EnableSharedVolumes 1 is Enable Cluster Shared Volumes' },
  validateSetClusterProperties: { method: 'PUT', path: `${CLUSTERS}/:name/properties`, query: VALIDATE_ONLY, body: clusterPropertiesBodySchema, mutates: false, summary: 'Run every check of a property change without making it' },
  listClusterNodes: { method: 'GET', path: `${CLUSTERS}/:name/nodes`, mutates: false, summary: 'Nodes: state (Up, Down, Paused, Joining), votes' },
  clusterNodeAction: { method: 'POST', path: `${CLUSTERS}/:name/nodes/:node/actions`, body: clusterNodeActionBodySchema, mutates: true, summary: 'Pause, Resume, Evict, Stop Cluster Service, Start Cluster Service' },
  getClusterQuorum: { method: 'GET', path: `${CLUSTERS}/:name/quorum`, mutates: false, summary: 'Quorum: mode, witness, votes now and votes needed' },
  setClusterQuorum: { method: 'PUT', path: `${CLUSTERS}/:name/quorum`, body: clusterQuorumBodySchema, mutates: true, summary: 'Configure Cluster Quorum Settings: the mode and its witness' },
  validateSetClusterQuorum: { method: 'PUT', path: `${CLUSTERS}/:name/quorum`, query: VALIDATE_ONLY, body: clusterQuorumBodySchema, mutates: false, summary: 'Run every check of a quorum change without making it' },
  getClusterNetwork: { method: 'GET', path: `${CLUSTERS}/:name/networks/:network`, mutates: false, summary: 'A cluster network: role, state, interfaces' },
  setClusterNetwork: { method: 'PUT', path: `${CLUSTERS}/:name/networks/:network`, body: clusterNetworkBodySchema, mutates: true, summary: 'Set the role (none, cluster, cluster-and-client) or rename' },
  listSharedVolumes: { method: 'GET', path: `${CLUSTERS}/:name/shared-volumes`, mutates: false, summary: 'Cluster Shared Volumes: enabled, volumes, disks that may be added' },
  addSharedVolume: { method: 'POST', path: `${CLUSTERS}/:name/shared-volumes`, body: sharedVolumeBodySchema, mutates: true, summary: 'Add Storage to CSV: the disk appears as C:\\ClusterStorage\\VolumeN on every node' },
  // Failover Cluster Manager: roles (services and applications; `:role` is the role's name, any case).
  listClusterRoles: { method: 'GET', path: `${CLUSTERS}/:name/roles`, mutates: false, summary: 'Services and applications: name, type, status, current owner' },
  createClusterRole: { method: 'POST', path: `${CLUSTERS}/:name/roles`, body: createRoleBodySchema, mutates: true, summary: 'Configure a Service or Application → Virtual Machine: one role per selected machine, created Offline' },
  validateCreateClusterRole: { method: 'POST', path: `${CLUSTERS}/:name/roles`, query: VALIDATE_ONLY, body: createRoleBodySchema, mutates: false, summary: 'Run every check of Configure a Service or Application without configuring' },
  listClusterRoleCandidates: { method: 'GET', path: `${CLUSTERS}/:name/role-candidates`, mutates: false, summary: "Select Virtual Machine: the nodes' virtual machines, each eligible or with the reason it is not" },
  getClusterRole: { method: 'GET', path: `${CLUSTERS}/:name/roles/:role`, mutates: false, summary: 'One role: status, owner, resources, preferred owners, failover and failback' },
  setClusterRole: { method: 'PUT', path: `${CLUSTERS}/:name/roles/:role`, body: rolePropertiesBodySchema, mutates: true, summary: 'Properties: preferred owners, maximum failures in the period, failback' },
  validateSetClusterRole: { method: 'PUT', path: `${CLUSTERS}/:name/roles/:role`, query: VALIDATE_ONLY, body: rolePropertiesBodySchema, mutates: false, summary: 'Run every check of a properties change without making it' },
  clusterRoleAction: { method: 'POST', path: `${CLUSTERS}/:name/roles/:role/actions`, body: roleActionBodySchema, mutates: true, summary: 'start (bring online), stop (take offline), move (to `node`, or the best possible node)' },
  validateClusterRoleAction: { method: 'POST', path: `${CLUSTERS}/:name/roles/:role/actions`, query: VALIDATE_ONLY, body: roleActionBodySchema, mutates: false, summary: 'Run every check of a role action without acting' },
  // Live and quick migration (Live migrate / Quick migrate, the Migrate wizard, Move-ClusterVirtualMachineRole).
  moveClusterRole: { method: 'POST', path: `${CLUSTERS}/:name/roles/:role/move`, body: moveRoleBodySchema, mutates: true, summary: 'Live or quick migrate a role to `node` (absent: the best possible node); answers the migration id (Queued or Running: follow it)' },
  validateMoveClusterRole: { method: 'POST', path: `${CLUSTERS}/:name/roles/:role/move`, query: VALIDATE_ONLY, body: moveRoleBodySchema, mutates: false, summary: 'Run every check of a migration without starting it' },
  getMigrationSettings: { method: 'GET', path: `${CLUSTERS}/:name/migration-settings`, mutates: false, summary: 'Live migration settings: downtime target, TCP timeout, switch-over time, network order, simultaneous live migrations' },
  setMigrationSettings: { method: 'PUT', path: `${CLUSTERS}/:name/migration-settings`, body: migrationSettingsBodySchema, mutates: true, summary: 'Change live migration settings (networkOrder null: the default order)' },
  validateSetMigrationSettings: { method: 'PUT', path: `${CLUSTERS}/:name/migration-settings`, query: VALIDATE_ONLY, body: migrationSettingsBodySchema, mutates: false, summary: 'Run every check of a settings change without making it' },
  listMigrations: { method: 'GET', path: `${API_PREFIX}/migrations`, mutates: false, summary: 'Migrations, newest first (`?cluster=` for one cluster): the jobs list' },
  getMigration: { method: 'GET', path: `${API_PREFIX}/migrations/:id`, mutates: false, summary: 'One migration: state, phase, passes, total time, downtime, clients kept connected, timeline' },
  cancelMigration: { method: 'POST', path: `${API_PREFIX}/migrations/:id/cancel`, mutates: true, summary: 'Cancel a queued or running migration (the machine stays on its source)' },
  getHostRatings: { method: 'GET', path: `${CLUSTERS}/:name/roles/:role/host-ratings`, mutates: false, summary: "Virtual Machine Manager's Select Host: every other node of the role's cluster rated 0–5 stars for Live and Quick, with the Rating Explanation" },
  // Hyper-V Manager: a server's virtual machines (`:vm` is the machine's name, any case). A mutating route comes before its `?validate=only` twin.
  listVms: { method: 'GET', path: `${API_PREFIX}/hosts/:name/vms`, mutates: false, summary: "A server's memory and logical processors for virtual machines, and its virtual machines with state, uptime and memory" },
  createVm: { method: 'POST', path: `${API_PREFIX}/hosts/:name/vms`, body: createVmBodySchema, mutates: true, summary: 'New Virtual Machine: name and location, memory, networking, virtual hard disk, installation options; created Off' },
  validateCreateVm: { method: 'POST', path: `${API_PREFIX}/hosts/:name/vms`, query: VALIDATE_ONLY, body: createVmBodySchema, mutates: false, summary: 'Run every check of New Virtual Machine without creating it' },
  getVm: { method: 'GET', path: `${API_PREFIX}/hosts/:name/vms/:vm`, mutates: false, summary: 'One virtual machine' },
  setVmSettings: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/vms/:vm`, body: vmSettingsBodySchema, mutates: true, summary: 'Settings: memory (only while Off), automatic start action, the workload of the guest' },
  validateSetVmSettings: { method: 'PUT', path: `${API_PREFIX}/hosts/:name/vms/:vm`, query: VALIDATE_ONLY, body: vmSettingsBodySchema, mutates: false, summary: 'Run every check of a settings change without making it' },
  vmAction: { method: 'POST', path: `${API_PREFIX}/hosts/:name/vms/:vm/actions`, body: vmActionBodySchema, mutates: true, summary: 'Start, Turn Off, Shut Down, Save, Pause, Resume (`?validate=only` checks without acting)' },
  listNetworks: { method: 'GET', path: `${API_PREFIX}/networks`, mutates: false, summary: 'All networks' },
  listJobs: { method: 'GET', path: `${API_PREFIX}/jobs`, mutates: false, summary: 'Jobs: operations that run over simulated time (running, and the latest ended)' },
  getJob: { method: 'GET', path: `${API_PREFIX}/jobs/:id`, mutates: false, summary: 'One job: state, progress mark and rate, result' },

  // StarWind Management Console. `:host` is a server's name as the console shows it.
  // Windows PowerShell on a server: one command line against the lab (FailoverClusters, Hyper-V cmdlets).
  runPowerShell: { method: 'POST', path: `${API_PREFIX}/powershell`, body: powershellBodySchema, mutates: true, summary: 'Run a PowerShell command line on a server: its output and error records as the console prints them, and the session\'s modules after it' },
  listStarWindServers: { method: 'GET', path: SW_SERVERS, mutates: false, summary: 'Servers in the StarWind console, each with its service' },
  addStarWindServer: { method: 'POST', path: SW_SERVERS, body: addStarWindServerBodySchema, mutates: true, summary: 'Add Server (and log in when credentials are given)' },
  validateStarWindServer: { method: 'POST', path: SW_SERVERS, query: VALIDATE_ONLY, body: addStarWindServerBodySchema, mutates: false, summary: 'Check Add Server without adding' },
  getStarWindServer: { method: 'GET', path: `${SW_SERVERS}/:host`, mutates: false, summary: 'One server in the console' },
  removeStarWindServer: { method: 'DELETE', path: `${SW_SERVERS}/:host`, mutates: true, summary: 'Remove a server from the console' },
  connectStarWindServer: { method: 'POST', path: `${SW_SERVERS}/:host/connect`, body: starwindLoginBodySchema, mutates: true, summary: 'Log in to a server in the console' },
  disconnectStarWindServer: { method: 'POST', path: `${SW_SERVERS}/:host/disconnect`, mutates: true, summary: 'Disconnect from a server' },
  setStarWindCredentials: { method: 'PUT', path: `${SW_SERVERS}/:host/credentials`, body: starwindCredentialsBodySchema, mutates: true, summary: 'Change the management login and password' },
  listStarWindTargets: { method: 'GET', path: `${SW_SERVERS}/:host/targets`, mutates: false, summary: "A server's targets" },
  listStarWindDevices: { method: 'GET', path: `${SW_SERVERS}/:host/devices`, mutates: false, summary: "A server's devices" },
  createStarWindDevice: { method: 'POST', path: `${SW_SERVERS}/:host/devices`, body: createDeviceBodySchema, mutates: true, summary: 'Add Target: a device and its target (an HA device: both sides)' },
  validateStarWindDevice: { method: 'POST', path: `${SW_SERVERS}/:host/devices`, query: VALIDATE_ONLY, body: createDeviceBodySchema, mutates: false, summary: "Run every check of Add Target without creating (the wizard's Next)" },
  getStarWindDevice: { method: 'GET', path: `${SW_DEVICES}/:id`, mutates: false, summary: 'An HA device (the pair, sync progress now) or a device' },
  removeStarWindDevice: { method: 'DELETE', path: `${SW_DEVICES}/:id`, mutates: true, summary: 'Remove a device (an HA device: both sides)' },
  starwindDeviceAction: { method: 'POST', path: `${SW_DEVICES}/:id/actions`, body: deviceActionBodySchema, mutates: true, summary: 'Synchronize, Mark as synchronized, maintenance mode on/off' },
  addStarWindReplica: { method: 'POST', path: `${SW_DEVICES}/:id/replicas`, body: addReplicaBodySchema, mutates: true, summary: 'Replication Manager → Add Replica (v8): a plain image-file device becomes an HA device' },
  validateStarWindReplica: { method: 'POST', path: `${SW_DEVICES}/:id/replicas`, query: VALIDATE_ONLY, body: addReplicaBodySchema, mutates: false, summary: "Run every check of Add Replica without adding (the wizard's Next)" },
  writeStarWindDevice: { method: 'POST', path: `${SW_DEVICES}/:id/writes`, body: deviceWritesBodySchema, mutates: true, summary: 'Write blocks through one side (tests, later I/O)' },
} as const satisfies Record<string, RouteDef>;

export type RouteId = keyof typeof routes;

/** Bodies by route (inferred from the schemas; importLab takes a whole lab file). */
export type RouteBodies = {
  newLab: z.input<typeof newLabBodySchema>;
  setClock: z.input<typeof clockBodySchema>;
  advanceClock: z.input<typeof advanceBodySchema>;
  powerHost: z.input<typeof powerBodySchema>;
  setNic: z.input<typeof nicBodySchema>;
  importLab: LabFile;
  validateHostFeatures: z.input<typeof hostFeaturesBodySchema>;
  installHostFeatures: z.input<typeof hostFeaturesBodySchema>;
  setIscsi: z.input<typeof iscsiSettingsBodySchema>;
  validateSetIscsi: z.input<typeof iscsiSettingsBodySchema>;
  addIscsiRadius: z.input<typeof iscsiRadiusBodySchema>;
  validateIscsiRadius: z.input<typeof iscsiRadiusBodySchema>;
  removeIscsiRadius: z.input<typeof iscsiRemoveRadiusBodySchema>;
  bindIscsiVolume: z.input<typeof iscsiVolumeBodySchema>;
  validateBindIscsiVolume: z.input<typeof iscsiVolumeBodySchema>;
  unbindIscsiVolume: z.input<typeof iscsiVolumeBodySchema>;
  addIscsiPortal: z.input<typeof iscsiPortalBodySchema>;
  validateIscsiPortal: z.input<typeof iscsiPortalBodySchema>;
  removeIscsiPortal: z.input<typeof iscsiRemovePortalBodySchema>;
  connectIscsiTarget: z.input<typeof iscsiConnectBodySchema>;
  validateConnectIscsiTarget: z.input<typeof iscsiConnectBodySchema>;
  quickConnectIscsi: z.input<typeof iscsiQuickConnectBodySchema>;
  validateQuickConnectIscsi: z.input<typeof iscsiQuickConnectBodySchema>;
  setMpio: z.input<typeof mpioBodySchema>;
  validateMpio: z.input<typeof mpioBodySchema>;
  setDisk: z.input<typeof diskBodySchema>;
  validateDisk: z.input<typeof diskBodySchema>;
  setDiskMpio: z.input<typeof diskMpioBodySchema>;
  validateDiskMpio: z.input<typeof diskMpioBodySchema>;
  persistentReserveOut: z.input<typeof reservationBodySchema>;
  validatePersistentReserveOut: z.input<typeof reservationBodySchema>;
  runDiskIo: z.input<typeof diskIoBodySchema>;
  runClusterValidation: z.input<typeof validationBodySchema>;
  validateClusterValidation: z.input<typeof validationBodySchema>;
  validateDiskIo: z.input<typeof diskIoBodySchema>;
  createCluster: z.input<typeof createClusterBodySchema>;
  validateCreateCluster: z.input<typeof createClusterBodySchema>;
  setClusterProperties: z.input<typeof clusterPropertiesBodySchema>;
  validateSetClusterProperties: z.input<typeof clusterPropertiesBodySchema>;
  clusterNodeAction: z.input<typeof clusterNodeActionBodySchema>;
  setClusterQuorum: z.input<typeof clusterQuorumBodySchema>;
  validateSetClusterQuorum: z.input<typeof clusterQuorumBodySchema>;
  setClusterNetwork: z.input<typeof clusterNetworkBodySchema>;
  addSharedVolume: z.input<typeof sharedVolumeBodySchema>;
  createClusterRole: z.input<typeof createRoleBodySchema>;
  validateCreateClusterRole: z.input<typeof createRoleBodySchema>;
  setClusterRole: z.input<typeof rolePropertiesBodySchema>;
  validateSetClusterRole: z.input<typeof rolePropertiesBodySchema>;
  clusterRoleAction: z.input<typeof roleActionBodySchema>;
  validateClusterRoleAction: z.input<typeof roleActionBodySchema>;
  moveClusterRole: z.input<typeof moveRoleBodySchema>;
  validateMoveClusterRole: z.input<typeof moveRoleBodySchema>;
  setMigrationSettings: z.input<typeof migrationSettingsBodySchema>;
  validateSetMigrationSettings: z.input<typeof migrationSettingsBodySchema>;
  createVm: z.input<typeof createVmBodySchema>;
  validateCreateVm: z.input<typeof createVmBodySchema>;
  setVmSettings: z.input<typeof vmSettingsBodySchema>;
  validateSetVmSettings: z.input<typeof vmSettingsBodySchema>;
  vmAction: z.input<typeof vmActionBodySchema>;
  validateRemoveHostFeatures: z.input<typeof hostFeaturesBodySchema>;
  removeHostFeatures: z.input<typeof hostFeaturesBodySchema>;
  runPowerShell: z.input<typeof powershellBodySchema>;
  addStarWindServer: z.input<typeof addStarWindServerBodySchema>;
  validateStarWindServer: z.input<typeof addStarWindServerBodySchema>;
  connectStarWindServer: z.input<typeof starwindLoginBodySchema>;
  setStarWindCredentials: z.input<typeof starwindCredentialsBodySchema>;
  createStarWindDevice: z.input<typeof createDeviceBodySchema>;
  validateStarWindDevice: z.input<typeof createDeviceBodySchema>;
  starwindDeviceAction: z.input<typeof deviceActionBodySchema>;
  writeStarWindDevice: z.input<typeof deviceWritesBodySchema>;
  addStarWindReplica: z.input<typeof addReplicaBodySchema>;
  validateStarWindReplica: z.input<typeof addReplicaBodySchema>;
};

/** Answers by route. */
export interface RouteAnswers {
  getLab: LabInfo;
  newLab: LabInfo;
  getClock: ClockState;
  setClock: ClockState & Versioned;
  advanceClock: LabInfo;
  stepClock: LabInfo;
  exportLab: LabFile;
  importLab: LabInfo;
  listEvents: { events: LabEvent[] };
  listHosts: { hosts: Host[] };
  getHost: Host;
  powerHost: Host & Versioned;
  setNic: Host & Versioned;
  getHostFeatures: HostFeaturesView;
  validateHostFeatures: ValidationAnswer;
  /** The server's roles and features after the change; `restartRequired` when some of them wait for the next boot. */
  installHostFeatures: HostFeaturesView & Versioned & { restartRequired: boolean };
  validateRemoveHostFeatures: ValidationAnswer;
  removeHostFeatures: HostFeaturesView & Versioned & { restartRequired: boolean };
  getIscsi: IscsiInitiatorView;
  setIscsi: IscsiInitiatorView & Versioned;
  validateSetIscsi: ValidationAnswer;
  listIscsiRadius: { host: string; servers: IscsiRadiusServerView[] };
  addIscsiRadius: { host: string; servers: IscsiRadiusServerView[] } & Versioned;
  validateIscsiRadius: ValidationAnswer;
  removeIscsiRadius: { host: string; servers: IscsiRadiusServerView[] } & Versioned;
  listIscsiDevices: { host: string; devices: IscsiDeviceView[] };
  listIscsiVolumes: { host: string; volumes: string[] };
  bindIscsiVolume: { host: string; volumes: string[] } & Versioned;
  validateBindIscsiVolume: ValidationAnswer;
  unbindIscsiVolume: { host: string; volumes: string[] } & Versioned;
  autoConfigureIscsiVolumes: { host: string; volumes: string[] } & Versioned;
  clearIscsiVolumes: { host: string; volumes: string[] } & Versioned;
  listIscsiPortals: { host: string; portals: IscsiPortalView[] };
  /** The portals and the Targets tab after the discovery. */
  addIscsiPortal: { host: string; portals: IscsiPortalView[]; targets: IscsiTargetView[] } & Versioned;
  validateIscsiPortal: ValidationAnswer;
  removeIscsiPortal: { host: string; portals: IscsiPortalView[] } & Versioned;
  listIscsiTargets: { host: string; targets: IscsiTargetView[] };
  /** The target after the change and the host's sessions. */
  connectIscsiTarget: { host: string; target: IscsiTargetView; sessions: IscsiSession[] } & Versioned;
  validateConnectIscsiTarget: ValidationAnswer;
  disconnectIscsiTarget: { host: string; target: IscsiTargetView; sessions: IscsiSession[] } & Versioned;
  quickConnectIscsi: { host: string; targets: IscsiTargetView[]; sessions: IscsiSession[] } & Versioned;
  validateQuickConnectIscsi: ValidationAnswer;
  listIscsiSessions: { host: string; sessions: IscsiSession[] };
  getMpio: MpioView;
  /** `restartRequired` while the change waits for the next boot. */
  setMpio: MpioView & Versioned & { restartRequired: boolean };
  validateMpio: ValidationAnswer;
  listDisks: { host: string; disks: DiskView[] };
  setDisk: DiskView & Versioned;
  validateDisk: ValidationAnswer;
  getDiskMpio: { host: string; number: number; policy: DiskView['policy']; paths: DiskView['paths'] };
  setDiskMpio: { host: string; number: number; policy: DiskView['policy']; paths: DiskView['paths'] } & Versioned;
  validateDiskMpio: ValidationAnswer;
  getDiskReservation: DiskReservationView;
  persistentReserveOut: DiskReservationView & Versioned;
  validatePersistentReserveOut: ValidationAnswer;
  /** 200 with the run's `result` when it completed at once; 202 with its `disks.io` job's `jobId` (the job's details carry the same result as JSON in `result` when it ends). */
  runDiskIo: { host: string; number: number; result: IoResult | null } & Versioned & Started;
  validateDiskIo: ValidationAnswer;
  /** 202 with the run's `jobId` (`cluster.validate`, one step per test) and the report it fills. */
  runClusterValidation: ValidationReportView & Versioned & Started;
  validateClusterValidation: ValidationAnswer;
  listClusterValidations: { validations: ValidationReportView[] };
  getClusterValidation: ValidationReportView;
  listClusters: { clusters: ClusterSummary[] };
  /** 202 with the `cluster.create` job's `jobId`; the cluster is Creating until it ends. */
  createCluster: Cluster & Versioned & Started;
  validateCreateCluster: ValidationAnswer;
  getCluster: Cluster;
  getClusterProperties: ClusterProperties;
  setClusterProperties: ClusterProperties & Versioned;
  validateSetClusterProperties: ValidationAnswer;
  listClusterNodes: { nodes: ClusterNode[] };
  /** The cluster's nodes after the action (an evicted node is gone from them). */
  clusterNodeAction: { nodes: ClusterNode[] } & Versioned;
  getClusterQuorum: QuorumView;
  setClusterQuorum: ClusterQuorum & Versioned;
  validateSetClusterQuorum: ValidationAnswer;
  getClusterNetwork: ClusterNetwork;
  setClusterNetwork: ClusterNetwork & Versioned;
  listSharedVolumes: SharedVolumesView;
  addSharedVolume: SharedVolumesView & Versioned;
  listClusterRoles: { roles: ClusterRoleSummary[] };
  /** The roles made, one per selected machine, each Offline. */
  createClusterRole: { roles: ClusterRole[] } & Versioned;
  validateCreateClusterRole: ValidationAnswer;
  listClusterRoleCandidates: { candidates: RoleCandidate[] };
  getClusterRole: ClusterRole;
  setClusterRole: ClusterRole & Versioned;
  validateSetClusterRole: ValidationAnswer;
  /** The role as the action left it (a start or a move may still be Pending: follow the role). */
  clusterRoleAction: ClusterRole & Versioned;
  validateClusterRoleAction: ValidationAnswer;
  /** The migration started (Running) or waiting for a free node (Queued): follow it with getMigration. */
  moveClusterRole: { migrationId: string; migration: Migration } & Versioned;
  validateMoveClusterRole: ValidationAnswer;
  getMigrationSettings: MigrationSettingsView;
  setMigrationSettings: MigrationSettingsView & Versioned;
  validateSetMigrationSettings: ValidationAnswer;
  listMigrations: { migrations: Migration[] };
  getMigration: Migration;
  cancelMigration: Migration & Versioned;
  getHostRatings: HostRatingsAnswer;
  listVms: HyperVQueryAnswers['hostVms'];
  createVm: VmView & Versioned;
  validateCreateVm: ValidationAnswer;
  getVm: VmView;
  setVmSettings: VmView & Versioned;
  validateSetVmSettings: ValidationAnswer;
  vmAction: VmView & Versioned;
  listNetworks: { networks: Network[] };
  listJobs: { jobs: Job[] };
  getJob: Job;
  /** The success stream and each error record as the console prints them; the session to send with the next line. */
  runPowerShell: { output: string; errors: string[]; session: { modules: string[] } } & Versioned;
  listStarWindServers: { servers: StarWindServerView[] };
  addStarWindServer: AddStarWindServerAnswer;
  validateStarWindServer: ValidationAnswer;
  getStarWindServer: StarWindServerView;
  removeStarWindServer: { host: string } & Versioned;
  connectStarWindServer: StarWindServerView & Versioned;
  disconnectStarWindServer: StarWindServerView & Versioned;
  setStarWindCredentials: StarWindServerView & Versioned;
  listStarWindTargets: { targets: StarWindTargetView[] };
  listStarWindDevices: { devices: StarWindDevice[] };
  /** 202 with `jobId` when an initial sync started (follow it in the mirror's `jobs`); else 200, `jobId: null`. */
  createStarWindDevice: StarWindDeviceView & Versioned & Started;
  validateStarWindDevice: ValidationAnswer;
  getStarWindDevice: StarWindDeviceView;
  removeStarWindDevice: { id: string } & Versioned;
  /** `synchronize`: 202 with the sync's `jobId`; the other actions 200 with `jobId: null`. */
  starwindDeviceAction: StarWindDeviceView & Versioned & Started;
  /** 200 with the batch's modelled `latency` when it was acknowledged at once; 202 with the `starwind.writes` job's `jobId` (and `latency: null`) when it waits for a silent partner. */
  writeStarWindDevice: WritesAnswer;
  /** The HA device the replica made: 202 with the initial sync's `jobId`; 200 with `jobId: null` for "do not synchronize". */
  addStarWindReplica: StarWindDeviceView & Versioned & Started;
  validateStarWindReplica: ValidationAnswer;
}

/** Fills `:param` placeholders, encoding each value. */
export function routePath(id: RouteId, params: Record<string, string> = {}): string {
  return routes[id].path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`route ${id} needs :${key}`);
    return encodeURIComponent(value);
  });
}
