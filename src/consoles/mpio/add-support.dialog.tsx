// "Add MPIO Support": one device hardware ID (vendor ID in 8 characters, product ID in at most
// 16). The rule is checked here for a quick answer and by the lab, whose refusal shows on the field.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { hardwareIdProblem, normalHardwareId } from '../../domain/disks';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { CANCEL, DEVICES_TAB, OK } from './labels';
import { problemOf } from '../../ui/use-lab-read';

export function AddSupportDialog({ api, host, current, onClose, onAdded }: { api: ApiClient; host: string; current: readonly string[]; onClose(): void; onAdded(): void }) {
  const [id, setId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    const problem = hardwareIdProblem(id);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await api.call('setMpio', { params: { name: host }, body: { deviceIds: [...current, normalHardwareId(id)] } });
      onAdded();
    } catch (reason) {
      const refused = problemOf(reason);
      setError(refused.fields[`deviceIds.${current.length}`] ?? refused.fields.deviceIds ?? refused.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={DEVICES_TAB.addTitle}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={() => void ok()} isDisabled={busy}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
    >
      <TextField name="deviceHardwareId" label={DEVICES_TAB.deviceHardwareId} description={DEVICES_TAB.help} value={id} onChange={setId} errorMessage={error} autoFocus />
    </Dialog>
  );
}
