import { describe, expect, test } from 'vitest';
import type { ApiClient } from '../api/client';
import { createLabMirror } from '../stores/lab-mirror';
import { ancestorsOf, contextMenuActions, listActions, verbAction, nodeForPath, type ActionContext, type ShellAction, type ShellTreeNode } from './registry';

const tree: ShellTreeNode[] = [
  {
    href: '/lab',
    label: 'HA Lab',
    kind: 'root',
    children: [
      { href: '/servers', label: 'Servers', kind: 'servers', children: [{ href: '/servers/Demo2', label: 'Demo2', kind: 'server', key: 'Demo2' }] },
      {
        href: '/events',
        label: 'Event Viewer',
        kind: 'event-viewer',
        children: [{ href: '/events/windows-logs', label: 'Windows Logs', kind: 'event-folder', children: [{ href: '/events/System', label: 'System', kind: 'event-log', key: 'System' }] }],
      },
    ],
  },
];

function context(partial: Partial<ActionContext> = {}): ActionContext {
  return {
    node: null,
    item: null,
    lab: createLabMirror().getState(),
    api: {} as ApiClient,
    search: new URLSearchParams(),
    navigate: () => undefined,
    confirm: async () => true,
    showMessage: async () => undefined,
    openDialog: () => undefined,
    ...partial,
  };
}

const action = (id: string, section: ShellAction['section'], extra: Partial<ShellAction> = {}): ShellAction => ({
  id,
  label: id,
  section,
  predicate: () => true,
  perform: () => undefined,
  ...extra,
});

describe('the console tree follows the URL', () => {
  test('a path selects the node with the longest matching href', () => {
    expect(nodeForPath(tree, '/servers/Demo2')?.label).toBe('Demo2');
    expect(nodeForPath(tree, '/servers')?.label).toBe('Servers');
    expect(nodeForPath(tree, '/servers/Nope')?.label).toBe('Servers');
    expect(nodeForPath(tree, '/events/System')?.label).toBe('System');
    expect(nodeForPath(tree, '/events/Sys')?.label).toBe('Event Viewer');
    expect(nodeForPath(tree, '/nowhere')).toBeNull();
  });

  test('a name with a space is found whether the path carries it encoded or not (hrefs are encoded)', () => {
    const networks: ShellTreeNode[] = [
      { href: '/failover-cluster/Cluster1/networks', label: 'Networks', kind: 'fcm.networks', children: [{ href: '/failover-cluster/Cluster1/networks/Cluster%20Network%202', label: 'Cluster Network 2', kind: 'fcm.network' }] },
    ];
    expect(nodeForPath(networks, '/failover-cluster/Cluster1/networks/Cluster%20Network%202')?.label).toBe('Cluster Network 2');
    expect(nodeForPath(networks, '/failover-cluster/Cluster1/networks/Cluster Network 2')?.label).toBe('Cluster Network 2');
  });

  test('a node deep in the tree names its ancestors, to expand them', () => {
    expect(ancestorsOf(tree, '/events/System')).toEqual(['/lab', '/events', '/events/windows-logs']);
    expect(ancestorsOf(tree, '/lab')).toEqual([]);
  });
});

describe('the action registry', () => {
  const start = action('start', 'node', {
    label: 'Start',
    predicate: (ctx) => ctx.node?.kind === 'server',
    isEnabled: (ctx) => ctx.lab.hosts[ctx.node?.key ?? '']?.powerState === 'off',
  });
  const about = action('about', 'help', { needsLab: false });
  const copy = action('copy', 'item', { predicate: (ctx) => ctx.item?.kind === 'event' });
  const actions = [start, about, copy];

  test('lists only the actions of a section whose predicate holds', () => {
    const server = nodeForPath(tree, '/servers/Demo2');
    expect(listActions(actions, 'node', context({ node: server })).map((entry) => entry.action.id)).toEqual(['start']);
    expect(listActions(actions, 'node', context({ node: nodeForPath(tree, '/servers') }))).toEqual([]);
    expect(listActions(actions, 'item', context({ item: { kind: 'event', key: '7', label: 'Event 6006' } })).map((entry) => entry.action.id)).toEqual(['copy']);
  });

  test('an action that does not apply to the state is listed but disabled', () => {
    const server = nodeForPath(tree, '/servers/Demo2');
    const [listed] = listActions(actions, 'node', context({ node: server }));
    expect(listed?.label).toBe('Start');
    expect(listed?.enabled).toBe(false);
  });

  test('actions that talk to the lab are disabled until it is ready; others are not', () => {
    const server = nodeForPath(tree, '/servers/Demo2');
    const lab = createLabMirror();
    lab.getState().applyBatch({
      fromVersion: 0,
      toVersion: 1,
      nowMs: 0,
      full: true,
      events: [],
      changes: {
        hosts: {
          upsert: [{ id: 'Demo2', name: 'Demo2', role: 'cluster-node', os: 'x', osVersion: '2008R2', domain: 'SWS.com', powerState: 'off', powerTransition: null, lastBootMs: null, uncleanShutdownMs: null, nics: [], volumes: [], features: [] }],
          remove: [],
        },
      },
    });
    expect(listActions(actions, 'node', context({ node: server, lab: lab.getState() }))[0]?.enabled).toBe(true);
    expect(listActions(actions, 'node', context({ node: server, lab: lab.getState(), api: null }))[0]?.enabled).toBe(false);
    expect(listActions(actions, 'help', context({ api: null }))[0]?.enabled).toBe(true);
  });
});

describe('context menus and verbs read the same registry as the actions pane', () => {
  const node: ShellTreeNode = { href: '/servers/Demo2', label: 'Demo2', kind: 'server', key: 'Demo2' };
  const actions = [
    action('start', 'node'),
    action('remove', 'node', { verb: 'delete' }),
    action('copy', 'item', { verb: 'properties' }),
    action('remove-disabled', 'item', { verb: 'delete', isEnabled: () => false }),
  ];

  test("a node's menu is its node section; a row's is the item's, or the node's when no item is selected", () => {
    const ids = (listed: ReturnType<typeof contextMenuActions>) => listed.map((entry) => entry.action.id);
    expect(ids(contextMenuActions(actions, 'node', context({ node })))).toEqual(ids(listActions(actions, 'node', context({ node }))));
    const withItem = context({ node, item: { kind: 'nic', key: 'Demo2/Public', label: 'Public' } });
    expect(ids(contextMenuActions(actions, 'row', withItem))).toEqual(['copy', 'remove-disabled']);
    expect(ids(contextMenuActions(actions, 'row', context({ node })))).toEqual(['start', 'remove']);
  });

  test('Delete finds the enabled delete verb of the node (tree) or of the item (results), never the node from the results', () => {
    const withItem = context({ node, item: { kind: 'nic', key: 'Demo2/Public', label: 'Public' } });
    expect(verbAction(actions, 'delete', 'node', context({ node }))?.action.id).toBe('remove');
    expect(verbAction(actions, 'delete', 'row', withItem)).toBeUndefined();
    expect(verbAction(actions, 'delete', 'row', context({ node }))).toBeUndefined();
    expect(verbAction(actions, 'properties', 'row', withItem)?.action.id).toBe('copy');
  });
});
