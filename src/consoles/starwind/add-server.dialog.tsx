// "Add Server" (document step 2): the server's name or address and its management port.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_MANAGEMENT_PORT } from '../../domain/starwind';
import { NumberField, TextField } from '../../ui/fields';
import { FormDialog, useFormDialog } from './form-dialog';
import { ADD_SERVER, WIZARD } from './labels';

export function AddServerDialog({ api, onClose, onAdded }: { api: ApiClient; onClose(): void; onAdded(host: string): void }) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState<number>(STARWIND_MANAGEMENT_PORT);

  const local = {
    address: address.trim() ? undefined : 'Enter the host name or IP address of a StarWind server.',
    port: Number.isInteger(port) && port >= 1 && port <= 65535 ? undefined : WIZARD.messages.portRange,
  };
  const form = useFormDialog({
    local,
    send: async () => onAdded((await api.call('addStarWindServer', { body: { address: address.trim(), port } })).host),
    fieldOf: (path) => (path === 'address' || path === 'host' ? 'address' : path === 'port' ? 'port' : null),
    onClose,
  });

  return (
    <FormDialog title={ADD_SERVER.title} labels={ADD_SERVER} form={form} onClose={onClose}>
      <p className="text-muted">{ADD_SERVER.intro}</p>
      <TextField
        name="address"
        label={ADD_SERVER.host}
        value={address}
        autoFocus
        onChange={(value) => {
          setAddress(value);
          form.clear('address');
        }}
        errorMessage={form.errorFor('address')}
      />
      {/* A port out of range is said as soon as it is typed, not only after OK. */}
      <NumberField
        name="port"
        label={ADD_SERVER.port}
        value={port}
        onChange={(value) => {
          setPort(value);
          form.clear('port');
        }}
        errorMessage={local.port ?? form.errorFor('port')}
      />
    </FormDialog>
  );
}
