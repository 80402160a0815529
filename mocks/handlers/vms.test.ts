// Contract of the Hyper-V routes: GET|POST /hosts/{host}/vms (+ ?validate=only), GET|PUT
// /hosts/{host}/vms/{vm} and POST .../actions. The answers are the engine's reads; every refusal
// changes nothing. Hyper-V is put in effect on Demo1 through the host (install, restart).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Command } from '../../src/api/types';
import { VM_START_MS } from '../../src/domain/hyperv';
import { BYTES_PER_MIB } from '../../src/domain/units';
import { labHost, resetLab, server } from '../node';
import { api } from '../starwind-test-support';
import { expectRefusedUnchanged, getLab, send } from '../test-support';

const PATH = '/api/v1/hosts/Demo1/vms';
const BOOT_DONE_MS = 300_000;

async function run(command: unknown): Promise<void> {
  const result = await labHost.dispatch(command as Command);
  if (!result.ok) throw new Error(`${(command as Command).type}: ${result.error.message}`);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetLab({ seed: 7 });
  await run({ type: 'featuresInstall', host: 'Demo1', features: ['Hyper-V'] });
  await run({ type: 'setPower', host: 'Demo1', action: 'restart' });
  await labHost.advance(BOOT_DONE_MS);
});

describe('GET|POST /api/v1/hosts/{host}/vms', () => {
  test('New Virtual Machine: validate only changes nothing; create answers the machine (201); the list shows it and the host resources', async () => {
    const before = await getLab();
    const valid = await send('POST', `${PATH}?validate=only`, { name: 'VM1' });
    expect(await valid.json()).toEqual({ valid: true, warnings: {} });
    expect(await getLab()).toEqual(before);

    const response = await send('POST', PATH, { name: 'VM1', memoryBytes: 1024 * BYTES_PER_MIB });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: 'vm-0001', name: 'VM1', host: 'Demo1', state: 'Off', memoryBytes: 1024 * BYTES_PER_MIB, uptimeMs: 0, version: before.version + 1 });
    const list = await api.call('listVms', { params: { name: 'demo1' } });
    expect(list.vms.map((vm) => [vm.name, vm.state])).toEqual([['VM1', 'Off']]);
    expect(list.resources).toMatchObject({ host: 'Demo1', hyperV: true, logicalProcessors: 8, runningVms: 0, runningVmsMax: 384 });
  });

  test('bad names, paths and bodies, a host without Hyper-V and an unknown host are refused and change nothing', async () => {
    await api.call('createVm', { params: { name: 'Demo1' }, body: { name: 'VM1' } });
    const taken = await expectRefusedUnchanged(() => send('POST', PATH, { name: 'vm1' }), 409, 'hyperv.name_taken');
    expect(taken.errors?.name).toBe('Demo1 already has a virtual machine named "vm1".');
    await expectRefusedUnchanged(() => send('POST', `${PATH}?validate=only`, { name: 'VM2', location: 'C:\\ClusterStorage\\Volume1' }), 409, 'hyperv.no_such_volume');
    await expectRefusedUnchanged(() => send('POST', PATH, { name: 'VM2', memoryBytes: 3 }), 422, 'hyperv.invalid_memory');
    await expectRefusedUnchanged(() => send('POST', PATH, { name: 'VM2', colour: 'blue' }), 400, 'request.invalid_body');
    await expectRefusedUnchanged(() => send('POST', '/api/v1/hosts/Demo2/vms', { name: 'VM2' }), 409, 'hyperv.not_installed');
    await expectRefusedUnchanged(() => send('GET', '/api/v1/hosts/Nowhere/vms'), 404, 'host.not_found');
    await expectRefusedUnchanged(() => send('GET', `${PATH}/VM9`), 404, 'hyperv.vm_not_found');
  });
});

describe('POST /api/v1/hosts/{host}/vms/{vm}/actions and PUT /api/v1/hosts/{host}/vms/{vm}', () => {
  test('Start, then Running after VM_START_MS; a wrong action is refused; Settings change the start action and refuse memory while it runs', async () => {
    await api.call('createVm', { params: { name: 'Demo1' }, body: { name: 'VM1' } });
    const checked = await send('POST', `${PATH}/VM1/actions?validate=only`, { action: 'start' });
    expect(await checked.json()).toEqual({ valid: true, warnings: {} });
    expect((await api.call('getVm', { params: { name: 'Demo1', vm: 'VM1' } })).state).toBe('Off');
    expect(await api.call('vmAction', { params: { name: 'Demo1', vm: 'vm1' }, body: { action: 'start' } })).toMatchObject({ state: 'Starting', assignedMemoryBytes: 512 * BYTES_PER_MIB });
    await api.call('advanceClock', { body: { ms: VM_START_MS } });
    expect(await api.call('getVm', { params: { name: 'Demo1', vm: 'VM1' } })).toMatchObject({ state: 'Running', uptimeMs: 0 });
    await expectRefusedUnchanged(() => send('POST', `${PATH}/VM1/actions`, { action: 'resume' }), 409, 'hyperv.vm_state');
    await expectRefusedUnchanged(() => send('POST', `${PATH}/VM1/actions`, { action: 'explode' }), 422, 'hyperv.invalid_action');

    expect(await api.call('setVmSettings', { params: { name: 'Demo1', vm: 'VM1' }, body: { automaticStartAction: 'Nothing', workload: { dirtyBytesPerS: 1000 } } })).toMatchObject({ automaticStartAction: 'Nothing', workload: { dirtyBytesPerS: 1000 } });
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/VM1?validate=only`, { memoryBytes: 1024 * BYTES_PER_MIB }), 409, 'hyperv.vm_not_off');
    await expectRefusedUnchanged(() => send('PUT', `${PATH}/VM1`, { automaticStartAction: 'Sometimes' }), 422, 'hyperv.invalid_start_action');
  });
});
