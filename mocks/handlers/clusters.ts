// Failover Cluster Manager's clusters: Create Cluster (202 with its job), the cluster and its
// nodes, properties, quorum, networks and Cluster Shared Volumes, each change with its
// `?validate=only` check; every refusal changes nothing.
import { routes } from '../../src/api/routes';
import { validateOnlyQuerySchema } from '../../src/api/schemas';
import type { Command, Query, QueryAnswers } from '../../src/api/types';
import type { ClusterNodeAction, ClusterNetworkRole, ClusterProperties, QuorumMode } from '../../src/domain/cluster';
import type { LabHostApi } from '../../src/host/types';
import { HttpResponse, type PathParams } from 'msw';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { readBody, readQuery } from './request';
import { on, param } from './route';
import { validateRoute } from './validate-route';

type Parsed = { ok: true; command: Command } | { ok: false; response: Response };
/** Builds a route's command from its path and body (the body read against the route's schema). */
type CommandOf = (request: Request, params: PathParams<string>) => Promise<Parsed>;

const unreadable = (what: string) => labErrorResponse({ code: 'cluster.unreadable', kind: 'conflict', message: `The ${what} could not be read after the change.` });

const createCommand: CommandOf = async (request) => {
  const body = await readBody(request, routes.createCluster.body);
  return body.ok ? { ok: true, command: { type: 'clusterCreate', ...body.value } } : body;
};
const propertiesCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.setClusterProperties.body);
  // Values are checked by the engine, which names the property and its range.
  return body.ok ? { ok: true, command: { type: 'clusterSetProperties', cluster: param(params, 'name'), properties: body.value as Partial<ClusterProperties> } } : body;
};
const nodeActionCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.clusterNodeAction.body);
  return body.ok ? { ok: true, command: { type: 'clusterNodeAction', cluster: param(params, 'name'), node: param(params, 'node'), action: body.value.action as ClusterNodeAction, ...(body.value.drain === undefined ? {} : { drain: body.value.drain }) } } : body;
};
const quorumCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.setClusterQuorum.body);
  return body.ok ? { ok: true, command: { type: 'clusterSetQuorum', cluster: param(params, 'name'), ...body.value, mode: body.value.mode as QuorumMode } } : body;
};
const networkCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.setClusterNetwork.body);
  if (!body.ok) return body;
  const { role, name } = body.value;
  const command: Command = { type: 'clusterSetNetwork', cluster: param(params, 'name'), network: param(params, 'network') };
  if (role !== undefined) command.role = role as ClusterNetworkRole;
  if (name !== undefined) command.name = name;
  return { ok: true, command };
};
const sharedVolumeCommand: CommandOf = async (request, params) => {
  const body = await readBody(request, routes.addSharedVolume.body);
  return body.ok ? { ok: true, command: { type: 'clusterAddSharedVolume', cluster: param(params, 'name'), disk: body.value.disk } } : body;
};

/**
 * Dispatches the route's command with a read of what it changed, in the same turn. A route
 * without a `?validate=only` twin (node actions, networks) still honours it here: checked, not done.
 */
async function change(host: LabHostApi, request: Request, params: PathParams<string>, commandOf: CommandOf, read: (command: Command) => Query) {
  const query = readQuery(request, validateOnlyQuerySchema);
  if (!query.ok) return { ok: false as const, response: query.response };
  const parsed = await commandOf(request, params);
  if (!parsed.ok) return parsed;
  if (query.value.validate === 'only') {
    const checked = await host.validate(parsed.command);
    return { ok: false as const, response: checked.ok ? HttpResponse.json({ valid: true, warnings: checked.warnings }) : labErrorResponse(checked.error) };
  }
  const result = await host.dispatch(parsed.command, [read(parsed.command)]);
  if (!result.ok) return { ok: false as const, response: labErrorResponse(result.error) };
  return { ok: true as const, command: parsed.command, result, read: result.answers[0] };
}

