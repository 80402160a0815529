// Assign Memory's rule, shared by New Virtual Machine and Settings: whole multiples of the step,
// from the minimum to the smaller of the per-VM maximum of the OS version and what the server
// has for virtual machines (the rule and its words: src/domain/hyperv, which the console uses too).
import { vmMemoryMaxBytes as maxForCapacity, vmMemoryProblem } from '../../../domain/hyperv';
import type { Host } from '../../types';
import { invalid, type Refusal } from './refusals';
import { vmMemoryCapacityBytes } from './resources';

export function vmMemoryMaxBytes(host: Host): number {
  return maxForCapacity(host.osVersion, vmMemoryCapacityBytes(host));
}

export function memoryRefusal(host: Host, memoryBytes: unknown): Refusal | undefined {
  const problem = vmMemoryProblem(memoryBytes, vmMemoryMaxBytes(host), host.name);
  return problem === null ? undefined : invalid('hyperv.invalid_memory', 'memoryBytes', problem);
}
