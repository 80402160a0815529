// Connect To Target: favorite (checked) and multi-path (unchecked), Advanced… for the path and
// CHAP. The lab decides; a refusal shows on its field (the Advanced ones reopen Advanced Settings).
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { IscsiTargetView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { ErrorLine } from '../../ui/error-line';
import { Checkbox, TextField } from '../../ui/fields';
import { AdvancedDialog, advancedBody, DEFAULT_ADVANCED, type AdvancedValues } from './advanced.dialog';
import { CANCEL, CONNECT, OK } from './labels';
import { useLabRequest } from './use-initiator';

const ADVANCED_FIELDS = ['initiatorAddress', 'portalAddress', 'chap', 'chap.name', 'chap.secret', 'chap.mutualSecret'];

export function ConnectDialog({ api, host, target, onClose, onConnected }: { api: ApiClient; host: string; target: IscsiTargetView; onClose(): void; onConnected(): void }) {
  const [favorite, setFavorite] = useState(true);
  const [multipath, setMultipath] = useState(false);
  const [advanced, setAdvanced] = useState<AdvancedValues>(DEFAULT_ADVANCED);
  const [showAdvanced, setShowAdvanced] = useState(false);
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
    <Dialog
      title={CONNECT.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button onPress={() => setShowAdvanced(true)}>{CONNECT.advanced}</Button>
          <Button variant="primary" onPress={connect} isDisabled={busy}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
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
      {showAdvanced && (
        <AdvancedDialog
          host={host}
          portals={target.portals}
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