export function clusterHandlers(host: LabHostApi) {
  const named = (params: PathParams<string>) => param(params, 'name');
  return [
    on('listClusters', async () => answerQuery('listClusters', await host.query({ type: 'clusters' }))),
    validateRoute(host, 'validateCreateCluster', createCommand),
    on('createCluster', async ({ request, params }) => {
      const done = await change(host, request, params, createCommand, (command) => ({ type: 'cluster', name: (command as { name: string }).name }));
      if (!done.ok) return done.response;
      const [jobId] = done.result.jobIds;
      if (!done.read?.ok || jobId === undefined) return unreadable('cluster');
      return answer('createCluster', { ...(done.read.value as QueryAnswers['cluster']), jobId, version: done.result.version }, 202);
    }),
    on('getCluster', async ({ params }) => answerQuery('getCluster', await host.query({ type: 'cluster', name: named(params) }))),
    on('getClusterProperties', async ({ params }) => answerQuery('getClusterProperties', await host.query({ type: 'clusterProperties', name: named(params) }))),
    validateRoute(host, 'validateSetClusterProperties', propertiesCommand),
    on('setClusterProperties', async ({ request, params }) => {
      const done = await change(host, request, params, propertiesCommand, () => ({ type: 'clusterProperties', name: named(params) }));
      if (!done.ok) return done.response;
      if (!done.read?.ok) return unreadable('properties');
      return answer('setClusterProperties', { ...(done.read.value as QueryAnswers['clusterProperties']), version: done.result.version });
    }),
    on('listClusterNodes', async ({ params }) => answerQuery('listClusterNodes', await host.query({ type: 'clusterNodes', name: named(params) }))),
    on('clusterNodeAction', async ({ request, params }) => {
      const done = await change(host, request, params, nodeActionCommand, () => ({ type: 'clusterNodes', name: named(params) }));
      if (!done.ok) return done.response;
      if (!done.read?.ok) return unreadable('nodes');
      return answer('clusterNodeAction', { ...(done.read.value as QueryAnswers['clusterNodes']), version: done.result.version });
    }),
    on('getClusterQuorum', async ({ params }) => answerQuery('getClusterQuorum', await host.query({ type: 'clusterQuorum', name: named(params) }))),
    validateRoute(host, 'validateSetClusterQuorum', quorumCommand),
    on('setClusterQuorum', async ({ request, params }) => {
      const done = await change(host, request, params, quorumCommand, () => ({ type: 'cluster', name: named(params) }));
      if (!done.ok) return done.response;
      if (!done.read?.ok) return unreadable('quorum');
      return answer('setClusterQuorum', { ...(done.read.value as QueryAnswers['cluster']).quorum, version: done.result.version });
    }),
    on('getClusterNetwork', async ({ params }) => answerQuery('getClusterNetwork', await host.query({ type: 'clusterNetwork', name: named(params), network: param(params, 'network') }))),
    on('setClusterNetwork', async ({ request, params }) => {
      // A rename changes the network's name: read the cluster and find it by its new name.
      const done = await change(host, request, params, networkCommand, () => ({ type: 'cluster', name: named(params) }));
      if (!done.ok) return done.response;
      if (!done.read?.ok) return unreadable('network');
      const { name, network } = done.command as Extract<Command, { type: 'clusterSetNetwork' }>;
      const wanted = (name ?? network).toUpperCase();
      const found = (done.read.value as QueryAnswers['cluster']).networks.find((candidate) => candidate.name.toUpperCase() === wanted);
      return found ? answer('setClusterNetwork', { ...found, version: done.result.version }) : unreadable('network');
    }),
    on('listSharedVolumes', async ({ params }) => answerQuery('listSharedVolumes', await host.query({ type: 'clusterSharedVolumes', name: named(params) }))),
    on('addSharedVolume', async ({ request, params }) => {
      const done = await change(host, request, params, sharedVolumeCommand, () => ({ type: 'clusterSharedVolumes', name: named(params) }));
      if (!done.ok) return done.response;
      if (!done.read?.ok) return unreadable('shared volumes');
      return answer('addSharedVolume', { ...(done.read.value as QueryAnswers['clusterSharedVolumes']), version: done.result.version });
    }),
  ];
}
