// Refusals of the hyperv commands and reads: each names its field and the rule.
import { HYPER_V } from '../../../domain/features';
import type { VirtualMachine } from '../../../domain/hyperv';
import { reject, type Decision } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { findHost } from '../network/hosts';
import { findVm } from './state';

export type Refusal = Extract<Decision, { ok: false }>;

export const invalid = (code: string, field: string, message: string) => reject(code, 'invalid', message, { [field]: message }) as Refusal;
export const conflict = (code: string, field: string, message: string) => reject(code, 'conflict', message, { [field]: message }) as Refusal;
export const notFound = (code: string, field: string, message: string) => reject(code, 'not_found', message, { [field]: message }) as Refusal;

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'ok' in value && (value as { ok: unknown }).ok === false;
}

export function hostOrRefusal(state: LabState, name: unknown): Host | Refusal {
  const host = typeof name === 'string' ? findHost(state, name) : undefined;
  return host ?? { ok: false, error: hostNotFoundError(String(name)) };
}

export function vmOrRefusal(state: LabState, host: Host, name: unknown): VirtualMachine | Refusal {
  return findVm(state, host, name) ?? notFound('hyperv.vm_not_found', 'vm', `${host.name} has no virtual machine named "${String(name)}".`);
}

/** Hyper-V installed and in effect (not waiting for a restart), and the server running. */
export function hyperVRefusal(state: LabState, host: Host, field = 'host'): Refusal | undefined {
  const features = state.features.servers.get(host.id);
  if (!features?.installed.includes(HYPER_V)) {
    const pending = features?.pendingInstall.includes(HYPER_V) ? ' (it is installed and waits for a restart of the server)' : '';
    return conflict('hyperv.not_installed', field, `The Hyper-V role is not in effect on ${host.name}${pending}.`);
  }
  if (host.powerState !== 'on') return conflict('hyperv.host_not_running', field, `${host.name} is ${host.powerState}: the Virtual Machine Management service is not running.`);
  return undefined;
}
