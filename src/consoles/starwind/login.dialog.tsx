// The prompt that appears when a server is expanded (document step 3): an account and password,
// root / starwind by default. A refusal (wrong credentials, no answer, no StarWind service) keeps
// the prompt open with the server's words.
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../domain/starwind';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/fields';
import { LOGIN } from './labels';
import { dialogProblem, type DialogProblem } from './problem';

export function LoginDialog({ api, host, label, onClose }: { api: ApiClient; host: string; label: string; onClose(): void }) {
  const [login, setLogin] = useState(STARWIND_DEFAULT_LOGIN);
  const [password, setPassword] = useState(STARWIND_DEFAULT_PASSWORD);
  const [problem, setProblem] = useState<DialogProblem>({ fields: {}, message: null });
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await api.call('connectStarWindServer', { params: { host }, body: { login, password } });
      onClose();
    } catch (error) {
      setProblem(dialogProblem(error, (path) => (path === 'login' || path === 'password' ? path : null)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={LOGIN.title(label)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
            {LOGIN.ok}
          </Button>
          <Button onPress={onClose}>{LOGIN.cancel}</Button>
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
        <p>{LOGIN.prompt(label)}</p>
        <TextField name="login" label={LOGIN.login} value={login} onChange={setLogin} autoFocus errorMessage={problem.fields.login} />
        <TextField name="password" type="password" label={LOGIN.password} value={password} onChange={setPassword} errorMessage={problem.fields.password} description={LOGIN.hint} />
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
