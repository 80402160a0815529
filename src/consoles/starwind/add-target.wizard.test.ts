import { describe, expect, test } from 'vitest';
import { emptyInput, erase, resolveValues, setValue, summaryRows, validatePage, visiblePages, type WizardInput } from '../../wizard/model';
import { storesContext, storesContextV8 } from './add-target.fixtures';
import { addTargetWizard, toCreateDeviceRequest, type AddTargetContext, type AddTargetValues } from './add-target.wizard';
import { browseFolders } from './image-files';
import type { StarWindDevice } from '../../api/types';

const def = erase(addTargetWizard);
const valuesIn = (ctx: AddTargetContext) => (input: WizardInput) => resolveValues(def, input, ctx) as AddTargetValues;
const typed = (entries: Record<string, string | number | boolean>) => Object.entries(entries).reduce((input, [name, value]) => setValue(input, name, value), emptyInput());
const pageIds = (ctx: AddTargetContext, input: WizardInput) => visiblePages(def, resolveValues(def, input, ctx), ctx).map((page) => page.id);

describe('Add Target wizard, version 5 (the seed document)', () => {
  const ctx = storesContext;
  const values = valuesIn(ctx);

  test("the seed's pages in the seed's order: no Failover Strategy, Cache or Heartbeat page", () => {
    expect(pageIds(ctx, emptyInput())).toEqual(['alias', 'targetType', 'deviceKind', 'advancedType', 'partner', 'partnerTarget', 'image', 'interfaces', 'initialization', 'summary', 'completion']);
    expect(pageIds(ctx, typed({ deviceKind: 'basic' }))).toEqual(['alias', 'targetType', 'deviceKind', 'basicType', 'image', 'summary', 'completion']);
  });

  test('image files: one path per server chosen with Browse…, the same name and place on both, Create new unchecked', () => {
    const v = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2' }));
    expect([v.imagePath, v.partnerImagePath]).toEqual(['My Computer\\D\\HA1.img', 'My Computer\\D\\HA1.img']);
    expect([v.imageCreateNew, v.partnerImageCreateNew]).toEqual([false, false]);
    // The partner's path follows the first until it is edited.
    const moved = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', imagePath: 'My Computer\\D\\HA\\Quorum.img' }));
    expect(moved.partnerImagePath).toBe('My Computer\\D\\HA\\Quorum.img');
    const visible = (page: string) => def.pages.find((candidate) => candidate.id === page) as unknown;
    const imageFields = (visible('image') as { fields: Array<{ name: string; visible?: (v: unknown, c: unknown) => boolean }> }).fields.filter((field) => field.visible?.(v, ctx) ?? true).map((field) => field.name);
    expect(imageFields).toEqual(['imagePath', 'imageCreateNew', 'partnerImagePath', 'partnerImageCreateNew', 'sizeAmount']);
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', imagePath: 'D:\\HA1.img' })), ctx).imagePath).toBeDefined();
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', imagePath: 'My Computer\\D\\' })), ctx).imagePath).toBe('Enter a file name for the image.');
  });

  test('no interface is chosen until the user picks one: Next refuses with a field message', () => {
    const v = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2' }));
    expect([v.syncLocalIp, v.syncPartnerIp]).toEqual(['', '']);
    expect(validatePage(def, 'interfaces', v, ctx)).toEqual({
      syncLocalIp: 'Set the interface SWS-Store1 uses to synchronize with its partner.',
      syncPartnerIp: 'Set the interface SWS-Store2 uses to synchronize with its partner.',
    });
    const chosen = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22' }));
    expect(validatePage(def, 'interfaces', chosen, ctx)).toEqual({});
  });

  test('the request: the paths split into folder and file, no heartbeat, the body defaults for what version 5 does not ask', () => {
    const v = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', imageCreateNew: true, syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22', sizeAmount: 2, sizeUnit: 'GB' }));
    const request = toCreateDeviceRequest(v, 5);
    expect(request).toMatchObject({ sizeBytes: 2 * 1024 ** 3, sectorSizeBytes: 512, cacheMode: 'write-back', cacheSizeMb: 128, image: { folder: 'My Computer\\D', fileName: 'HA1.img', createNew: true } });
    expect(request.ha).toMatchObject({
      partnerImage: { folder: 'My Computer\\D', fileName: 'HA1.img', createNew: true },
      syncLocalIp: '172.30.100.21',
      syncPartnerIp: '172.30.100.22',
      heartbeatLocalIp: '',
      heartbeatPartnerIp: '',
      failoverStrategy: 'heartbeat',
      initMethod: 'clear',
    });
    const rows = summaryRows(def, v, ctx).map((row) => `${row.label}: ${row.value}`);
    expect(rows).toContain('Image file: My Computer\\D\\HA1.img on SWS-Store1');
    expect(rows).toContain('Image file: My Computer\\D\\HA1.img on SWS-Store2');
    expect(rows.some((row) => /Heartbeat|Cache|Failover|Sector/.test(row))).toBe(false);
  });

  test('Browse… lists each volume with its free space, and the folders and files of existing devices', () => {
    const device = { id: 'd1', host: 'SWS-Store1', name: 'HAImage1', imageFolder: 'My Computer\\D\\HA', imageFileName: 'Quorum.img' } as StarWindDevice;
    const folders = browseFolders(ctx.hosts['SWS-Store1'], [device]);
    expect(folders.map((folder) => [folder.id, folder.label, folder.detail])).toEqual([
      ['My Computer\\C', 'C:', '87 GB free'],
      ['My Computer\\D', 'D: Storage', expect.stringMatching(/free$/)],
    ]);
    expect(folders[1]!.children).toEqual([{ id: 'My Computer\\D\\HA', label: 'HA', files: ['Quorum.img'] }]);
    expect(browseFolders(ctx.hosts['SWS-Store2'], [device])[1]!.children).toEqual([]);
  });
});

