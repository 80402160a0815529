// A console that adds nodes and actions under a server another console owns (iSCSI Initiator,
// MPIO, Disk Management, Roles and Features under each server), through the registry only: the two
// test consoles below share nothing but the node kind NODE_KINDS.server.
import { describe, expect, test } from 'vitest';
import type { ApiClient } from '../api/client';
import type { Host } from '../api/types';
import { createLabMirror } from '../stores/lab-mirror';
import { ancestorsOf, composeTree, flattenTree, listActions, nodeForPath, NODE_KINDS, type ActionContext, type ConsoleDefinition, type ShellAction, type ShellTreeNode } from './registry';
import { createTreeSelector } from './shell-tree';

function host(name: string): Host {
  return { id: name, name, role: 'cluster-node', os: 'x', osVersion: '2008R2', domain: 'SWS.com', powerState: 'on', powerTransition: null, lastBootMs: 0, uncleanShutdownMs: null, nics: [], volumes: [], features: [] };
}

function labWith(names: string[], version = 1) {
  const lab = createLabMirror();
  lab.getState().applyBatch({ fromVersion: 0, toVersion: version, nowMs: 0, full: true, events: [], changes: { hosts: { upsert: names.map(host), remove: [] } } });
  return lab;
}

const action = (id: string, predicate: ShellAction['predicate']): ShellAction => ({ id, label: id, section: 'node', predicate, perform: () => undefined });

/** The owner: Servers, one node per host, with a child of its own. */
const owner: ConsoleDefinition = {
  id: 'servers',
  tree: (lab) => [
    {
      href: '/servers',
      label: 'Servers',
      kind: 'servers',
      children: Object.values(lab.hosts).map((entry) => ({
        href: `/servers/${entry.name}`,
        label: entry.name,
        kind: NODE_KINDS.server,
        key: entry.name,
        children: [{ href: `/servers/${entry.name}/network`, label: 'Network Connections', kind: 'server-network', key: entry.name }],
      })),
    },
  ],
  routes: [],
  actions: [action('servers.restart', (ctx) => ctx.node?.kind === NODE_KINDS.server)],
};

/** A contributor: Storage tools under every server, and their actions; it never names the owner. */
const storage: ConsoleDefinition = {
  id: 'storage',
  tree: () => [],
  contributions: [
    {
      under: NODE_KINDS.server,
      nodes: (server) => [
        { href: `${server.href}/iscsi-initiator`, label: 'iSCSI Initiator', kind: 'iscsi-initiator', key: server.key },
        { href: `${server.href}/disks`, label: 'Disk Management', kind: 'disk-management', key: server.key },
      ],
    },
    // A contribution under a contributed node: MPIO under the iSCSI Initiator.
    { under: 'iscsi-initiator', nodes: (initiator) => [{ href: `${initiator.href}/mpio`, label: 'MPIO', kind: 'mpio', key: initiator.key }] },
  ],
  routes: [],
  actions: [
    action('iscsi.discover-portal', (ctx) => ctx.node?.kind === 'iscsi-initiator'),
    action('roles.add-feature', (ctx) => ctx.node?.kind === NODE_KINDS.server),
  ],
};

function context(node: ShellTreeNode | null): ActionContext {
  return {
    node,
    item: null,
    lab: createLabMirror().getState(),
    api: {} as ApiClient,
    search: new URLSearchParams(),
    navigate: () => undefined,
    confirm: async () => true,
    showMessage: async () => undefined,
    openDialog: () => undefined,
  };
}

describe('nodes and actions under a server another console owns', () => {
  const tree = composeTree([owner, storage], labWith(['Demo1', 'Demo2']).getState());
  const actions = [...owner.actions, ...storage.actions];

  test("contributed nodes appear under every server, after the owner's own children", () => {
    const demo2 = nodeForPath(tree, '/servers/Demo2');
    expect(demo2?.children?.map((child) => child.label)).toEqual(['Network Connections', 'iSCSI Initiator', 'Disk Management']);
    expect(nodeForPath(tree, '/servers/Demo1/disks')).toMatchObject({ label: 'Disk Management', kind: 'disk-management', key: 'Demo1' });
    expect(nodeForPath(tree, '/servers/Demo1/iscsi-initiator/mpio')?.label).toBe('MPIO');
    expect(ancestorsOf(tree, '/servers/Demo2/iscsi-initiator/mpio')).toEqual(['/servers', '/servers/Demo2', '/servers/Demo2/iscsi-initiator']);
  });

  test("the contributor's actions are listed on the server beside the owner's, and on its own nodes", () => {
    const ids = (href: string) => listActions(actions, 'node', context(nodeForPath(tree, href))).map((entry) => entry.action.id);
    expect(ids('/servers/Demo1')).toEqual(['servers.restart', 'roles.add-feature']);
    expect(ids('/servers/Demo1/iscsi-initiator')).toEqual(['iscsi.discover-portal']);
    expect(ids('/servers/Demo1/network')).toEqual([]);
  });

  test('a server the lab adds gets the contributed nodes too (the tree selector rebuilds)', () => {
    const lab = labWith(['Demo1']);
    const select = createTreeSelector((source) => composeTree([owner, storage], source));
    const hrefs = () => flattenTree(select(lab.getState())).map((node) => node.href);
    expect(hrefs()).not.toContain('/servers/Demo3/iscsi-initiator');
    lab.getState().applyBatch({ fromVersion: 1, toVersion: 2, nowMs: 0, full: false, events: [], changes: { hosts: { upsert: [host('Demo3')], remove: [] } } });
    expect(hrefs()).toContain('/servers/Demo3/iscsi-initiator');
  });

  test('a contributed node must live below its parent, so URLs keep mirroring the tree', () => {
    const stray: ConsoleDefinition = { id: 'stray', tree: () => [], routes: [], actions: [], contributions: [{ under: NODE_KINDS.server, nodes: () => [{ href: '/elsewhere', label: 'Elsewhere', kind: 'x' }] }] };
    expect(() => composeTree([owner, stray], labWith(['Demo1']).getState())).toThrow(/must have an href below it/);
  });

  test('without contributions the tree is what the consoles built', () => {
    const lab = labWith(['Demo1']).getState();
    expect(composeTree([owner], lab)).toEqual(owner.tree(lab));
  });
});
