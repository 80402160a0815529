// Opening the iSCSI Initiator: when its service was never started, Windows asks first (start the
// service, then unblock it in Windows Firewall); Yes to both starts it through the lab (PUT), No
// leaves it stopped and the Properties dialog opens anyway, where discovery then fails with the
// lab's reason. Then the iSCSI Initiator Properties dialog.
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ConfirmDialog, MessageDialog } from '../../ui/dialog';
import { FIRST_OPEN, PROPERTIES_TITLE } from './labels';
import { PropertiesDialog } from './properties.dialog';
import { problemOf } from '../../ui/use-lab-read';

type Step = 'loading' | 'service' | 'firewall' | 'starting' | 'properties' | { failed: string };

export function InitiatorFlow({ api, host, onClose }: { api: ApiClient; host: string; onClose(): void }) {
  const [step, setStep] = useState<Step>('loading');
  useEffect(() => {
    let live = true;
    api.call('getIscsi', { params: { name: host } }).then(
      (initiator) => live && setStep(initiator.serviceStarted ? 'properties' : 'service'),
      (reason: unknown) => live && setStep({ failed: problemOf(reason).message }),
    );
    return () => {
      live = false;
    };
  }, [api, host]);

  const start = () => {
    setStep('starting');
    api.call('setIscsi', { params: { name: host }, body: { startService: true } }).then(
      () => setStep('properties'),
      (reason: unknown) => setStep({ failed: problemOf(reason).message }),
    );
  };

  if (typeof step === 'object') return <MessageDialog title={PROPERTIES_TITLE} message={step.failed} isOpen onClose={onClose} />;
  if (step === 'service' || step === 'firewall') {
    const service = step === 'service';
    return (
      <ConfirmDialog
        key={step}
        title={service ? FIRST_OPEN.serviceTitle : FIRST_OPEN.firewallTitle}
        message={service ? FIRST_OPEN.service : FIRST_OPEN.firewall}
        confirmLabel={FIRST_OPEN.yes}
        cancelLabel={FIRST_OPEN.no}
        tone="info"
        isOpen
        onConfirm={() => (service ? setStep('firewall') : start())}
        onCancel={() => setStep('properties')}
      />
    );
  }
  if (step === 'properties') return <PropertiesDialog api={api} host={host} onClose={onClose} />;
  return null;
}
