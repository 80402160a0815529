// The Servers console's wording in one place, so a later version skin can change it.
import type { Host, HostRole, Nic } from '../../api/types';

export const ROLE_LABELS: Record<HostRole, string> = {
  'domain-controller': 'Domain Controller',
  storage: 'Storage Server',
  'cluster-node': 'Cluster Node',
};

/** As Network Connections words an adapter's media state. */
export function linkStateLabel(nic: Pick<Nic, 'linkUp'>): string {
  return nic.linkUp ? 'Connected' : 'Network cable unplugged';
}

export function fqdn(host: Pick<Host, 'name' | 'domain'>): string {
  return `${host.name}.${host.domain}`;
}

export function hostAddresses(host: Host): string {
  return host.nics.map((nic) => nic.ip).join(', ');
}

export const NO_FEATURES = 'No roles or features are installed.';
