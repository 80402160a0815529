// Every link of the seed document's steps names an action some console registers: a link to an
// action that does not exist would open its console and silently do nothing.
import { describe, expect, test } from 'vitest';
import { CONSOLES } from './consoles';
import { labActions } from './lab-actions';
import { SEED_CHAPTERS } from './seed-steps';

const registered = new Set([...CONSOLES.flatMap((console) => console.actions), ...labActions].map((action) => action.id));
const links = SEED_CHAPTERS.flatMap((chapter) => chapter.steps).flatMap((step) => (step.link ? [{ id: step.id, link: step.link }] : []));

describe('seed document steps', () => {
  test('each chapter is listed with at least one step, and step ids are unique', () => {
    const ids = SEED_CHAPTERS.flatMap((chapter) => chapter.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const chapter of SEED_CHAPTERS) expect(chapter.steps.length).toBeGreaterThan(0);
  });

  test.each(links)('$id links to a tree URL and a registered action', ({ link }) => {
    expect(link.href).toMatch(/^\/[a-z]/);
    if (link.action !== undefined) expect(registered).toContain(link.action);
  });

  test('the nodes chapter links Server Manager on Demo1', () => {
    expect(links.map(({ link }) => link.action)).toEqual(expect.arrayContaining(['server-manager.addRoles', 'server-manager.addFeatures']));
  });

  test('the iSCSI chapter links the iSCSI Initiator of Demo1, one entry per step', () => {
    const iscsi = links.filter(({ id }) => id.startsWith('iscsi.'));
    expect(iscsi.map(({ id }) => id)).toEqual(['iscsi.open', 'iscsi.discovery', 'iscsi.connect']);
    for (const { link } of iscsi) expect(link).toMatchObject({ href: '/servers/Demo1/iscsi-initiator', action: 'iscsi.open' });
  });

  test("the Hyper-V chapter's first step links Demo1 in Hyper-V Manager and New Virtual Machine", () => {
    expect(links.find(({ id }) => id === 'hyperv.create')?.link).toEqual({ href: '/hyper-v/Demo1', action: 'hyperv.new-vm', label: 'Demo1 → New Virtual Machine' });
  });

  test('the MPIO chapter links the MPIO node of Demo1 and its MPIO… action, every step', () => {
    const mpio = SEED_CHAPTERS.find((chapter) => chapter.id === 'mpio')!.steps;
    for (const step of mpio) expect(step.link).toMatchObject({ href: '/servers/Demo1/mpio', action: 'mpio.open' });
  });

  test('every step of the middle chapters (nodes, iSCSI, MPIO, disks) has a link', () => {
    const middle = SEED_CHAPTERS.filter((chapter) => ['nodes', 'iscsi', 'mpio', 'disks'].includes(chapter.id)).flatMap((chapter) => chapter.steps);
    expect(middle.filter((step) => !step.link).map((step) => step.id)).toEqual([]);
  });
});

describe('the cluster chapter', () => {
  test('step 1 opens Failover Cluster Manager; step 14 runs Enable Cluster Shared Volumes on the seed cluster', () => {
    const byId = new Map(links.map(({ id, link }) => [id, link]));
    expect(byId.get('cluster.open')).toMatchObject({ href: '/failover-cluster' });
    expect(byId.get('cluster.csv')).toMatchObject({ href: '/failover-cluster/Cluster1', action: 'cluster.enable-csv' });
  });
});
