// The prompt that appears when a server is expanded (document step 3): an account and password,
// root / starwind by default. A refusal (wrong credentials, no answer, no StarWind service) keeps
// the prompt open with the server's words.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../domain/starwind';
import { TextField } from '../../ui/fields';
import { FormDialog, useFormDialog } from './form-dialog';
import { LOGIN } from './labels';

export function LoginDialog({ api, host, label, onClose }: { api: ApiClient; host: string; label: string; onClose(): void }) {
  const [login, setLogin] = useState(STARWIND_DEFAULT_LOGIN);
  const [password, setPassword] = useState(STARWIND_DEFAULT_PASSWORD);
  const form = useFormDialog({
    send: () => api.call('connectStarWindServer', { params: { host }, body: { login, password } }),
    fieldOf: (path) => (path === 'login' || path === 'password' ? path : null),
    onClose,
  });

  // Typing leaves the server's words in place until the next OK: a refused login names the pair.
  return (
    <FormDialog title={LOGIN.title(label)} labels={LOGIN} form={form} onClose={onClose}>
      <p>{LOGIN.prompt(label)}</p>
      <TextField name="login" label={LOGIN.login} value={login} onChange={setLogin} autoFocus errorMessage={form.errorFor('login')} />
      <TextField name="password" type="password" label={LOGIN.password} value={password} onChange={setPassword} errorMessage={form.errorFor('password')} description={LOGIN.hint} />
    </FormDialog>
  );
}
