// The prompt after an MPIO change that takes effect at the boot: Yes restarts the server through
// the power route (as Server Manager's restart does), No leaves the change pending (the dialog and
// the MPIO page say "restart pending").
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ConfirmDialog, MessageDialog } from '../../ui/dialog';
import { REBOOT_PROMPT } from './labels';
import { problemOf } from '../../ui/use-lab-read';

export function RebootPrompt({ api, host, onDone }: { api: ApiClient; host: string; onDone(restarted: boolean): void }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (failed) return <MessageDialog title={REBOOT_PROMPT.title} message={failed} isOpen onClose={() => onDone(false)} />;
  return (
    <ConfirmDialog
      title={REBOOT_PROMPT.title}
      message={REBOOT_PROMPT.message}
      confirmLabel={REBOOT_PROMPT.yes}
      cancelLabel={REBOOT_PROMPT.no}
      tone="warning"
      isOpen
      onConfirm={() => {
        api.call('powerHost', { params: { name: host }, body: { action: 'restart' } }).then(
          () => onDone(true),
          (reason: unknown) => setFailed(problemOf(reason).message),
        );
      }}
      onCancel={() => onDone(false)}
    />
  );
}
