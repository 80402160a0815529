// The small dialogs of the Configuration, RADIUS and Volumes and Devices tabs: a new initiator
// name, the initiator CHAP secret, a RADIUS server and a volume or device of the Volume List.
// Each field is checked as the lab checks it (src/domain rules) and then sent: the lab decides,
// keeps it (secrets sealed) and refuses with the field, shown under it.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { boundVolumePath, chapSecretProblem, RADIUS_PORT, radiusAddressProblem, radiusPortProblem, radiusSecretProblem } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { CANCEL, CONFIGURATION_TAB, OK, RADIUS_TAB, VOLUMES_TAB } from './labels';
import { useLabRequest } from './use-initiator';

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

function Detail({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="text-error">
      {message}
    </p>
  ) : null;
}

type Done = { api: ApiClient; host: string; onClose(): void; onDone(): void };

/** The initiator name: the lab checks it first (`?validate=only`, RFC 3720 and its own rules), then it is changed. */
export function ChangeNameDialog({ api, host, current, onClose, onDone }: Done & { current: string }) {
  const [name, setName] = useState(current);
  const request = useLabRequest();
  const ok = () =>
    request.run(async () => {
      const args = { params: { name: host }, body: { initiatorName: name } };
      await api.call('validateSetIscsi', args);
      await api.call('setIscsi', args);
      onDone();
    }, (fields) => !fields.initiatorName);
  return (
    <OkCancel title={CONFIGURATION_TAB.changeTitle} onOk={ok} onClose={onClose} busy={request.busy}>
      <TextField name="initiatorName" label={CONFIGURATION_TAB.newName} value={name} onChange={setName} errorMessage={request.errors.initiatorName} autoFocus />
      <Detail message={request.message} />
    </OkCancel>
  );
}

/** The initiator CHAP secret (12–16 characters): sent to the lab, which keeps it sealed; an empty field removes it. */
export function SecretDialog({ api, host, onClose, onDone }: Done) {
  const [secret, setSecret] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  const request = useLabRequest();
  const ok = () => {
    const problem = secret === '' ? undefined : chapSecretProblem(secret);
    setLocal(problem);
    if (problem) return;
    void request.run(async () => {
      await api.call('setIscsi', { params: { name: host }, body: { chapSecret: secret } });
      onDone();
    }, (fields) => !fields.chapSecret);
  };
  return (
    <OkCancel title={CONFIGURATION_TAB.chapTitle} onOk={ok} onClose={onClose} busy={request.busy}>
      <p>{CONFIGURATION_TAB.chapIntro}</p>
      <TextField name="chapSecret" type="password" label={CONFIGURATION_TAB.initiatorSecret} value={secret} onChange={setSecret} errorMessage={local ?? request.errors.chapSecret} autoFocus />
      <Detail message={request.message} />
    </OkCancel>
  );
}

/** Add RADIUS Server: address, port (1812) and shared secret, checked as typed, then added by the lab. */
export function RadiusServerDialog({ api, host, onClose, onDone }: Done) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(String(RADIUS_PORT));
  const [secret, setSecret] = useState('');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const request = useLabRequest();
  const ok = () => {
    const portNumber = /^\d+$/.test(port.trim()) ? Number(port.trim()) : NaN;
    const next = { address: radiusAddressProblem(address), port: radiusPortProblem(portNumber), secret: radiusSecretProblem(secret) };
    setLocal(next);
    if (next.address || next.port || next.secret) return;
    void request.run(async () => {
      await api.call('addIscsiRadius', { params: { name: host }, body: { address: address.trim(), port: portNumber, secret } });
      onDone();
    }, (fields) => !fields.address && !fields.port && !fields.secret);
  };
  return (
    <OkCancel title={RADIUS_TAB.addTitle} onOk={ok} onClose={onClose} busy={request.busy}>
      <TextField name="address" label={RADIUS_TAB.serverAddress} value={address} onChange={setAddress} errorMessage={local.address ?? request.errors.address} autoFocus />
      <TextField name="port" label={RADIUS_TAB.portField} value={port} onChange={setPort} errorMessage={local.port ?? request.errors.port} />
      <TextField name="secret" type="password" label={RADIUS_TAB.secret} value={secret} onChange={setSecret} errorMessage={local.secret ?? request.errors.secret} />
      <Detail message={request.message} />
    </OkCancel>
  );
}

/** Volumes and Devices → Add: a drive letter, mount point or device path; the lab checks that it is one of a connected target. */
export function AddVolumeDialog({ api, host, onClose, onDone }: Done) {
  const [path, setPath] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  const request = useLabRequest();
  const ok = () => {
    const parsed = boundVolumePath(path);
    setLocal(parsed.ok ? undefined : parsed.problem);
    if (!parsed.ok) return;
    void request.run(async () => {
      await api.call('bindIscsiVolume', { params: { name: host }, body: { path } });
      onDone();
    }, (fields) => !fields.path);
  };
  return (
    <OkCancel title={VOLUMES_TAB.addTitle} onOk={ok} onClose={onClose} busy={request.busy}>
      <p>{VOLUMES_TAB.addIntro}</p>
      <TextField name="path" label={VOLUMES_TAB.addField} value={path} onChange={setPath} errorMessage={local ?? request.errors.path} autoFocus />
      <Detail message={request.message} />
    </OkCancel>
  );
}
