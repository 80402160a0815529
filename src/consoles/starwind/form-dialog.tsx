// What the StarWind prompts (Add Server, login, Change Credentials) share: OK sends one request
// once the local checks pass, a second OK while it runs is ignored, and a refusal keeps the dialog
// open with the server's words on the fields they name and the rest in one line under them.
import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { dialogProblem, type DialogProblem } from './problem';

export interface FormDialogState<F extends string> {
  problem: DialogProblem;
  busy: boolean;
  /** A local message once OK was pressed, else the server's message for the field. */
  errorFor(field: F): string | undefined;
  /** The user changed the field: its server message and the loose one are stale. */
  clear(field: F): void;
  submit(): Promise<void>;
}

export function useFormDialog<F extends string>({ local = {}, send, fieldOf, onClose }: {
  /** Local checks, a message per failing field; any message blocks the request. */
  local?: Partial<Record<F, string>>;
  /** The request; resolves when the server has accepted it. */
  send(): Promise<unknown>;
  /** Maps a refused request's path to the field that shows its message, or null. */
  fieldOf(path: string): F | null;
  onClose(): void;
}): FormDialogState<F> {
  const [problem, setProblem] = useState<DialogProblem>({ fields: {}, message: null });
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setAttempted(true);
    if (Object.values(local).some(Boolean) || busy) return;
    setBusy(true);
    try {
      await send();
      onClose();
    } catch (error) {
      setProblem(dialogProblem(error, fieldOf));
    } finally {
      setBusy(false);
    }
  };

  return {
    problem,
    busy,
    errorFor: (field) => (attempted ? local[field] : undefined) ?? problem.fields[field],
    clear: (field) => setProblem(({ fields: { [field]: _dropped, ...rest } }) => ({ fields: rest, message: null })),
    submit,
  };
}

/** The frame around the fields: OK / Cancel, Enter submits, the loose message as an alert. */
export function FormDialog({ title, labels, form, onClose, children }: {
  title: string;
  labels: { ok: string; cancel: string };
  form: Pick<FormDialogState<string>, 'problem' | 'busy' | 'submit'>;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <Dialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={() => void form.submit()} isDisabled={form.busy}>
            {labels.ok}
          </Button>
          <Button onPress={onClose}>{labels.cancel}</Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        {children}
        {form.problem.message && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {form.problem.message}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
