// Change Credentials…: the current account, then the new one twice.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN } from '../../domain/starwind';
import { TextField } from '../../ui/fields';
import { FormDialog, useFormDialog } from './form-dialog';
import { CREDENTIALS } from './labels';

type Field = 'login' | 'password' | 'newLogin' | 'newPassword' | 'confirm';

export function CredentialsDialog({ api, host, label, currentLogin, onClose }: { api: ApiClient; host: string; label: string; currentLogin: string | null; onClose(): void }) {
  const [values, setValues] = useState<Record<Field, string>>({ login: currentLogin ?? STARWIND_DEFAULT_LOGIN, password: '', newLogin: currentLogin ?? STARWIND_DEFAULT_LOGIN, newPassword: '', confirm: '' });

  const form = useFormDialog<Field>({
    local: {
      ...(values.login ? {} : { login: CREDENTIALS.emptyLogin }),
      ...(values.newLogin ? {} : { newLogin: CREDENTIALS.emptyLogin }),
      ...(values.newPassword ? {} : { newPassword: CREDENTIALS.emptyPassword }),
      ...(values.confirm === values.newPassword ? {} : { confirm: CREDENTIALS.mismatch }),
    },
    send: () => api.call('setStarWindCredentials', { params: { host }, body: { login: values.login, password: values.password, newLogin: values.newLogin, newPassword: values.newPassword } }),
    fieldOf: (path) => (['login', 'password', 'newLogin', 'newPassword'].includes(path) ? (path as Field) : null),
    onClose,
  });
  const field = (name: Field) => ({
    name,
    value: values[name],
    onChange: (value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
      form.clear(name);
    },
    errorMessage: form.errorFor(name),
  });

  return (
    <FormDialog title={CREDENTIALS.title(label)} labels={CREDENTIALS} form={form} onClose={onClose}>
      <p className="text-muted">{CREDENTIALS.intro}</p>
      <fieldset className="flex flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
        <legend className="px-1 font-semibold">{CREDENTIALS.current}</legend>
        <TextField {...field('login')} label={CREDENTIALS.login} />
        <TextField {...field('password')} type="password" label={CREDENTIALS.password} autoFocus />
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
        <legend className="px-1 font-semibold">{CREDENTIALS.fresh}</legend>
        <TextField {...field('newLogin')} label={CREDENTIALS.newLogin} />
        <TextField {...field('newPassword')} type="password" label={CREDENTIALS.newPassword} />
        <TextField {...field('confirm')} type="password" label={CREDENTIALS.confirm} />
      </fieldset>
    </FormDialog>
  );
}
