// StarWind 8's actions appear in version 8 labs only: Add Device (advanced) on a connected
// server, Replication Manager on a device; a version 5 lab (the seed's) keeps Add Target alone.
import { describe, expect, test } from 'vitest';
import type { StarWindDevice } from '../../api/types';
import type { ActionContext } from '../../shell/registry';
import type { LabMirrorState } from '../../stores/lab-mirror';
import { emptyInput, erase, resolveValues, setValue, validatePage, visiblePages, type FileFolder } from '../../wizard/model';
import { storesContext } from './add-target.fixtures';
import { addDeviceWizard, toImageDeviceRequest, type AddDeviceValues } from './add-device.wizard';
import { addDeviceAction, replicationManagerAction } from './v8.action';

function context(starwindVersion: 5 | 8 | undefined, node: ActionContext['node']): ActionContext {
  const lab = {
    lab: { seed: 1, scenario: 'seed-lab', options: starwindVersion === undefined ? {} : { starwindVersion }, nowMs: 0, version: 1, hash: '' },
    starwindConsoleServers: { 'SWS-Store1': { id: 'SWS-Store1', host: 'SWS-Store1', address: 'SWS-Store1', port: 3261, connected: true, login: 'root', addedSeq: 1 } },
    starwindDevices: { 'device-0001': { id: 'device-0001', host: 'SWS-Store1', name: 'ImageFile1', kind: 'image-file', haDeviceId: null, targetId: 'target-0001' } },
    starwindTargets: {},
  } as unknown as LabMirrorState;
  return { node, item: null, lab, api: null, search: new URLSearchParams(), navigate: () => undefined, confirm: async () => true, showMessage: async () => undefined, openDialog: () => undefined };
}

const SERVER = { kind: 'starwind-server', key: 'SWS-Store1', href: '', label: 'SWS-Store1' } as ActionContext['node'];
const DEVICE = { kind: 'starwind-device', key: 'device-0001', href: '', label: 'ImageFile1' } as ActionContext['node'];

describe('StarWind 8 actions by version', () => {
  test('version 8: Add Device (advanced) on the server, Replication Manager on the device', () => {
    expect(addDeviceAction.predicate?.(context(8, SERVER))).toBe(true);
    expect(addDeviceAction.isEnabled?.(context(8, SERVER))).toBe(true);
    expect(replicationManagerAction.predicate?.(context(8, DEVICE))).toBe(true);
    expect(addDeviceAction.predicate?.(context(8, DEVICE))).toBe(false);
  });

  test('version 5: neither is offered', () => {
    expect(addDeviceAction.predicate?.(context(5, SERVER))).toBe(false);
    expect(replicationManagerAction.predicate?.(context(5, DEVICE))).toBe(false);
  });

  test('before the lab is known, neither is offered', () => {
    const unknown = { ...context(8, SERVER), lab: { ...context(8, SERVER).lab, lab: null } };
    expect(addDeviceAction.predicate?.(unknown)).toBe(false);
  });
});

describe('Add Device wizard', () => {
  test('pages as the VSAN Help lists them, defaults making a 1 GB image file on the roomiest drive', () => {
    const values = resolveValues(erase(addDeviceWizard), emptyInput(), storesContext) as AddDeviceValues;
    expect(visiblePages(erase(addDeviceWizard), values, storesContext).map((page) => page.title)).toEqual([
      'Device Type',
      'Disk Type',
      'Virtual Disk Location',
      'Virtual Disk Options',
      'Device RAM Cache Parameters',
      'Target Parameters',
      'Creation Page',
      'Completing the Add Device Wizard',
    ]);
    expect(toImageDeviceRequest(values)).toEqual({
      targetAlias: 'imagefile1',
      targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-imagefile1',
      targetType: 'hard-disk',
      deviceType: 'image-file',
      sizeBytes: 1024 ** 3,
      sectorSizeBytes: 512,
      cacheMode: 'write-back',
      cacheSizeMb: 128,
      image: { folder: 'My Computer\\D', fileName: 'imagefile1.img', createNew: true },
    });
  });

  test('Virtual Disk Location: the image file is a path chosen with Browse… over the volumes and folders', () => {
    const quorum = { id: 'd9', host: 'SWS-Store1', name: 'ImageFile9', imageFolder: 'My Computer\\D\\HA', imageFileName: 'Quorum.img' } as StarWindDevice;
    const ctx = { ...storesContext, devices: [quorum] };
    const def = erase(addDeviceWizard);
    const location = def.pages.find((page) => page.id === 'location') as unknown as { fields: Array<{ name: string; kind: string; browse?: (v: unknown, c: unknown) => FileFolder[] }> };
    expect(location.fields.map((field) => [field.name, field.kind])).toEqual([
      ['imagePath', 'file'],
      ['imageCreateNew', 'checkbox'],
      ['sizeAmount', 'number'],
    ]);
    const values = resolveValues(def, emptyInput(), ctx) as AddDeviceValues;
    expect(values.imagePath).toBe('My Computer\\D\\imagefile1.img');
    const folders = location.fields[0]!.browse!(values, ctx);
    expect(folders.map((folder) => folder.label)).toEqual(['C:', 'D: Storage']);
    expect(folders[1]!.children).toEqual([{ id: 'My Computer\\D\\HA', label: 'HA', files: ['Quorum.img'] }]);
    const chosen = resolveValues(def, setValue(emptyInput(), 'imagePath', 'My Computer\\D\\HA\\HA1.img'), ctx) as AddDeviceValues;
    expect(toImageDeviceRequest(chosen)).toMatchObject({ targetAlias: 'HA1', image: { folder: 'My Computer\\D\\HA', fileName: 'HA1.img', createNew: true } });
    expect(validatePage(def, 'location', resolveValues(def, setValue(emptyInput(), 'imagePath', 'My Computer\\D\\'), ctx), ctx).imagePath).toBe('Enter a file name for the image.');
  });
});
