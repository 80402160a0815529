// Create Cluster Wizard (Windows Server 2008 R2; New-Cluster), the seed document's steps 3–12:
// Before You Begin, Select Servers (Browse…, names checked by the lab), Validation Warning ("Yes"
// runs Validate a Configuration as a child wizard and comes back), Access Point for Administering
// the Cluster (Cluster Name, the address on the client-access network), Confirmation (with "Add all
// eligible storage to the cluster"), Creating New Cluster (the lab's `cluster.create` job) and
// Summary (what the lab made, View Report… for it and the validation it ran under).
import type { Cluster } from '../../../domain/cluster';
import { CLUSTER_NAME_MAX_CHARS, NETBIOS_FORBIDDEN_CHARS, QUORUM_MODE_LABELS } from '../../../domain/cluster';
import type { Job } from '../../../domain/jobs';
import { computerNameProblem } from '../../../domain/names';
import { ipInCidr, ipv4ToNumber, isIpv4 } from '../../../domain/net';
import type { Host, Network } from '../../../domain/network';
import type { ClusterValidation } from '../../../domain/validation';
import { createWizardKit, type ChildWizard } from '../../../wizard/model';
import { COMMON, CREATE_WORDS } from './labels';
import { beforeYouBegin } from './before-you-begin';
import { summarySentence, validationFullText } from './report';
import { validationIdOf } from './validate.wizard';

export type CreateClusterValues = {
  servers: readonly string[];
  runValidation: string;
  /** The validation report the child wizard made ("" when none ran). */
  validation: string;
  clusterName: string;
  address: string;
  addStorage: boolean;
};

export interface CreateClusterContext {
  /** The computers Browse… offers. */
  computers: readonly string[];
  hosts: readonly Host[];
  networks: readonly Network[];
  startEpochMs: number;
  validationOf(id: string): ClusterValidation | undefined;
  /** The cluster the creation job works on, as the mirror holds it now. */
  clusterOf(id: string): Cluster | undefined;
  /** Validate a Configuration on these servers, as a child wizard. */
  validate(servers: readonly string[]): ChildWizard;
}

/** The body of POST /clusters. */
export interface CreateClusterRequest {
  name: string;
  nodes: string[];
  address: string;
  addStorage: boolean;
  validation?: string;
}

const k = createWizardKit<CreateClusterValues, CreateClusterContext>();

/**
 * The network the cluster's name and address go on, as the lab chooses it: the first network (in
 * subnet order) every selected server is cabled to that the domain controller is on too (2008 R2
 * takes a network with a default gateway; the lab's NICs have none, and clients sit with the DC).
 * The lab checks the address again on Next.
 */
export function accessNetworkOf(servers: readonly string[], ctx: Pick<CreateClusterContext, 'hosts' | 'networks'>): Network | undefined {
  const chosen = servers.map((name) => ctx.hosts.find((host) => host.name.toLowerCase() === name.toLowerCase()));
  if (chosen.length === 0 || chosen.some((host) => host === undefined)) return undefined;
  const dc = ctx.hosts.find((host) => host.role === 'domain-controller');
  const onAll = (network: Network) => [...chosen, dc].every((host) => host?.nics.some((nic) => nic.network === network.name));
  return ctx.networks
    .filter(onAll)
    .sort((a, b) => ipv4ToNumber(a.cidr.split('/')[0]!) - ipv4ToNumber(b.cidr.split('/')[0]!))[0];
}

/** The NetBIOS rules Create Cluster checks before asking the lab (which also refuses names in use). */
export function clusterNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'Type a name for the cluster.';
  if (name.length > CLUSTER_NAME_MAX_CHARS) return `A cluster name has at most ${CLUSTER_NAME_MAX_CHARS} characters.`;
  const forbidden = [...name].find((char) => NETBIOS_FORBIDDEN_CHARS.includes(char));
  if (forbidden !== undefined) return `A cluster name cannot contain "${forbidden}".`;
  if (/^\d+$/.test(name)) return 'A cluster name cannot consist of digits only.';
  return undefined;
}

export function addressProblem(address: string, network: Network | undefined): string | undefined {
  if (address.length === 0) return 'Type an IPv4 address for the cluster.';
  if (!isIpv4(address)) return `"${address}" is not an IPv4 address.`;
  if (network && !ipInCidr(address, network.cidr)) return `The address must be on the network ${network.cidr}.`;
  return undefined;
}

export function toCreateClusterRequest(values: CreateClusterValues): CreateClusterRequest {
  return {
    name: values.clusterName,
    nodes: [...values.servers],
    address: values.address,
    addStorage: values.addStorage,
    ...(values.validation ? { validation: values.validation } : {}),
  };
}

function validationLine(values: CreateClusterValues, ctx: CreateClusterContext): string {
  if (!values.validation) return CREATE_WORDS.validationNotRun;
  return summarySentence(ctx.validationOf(values.validation));
}

