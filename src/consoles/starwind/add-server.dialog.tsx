// "Add Server" (document step 2): the server's name or address and its management port.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_MANAGEMENT_PORT } from '../../domain/starwind';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumberField, TextField } from '../../ui/fields';
import { ADD_SERVER, WIZARD } from './labels';
import { dialogProblem, type DialogProblem } from './problem';

export function AddServerDialog({ api, onClose, onAdded }: { api: ApiClient; onClose(): void; onAdded(host: string): void }) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState<number>(STARWIND_MANAGEMENT_PORT);
  const [problem, setProblem] = useState<DialogProblem>({ fields: {}, message: null });
  const [busy, setBusy] = useState(false);

  const local = {
    address: address.trim() ? undefined : 'Enter the host name or IP address of a StarWind server.',
    port: Number.isInteger(port) && port >= 1 && port <= 65535 ? undefined : WIZARD.messages.portRange,
  };
  const [attempted, setAttempted] = useState(false);

  const submit = async () => {
    setAttempted(true);
    if (local.address || local.port || busy) return;
    setBusy(true);
    try {
      const added = await api.call('addStarWindServer', { body: { address: address.trim(), port } });
      onAdded(added.host);
      onClose();
    } catch (error) {
      setProblem(dialogProblem(error, (path) => (path === 'address' || path === 'host' ? 'address' : path === 'port' ? 'port' : null)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={ADD_SERVER.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
            {ADD_SERVER.ok}
          </Button>
          <Button onPress={onClose}>{ADD_SERVER.cancel}</Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="text-muted">{ADD_SERVER.intro}</p>
        <TextField
          name="address"
          label={ADD_SERVER.host}
          value={address}
          autoFocus
          onChange={(value) => {
            setAddress(value);
            setProblem((current) => ({ fields: { ...current.fields, address: '' }, message: null }));
          }}
          errorMessage={(attempted ? local.address : undefined) || problem.fields.address || undefined}
        />
        <NumberField
          name="port"
          label={ADD_SERVER.port}
          value={port}
          onChange={(value) => {
            setPort(value);
            setProblem((current) => ({ fields: { ...current.fields, port: '' }, message: null }));
          }}
          errorMessage={local.port || problem.fields.port || undefined}
        />
        {problem.message && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {problem.message}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
