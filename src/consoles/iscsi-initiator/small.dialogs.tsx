// The small dialogs of the Configuration and RADIUS tabs: a new initiator name (the lab checks it
// and refuses it on the field), the initiator's CHAP secret and a RADIUS server (12–16 characters,
// an address; checked here: the lab keeps neither, see other.tabs.tsx).
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { chapSecretProblem } from '../../domain/iscsi';
import { iscsiNameProblem } from '../../domain/iqn';
import { isIpv4 } from '../../domain/net';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { CANCEL, CONFIGURATION_TAB, OK, RADIUS_TAB } from './labels';
import { problemOf } from './use-initiator';

function OkCancel({ title, onOk, onClose, busy, children }: { title: string; onOk(): void; onClose(): void; busy?: boolean; children: React.ReactNode }) {
  return (
    <Dialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={onOk} isDisabled={busy}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-2">{children}</div>
    </Dialog>
  );
}

export function ChangeNameDialog({ api, host, current, onClose, onChanged }: { api: ApiClient; host: string; current: string; onClose(): void; onChanged(): void }) {
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    const problem = iscsiNameProblem(name);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await api.call('setIscsi', { params: { name: host }, body: { initiatorName: name } });
      onChanged();
    } catch (reason) {
      const refused = problemOf(reason);
      setError(refused.fields.initiatorName ?? refused.fields.name ?? refused.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <OkCancel title={CONFIGURATION_TAB.changeTitle} onOk={ok} onClose={onClose} busy={busy}>
      <TextField name="initiatorName" label={CONFIGURATION_TAB.newName} value={name} onChange={setName} errorMessage={error} autoFocus />
    </OkCancel>
  );
}

export function SecretDialog({ onClose, onSet }: { onClose(): void; onSet(): void }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ok = () => {
    const problem = chapSecretProblem(secret);
    if (problem) setError(problem);
    else onSet();
  };
  return (
    <OkCancel title={CONFIGURATION_TAB.chapTitle} onOk={ok} onClose={onClose}>
      <p>{CONFIGURATION_TAB.chapIntro}</p>
      <TextField name="initiatorSecret" type="password" label={CONFIGURATION_TAB.initiatorSecret} value={secret} onChange={setSecret} errorMessage={error} autoFocus />
    </OkCancel>
  );
}

/** An IPv4 address or a DNS name (labels of letters, digits and hyphens). */
export function addressProblem(address: string): string | undefined {
  const text = address.trim();
  if (!text) return 'Enter the RADIUS server name or IP address.';
  if (/^[\d.]+$/.test(text)) return isIpv4(text) ? undefined : `${text} is not a valid IP address.`;
  return /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?(\.[a-z\d]([a-z\d-]{0,61}[a-z\d])?)*$/i.test(text) ? undefined : `${text} is not a valid DNS name.`;
}

export function RadiusServerDialog({ onClose, onAdd }: { onClose(): void; onAdd(address: string): void }) {
  const [address, setAddress] = useState('');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<{ address?: string; secret?: string }>({});
  const ok = () => {
    const next = { address: addressProblem(address), secret: secret ? undefined : 'Enter the RADIUS shared secret.' };
    setErrors(next);
    if (!next.address && !next.secret) onAdd(address.trim());
  };
  return (
    <OkCancel title={RADIUS_TAB.addTitle} onOk={ok} onClose={onClose}>
      <TextField name="address" label={RADIUS_TAB.serverAddress} value={address} onChange={setAddress} errorMessage={errors.address} autoFocus />
      <TextField name="secret" type="password" label={RADIUS_TAB.secret} value={secret} onChange={setSecret} errorMessage={errors.secret} />
    </OkCancel>
  );
}
