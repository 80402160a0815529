// Configure a Service or Application (Windows Server 2008 R2's High Availability Wizard, the seed
// document's "Configuring A Hyper-V Image In A Failover Cluster", steps 1–5): Before You Begin,
// Select Service or Application (the lab makes Virtual Machine roles only: the list holds that
// one), Select Virtual Machine (the nodes' machines with check boxes; one the lab finds not
// eligible is listed greyed with its reason), Confirmation, Summary. The engine makes the roles at
// once (no job), so no progress page is shown: the Summary reads the roles the lab answered with.
import { ROLE_TYPE_LABELS, ROLE_TYPES, type Cluster, type ClusterRole, type RoleCandidate, type RoleType } from '../../../domain/cluster';
import type { RouteBodies } from '../../../api/routes';
import { createWizardKit } from '../../../wizard/model';
import { COMMON, HA_WORDS } from './labels';
import { beforeYouBegin } from './before-you-begin';

export type ConfigureRoleValues = {
  roleType: readonly string[];
  /** Row ids "<host>/<vm>" (a host name holds no "/"). */
  vms: readonly string[];
};

export interface ConfigureRoleContext {
  cluster: Cluster;
  /** GET /clusters/{name}/role-candidates, read when the wizard opened. */
  candidates: readonly RoleCandidate[];
  /** The roles the lab made (the submit's answer): the Summary's source. */
  created(): readonly ClusterRole[];
}

const k = createWizardKit<ConfigureRoleValues, ConfigureRoleContext>();

export const candidateId = (candidate: Pick<RoleCandidate, 'host' | 'vm'>) => `${candidate.host}/${candidate.vm}`;

function splitCandidateId(id: string): { host: string; vm: string } {
  const slash = id.indexOf('/');
  return { host: id.slice(0, slash), vm: id.slice(slash + 1) };
}

export function toCreateRoleRequest(values: ConfigureRoleValues): RouteBodies['createClusterRole'] {
  return { roleType: (values.roleType[0] ?? '') as RoleType, vms: values.vms.map(splitCandidateId) };
}

/** The Summary: each role the lab made, with its state, owner and resources. */
export function configureRoleReport(ctx: ConfigureRoleContext, withResources: boolean): string {
  const roles = ctx.created();
  const lines = [HA_WORDS.done, '', HA_WORDS.configured(roles.length)];
  for (const role of roles) {
    lines.push(HA_WORDS.roleLine(role.name, role.state, role.ownerNode ?? HA_WORDS.noOwner));
    if (withResources) for (const resource of role.resources) lines.push(HA_WORDS.resourceLine(resource.name, resource.state));
  }
  if (roles.some((role) => role.state === 'Offline')) lines.push('', HA_WORDS.startHint);
  return lines.join('\n');
}

const vmName = (id: string, ctx: ConfigureRoleContext) => ctx.candidates.find((candidate) => candidateId(candidate) === id)?.vm ?? id;

export const configureRoleWizard = k.wizard('fcm-configure-role', HA_WORDS.title, [
  beforeYouBegin(k, HA_WORDS.intro),
  k.form(
    'service',
    HA_WORDS.serviceTitle,
    [
      k.table('roleType', {
        label: HA_WORDS.serviceLabel,
        selection: 'single',
        columns: [
          { id: 'name', label: HA_WORDS.serviceColumns.name },
          { id: 'description', label: HA_WORDS.serviceColumns.description },
        ],
        rows: ROLE_TYPES.map((type) => ({ id: type, cells: { name: ROLE_TYPE_LABELS[type], description: HA_WORDS.serviceDescriptions[type] } })),
        // The seed's step 3: the user selects it.
        default: [],
        summary: (chosen) => chosen.map((type) => ROLE_TYPE_LABELS[type as RoleType] ?? type).join(', '),
        owns: ['roleType'],
      }),
    ],
    { description: HA_WORDS.serviceDescription },
  ),
  k.form(
    'vms',
    HA_WORDS.vmsTitle,
    [
      k.table('vms', {
        label: HA_WORDS.vmsLabel,
        selection: 'multiple',
        minSelected: 1,
        columns: [
          { id: 'name', label: HA_WORDS.vmsColumns.name },
          { id: 'status', label: HA_WORDS.vmsColumns.status },
          { id: 'host', label: HA_WORDS.vmsColumns.host },
        ],
        rows: (_v, ctx) =>
          ctx.candidates.map((candidate) => ({
            id: candidateId(candidate),
            cells: { name: candidate.vm, status: candidate.state, host: candidate.host },
            unavailable: candidate.notEligible ?? undefined,
          })),
        default: [],
        validate: (_chosen, _v, ctx) => (ctx.candidates.length === 0 ? HA_WORDS.noVms : undefined),
        summary: (chosen, _v, ctx) => chosen.map((id) => vmName(id, ctx)).join(', '),
        owns: ['vms'],
      }),
    ],
    { description: HA_WORDS.vmsDescription },
  ),
  k.summary('confirmation', COMMON.confirmation, { description: HA_WORDS.confirmationDescription, submitLabel: COMMON.next }),
  k.report('summary', HA_WORDS.summaryTitle, {
    description: HA_WORDS.done,
    report: {
      fileName: HA_WORDS.reportFile,
      text: (_values, ctx) => configureRoleReport(ctx, false),
      full: { label: COMMON.viewReport, title: HA_WORDS.reportTitle, text: (_values, ctx) => configureRoleReport(ctx, true) },
    },
  }),
]);
