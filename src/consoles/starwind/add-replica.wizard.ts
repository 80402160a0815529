// Replication Manager → Add Replica, StarWind 8 (issue 7; starwindsoftware.com resource-library/3
// steps 3–8, domain-facts §1.4): Synchronous "Two-Way" → partner host and port → Failover Strategy
// → Create new Partner Device → partner device Location → Synchronization Journal Strategy →
// Network Options for Replication → priority → initialization → summary. The answer is the
// partner part of Add Target's HA request (AddReplicaRequest), so both paths end in the same
// engine device. Field paths are the request's own (no `ha.` prefix).
import type { AddReplicaRequest, Host, StarWindDevice, StarWindTarget } from '../../api/types';
import { iscsiNameProblem } from '../../domain/iqn';
import {
  DEFAULT_FAILOVER_STRATEGY,
  DEFAULT_REPLICA_INIT_METHOD,
  NO_WITNESS_REASON,
  SINGLE_LINK_WARNING,
  STARWIND_DEFAULT_LOGIN,
  STARWIND_DEFAULT_PASSWORD,
  STARWIND_MANAGEMENT_PORT,
  defaultPartnerAlias,
  defaultTargetName,
  targetAliasProblem,
  type FailoverStrategy,
  type HaPriority,
  type ReplicaInitMethod,
} from '../../domain/starwind';
import { formatBytesWindows } from '../../domain/units';
import { createWizardKit, splitFilePath } from '../../wizard/model';
import { browseFolders, imagePathProblem, partnerImagePath } from './image-files';
import { FAILOVER_LABELS, PRIORITY_LABELS } from './labels';
import { resolveHost } from './model';
import { channelChoices, channelOn } from './v8-choices';
import { ADD_REPLICA } from './v8.labels';

export type AddReplicaValues = {
  replicationMode: string;
  partnerAddress: string;
  partnerPort: number;
  partnerLogin: string;
  partnerPassword: string;
  failoverStrategy: string;
  partnerDevice: string;
  partnerImagePath: string;
  partnerTargetAlias: string;
  partnerTargetName: string;
  journal: string;
  syncLocalIp: string;
  syncPartnerIp: string;
  heartbeatLocalIp: string;
  heartbeatPartnerIp: string;
  localPriority: string;
  initMethod: string;
};

export interface AddReplicaContext {
  /** The server of the device (where Replication Manager was opened). */
  server: string;
  hosts: Record<string, Host>;
  targets: readonly StarWindTarget[];
  /** The lab's devices: Browse… lists the partner's folders and image files from them. */
  devices: readonly StarWindDevice[];
  /** The plain image-file device that gets the replica, and its target. */
  device: StarWindDevice;
  target: StarWindTarget;
}

const k = createWizardKit<AddReplicaValues, AddReplicaContext>();
const localHost = (ctx: AddReplicaContext) => ctx.hosts[ctx.server];
const partnerHost = (v: AddReplicaValues, ctx: AddReplicaContext) => resolveHost(ctx.hosts, v.partnerAddress);
/** The partner as headings and default names show it: its host name, else what was typed. */
const partnerName = (v: AddReplicaValues, ctx: AddReplicaContext) => partnerHost(v, ctx)?.name ?? v.partnerAddress.trim();
const localGroup = (_v: AddReplicaValues, ctx: AddReplicaContext) => ADD_REPLICA.groups.local(ctx.server);
const partnerGroup = (v: AddReplicaValues, ctx: AddReplicaContext) => ADD_REPLICA.groups.partner(partnerName(v, ctx));
const otherPriority = (priority: string): HaPriority => (priority === 'primary' ? 'secondary' : 'primary');
const oneLink = (v: AddReplicaValues) => v.syncLocalIp === v.heartbeatLocalIp && v.syncPartnerIp === v.heartbeatPartnerIp;

