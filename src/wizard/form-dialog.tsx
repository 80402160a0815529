// A one-page dialog declared in the wizard's field language (`k.dialog(id, title, fields)`): OK
// checks the fields, sends `submit` once they pass (a second OK while it runs is ignored), and a
// refusal keeps the dialog open with the lab's words on the fields that own their paths and the
// rest in one line under them. The flow is the wizard's reducer (flow.ts) on a single page.
import { useMemo, useReducer, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { initialFlow, nextOutcome, reduceFlow, viewOf, type FlowAction, type FlowEnv, type FlowState } from './flow';
import { focusFieldOf, FormFields } from './form-fields';
import { answerOfError } from './lab-request';
import { computed, erase, isRefusal, pageWarnings, type CheckResult, type FieldValue, type WizardDef, type WizardValues } from './model';

export interface FormDialogProps<V extends WizardValues, C> {
  definition: WizardDef<V, C>;
  context: C;
  /** The request (labRequest's submit) or a local apply; a refusal keeps the dialog open. */
  submit(values: V): Promise<CheckResult | void>;
  onClose(): void;
  /** `apply` adds an Apply button after Cancel (a property sheet's): it sends like OK and stays open. */
  labels: { ok: string; cancel: string; apply?: string };
  /** A paragraph above the fields. */
  intro?: ReactNode;
  initial?: Partial<V>;
  /** More footer buttons before OK (Clear); `set` changes fields as if the user had. */
  extraButtons?(set: (values: Partial<V>) => void): ReactNode;
  widthClassName?: string;
}

export function FormDialog<V extends WizardValues, C>(props: FormDialogProps<V, C>) {
  const { context: ctx, onClose, labels } = props;
  const definition = useMemo(() => erase(props.definition), [props.definition]);
  const env: FlowEnv = useMemo(() => ({ definition, ctx, hasCheck: true }), [definition, ctx]);
  const [state, dispatch] = useReducer((current: FlowState, action: FlowAction) => reduceFlow(current, action, env), undefined, () => initialFlow(definition, props.initial));
  const { values, page, localErrors } = viewOf(state, env);
  const warnings = page ? pageWarnings(definition, page.id, values, ctx) : {};

  const ok = async (close = true) => {
    // "next" on the only page: the local checks, then (hasCheck) the request.
    const outcome = nextOutcome(state, env);
    dispatch({ type: 'next' });
    if (outcome !== 'check') return;
    let answer: CheckResult | void;
    try {
      answer = await props.submit(values as V);
    } catch (error) {
      answer = answerOfError(error);
    }
    dispatch({ type: 'checked', answer: answer ?? {} });
    if (!isRefusal(answer) && close) onClose();
  };

  const set = (next: Partial<V>) => {
    for (const [name, value] of Object.entries(next)) if (value !== undefined) dispatch({ type: 'edit', name, value: value as FieldValue });
  };
  const errorFor = (name: string) => {
    const show = state.input.touched.has(name) || (page !== undefined && state.attempted.has(page.id));
    return (show ? localErrors[name] : undefined) ?? state.serverErrors[name];
  };
  const description = page?.description === undefined ? undefined : computed(page.description, values, ctx);
  const firstEditable = focusFieldOf(page, values, ctx);

  return (
    <Dialog
      title={definition.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName={props.widthClassName}
      footer={
        <>
          {props.extraButtons?.(set)}
          <Button variant="primary" onPress={() => void ok()} isDisabled={state.busy !== null}>
            {labels.ok}
          </Button>
          <Button onPress={onClose}>{labels.cancel}</Button>
          {labels.apply !== undefined && (
            <Button onPress={() => void ok(false)} isDisabled={state.busy !== null}>
              {labels.apply}
            </Button>
          )}
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        noValidate
        data-dialog={definition.id}
        onSubmit={(event) => {
          event.preventDefault();
          void ok();
        }}
      >
        {props.intro}
        {description && <p className="text-muted">{description}</p>}
        {page && (
          <FormFields
            page={page}
            values={values}
            ctx={ctx}
            errorFor={errorFor}
            warningFor={(name) => warnings[name] ?? state.serverWarnings[name]}
            onChange={(name, value) => dispatch({ type: 'edit', name, value })}
            autoFocusName={firstEditable}
          />
        )}
        {state.pageMessages.length > 0 && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {state.pageMessages.join(' ')}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
