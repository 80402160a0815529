// @vitest-environment jsdom
// The disk list's context menus: a right-click, Shift+F10 or the context-menu key on a disk's
// header or its unallocated space selects that item and opens its menu there; arrows move between
// cells; the menu lists the verbs of the disk's state (Online on an Offline disk; Offline and
// Initialize Disk on one Not Initialized; New Simple Volume... greyed until the disk is initialized).
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ApiClient } from '../../api/client';
import type { HostDisk } from '../../domain/disks';
import { contextMenuActions, type ActionContext, type SelectedItem } from '../../shell/registry';
import type { LabMirrorState } from '../../stores/lab-mirror';
import { DiskList } from './disk-list';
import { diskManagementActions } from './disk.action';
import { iscsiDisk, systemDisk } from './disks.fixtures';

afterEach(() => cleanup());

describe('the disk list', () => {
  test('right-click and Shift+F10 select the cell\'s item and open its menu; arrows move between cells', async () => {
    const onSelect = vi.fn<(item: SelectedItem | null) => void>();
    const onContextMenu = vi.fn();
    render(<DiskList host="Demo1" disks={[systemDisk(), iscsiDisk(1)]} selected={null} onSelect={onSelect} onContextMenu={onContextMenu} />);
    const header = screen.getByRole('gridcell', { name: 'Disk 1, Unknown, 10.00 GB, Offline, The disk is offline because of policy set by an administrator' });
    await act(async () => {
      fireEvent.contextMenu(header, { clientX: 40, clientY: 50 });
    });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'disk', key: 'Demo1/1', label: 'Disk 1' });
    expect(onContextMenu).toHaveBeenLastCalledWith({ x: 40, y: 50 });

    await act(async () => {
      header.focus();
    });
    await act(async () => {
      fireEvent.keyDown(header, { key: 'ArrowRight' });
    });
    const unallocated = screen.getByRole('gridcell', { name: 'Disk 1: 10.00 GB, Unallocated' });
    expect(document.activeElement).toBe(unallocated);
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'disk-unallocated', key: 'Demo1/1', label: 'Disk 1 Unallocated' });
    await act(async () => {
      fireEvent.keyDown(unallocated, { key: 'F10', shiftKey: true });
    });
    expect(onContextMenu).toHaveBeenCalledTimes(2);
    await act(async () => {
      fireEvent.keyDown(unallocated, { key: 'ArrowUp' });
    });
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Disk 0: (C:), 40.00 GB NTFS, Healthy (System, Boot, Page File, Active, Crash Dump, Primary Partition)' }));
    // A volume has no verbs of its own: its menu is the node's.
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});

describe('the menu of a disk follows its state', () => {
  const disk = (over: Partial<HostDisk>): HostDisk => ({
    id: 'h-demo1:SW-ha', hostId: 'h-demo1', number: 1, lun: 'SW-ha', path: null, present: true, state: 'Offline', partitionStyle: null, volumes: [], policy: 'round-robin', pathSettings: [], ...over,
  });
  const ctxOf = (item: SelectedItem, hostDisk: HostDisk): ActionContext => ({
    node: { href: '/servers/Demo1/server-manager/storage/disk-management', label: 'Disk Management', kind: 'disk-management', key: 'Demo1' },
    item,
    lab: { hosts: { 'h-demo1': { id: 'h-demo1', name: 'Demo1', powerState: 'on' } }, hostDisks: { [hostDisk.id]: hostDisk } } as unknown as LabMirrorState,
    api: {} as ApiClient,
    search: new URLSearchParams(),
    navigate: () => undefined,
    confirm: async () => true,
    showMessage: async () => undefined,
    openDialog: () => undefined,
  });
  const DISK: SelectedItem = { kind: 'disk', key: 'Demo1/1', label: 'Disk 1' };
  const FREE: SelectedItem = { kind: 'disk-unallocated', key: 'Demo1/1', label: 'Disk 1 Unallocated' };
  const menu = (item: SelectedItem, hostDisk: HostDisk) => contextMenuActions(diskManagementActions, 'row', ctxOf(item, hostDisk)).map((entry) => `${entry.label}${entry.enabled ? '' : ' (greyed)'}`);

  test('Offline: Online; Not Initialized: Offline and Initialize Disk; initialized: Offline', () => {
    expect(menu(DISK, disk({}))).toEqual(['Online']);
    expect(menu(DISK, disk({ state: 'Online' }))).toEqual(['Offline', 'Initialize Disk']);
    expect(menu(DISK, disk({ state: 'Online', partitionStyle: 'GPT' }))).toEqual(['Offline']);
  });

  test('New Simple Volume... on unallocated space, greyed until the disk is Online and initialized', () => {
    expect(menu(FREE, disk({}))).toEqual(['New Simple Volume... (greyed)']);
    expect(menu(FREE, disk({ state: 'Online' }))).toEqual(['New Simple Volume... (greyed)']);
    expect(menu(FREE, disk({ state: 'Online', partitionStyle: 'MBR' }))).toEqual(['New Simple Volume...']);
  });
});
