// The roles and features Server Manager (Windows Server 2008 R2) offers in this lab: a small
// catalogue, as data. Ids are the names Add-WindowsFeature / ServerManagerCmd use; display names
// are the ones the Add Roles / Add Features wizards list.
//
// Sources (domain-facts.md): the seed document adds "the Hyper-V Role ... along with the Failover
// Clustering and the Multipath I/O Features" to each cluster node; Part A §4 (RackStack runbook):
// Multipath I/O — "A reboot is required after installation". UNVERIFIED (no source in
// domain-facts, §9.6): the ids `Hyper-V` and `Multipath-IO`, that Hyper-V needs a restart (it
// does on every 2008 R2 install seen, but nothing captured says so), that Failover Clustering and
// the other entries need none, and that removing an entry needs a restart exactly when installing
// it does.

export const FEATURE_KINDS = ['role', 'feature'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export interface CatalogueEntry {
  id: string;
  /** As the wizards' check lists and the Roles / Features views show it. */
  name: string;
  kind: FeatureKind;
  /** Its install (or removal) completes only at the next boot ("restart pending" until then). */
  restartRequired: boolean;
  /** One sentence for the Before You Begin / Results pages and the API. */
  description: string;
}

export const FEATURE_CATALOGUE = [
  { id: 'AD-Domain-Services', name: 'Active Directory Domain Services', kind: 'role', restartRequired: false, description: 'Stores information about users, computers, and other devices on the network.' },
  { id: 'DNS', name: 'DNS Server', kind: 'role', restartRequired: false, description: 'Provides name resolution for TCP/IP networks.' },
  { id: 'File-Services', name: 'File Services', kind: 'role', restartRequired: false, description: 'Provides technologies for storage management, file replication, distributed namespace management, fast file searching, and streamlined client access to files.' },
  { id: 'Hyper-V', name: 'Hyper-V', kind: 'role', restartRequired: true, description: 'Provides the services that you can use to create and manage virtual machines and their resources.' },
  { id: 'NET-Framework', name: '.NET Framework 3.5.1 Features', kind: 'feature', restartRequired: false, description: 'Microsoft .NET Framework 3.5.1 combines the power of the .NET Framework 2.0 APIs with new technologies for building applications.' },
  { id: 'Failover-Clustering', name: 'Failover Clustering', kind: 'feature', restartRequired: false, description: 'Allows multiple servers to work together to provide high availability of services and applications.' },
  { id: 'Multipath-IO', name: 'Multipath I/O', kind: 'feature', restartRequired: true, description: 'Microsoft Multipath I/O (MPIO), along with the Microsoft Device Specific Module (DSM) or a third-party DSM, provides support for using multiple data paths to a storage device on Windows.' },
  { id: 'Backup-Features', name: 'Windows Server Backup Features', kind: 'feature', restartRequired: false, description: 'Allows you to back up and recover your operating system, applications and data.' },
] as const satisfies readonly CatalogueEntry[];

export type FeatureId = (typeof FEATURE_CATALOGUE)[number]['id'];
export const FEATURE_IDS = FEATURE_CATALOGUE.map((entry) => entry.id) as FeatureId[];

export const HYPER_V: FeatureId = 'Hyper-V';

const BY_ID = new Map<string, CatalogueEntry>(FEATURE_CATALOGUE.map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

/** Catalogue order, the order the wizards and views list entries in (and snapshots keep). */
export function catalogueOrder(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => FEATURE_IDS.indexOf(a as FeatureId) - FEATURE_IDS.indexOf(b as FeatureId));
}

/**
 * What each kind of server of the seed lab starts with: the DC runs AD DS and DNS (the seed:
 * "SWS-DC is the domain controller for the SWS.com domain name"); storage servers and the cluster
 * nodes start bare (the seed's "Setup The Failover Cluster Nodes" adds the nodes' three).
 */
export const STARTING_FEATURES: Readonly<Record<string, readonly FeatureId[]>> = {
  'domain-controller': ['AD-Domain-Services', 'DNS'],
  storage: [],
  'cluster-node': [],
};

/**
 * The lab's rule for Hyper-V: only the cluster nodes (Demo1..DemoN, the seed's Hyper-V hosts)
 * have processors with hardware virtualization enabled; the storage servers and the DC do not
 * (the seed never runs Hyper-V there). Kept per server as `hyperVSuitable`.
 */
export function hyperVSuitableRole(role: string): boolean {
  return role === 'cluster-node';
}

/** Roles a domain controller of the scenario cannot lose (the lab's rule: DNS and the directory hold the lab together). */
export const DC_PROTECTED: readonly FeatureId[] = ['AD-Domain-Services', 'DNS'];
