import type { Host, Network, Nic } from '../../api/types';
import { POWER_STATE_LABELS } from '../../domain/power';

/** One server's connection to a network. */
export interface Attachment {
  id: string;
  host: Host;
  nic: Nic;
}

export function attachmentsOf(network: Network, hosts: Record<string, Host>): Attachment[] {
  const out: Attachment[] = [];
  for (const host of Object.values(hosts)) {
    for (const nic of host.nics) {
      if (nic.network === network.name) out.push({ id: `${host.name}/${nic.name}`, host, nic });
    }
  }
  return out;
}

export function serverCount(network: Network, hosts: Record<string, Host>): number {
  return new Set(attachmentsOf(network, hosts).map((attachment) => attachment.host.name)).size;
}

export const linkLabel = (nic: Nic) => (nic.linkUp ? 'Connected' : 'Network cable unplugged');
export const powerLabel = (host: Host) => POWER_STATE_LABELS[host.powerState];
