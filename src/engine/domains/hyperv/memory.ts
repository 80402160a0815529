// Assign Memory's rule, shared by New Virtual Machine and Settings: whole multiples of the step,
// from the minimum to the smaller of the per-VM maximum of the OS version and what the server
// has for virtual machines.
import { VM_MEMORY_MAX_BYTES, VM_MEMORY_MIN_BYTES, VM_MEMORY_STEP_BYTES } from '../../../domain/hyperv';
import { BYTES_PER_MIB } from '../../../domain/units';
import type { Host } from '../../types';
import { invalid, type Refusal } from './refusals';
import { vmMemoryCapacityBytes } from './resources';

export function vmMemoryMaxBytes(host: Host): number {
  const capacity = vmMemoryCapacityBytes(host);
  return Math.min(VM_MEMORY_MAX_BYTES[host.osVersion], capacity - (capacity % VM_MEMORY_STEP_BYTES));
}

export function memoryRefusal(host: Host, memoryBytes: unknown): Refusal | undefined {
  const maxBytes = vmMemoryMaxBytes(host);
  const fits = typeof memoryBytes === 'number' && Number.isInteger(memoryBytes) && memoryBytes >= VM_MEMORY_MIN_BYTES && memoryBytes <= maxBytes && memoryBytes % VM_MEMORY_STEP_BYTES === 0;
  if (fits) return undefined;
  const mb = (bytes: number) => String(bytes / BYTES_PER_MIB).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return invalid('hyperv.invalid_memory', 'memoryBytes', `The memory of a virtual machine on ${host.name} is a multiple of ${mb(VM_MEMORY_STEP_BYTES)} MB from ${mb(VM_MEMORY_MIN_BYTES)} MB to ${mb(maxBytes)} MB.`);
}
