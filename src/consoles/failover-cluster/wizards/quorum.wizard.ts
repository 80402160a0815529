// Configure Cluster Quorum Settings (Windows Server 2008 R2's Configure Cluster Quorum Wizard):
// Before You Begin, Select Quorum Configuration (the four legacy modes with their descriptions and
// the lab's recommendation for the node count), Configure Storage Witness (Node and Disk Majority,
// No Majority: Disk Only), Configure File Share Witness (Node and File Share Majority),
// Confirmation, Configure Cluster Quorum Settings (progress) and Summary (the quorum as the lab
// then holds it).
import {
  QUORUM_MODE_LABELS,
  QUORUM_MODES,
  WITNESS_DISK_MIN_BYTES,
  type Cluster,
  type ClusterDisk,
  type QuorumMode,
} from '../../../domain/cluster';
import { createWizardKit } from '../../../wizard/model';
import { COMMON, QUORUM_WORDS } from './labels';
import { beforeYouBegin } from './before-you-begin';

export type QuorumValues = {
  mode: string;
  witnessDisk: readonly string[];
  fileShare: string;
};

export interface QuorumContext {
  /** The cluster as the mirror held it when the wizard opened. */
  cluster: Cluster;
  /** GET /clusters/{name}/quorum's recommendedMode for the current node count. */
  recommendedMode: QuorumMode;
  /** The cluster as the mirror holds it now (the Summary). */
  clusterOf(id: string): Cluster | undefined;
}

/** The body of PUT /clusters/{name}/quorum. */
export interface QuorumRequest {
  mode: string;
  witnessDisk?: string;
  fileShare?: string;
}

const k = createWizardKit<QuorumValues, QuorumContext>();

export const usesDiskWitness = (mode: string) => mode === 'NodeAndDiskMajority' || mode === 'DiskOnly';
export const usesFileShare = (mode: string) => mode === 'NodeAndFileShareMajority';

/** Why a disk cannot be the witness, or undefined (a CSV, or below 512 MB). */
export function witnessProblem(disk: ClusterDisk): string | undefined {
  if (disk.usage === 'csv') return QUORUM_WORDS.usage.csv;
  if (disk.sizeBytes < WITNESS_DISK_MIN_BYTES) return 'Smaller than 512 MB';
  return undefined;
}

/** \\server\share: the syntax the wizard checks before the lab checks the server. */
export function fileShareProblem(path: string): string | undefined {
  if (path.length === 0) return 'Type the path of the shared folder.';
  if (!/^\\\\[^\\/:*?"<>|]+\\[^\\/:*?"<>|]+(\\[^\\/:*?"<>|]+)*$/.test(path)) return `"${path}" is not a shared folder path such as \\\\server\\share.`;
  return undefined;
}

export function toQuorumRequest(values: QuorumValues): QuorumRequest {
  if (usesDiskWitness(values.mode)) return { mode: values.mode, witnessDisk: values.witnessDisk[0] ?? '' };
  if (usesFileShare(values.mode)) return { mode: values.mode, fileShare: values.fileShare };
  return { mode: values.mode };
}

/** The witness 2008 R2 preselects: the current one, else the smallest disk that can be it. */
function defaultWitness(cluster: Cluster): string[] {
  if (cluster.quorum.witnessDisk) return [cluster.quorum.witnessDisk];
  const eligible = cluster.disks.filter((disk) => witnessProblem(disk) === undefined).sort((a, b) => a.sizeBytes - b.sizeBytes);
  return eligible[0] ? [eligible[0].name] : [];
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/** The quorum line as Failover Cluster Manager's summary writes it: "Node and Disk Majority (Cluster Disk 1)". */
export function quorumLine(cluster: Cluster): string {
  const witness = cluster.quorum.witnessDisk ?? cluster.quorum.fileShare;
  return `${QUORUM_MODE_LABELS[cluster.quorum.mode]}${witness ? ` (${witness})` : ''}`;
}

/** The Summary: the quorum as the lab holds it after the change. */
export function quorumSummaryText(ctx: QuorumContext): string {
  const now = ctx.clusterOf(ctx.cluster.id) ?? ctx.cluster;
  return [QUORUM_WORDS.summaryDescription, '', `Cluster: ${now.name}`, `Quorum Configuration: ${quorumLine(now)}`].join('\n');
}

export const quorumWizard = k.wizard('fcm-quorum', QUORUM_WORDS.title, [
  beforeYouBegin(k, QUORUM_WORDS.intro),
  k.form(
    'select',
    QUORUM_WORDS.selectTitle,
    [
      k.radio('mode', {
        label: QUORUM_WORDS.modeLabel,
        default: (_v, ctx) => ctx.cluster.quorum.mode,
        options: QUORUM_MODES.map((mode) => ({ id: mode, label: QUORUM_MODE_LABELS[mode], description: QUORUM_WORDS.modes[mode] })),
        explanation: (_v, ctx) => QUORUM_WORDS.recommended(QUORUM_MODE_LABELS[ctx.recommendedMode], ctx.cluster.nodes.length),
        owns: ['mode'],
      }),
    ],
    { description: QUORUM_WORDS.selectDescription },
  ),
  k.form(
    'storage',
    QUORUM_WORDS.storageTitle,
    [
      k.table('witnessDisk', {
        label: QUORUM_WORDS.storageLabel,
        selection: 'single',
        columns: [
          { id: 'name', label: QUORUM_WORDS.storageColumns.name },
          { id: 'status', label: QUORUM_WORDS.storageColumns.status },
          { id: 'owner', label: QUORUM_WORDS.storageColumns.owner },
          { id: 'size', label: QUORUM_WORDS.storageColumns.size },
          { id: 'usage', label: QUORUM_WORDS.storageColumns.usage },
        ],
        rows: (_v, ctx) =>
          ctx.cluster.disks.map((disk) => ({
            id: disk.name,
            cells: { name: disk.name, status: disk.state, owner: disk.ownerNode ?? '', size: gb(disk.sizeBytes), usage: QUORUM_WORDS.usage[disk.usage] },
            unavailable: witnessProblem(disk),
          })),
        default: (_v, ctx) => defaultWitness(ctx.cluster),
        validate: (_chosen, _v, ctx) => (ctx.cluster.disks.some((disk) => witnessProblem(disk) === undefined) ? undefined : QUORUM_WORDS.noDisks),
        owns: ['witnessDisk'],
      }),
    ],
    { description: QUORUM_WORDS.storageDescription, visible: (v) => usesDiskWitness(v.mode) },
  ),
  k.form(
    'fileShare',
    QUORUM_WORDS.fileShareTitle,
    [k.text('fileShare', { label: QUORUM_WORDS.fileShareLabel, default: (_v, ctx) => ctx.cluster.quorum.fileShare ?? '', validate: (path) => fileShareProblem(path), explanation: QUORUM_WORDS.fileShareHint, owns: ['fileShare'] })],
    { description: QUORUM_WORDS.fileShareDescription, visible: (v) => usesFileShare(v.mode) },
  ),
  k.summary('confirmation', COMMON.confirmation, { description: QUORUM_WORDS.confirmationDescription, submitLabel: COMMON.next }),
  k.progress('progress', QUORUM_WORDS.progressTitle, { description: QUORUM_WORDS.progressDescription }),
  k.report('summary', COMMON.summary, { report: { fileName: QUORUM_WORDS.reportFile, text: (_values, ctx) => quorumSummaryText(ctx) } }),
]);
