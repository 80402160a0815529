// Change Credentials…: the current account, then the new one twice.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN } from '../../domain/starwind';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { CREDENTIALS } from './labels';
import { dialogProblem, type DialogProblem } from './problem';

type Field = 'login' | 'password' | 'newLogin' | 'newPassword' | 'confirm';

export function CredentialsDialog({ api, host, label, currentLogin, onClose }: { api: ApiClient; host: string; label: string; currentLogin: string | null; onClose(): void }) {
  const [values, setValues] = useState<Record<Field, string>>({ login: currentLogin ?? STARWIND_DEFAULT_LOGIN, password: '', newLogin: currentLogin ?? STARWIND_DEFAULT_LOGIN, newPassword: '', confirm: '' });
  const [problem, setProblem] = useState<DialogProblem>({ fields: {}, message: null });
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);

  const local: Partial<Record<Field, string>> = {
    ...(values.login ? {} : { login: CREDENTIALS.emptyLogin }),
    ...(values.newLogin ? {} : { newLogin: CREDENTIALS.emptyLogin }),
    ...(values.newPassword ? {} : { newPassword: CREDENTIALS.emptyPassword }),
    ...(values.confirm === values.newPassword ? {} : { confirm: CREDENTIALS.mismatch }),
  };
  const errorFor = (field: Field) => (attempted ? local[field] : undefined) ?? problem.fields[field];
  const set = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblem(({ fields: { [field]: _dropped, ...rest } }) => ({ fields: rest, message: null }));
  };

  const submit = async () => {
    setAttempted(true);
    if (Object.keys(local).length > 0 || busy) return;
    setBusy(true);
    try {
      await api.call('setStarWindCredentials', { params: { host }, body: { login: values.login, password: values.password, newLogin: values.newLogin, newPassword: values.newPassword } });
      onClose();
    } catch (error) {
      setProblem(dialogProblem(error, (path) => (['login', 'password', 'newLogin', 'newPassword'].includes(path) ? path : null)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={CREDENTIALS.title(label)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
            {CREDENTIALS.ok}
          </Button>
          <Button onPress={onClose}>{CREDENTIALS.cancel}</Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="text-muted">{CREDENTIALS.intro}</p>
        <fieldset className="flex flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
          <legend className="px-1 font-semibold">{CREDENTIALS.current}</legend>
          <TextField name="login" label={CREDENTIALS.login} value={values.login} onChange={set('login')} errorMessage={errorFor('login')} />
          <TextField name="password" type="password" label={CREDENTIALS.password} value={values.password} onChange={set('password')} errorMessage={errorFor('password')} autoFocus />
        </fieldset>
        <fieldset className="flex flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
          <legend className="px-1 font-semibold">{CREDENTIALS.fresh}</legend>
          <TextField name="newLogin" label={CREDENTIALS.newLogin} value={values.newLogin} onChange={set('newLogin')} errorMessage={errorFor('newLogin')} />
          <TextField name="newPassword" type="password" label={CREDENTIALS.newPassword} value={values.newPassword} onChange={set('newPassword')} errorMessage={errorFor('newPassword')} />
          <TextField name="confirm" type="password" label={CREDENTIALS.confirm} value={values.confirm} onChange={set('confirm')} errorMessage={errorFor('confirm')} />
        </fieldset>
        {problem.message && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {problem.message}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
