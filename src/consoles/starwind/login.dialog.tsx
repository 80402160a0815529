// The prompt that appears when a server is expanded (document step 3): an account and password,
// root / starwind by default. A refusal (wrong credentials, no answer, no StarWind service) keeps
// the prompt open with the server's words.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../domain/starwind';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { LOGIN } from './labels';

type LoginValues = { login: string; password: string };
const k = createWizardKit<LoginValues, null>();

export function loginDialog(label: string) {
  return k.dialog(
    'starwind.login',
    LOGIN.title(label),
    [k.text('login', { label: LOGIN.login, default: STARWIND_DEFAULT_LOGIN }), k.password('password', { label: LOGIN.password, default: STARWIND_DEFAULT_PASSWORD, explanation: LOGIN.hint })],
    { description: LOGIN.prompt(label) },
  );
}

export function LoginDialog({ api, host, label, onClose }: { api: ApiClient; host: string; label: string; onClose(): void }) {
  const definition = useMemo(() => loginDialog(label), [label]);
  const request = labRequest<LoginValues, 'connectStarWindServer'>({ api, route: 'connectStarWindServer', params: { host }, body: (v) => ({ login: v.login, password: v.password }) });
  return <FormDialog definition={definition} context={null} submit={request.submit} onClose={onClose} labels={LOGIN} />;
}
