// A cluster network's Properties (2008 R2): its name, and "Allow cluster network communication on
// this network" (with "Allow clients to connect through this network") or "Do not allow cluster
// network communication on this network". The engine refuses "Do not allow" on the network that
// holds the cluster's address; its words land on the field.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { ClusterNetwork, ClusterNetworkRole } from '../../domain/cluster';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { NETWORK_PROPERTIES } from './labels';

export type NetworkValues = { name: string; communication: string; clients: boolean };
const k = createWizardKit<NetworkValues, null>();

export function networkPropertiesDialog(network: ClusterNetwork) {
  return k.dialog('cluster.network-properties', NETWORK_PROPERTIES.title(network.name), [
    k.text('name', { label: NETWORK_PROPERTIES.name, default: network.name, validate: (name) => (name.trim() ? undefined : NETWORK_PROPERTIES.emptyName) }),
    k.radio('communication', {
      label: NETWORK_PROPERTIES.communication,
      default: network.role === 'none' ? 'deny' : 'allow',
      options: [
        { id: 'allow', label: NETWORK_PROPERTIES.allow },
        { id: 'deny', label: NETWORK_PROPERTIES.deny },
      ],
      owns: ['role'],
    }),
    k.checkbox('clients', {
      label: NETWORK_PROPERTIES.clients,
      default: network.role === 'cluster-and-client',
      // Nested under "Allow…" in the real dialog: it means nothing without cluster communication.
      visible: (values) => values.communication === 'allow',
    }),
  ]);
}

export function roleOf(values: Pick<NetworkValues, 'communication' | 'clients'>): ClusterNetworkRole {
  if (values.communication === 'deny') return 'none';
  return values.clients ? 'cluster-and-client' : 'cluster';
}

/** The PUT body: the role and, when it changed, the name. */
export function networkBody(network: ClusterNetwork, values: NetworkValues): { role: ClusterNetworkRole; name?: string } {
  const name = values.name.trim();
  return name === network.name ? { role: roleOf(values) } : { role: roleOf(values), name };
}

export function NetworkPropertiesDialog({ api, cluster, network, onRenamed, onClose }: { api: ApiClient; cluster: string; network: ClusterNetwork; onRenamed(name: string): void; onClose(): void }) {
  const definition = useMemo(() => networkPropertiesDialog(network), [network]);
  const request = labRequest<NetworkValues, 'setClusterNetwork'>({
    api,
    route: 'setClusterNetwork',
    params: { name: cluster, network: network.name },
    body: (values) => networkBody(network, values),
    onAccepted: (_answer, values) => {
      const body = networkBody(network, values);
      if (body.name) onRenamed(body.name);
    },
  });
  return <FormDialog definition={definition} context={null} submit={request.submit} onClose={onClose} labels={NETWORK_PROPERTIES} widthClassName="w-[520px]" />;
}
