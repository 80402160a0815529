// @vitest-environment jsdom
// Settings for a virtual machine: Memory greyed with the reason while it runs, only what changed
// is sent (PUT /hosts/{host}/vms/{vm}), Apply keeps the dialog open and OK closes it, and the
// lab's refusal lands on the field that owns its path.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ApiError, type ApiClient } from '../../api/client';
import type { VirtualMachine } from '../../domain/hyperv';
import { BYTES_PER_MIB } from '../../domain/units';
import { labMirror } from '../../stores/lab-mirror';
import { click } from '../../ui/testing/click';
import { changedSettings, VmSettingsDialog } from './settings.dialog';

const before = labMirror.getState();
afterEach(() => {
  cleanup();
  labMirror.setState(before, true);
});

const VM = {
  id: 'vm-1',
  name: 'VM1',
  state: 'Running',
  memoryBytes: 512 * BYTES_PER_MIB,
  automaticStartAction: 'StartIfRunning',
  workload: { dirtyBytesPerS: 0, diskWriteBytesPerS: 0, wwsBytes: 0 },
} as unknown as VirtualMachine;

function show(vm: VirtualMachine, call: (...args: unknown[]) => Promise<unknown>) {
  act(() => labMirror.setState({ virtualMachines: { [vm.id]: vm } } as never));
  const onClose = vi.fn();
  const api = { call: vi.fn(call) } as unknown as ApiClient;
  render(<VmSettingsDialog api={api} host="Demo1" vmId={vm.id} onClose={onClose} />);
  return { api, onClose };
}

const input = (name: string) => document.querySelector(`[data-field="${name}"] input`) as HTMLInputElement;

test('while it runs, Memory is greyed with the reason; Apply sends only the start action and stays open', async () => {
  const { api, onClose } = show(VM, async () => ({}));
  expect(input('memoryMb').disabled).toBe(true);
  expect(document.querySelector('[data-field="memoryMb"]')?.textContent).toContain('can be changed only while it is Off; it is Running');
  fireEvent.click(document.querySelector('[data-field="automaticStartAction"] input[value="Nothing"]')!);
  await click(screen.getByRole('button', { name: 'Apply' }));
  await waitFor(() => expect(api.call).toHaveBeenCalledWith('setVmSettings', { params: { name: 'Demo1', vm: 'VM1' }, query: undefined, body: { automaticStartAction: 'Nothing' } }));
  expect(onClose).not.toHaveBeenCalled();
});

test("Off: the memory is sent in bytes; the lab's refusal shows on Memory and the dialog stays", async () => {
  const off = { ...VM, state: 'Off' } as VirtualMachine;
  expect(changedSettings(off, { memoryMb: 1024, automaticStartAction: 'StartIfRunning', dirtyMbPerS: 0, diskWriteMbPerS: 0, wwsMb: 16 })).toEqual({ memoryBytes: 1024 * BYTES_PER_MIB, workload: { wwsBytes: 16 * BYTES_PER_MIB } });
  const message = 'The memory of a virtual machine on Demo1 is a multiple of 2 MB from 8 MB to 30,720 MB.';
  const { onClose } = show(off, async () => {
    throw new ApiError({ type: 'about:blank', title: 'Invalid', status: 422, detail: message, errors: { memoryBytes: message } } as never);
  });
  fireEvent.change(input('memoryMb'), { target: { value: '40000' } });
  fireEvent.blur(input('memoryMb'));
  await click(screen.getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(document.querySelector('[data-field="memoryMb"]')?.textContent).toContain('30,720 MB'));
  expect(onClose).not.toHaveBeenCalled();
});
