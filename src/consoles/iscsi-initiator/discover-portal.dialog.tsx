// Discover Target Portal: address and port (3260), Advanced… for the initiator IP and CHAP. The
// lab runs SendTargets; its refusal (a stopped service, an unreachable portal) shows on the field.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ISCSI_PORT } from '../../domain/iscsi';
import { ErrorLine } from '../../ui/error-line';
import { NumberField, TextField } from '../../ui/fields';
import { advancedBody, DEFAULT_ADVANCED, type AdvancedValues } from './advanced.dialog';
import { DISCOVER_PORTAL } from './labels';
import { useLabRequest } from './use-initiator';
import { WithAdvancedDialog } from './with-advanced.dialog';

export function DiscoverPortalDialog({ api, host, onClose, onAdded }: { api: ApiClient; host: string; onClose(): void; onAdded(): void }) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(ISCSI_PORT);
  const [advanced, setAdvanced] = useState<AdvancedValues>(DEFAULT_ADVANCED);
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
    <WithAdvancedDialog
      title={DISCOVER_PORTAL.title}
      advancedLabel={DISCOVER_PORTAL.advanced}
      host={host}
      advanced={advanced}
      onAdvanced={setAdvanced}
      errors={errors}
      busy={busy}
      onOk={add}
      onClose={onClose}
    >
      <div className="flex flex-col gap-2">
        <p>{DISCOVER_PORTAL.intro}</p>
        <div className="flex items-start gap-2">
          <TextField name="address" label={DISCOVER_PORTAL.address} value={address} onChange={setAddress} errorMessage={errors.address} className="flex-1" autoFocus />
          <NumberField name="port" label={DISCOVER_PORTAL.port} value={port} onChange={setPort} errorMessage={errors.port} className="w-40" />
        </div>
        <ErrorLine message={message} />
      </div>
    </WithAdvancedDialog>
  );
}
