// Facts of the Validate a Configuration wizard (Test-Cluster) as the lab runs it: domain-facts.md
// Part A §2.1. Categories in the report's order; Cluster Configuration runs only on an existing
// cluster (a run that names one), after the others. Each test listed here judges state the
// lab has and can both pass and fail in it (tests whose result the lab could not change, such as
// Validate Same Processor Architecture on an all-x64 lab, are left out rather than always passing).
// Validate Cluster Network Configuration is out for now: its warning for iSCSI on the public
// network cannot arise here (a StarWind target's portals are its server's iSCSI-network
// addresses only), and the lab's adapters are all static IPv4, so it could only pass.

export const VALIDATION_CATEGORIES = ['Inventory', 'Network', 'Storage', 'System Configuration', 'Cluster Configuration'] as const;
export type ValidationCategory = (typeof VALIDATION_CATEGORIES)[number];

export type ValidationResult = 'Passed' | 'Warning' | 'Failed' | 'Not run';

export interface ValidationTestFact {
  name: string;
  category: ValidationCategory;
  /** Simulated time the test takes. UNVERIFIED: no timing of a real run was captured. */
  durationMs: number;
}

/**
 * The tests, in the order the wizard runs them. Names as the 2008 R2 help lists them; the
 * inventory item keeps the "List …" form of the other List tests (the ClusPrep table names the
 * item "Operating System Information"; the prefix is UNVERIFIED).
 */
export const VALIDATION_TESTS: readonly ValidationTestFact[] = [
  { name: 'List Operating System Information', category: 'Inventory', durationMs: 2_000 },
  { name: 'Validate IP Configuration', category: 'Network', durationMs: 3_000 },
  { name: 'List Potential Cluster Disks', category: 'Storage', durationMs: 5_000 },
  { name: 'Validate Microsoft MPIO-Based Disks', category: 'Storage', durationMs: 5_000 },
  { name: 'Validate SCSI-3 Persistent Reservation', category: 'Storage', durationMs: 10_000 },
  { name: 'Validate Active Directory Configuration', category: 'System Configuration', durationMs: 2_000 },
  { name: 'Validate Cluster Service and Driver Settings', category: 'System Configuration', durationMs: 2_000 },
  // Cluster Configuration (2008 R2's "List *" reports and Validate Quorum Configuration, plus
  // Validate Resource Status from the same category): only on an existing cluster.
  { name: 'List Cluster Core Groups', category: 'Cluster Configuration', durationMs: 1_000 },
  { name: 'List Cluster Network Information', category: 'Cluster Configuration', durationMs: 1_000 },
  { name: 'Validate Quorum Configuration', category: 'Cluster Configuration', durationMs: 2_000 },
  { name: 'Validate Resource Status', category: 'Cluster Configuration', durationMs: 2_000 },
];

export const VALIDATION_TEST_NAMES = VALIDATION_TESTS.map((test) => test.name);

/** The category that runs only when the run validates an existing cluster. */
export const CLUSTER_CONFIGURATION_CATEGORY: ValidationCategory = 'Cluster Configuration';
/** The tests a run without a cluster runs (all but Cluster Configuration's). */
export const SERVER_VALIDATION_TEST_NAMES = VALIDATION_TESTS.filter((test) => test.category !== CLUSTER_CONFIGURATION_CATEGORY).map((test) => test.name);

/** The feature whose install brings the Cluster service, NetFT.sys and Clusdisk.sys (features catalogue id). */
export const CLUSTER_FEATURE_ID = 'Failover-Clustering';

/** The key prefix the persistent-reservation test registers with (8 bytes: this, then the node's index). */
export const VALIDATION_KEY_PREFIX = 'c1a5';
