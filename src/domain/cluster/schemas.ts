// The cluster domain's zod schemas: its clusters as a lab file holds them, its commands for the
// command log, and the bodies of its routes. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { OS_VERSIONS } from '../lab';
import { count, list, text } from '../limits';
import { CLUSTER_NETWORK_ROLES, CLUSTER_NODE_STATES, CSV_ACCESS_STATES, QUORUM_MODES } from './facts';
import { RESOURCE_STATES, RESOURCE_TYPES, ROLE_ACTIONS, ROLE_STATES, ROLE_TYPES } from './role-facts';
import type { Cluster, ClusterCommand, ClusterRole } from './index';

const vote = z.union([z.literal(0), z.literal(1)]);
const nodeSchema = z.looseObject({
  name: text,
  hostId: text,
  nodeId: count,
  state: z.enum(CLUSTER_NODE_STATES),
  downReason: z.enum(['off', 'service-stopped', 'removed', 'quorum-lost']).nullable(),
  nodeWeight: vote,
  dynamicWeight: vote,
});
const networkSchema = z.looseObject({
  name: text,
  labNetwork: text,
  subnet: text,
  role: z.enum(CLUSTER_NETWORK_ROLES),
  state: z.enum(['Up', 'Partitioned', 'Down']),
  interfaces: list(z.looseObject({ node: text, adapter: text, ip: text, state: z.enum(['Up', 'Unreachable', 'Failed']) })),
});
const diskSchema = z.looseObject({
  name: text,
  lun: text,
  sizeBytes: count,
  state: z.enum(['Online', 'Offline', 'Failed']),
  ownerNode: text.nullable(),
  usage: z.enum(['available', 'witness', 'csv']),
  csvPath: text.nullable(),
  csvAccess: list(z.looseObject({ node: text, access: z.enum(CSV_ACCESS_STATES), sinceMs: count })).optional(),
});
const propertiesSchema = z.looseObject({
  SameSubnetDelay: count,
  SameSubnetThreshold: count,
  CrossSubnetDelay: count,
  CrossSubnetThreshold: count,
  DynamicQuorum: vote,
  EnableSharedVolumes: vote,
});
export const clusterSchema = z.looseObject({
  id: text,
  name: text,
  fqdn: text,
  address: text,
  osVersion: z.enum(OS_VERSIONS),
  state: z.enum(['Creating', 'Online', 'Offline']),
  job: text,
  createdMs: count,
  validation: text.nullable(),
  nodes: list(nodeSchema),
  networks: list(networkSchema),
  disks: list(diskSchema),
  quorum: z.looseObject({ mode: z.enum(QUORUM_MODES), witnessDisk: text.nullable(), fileShare: text.nullable() }),
  properties: propertiesSchema,
  coreOwner: text.nullable(),
});

const hour = z.number().int().min(0).max(23);
const entityFailback = z.union([
  z.looseObject({ mode: z.literal('prevent') }),
  z.looseObject({ mode: z.literal('allow'), window: z.looseObject({ startHour: hour, endHour: hour }).nullable() }),
]);
export const clusterRoleSchema = z.looseObject({
  id: text,
  cluster: text,
  name: text,
  type: z.enum(ROLE_TYPES),
  vmId: text,
  state: z.enum(ROLE_STATES),
  ownerNode: text.nullable(),
  preferredOwners: list(text),
  failoverThreshold: count,
  failoverPeriodHours: count,
  failback: entityFailback,
  failoversMs: list(count),
  resources: list(
    z.looseObject({ name: text, type: z.enum(RESOURCE_TYPES), state: z.enum(RESOURCE_STATES), disk: text.nullable(), restartFailuresMs: list(count) }),
  ),
  createdMs: count,
  lastError: text.nullable(),
  wantedOnline: z.boolean(),
  onlineSinceMs: count.nullable(),
  pending: z.looseObject({ action: z.enum(['start', 'stop', 'move', 'restart', 'failover']), targetNode: text.nullable(), sinceMs: count }).nullable(),
});