export const addReplicaWizard = k.wizard('starwind-add-replica', ADD_REPLICA.title, [
  k.form(
    'mode',
    ADD_REPLICA.pages.mode,
    [
      k.radio('replicationMode', {
        label: ADD_REPLICA.fields.replicationMode,
        default: 'two-way',
        options: [
          { id: 'two-way', label: ADD_REPLICA.modes.twoWay },
          { id: 'async', label: ADD_REPLICA.modes.async, unavailable: ADD_REPLICA.notSimulated },
        ],
      }),
    ],
    { description: ADD_REPLICA.descriptions.mode },
  ),
  k.form(
    'partner',
    ADD_REPLICA.pages.partner,
    [
      k.text('partnerAddress', {
        label: ADD_REPLICA.fields.partnerAddress,
        validate: (address, v, ctx) => {
          if (!address.trim()) return ADD_REPLICA.messages.partnerEmpty;
          return partnerHost(v, ctx)?.name === ctx.server ? ADD_REPLICA.messages.partnerIsLocal(ctx.server) : undefined;
        },
      }),
      k.number('partnerPort', { label: ADD_REPLICA.fields.partnerPort, default: STARWIND_MANAGEMENT_PORT, minValue: 1, maxValue: 65535 }),
      k.text('partnerLogin', { label: ADD_REPLICA.fields.partnerLogin, default: STARWIND_DEFAULT_LOGIN, validate: (login) => (login ? undefined : ADD_REPLICA.messages.loginEmpty) }),
      k.password('partnerPassword', { label: ADD_REPLICA.fields.partnerPassword, default: STARWIND_DEFAULT_PASSWORD }),
    ],
    { description: ADD_REPLICA.descriptions.partner, summaryGroup: partnerGroup },
  ),
  k.form(
    'failover',
    ADD_REPLICA.pages.failover,
    [
      k.radio('failoverStrategy', {
        label: ADD_REPLICA.fields.failoverStrategy,
        default: DEFAULT_FAILOVER_STRATEGY,
        options: [
          { id: 'heartbeat', label: FAILOVER_LABELS.heartbeat, description: ADD_REPLICA.failoverDescriptions.heartbeat },
          { id: 'node-majority', label: FAILOVER_LABELS['node-majority'], description: ADD_REPLICA.failoverDescriptions.nodeMajority, unavailable: NO_WITNESS_REASON },
        ],
      }),
    ],
    { description: ADD_REPLICA.descriptions.failover },
  ),
  k.form(
    'partnerDevice',
    ADD_REPLICA.pages.partnerDevice,
    [
      k.radio('partnerDevice', {
        label: ADD_REPLICA.fields.partnerDevice,
        default: 'create-new',
        owns: ['partnerImage.createNew'],
        options: [
          { id: 'create-new', label: ADD_REPLICA.partnerDevices.createNew },
          { id: 'existing', label: ADD_REPLICA.partnerDevices.existing, unavailable: ADD_REPLICA.notSimulated },
        ],
      }),
    ],
    { description: ADD_REPLICA.descriptions.partnerDevice, summaryGroup: partnerGroup },
  ),
  k.form(
    'location',
    ADD_REPLICA.pages.location,
    [
      // Chosen with Browse… over the partner's volumes and folders. By default the same folder and
      // name as this device's image when the partner has that volume, else its roomiest volume.
      k.file('partnerImagePath', {
        label: ADD_REPLICA.fields.partnerImagePath,
        browseTitle: ADD_REPLICA.browseTitle,
        default: (v, ctx) => partnerImagePath(partnerHost(v, ctx), ctx.device.imageFolder, ctx.device.imageFileName),
        browse: (v, ctx) => browseFolders(partnerHost(v, ctx), ctx.devices),
        owns: ['partnerImage.folder', 'partnerImage', 'partnerImage.fileName'],
        validate: (path) => imagePathProblem(path),
      }),
      k.text('partnerTargetAlias', {
        label: ADD_REPLICA.fields.partnerTargetAlias,
        default: (_v, ctx) => defaultPartnerAlias(ctx.target.alias),
        validate: (alias, v, ctx) => targetAliasProblem(alias) ?? (ctx.targets.some((target) => target.host === partnerName(v, ctx) && target.alias.toLowerCase() === alias.toLowerCase()) ? `${partnerName(v, ctx)} already has a target with the alias ${alias}.` : undefined),
      }),
      k.text('partnerTargetName', {
        label: ADD_REPLICA.fields.partnerTargetName,
        default: (v, ctx) => (v.partnerTargetAlias && partnerName(v, ctx) ? defaultTargetName(partnerName(v, ctx), v.partnerTargetAlias) : ''),
        validate: (name) => iscsiNameProblem(name),
      }),
    ],
    { description: (_v, ctx) => ADD_REPLICA.descriptions.location(formatBytesWindows(ctx.device.sizeBytes)), summaryGroup: partnerGroup },
  ),
  k.form(
    'journal',
    ADD_REPLICA.pages.journal,
    [
      // CONFIRMED choices; the lab keeps the journal in RAM only (the request has no journal).
      k.radio('journal', {
        label: ADD_REPLICA.fields.journal,
        default: 'ram',
        summary: false,
        options: [
          { id: 'ram', label: ADD_REPLICA.journals.ram },
          { id: 'disk', label: ADD_REPLICA.journals.disk, unavailable: ADD_REPLICA.notSimulated },
        ],
      }),
    ],
    { description: ADD_REPLICA.descriptions.journal },
  ),
  k.form(
    'network',
    ADD_REPLICA.pages.network,
    [
      k.select('syncLocalIp', { label: ADD_REPLICA.fields.syncLocalIp, group: localGroup, default: (_v, ctx) => channelOn(localHost(ctx), 'iSCSI'), options: (_v, ctx) => channelChoices(localHost(ctx)) }),
      k.select('heartbeatLocalIp', {
        label: ADD_REPLICA.fields.heartbeatLocalIp,
        group: localGroup,
        default: (v, ctx) => channelOn(localHost(ctx), 'Public', v.syncLocalIp),
        options: (_v, ctx) => channelChoices(localHost(ctx)),
        warn: (_ip, v) => (oneLink(v) ? SINGLE_LINK_WARNING : undefined),
      }),
      k.select('syncPartnerIp', { label: ADD_REPLICA.fields.syncPartnerIp, group: partnerGroup, default: (v, ctx) => channelOn(partnerHost(v, ctx), 'iSCSI'), options: (v, ctx) => channelChoices(partnerHost(v, ctx)) }),
      k.select('heartbeatPartnerIp', {
        label: ADD_REPLICA.fields.heartbeatPartnerIp,
        group: partnerGroup,
        default: (v, ctx) => channelOn(partnerHost(v, ctx), 'Public', v.syncPartnerIp),
        options: (v, ctx) => channelChoices(partnerHost(v, ctx)),
      }),
    ],
    { description: ADD_REPLICA.descriptions.network, groupColumns: true },
  ),
  k.form(
    'priority',
    ADD_REPLICA.pages.priority,
    [
      k.radio('localPriority', {
        label: ADD_REPLICA.fields.localPriority,
        default: 'primary',
        options: [
          { id: 'primary', label: PRIORITY_LABELS.primary },
          { id: 'secondary', label: PRIORITY_LABELS.secondary },
        ],
      }),
      k.staticText('partnerPriority', { label: ADD_REPLICA.fields.partnerPriority, text: (v) => PRIORITY_LABELS[otherPriority(v.localPriority)], summary: true }),
    ],
    { description: ADD_REPLICA.descriptions.priority },
  ),
  k.form(
    'initialization',
    ADD_REPLICA.pages.initialization,
    [
      k.radio('initMethod', {
        label: ADD_REPLICA.fields.initMethod,
        default: DEFAULT_REPLICA_INIT_METHOD,
        options: (v, ctx) => [
          { id: 'sync-from-local', label: ADD_REPLICA.initMethods.fromExisting, description: ADD_REPLICA.initDescriptions.fromExisting(ctx.server, partnerName(v, ctx)) },
          { id: 'do-not-synchronize', label: ADD_REPLICA.initMethods.none, description: ADD_REPLICA.initDescriptions.none },
        ],
      }),
    ],
    { description: ADD_REPLICA.descriptions.initialization },
  ),
  k.summary('summary', ADD_REPLICA.pages.summary, { description: ADD_REPLICA.descriptions.summary, submitLabel: ADD_REPLICA.submit }),
  k.progress('completion', ADD_REPLICA.pages.completion, { description: (_v, ctx) => ADD_REPLICA.descriptions.completion(ctx.target.alias) }),
]);

/** The wizard's values as the replicas route's body. */
export function toAddReplicaRequest(v: AddReplicaValues): AddReplicaRequest {
  return {
    partnerAddress: v.partnerAddress.trim(),
    partnerPort: v.partnerPort,
    partnerLogin: v.partnerLogin,
    partnerPassword: v.partnerPassword,
    partnerTargetAlias: v.partnerTargetAlias,
    partnerTargetName: v.partnerTargetName,
    partnerImage: { ...splitFilePath(v.partnerImagePath), createNew: v.partnerDevice === 'create-new' },
    syncLocalIp: v.syncLocalIp,
    syncPartnerIp: v.syncPartnerIp,
    heartbeatLocalIp: v.heartbeatLocalIp,
    heartbeatPartnerIp: v.heartbeatPartnerIp,
    localPriority: v.localPriority as HaPriority,
    failoverStrategy: v.failoverStrategy as FailoverStrategy,
    initMethod: v.initMethod as ReplicaInitMethod,
  };
}
