// What the lab's PowerShell knows of Windows PowerShell itself, in one place. Sourced: the cmdlet
// names and Move-ClusterVirtualMachineRole's parameters (learn.microsoft.com), PowerShell 2.0 on
// Windows Server 2008 R2 with the FailoverClusters module imported by hand, module autoloading
// from PowerShell 3.0 (2012 and later), the Hyper-V module from Windows Server 2012, the
// not-recognized, parameter-not-found and missing-mandatory error texts.
// UNVERIFIED (no capture at hand): the .NET class names in FullyQualifiedErrorId, the cmdlets' own
// error texts (a node, group or machine not found; the cluster service not reachable) and their
// categories, the default views' column widths (the lab sizes every table as -AutoSize does), and
// whether 2008 R2's Move-ClusterVirtualMachineRole already took -MigrationType (the lab offers the
// 2012 parameter set on every version).
import type { OsVersion } from '../../src/domain/lab';
import type { ErrorLayout } from './errors';

/** PowerShell's version per Windows Server version: 2.0 prints the old error layout and has no autoloading. */
export const POWERSHELL_VERSIONS: Record<OsVersion, { version: string; layout: ErrorLayout; autoload: boolean }> = {
  '2008R2': { version: '2.0', layout: 'v2', autoload: false },
  '2012R2': { version: '4.0', layout: 'v3', autoload: true },
  '2016': { version: '5.1', layout: 'v3', autoload: true },
};

export const FAILOVER_CLUSTERS = 'FailoverClusters';
export const HYPER_V = 'Hyper-V';
export type ModuleName = typeof FAILOVER_CLUSTERS | typeof HYPER_V;
export const MODULES: readonly ModuleName[] = [FAILOVER_CLUSTERS, HYPER_V];

/** UNVERIFIED: the cmdlets' .NET classes. */
export const CLASS_NAMES = {
  getClusterNode: 'Microsoft.FailoverClusters.PowerShell.GetNodeCommand',
  getClusterGroup: 'Microsoft.FailoverClusters.PowerShell.GetClusterGroupCommand',
  moveVmRole: 'Microsoft.FailoverClusters.PowerShell.MoveClusterVirtualMachineRoleCommand',
  getVm: 'Microsoft.HyperV.PowerShell.Commands.GetVMCommand',
  importModule: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
  getModule: 'Microsoft.PowerShell.Commands.GetModuleCommand',
  formatTable: 'Microsoft.PowerShell.Commands.FormatTableCommand',
  formatList: 'Microsoft.PowerShell.Commands.FormatListCommand',
} as const;

export const TYPE_NAMES = {
  node: 'Microsoft.FailoverClusters.PowerShell.ClusterNode',
  group: 'Microsoft.FailoverClusters.PowerShell.ClusterGroup',
  vm: 'Microsoft.HyperV.PowerShell.VirtualMachine',
  module: 'System.Management.Automation.PSModuleInfo',
  migrationType: 'Microsoft.FailoverClusters.PowerShell.VmMigrationType',
} as const;

/** The migration types of -MigrationType; the lab moves a machine by the first two only. */
export const MIGRATION_TYPE_NAMES = ['Live', 'Quick', 'TurnOff', 'Shutdown', 'ShutdownForce'] as const;

/** UNVERIFIED: what a cluster cmdlet says when no cluster answers (the server is not a node, or its cluster service is down). */
export const CLUSTER_UNREACHABLE = 'The cluster service is not running. Make sure that the service is running on all nodes in the cluster.';
/** Hyper-V 2012 R2's Status column for a machine the lab sees no fault in (UNVERIFIED for the other states). */
export const VM_STATUS_NORMAL = 'Operating normally';
