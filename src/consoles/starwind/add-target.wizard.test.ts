import { describe, expect, test } from 'vitest';
import { emptyInput, erase, resolveValues, setValue, summaryRows, validatePage, visiblePages, type WizardInput } from '../../wizard/model';
import { storesContext } from './add-target.fixtures';
import { addTargetWizard, toCreateDeviceRequest, type AddTargetContext, type AddTargetValues } from './add-target.wizard';

const ctx: AddTargetContext = storesContext;
const def = erase(addTargetWizard);
const values = (input: WizardInput) => resolveValues(def, input, ctx) as AddTargetValues;
const typed = (entries: Record<string, string | number | boolean>) => Object.entries(entries).reduce((input, [name, value]) => setValue(input, name, value), emptyInput());

describe('Add Target wizard', () => {
  test('the document defaults: Target Name from the alias, HA1Partner, both images alike, sync on iSCSI, heartbeat on Public', () => {
    const v = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2' }));
    expect(v.targetName).toBe('iqn.2008-08.com.starwindsoftware:sws-store1-ha1');
    expect(v.partnerTargetAlias).toBe('HA1Partner');
    expect(v.partnerTargetName).toBe('iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner');
    expect([v.imageFolder, v.imageFileName, v.partnerImageFolder, v.partnerImageFileName]).toEqual(['My Computer\\D', 'HA1.img', 'My Computer\\D', 'HA1.img']);
    expect([v.syncLocalIp, v.syncPartnerIp, v.heartbeatLocalIp, v.heartbeatPartnerIp]).toEqual(['172.30.100.21', '172.30.100.22', '192.168.100.21', '192.168.100.22']);
    expect([v.deviceKind, v.advancedType, v.failoverStrategy, v.localPriority, v.initMethod, v.cacheMode]).toEqual(['advanced', 'ha', 'heartbeat', 'primary', 'clear', 'write-back']);
  });

  test('ten and more pages for HA, fewer for a basic image file', () => {
    expect(visiblePages(def, values(emptyInput()), ctx).map((page) => page.id)).toEqual([
      'alias', 'targetType', 'deviceKind', 'advancedType', 'partner', 'failover', 'partnerTarget', 'image', 'cache', 'interfaces', 'initialization', 'summary', 'completion',
    ]);
    expect(visiblePages(def, values(typed({ deviceKind: 'basic' })), ctx).map((page) => page.id)).toEqual(['alias', 'targetType', 'deviceKind', 'basicType', 'image', 'cache', 'summary', 'completion']);
  });

  test('pages refuse what the domain validators refuse', () => {
    expect(validatePage(def, 'alias', values(typed({ targetAlias: 'HA1', targetName: 'iqn.bad name' })), ctx).targetName).toBe('An iSCSI name cannot contain spaces.');
    expect(validatePage(def, 'alias', values(typed({ targetAlias: '' })), ctx).targetAlias).toBe('Enter a target alias.');
    const taken = { ...ctx, targets: [{ id: 't1', host: 'SWS-Store1', alias: 'HA1', iqn: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1', deviceIds: [], clustered: true, portals: [] }] };
    expect(validatePage(def, 'alias', resolveValues(def, typed({ targetAlias: 'ha1' }), taken), taken).targetAlias).toMatch(/already exists on SWS-Store1/);
    expect(validatePage(def, 'partner', values(typed({ partnerAddress: '192.168.100.21' })), ctx).partnerAddress).toBe('The partner must be another server than SWS-Store1.');
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', sizeAmount: 0 })), ctx).sizeAmount).toBe('Size must be at least 1.');
    expect(validatePage(def, 'image', values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', sizeAmount: 3000, sizeUnit: 'GB' })), ctx).sizeAmount).toMatch(/larger than the free space of D: on SWS-Store1/);
    expect(validatePage(def, 'failover', values(typed({ failoverStrategy: 'node-majority' })), ctx).failoverStrategy).toMatch(/not available/);
  });

  test('the request the wizard sends, and the summary it shows', () => {
    const input = typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', partnerPassword: 'starwind', sizeAmount: 20, sizeUnit: 'GB', cacheMode: 'none' });
    const v = values(input);
    const request = toCreateDeviceRequest(v);
    expect(request).toMatchObject({ targetAlias: 'HA1', deviceType: 'ha', sizeBytes: 20 * 1024 ** 3, sectorSizeBytes: 512, cacheMode: 'none', cacheSizeMb: 0, image: { folder: 'My Computer\\D', fileName: 'HA1.img', createNew: true } });
    expect(request.ha).toMatchObject({ partnerAddress: 'SWS-Store2', partnerPort: 3261, partnerLogin: 'root', partnerTargetAlias: 'HA1Partner', localPriority: 'primary', initMethod: 'clear', failoverStrategy: 'heartbeat' });
    const rows = summaryRows(def, v, ctx).map((row) => `${row.label}: ${row.value}`);
    expect(rows).toContain('Partner priority: Secondary');
    expect(rows).toContain('Cache size: —');
    expect(rows).not.toContain(expect.stringContaining('starwind'));
    expect(toCreateDeviceRequest(values(typed({ targetAlias: 'Q', deviceKind: 'basic' }))).ha).toBeUndefined();
  });

  test('one link for sync and heartbeat on both sides warns without blocking', () => {
    const v = values(typed({ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', heartbeatLocalIp: '172.30.100.21', heartbeatPartnerIp: '172.30.100.22' }));
    expect(validatePage(def, 'interfaces', v, ctx)).toEqual({});
  });
});