// Request bodies: loose types (the engine names the rule for any bad value), no unknown fields.
const num = z.number();
export const createClusterBodySchema = z.strictObject({ name: z.string(), nodes: z.array(z.string()), address: z.string(), addStorage: z.boolean().optional(), validation: z.string().optional() });
export const clusterPropertiesBodySchema = z.strictObject({
  SameSubnetDelay: num.optional(),
  SameSubnetThreshold: num.optional(),
  CrossSubnetDelay: num.optional(),
  CrossSubnetThreshold: num.optional(),
  DynamicQuorum: num.optional(),
  EnableSharedVolumes: num.optional(),
});
export const clusterNodeActionBodySchema = z.strictObject({ action: z.string(), drain: z.boolean().optional() });
export const clusterQuorumBodySchema = z.strictObject({ mode: z.string(), witnessDisk: z.string().optional(), fileShare: z.string().optional() });
export const clusterNetworkBodySchema = z.strictObject({ role: z.string().optional(), name: z.string().optional() });
export const sharedVolumeBodySchema = z.strictObject({ disk: z.string() });
const failbackSchema = z.union([
  z.strictObject({ mode: z.literal('prevent') }),
  z.strictObject({ mode: z.literal('allow'), window: z.strictObject({ startHour: num, endHour: num }).nullable() }),
]);
const rolePropertiesShape = {
  preferredOwners: z.array(z.string()).optional(),
  failoverThreshold: num.optional(),
  failoverPeriodHours: num.optional(),
  failback: failbackSchema.optional(),
};
const roleVmsSchema = z.array(z.strictObject({ host: z.string(), vm: z.string() }));
export const createRoleBodySchema = z.strictObject({ roleType: z.enum(ROLE_TYPES), vms: roleVmsSchema });
export const rolePropertiesBodySchema = z.strictObject(rolePropertiesShape);
export const roleActionBodySchema = z.strictObject({ action: z.string(), node: z.string().optional() });

const commandSchemas = [
  z.strictObject({ type: z.literal('clusterCreate'), name: z.string(), nodes: z.array(z.string()), address: z.string(), addStorage: z.boolean().optional(), validation: z.string().optional() }),
  z.strictObject({ type: z.literal('clusterSetProperties'), cluster: z.string(), properties: propertiesSchema.partial() }),
  z.strictObject({ type: z.literal('clusterNodeAction'), cluster: z.string(), node: z.string(), action: z.enum(['pause', 'resume', 'evict', 'stop-service', 'start-service']), drain: z.boolean().optional() }),
  z.strictObject({ type: z.literal('clusterSetQuorum'), cluster: z.string(), mode: z.enum(QUORUM_MODES), witnessDisk: z.string().optional(), fileShare: z.string().optional() }),
  z.strictObject({ type: z.literal('clusterSetNetwork'), cluster: z.string(), network: z.string(), role: z.enum(CLUSTER_NETWORK_ROLES).optional(), name: z.string().optional() }),
  z.strictObject({ type: z.literal('clusterAddSharedVolume'), cluster: z.string(), disk: z.string() }),
  z.strictObject({ type: z.literal('clusterRoleCreate'), cluster: z.string(), roleType: z.enum(ROLE_TYPES), vms: roleVmsSchema }),
  z.strictObject({ type: z.literal('clusterRoleSetProperties'), cluster: z.string(), role: z.string(), ...rolePropertiesShape }),
  z.strictObject({ type: z.literal('clusterRoleAction'), cluster: z.string(), role: z.string(), action: z.enum(ROLE_ACTIONS), node: z.string().optional() }),
] as const;

/** What the descriptor loads on first use. */
export const clusterSchemas = { entitySchemas: { clusters: clusterSchema, clusterRoles: clusterRoleSchema }, commandSchemas } satisfies DomainSchemas;

const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, ClusterCommand> = true;
const entityFits: Fits<z.output<typeof clusterSchema>, Cluster> = true;
const roleFits: Fits<z.output<typeof clusterRoleSchema>, ClusterRole> = true;
void commandsAgree;
void entityFits;
void roleFits;
