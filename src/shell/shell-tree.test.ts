import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { createLabMirror } from '../stores/lab-mirror';
import type { ShellTreeNode, TreeSource } from './registry';
import { createTreeSelector, shareNodes } from './shell-tree';

function Badge(_props: { haId: string }) {
  return null;
}

const build = (powerOff: string | null, badge = 'ha-1'): ShellTreeNode[] => [
  {
    href: '/servers',
    label: 'Servers',
    kind: 'servers',
    children: ['Demo1', 'Demo2'].map((name) => ({ href: `/servers/${name}`, label: name, kind: 'server', key: name, title: name === powerOff ? 'off' : undefined })),
  },
  { href: '/starwind', label: 'StarWind', kind: 'starwind', decoration: createElement(Badge, { haId: badge }) },
];

describe('shareNodes', () => {
  test('an equal rebuild answers the previous tree itself', () => {
    const first = build(null);
    expect(shareNodes(first, build(null))).toBe(first);
  });

  test('a changed node is new, its unchanged siblings and other branches keep their identity', () => {
    const first = build(null);
    const second = shareNodes(first, build('Demo2'));
    expect(second).not.toBe(first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]!.children![0]).toBe(first[0]!.children![0]);
    expect(second[0]!.children![1]).toEqual({ href: '/servers/Demo2', label: 'Demo2', kind: 'server', key: 'Demo2', title: 'off' });
    expect(second[1]).toBe(first[1]);
  });

  test('a decoration with other props, a new node or a new order is a change', () => {
    const first = build(null);
    expect(shareNodes(first, build(null, 'ha-2'))[1]).not.toBe(first[1]);
    expect(shareNodes(first, [...build(null)].reverse())).not.toBe(first);
    expect(shareNodes(first, build(null).slice(0, 1))).not.toBe(first);
  });
});

describe('createTreeSelector', () => {
  test('builds only when a collection changes, and keeps the tree while it draws the same', () => {
    const mirror = createLabMirror();
    let builds = 0;
    const select = createTreeSelector((lab: TreeSource) => {
      builds += 1;
      return [{ href: '/servers', label: `Servers (${Object.keys(lab.hosts).length})`, kind: 'servers' }];
    });
    const first = select(mirror.getState());
    mirror.setState({ nowMs: 5000 });
    expect(select(mirror.getState())).toBe(first);
    expect(builds).toBe(1);
    mirror.setState({ hosts: {} });
    expect(select(mirror.getState())).toBe(first);
    expect(builds).toBe(2);
  });
});
