// Connect To Target: favorite (checked) and multi-path (unchecked), Advanced… for the path and
// CHAP. The lab decides; a refusal shows on its field (the Advanced ones reopen Advanced Settings).
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { IscsiTargetView } from '../../domain/iscsi';
import { ErrorLine } from '../../ui/error-line';
import { Checkbox, TextField } from '../../ui/fields';
import { advancedBody, DEFAULT_ADVANCED, type AdvancedValues } from './advanced.dialog';
import { CONNECT } from './labels';
import { useLabRequest } from './use-initiator';
import { WithAdvancedDialog } from './with-advanced.dialog';

const ADVANCED_FIELDS = ['initiatorAddress', 'portalAddress', 'chap', 'chap.name', 'chap.secret', 'chap.mutualSecret'];

export function ConnectDialog({ api, host, target, onClose, onConnected }: { api: ApiClient; host: string; target: IscsiTargetView; onClose(): void; onConnected(): void }) {
  const [favorite, setFavorite] = useState(true);
  const [multipath, setMultipath] = useState(false);
  const [advanced, setAdvanced] = useState<AdvancedValues>(DEFAULT_ADVANCED);
  const { errors, message, busy, run } = useLabRequest();

  const connect = () =>
    run(
      async () => {
        await api.call('connectIscsiTarget', { params: { name: host, iqn: target.iqn }, body: { multipath, favorite, ...advancedBody(advanced) } });
        onConnected();
      },
      // A refusal of a field only Advanced Settings shows is said here too.
      (fields) => Object.keys(fields).length === 0 || Object.keys(fields).some((field) => ADVANCED_FIELDS.includes(field)),
    );

  return (
    <WithAdvancedDialog
      title={CONNECT.title}
      advancedLabel={CONNECT.advanced}
      host={host}
      portals={target.portals}
      advanced={advanced}
      onAdvanced={setAdvanced}
      errors={errors}
      busy={busy}
      onOk={connect}
      onClose={onClose}
    >
      <div className="flex flex-col gap-3">
        <TextField name="iqn" label={CONNECT.targetName} value={target.iqn} onChange={() => undefined} isDisabled errorMessage={errors.iqn} />
        <div className="flex flex-col gap-1">
          <Checkbox name="favorite" isSelected={favorite} onChange={setFavorite}>
            {CONNECT.favorite}
          </Checkbox>
          <p className="pl-5 text-muted">{CONNECT.favoriteNote}</p>
        </div>
        <Checkbox name="multipath" isSelected={multipath} onChange={setMultipath}>
          {CONNECT.multipath}
        </Checkbox>
        <ErrorLine message={message} />
      </div>
    </WithAdvancedDialog>
  );
}
