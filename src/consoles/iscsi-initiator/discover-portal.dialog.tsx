// Discover Target Portal: address and port (3260), Advanced… for the initiator IP and CHAP. The
// lab runs SendTargets; its refusal (a stopped service, an unreachable portal) shows on the field.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ISCSI_PORT } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { ErrorLine } from '../../ui/error-line';
import { NumberField, TextField } from '../../ui/fields';
import { AdvancedDialog, advancedBody, DEFAULT_ADVANCED, type AdvancedValues } from './advanced.dialog';
import { CANCEL, DISCOVER_PORTAL, OK } from './labels';
import { useLabRequest } from './use-initiator';

export function DiscoverPortalDialog({ api, host, onClose, onAdded }: { api: ApiClient; host: string; onClose(): void; onAdded(): void }) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(ISCSI_PORT);
  const [advanced, setAdvanced] = useState<AdvancedValues>(DEFAULT_ADVANCED);
  const [showAdvanced, setShowAdvanced] = useState(false);
  const { errors, message, busy, run } = useLabRequest();

  const add = () =>
    run(
      async () => {
        const { portalAddress: _unused, ...body } = advancedBody(advanced);
        await api.call('addIscsiPortal', { params: { name: host }, body: { address: address.trim(), port, ...body } });
        onAdded();
      },
      (fields) => !fields.address && !fields.port,
    );

  return (
    <Dialog
      title={DISCOVER_PORTAL.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button onPress={() => setShowAdvanced(true)}>{DISCOVER_PORTAL.advanced}</Button>
          <Button variant="primary" onPress={add} isDisabled={busy}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-2">
        <p>{DISCOVER_PORTAL.intro}</p>
        <div className="flex items-start gap-2">
          <TextField name="address" label={DISCOVER_PORTAL.address} value={address} onChange={setAddress} errorMessage={errors.address} className="flex-1" autoFocus />
          <NumberField name="port" label={DISCOVER_PORTAL.port} value={port} onChange={setPort} errorMessage={errors.port} className="w-40" />
        </div>
        <ErrorLine message={message} />
      </div>
      {showAdvanced && (
        <AdvancedDialog
          host={host}
          values={advanced}
          errors={errors}
          onOk={(values) => {
            setAdvanced(values);
            setShowAdvanced(false);
          }}
          onCancel={() => setShowAdvanced(false)}
        />
      )}
    </Dialog>
  );
}