const fqdnOf = (name: string, ctx: CreateClusterContext) => {
  const host = ctx.hosts.find((each) => each.name.toLowerCase() === name.toLowerCase());
  return host ? `${host.name}.${host.domain}` : name;
};

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(bytes < 10 * 1024 ** 3 ? 1 : 0)} GB`;

/** The Summary page: what the lab made (from its cluster), the steps the job went through, its outcome. */
export function createReportText(values: CreateClusterValues, ctx: CreateClusterContext, job: Job | null): string {
  const cluster = job ? ctx.clusterOf(job.subject.id) : undefined;
  const lines = [
    job?.state === 'succeeded' ? CREATE_WORDS.summaryDescription.succeeded : job?.state === 'failed' || job?.state === 'cancelled' ? CREATE_WORDS.summaryDescription.failed : CREATE_WORDS.creatingDescription,
    '',
    `${CREATE_WORDS.clusterRow}: ${cluster?.name ?? values.clusterName}`,
    ...values.servers.map((name) => `${CREATE_WORDS.nodeRow}: ${fqdnOf(name, ctx)}`),
    `${CREATE_WORDS.addressRow}: ${cluster?.address ?? values.address}`,
  ];
  if (cluster) {
    const witness = cluster.quorum.witnessDisk ?? cluster.quorum.fileShare;
    lines.push(`Quorum: ${QUORUM_MODE_LABELS[cluster.quorum.mode]}${witness ? ` (${witness})` : ''}`);
    lines.push(`Storage: ${cluster.disks.length === 0 ? 'none' : cluster.disks.map((disk) => `${disk.name} (${gb(disk.sizeBytes)})`).join(', ')}`);
    for (const network of cluster.networks) lines.push(`${network.name}: ${network.subnet}`);
  }
  if (job && job.steps.length > 0) {
    lines.push('');
    for (const step of job.steps) lines.push(`  ${step.name}: ${step.result ?? step.state}`);
  }
  if (job?.result) lines.push('', job.result.message);
  return lines.join('\n');
}

/** View Report…: the creation report, then the validation it ran under. */
export function createFullReportText(values: CreateClusterValues, ctx: CreateClusterContext, job: Job | null): string {
  const parts = [`${CREATE_WORDS.title}`, createReportText(values, ctx, job)];
  if (values.validation) parts.push('', validationFullText(ctx.validationOf(values.validation), ctx.startEpochMs));
  return parts.join('\n');
}

export const createClusterWizard = k.wizard('fcm-create-cluster', CREATE_WORDS.title, [
  beforeYouBegin(k, CREATE_WORDS.intro),
  k.form(
    'servers',
    CREATE_WORDS.selectServersTitle,
    [
      k.list('servers', {
        label: COMMON.selectedServers,
        entryLabel: COMMON.enterName,
        minEntries: 1,
        caseInsensitive: true,
        browse: (_v, ctx) => ctx.computers.map((name) => ({ id: name, label: name })),
        browseTitle: COMMON.selectComputers,
        validateEntry: (name) => computerNameProblem(name),
        // An unknown server comes back under `host`, the nodes' other rules under `nodes`.
        owns: ['nodes', 'host'],
      }),
    ],
    { description: CREATE_WORDS.selectServersDescription },
  ),
  k.form(
    'warning',
    CREATE_WORDS.warningTitle,
    [
      k.radio('runValidation', {
        label: CREATE_WORDS.runValidationLabel,
        default: 'yes',
        options: [
          { id: 'yes', label: CREATE_WORDS.yes },
          { id: 'no', label: CREATE_WORDS.no },
        ],
        summary: false,
      }),
      k.text('validation', { label: CREATE_WORDS.validationResult, visible: () => false, owns: ['validation'] }),
    ],
    {
      description: CREATE_WORDS.warningDescription,
      child: {
        when: (v) => v.runValidation === 'yes',
        open: (v, ctx) => ctx.validate(v.servers),
        resultField: 'validation',
        result: (outcome) => validationIdOf(outcome.job) ?? '',
      },
    },
  ),
  k.form(
    'access',
    CREATE_WORDS.accessPointTitle,
    [
      k.text('clusterName', { label: CREATE_WORDS.clusterName, validate: (name) => clusterNameProblem(name), owns: ['name'], autoFocus: true }),
      k.staticText('addressesNote', { label: '', text: CREATE_WORDS.addressesNote }),
      k.staticText('accessNetwork', { label: CREATE_WORDS.networks, text: (v, ctx) => accessNetworkOf(v.servers, ctx)?.cidr ?? CREATE_WORDS.noNetwork, summary: true }),
      k.text('address', { label: CREATE_WORDS.address, validate: (address, v, ctx) => addressProblem(address, accessNetworkOf(v.servers, ctx)), owns: ['address'] }),
      k.staticText('validationResult', { label: CREATE_WORDS.validationResult, text: (v, ctx) => validationLine(v, ctx), summary: true }),
    ],
    { description: CREATE_WORDS.accessPointDescription },
  ),
  k.summary('confirmation', COMMON.confirmation, {
    description: CREATE_WORDS.confirmationDescription,
    submitLabel: COMMON.next,
    fields: [k.checkbox('addStorage', { label: CREATE_WORDS.addStorage, default: true, explanation: CREATE_WORDS.addStorageExplanation, owns: ['addStorage'] })],
  }),
  k.progress('creating', CREATE_WORDS.creatingTitle, { description: CREATE_WORDS.creatingDescription, holdUntilEnded: true }),
  k.report('summary', COMMON.summary, {
    report: {
      fileName: CREATE_WORDS.reportFile,
      text: createReportText,
      full: { label: COMMON.viewReport, title: CREATE_WORDS.reportTitle, text: createFullReportText },
    },
  }),
]);
