// Change Credentials…: the current account, then the new one twice.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN } from '../../domain/starwind';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { CREDENTIALS } from './labels';

type CredentialsValues = { login: string; password: string; newLogin: string; newPassword: string; confirm: string };
const k = createWizardKit<CredentialsValues, null>();
const filled = (message: string) => (value: string) => (value ? undefined : message);

export function credentialsDialog(label: string, currentLogin: string | null) {
  const login = currentLogin ?? STARWIND_DEFAULT_LOGIN;
  return k.dialog(
    'starwind.credentials',
    CREDENTIALS.title(label),
    [
      k.text('login', { label: CREDENTIALS.login, default: login, validate: filled(CREDENTIALS.emptyLogin), group: CREDENTIALS.current }),
      k.password('password', { label: CREDENTIALS.password, autoFocus: true, group: CREDENTIALS.current }),
      k.text('newLogin', { label: CREDENTIALS.newLogin, default: login, validate: filled(CREDENTIALS.emptyLogin), group: CREDENTIALS.fresh }),
      k.password('newPassword', { label: CREDENTIALS.newPassword, validate: filled(CREDENTIALS.emptyPassword), group: CREDENTIALS.fresh }),
      k.password('confirm', { label: CREDENTIALS.confirm, validate: (value, v) => (value === v.newPassword ? undefined : CREDENTIALS.mismatch), group: CREDENTIALS.fresh }),
    ],
    { description: CREDENTIALS.intro },
  );
}

export function CredentialsDialog({ api, host, label, currentLogin, onClose }: { api: ApiClient; host: string; label: string; currentLogin: string | null; onClose(): void }) {
  const definition = useMemo(() => credentialsDialog(label, currentLogin), [label, currentLogin]);
  const request = labRequest<CredentialsValues, 'setStarWindCredentials'>({
    api,
    route: 'setStarWindCredentials',
    params: { host },
    body: (v) => ({ login: v.login, password: v.password, newLogin: v.newLogin, newPassword: v.newPassword }),
  });
  return <FormDialog definition={definition} context={null} submit={request.submit} onClose={onClose} labels={CREDENTIALS} />;
}