describe('Add Target wizard, version 8 (no HA device: StarWind 8 adds the partner with Add Replica)', () => {
  const ctx = storesContextV8;
  const values = valuesIn(ctx);

  test('a plain image file by default: Basic Virtual, the path chosen with Browse…, Create new checked', () => {
    const v = values(typed({ targetAlias: 'Q1' }));
    expect(v.targetName).toBe('iqn.2008-08.com.starwindsoftware:sws-store1-q1');
    expect([v.deviceKind, v.basicType, v.imagePath, v.imageCreateNew, v.cacheMode, v.sectorSize]).toEqual(['basic', 'image-file', 'My Computer\\D\\Q1.img', true, 'write-back', '512']);
    expect(pageIds(ctx, emptyInput())).toEqual(['alias', 'targetType', 'deviceKind', 'basicType', 'image', 'cache', 'summary', 'completion']);
    const imagePage = def.pages.find((page) => page.id === 'image') as unknown as { fields: Array<{ name: string; kind: string; visible?: (v: unknown, c: unknown) => boolean }> };
    expect(imagePage.fields.filter((field) => field.visible?.(v, ctx) ?? true).map((field) => [field.name, field.kind])).toEqual([
      ['imagePath', 'file'],
      ['imageCreateNew', 'checkbox'],
      ['sizeAmount', 'number'],
      ['sectorSize', 'select'],
    ]);
  });

  test('the High Availability device is listed, unavailable, with the StarWind 8 path as its reason', () => {
    const input = typed({ targetAlias: 'HA1', deviceKind: 'advanced' });
    const v = values(input);
    expect(pageIds(ctx, input)).toEqual(['alias', 'targetType', 'deviceKind', 'advancedType', 'image', 'cache', 'summary', 'completion']);
    const advanced = def.pages.find((page) => page.id === 'advancedType') as unknown as { fields: Array<{ options: (v: unknown, c: unknown) => Array<{ id: string; unavailable?: string }> }> };
    const ha = advanced.fields[0]!.options(v, ctx).find((option) => option.id === 'ha');
    expect(ha?.unavailable).toBe('In StarWind 8, add a replica to a device: Add Device (advanced), then Replication Manager → Add Replica');
    expect(validatePage(def, 'advancedType', values(typed({ deviceKind: 'advanced', advancedType: 'ha' })), ctx).advancedType).toBe(
      'High Availability device is not available: In StarWind 8, add a replica to a device: Add Device (advanced), then Replication Manager → Add Replica',
    );
  });

  test('pages refuse what the domain validators refuse', () => {
    expect(validatePage(def, 'alias', values(typed({ targetAlias: 'Q1', targetName: 'iqn.bad name' })), ctx).targetName).toBe('An iSCSI name cannot contain spaces.');
    expect(validatePage(def, 'alias', values(typed({ targetAlias: '' })), ctx).targetAlias).toBe('Enter a target alias.');
    const taken = { ...ctx, targets: [{ id: 't1', host: 'SWS-Store1', alias: 'Q1', iqn: 'iqn.2008-08.com.starwindsoftware:sws-store1-q1', deviceIds: [], clustered: false, portals: [] }] };
    expect(validatePage(def, 'alias', resolveValues(def, typed({ targetAlias: 'q1' }), taken), taken).targetAlias).toMatch(/already exists on SWS-Store1/);
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'Q1', sizeAmount: 0 })), ctx).sizeAmount).toBe('Size must be at least 1.');
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'Q1', sizeAmount: 3000, sizeUnit: 'GB' })), ctx).sizeAmount).toMatch(/larger than the free space of D: on SWS-Store1/);
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'Q1', imagePath: 'My Computer\\D\\' })), ctx).imagePath).toBe('Enter a file name for the image.');
  });

  test('the request: a plain image file with the chosen cache and sector size, no HA part; and the summary', () => {
    const v = values(typed({ targetAlias: 'Q1', imagePath: 'My Computer\\D\\HA\\Q1.img', sizeAmount: 20, sizeUnit: 'GB', cacheMode: 'none', sectorSize: '4096' }));
    const request = toCreateDeviceRequest(v, 8);
    expect(request).toEqual({
      targetAlias: 'Q1',
      targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-q1',
      targetType: 'hard-disk',
      deviceType: 'image-file',
      sizeBytes: 20 * 1024 ** 3,
      sectorSizeBytes: 4096,
      cacheMode: 'none',
      cacheSizeMb: 0,
      image: { folder: 'My Computer\\D\\HA', fileName: 'Q1.img', createNew: true },
    });
    const rows = summaryRows(def, v, ctx).map((row) => `${row.label}: ${row.value}`);
    expect(rows).toContain('Image file: My Computer\\D\\HA\\Q1.img on SWS-Store1');
    expect(rows).toContain('Cache size: —');
    expect(rows.some((row) => /Partner|Heartbeat|Failover/.test(row))).toBe(false);
  });
});
