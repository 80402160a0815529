// A cluster network's Properties (2008 R2): its name, and "Allow cluster network communication on
// this network" with "Allow clients to connect through this network" nested under it, or "Do not
// allow cluster network communication on this network". The group is laid out here (not the
// wizard's RadioGroupField) because the check box sits between the two choices, as in the real
// dialog; each choice is the shared RadioOption. The engine
// refuses "Do not allow" on the network that holds the cluster's address; its words land on the
// choice, a refused name on the name, and the dialog stays open.
import { useState } from 'react';
import { RadioGroup } from 'react-aria-components';
import type { ApiClient } from '../../api/client';
import type { ClusterNetwork, ClusterNetworkRole } from '../../domain/cluster';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Checkbox, RadioOption, TextField } from '../../ui/fields';
import { problemOf } from '../../ui/use-lab-read';
import { NETWORK_PROPERTIES } from './labels';

export type Communication = 'allow' | 'deny';

export function roleOf(communication: Communication, clients: boolean): ClusterNetworkRole {
  if (communication === 'deny') return 'none';
  return clients ? 'cluster-and-client' : 'cluster';
}

/** The PUT body: the role and, when it changed, the name. */
export function networkBody(network: ClusterNetwork, name: string, role: ClusterNetworkRole): { role: ClusterNetworkRole; name?: string } {
  const trimmed = name.trim();
  return trimmed === network.name ? { role } : { role, name: trimmed };
}

export interface NetworkPropertiesProps {
  api: ApiClient;
  cluster: string;
  network: ClusterNetwork;
  onRenamed(name: string): void;
  onClose(): void;
}

export function NetworkPropertiesDialog({ api, cluster, network, onRenamed, onClose }: NetworkPropertiesProps) {
  const [name, setName] = useState(network.name);
  const [communication, setCommunication] = useState<Communication>(network.role === 'none' ? 'deny' : 'allow');
  const [clients, setClients] = useState(network.role === 'cluster-and-client');
  const [errors, setErrors] = useState<{ name?: string; role?: string; message?: string }>({});
  const [busy, setBusy] = useState(false);

  const ok = async () => {
    if (busy) return;
    if (!name.trim()) {
      setErrors({ name: NETWORK_PROPERTIES.emptyName });
      return;
    }
    const body = networkBody(network, name, roleOf(communication, clients));
    setBusy(true);
    try {
      await api.call('setClusterNetwork', { params: { name: cluster, network: network.name }, body });
    } catch (reason) {
      const { fields, message } = problemOf(reason);
      const known = fields.name !== undefined || fields.role !== undefined;
      setErrors({ name: fields.name, role: fields.role, message: known ? undefined : message });
      setBusy(false);
      return;
    }
    if (body.name) onRenamed(body.name);
    onClose();
  };

  return (
    <Dialog
      title={NETWORK_PROPERTIES.title(network.name)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[520px]"
      footer={
        <>
          <Button variant="primary" onPress={() => void ok()} isDisabled={busy}>
            {NETWORK_PROPERTIES.ok}
          </Button>
          <Button onPress={onClose}>{NETWORK_PROPERTIES.cancel}</Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        noValidate
        data-dialog="cluster.network-properties"
        onSubmit={(event) => {
          event.preventDefault();
          void ok();
        }}
      >
        <TextField name="name" label={NETWORK_PROPERTIES.name} value={name} onChange={setName} errorMessage={errors.name} autoFocus />
        <RadioGroup
          name="communication"
          aria-label={NETWORK_PROPERTIES.communication}
          value={communication}
          onChange={(value) => setCommunication(value as Communication)}
          isInvalid={Boolean(errors.role)}
          data-field="communication"
          data-field-type="radio"
          className="flex flex-col gap-1.5"
        >
          <RadioOption option={{ id: 'allow', label: NETWORK_PROPERTIES.allow }} />
          <div className="pl-6">
            <Checkbox name="clients" isSelected={communication === 'allow' && clients} onChange={setClients} isDisabled={communication !== 'allow'}>
              {NETWORK_PROPERTIES.clients}
            </Checkbox>
          </div>
          <RadioOption option={{ id: 'deny', label: NETWORK_PROPERTIES.deny }} />
          {errors.role && (
            <p role="alert" className="text-xs text-error">
              {errors.role}
            </p>
          )}
        </RadioGroup>
        {errors.message && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {errors.message}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
