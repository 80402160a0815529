// The generic wizard: the step list on the left (as Windows wizards draw it), the page title and
// description, the page's fields, and Back / Next / Finish / Cancel. The flow lives in one reducer
// (flow.ts); this component sends the requests it asks for: Next asks `check` (the lab, with
// ?validate=only) and the summary's button `submit`; their answers land on the fields that own
// each request path. Cancel or Escape closes it and creates nothing. After the submit, a progress
// page follows the engine job the submit answered with, and a report page offers its text.
import { useEffect, useMemo, useReducer, useRef, type FormEvent } from 'react';
import { CheckCircle2, ChevronRight } from 'lucide-react';
import { Button } from '../ui/button';
import { cx } from '../ui/cx';
import { Dialog } from '../ui/dialog';
import { splitAccessKey, useAccessKeys } from './access-keys';
import { focusFieldOf, FormFields } from './form-fields';
import { initialFlow, nextOutcome, reduceFlow, submitOutcome, viewOf, type FlowAction, type FlowEnv, type FlowState } from './flow';
import { useJob } from './jobs';
import {
  computed,
  erase,
  pageWarnings,
  type CheckResult,
  type ChildWizard,
  type FieldValue,
  type SubmitAnswer,
  type WizardDef,
  type WizardOutcome,
  type WizardValues,
} from './model';
import { JobProgress } from './progress-view';
import { ReportView } from './report-view';
import { Summary } from './summary-view';

export interface WizardFrameProps<V extends WizardValues, C> {
  definition: WizardDef<V, C>;
  /** What options and defaults read besides the values (the lab's servers, the local server...). */
  context: C;
  /** Asked on Next after the page's own checks pass; its errors block, its warnings do not. */
  check?(values: V, pageId: string): Promise<CheckResult>;
  /** The summary page's submit; an answer with errors or a message keeps the wizard open. */
  submit(values: V): Promise<SubmitAnswer | void>;
  onClose(): void;
  /** Called once the wizard is over after a successful submit (before onClose). */
  onFinish?(outcome: WizardOutcome): void;
  /** Values to start from (they count as typed). */
  initial?: Partial<V>;
}

export const WIZARD_LABELS = {
  back: '< Back',
  next: 'Next >',
  finish: 'Finish',
  cancel: 'Cancel',
  checking: 'Checking with the server…',
  creating: 'Creating…',
  completed: (title: string) => `${title} has completed successfully.`,
} as const;

/** "< Back" drawn "< B̲ack": the letter Alt takes is underlined, the name stays the same. */
function AccessKeyLabel({ label, letter }: { label: string; letter: string }) {
  const [before, key, after] = splitAccessKey(label, letter);
  return (
    <span>
      {before}
      <span className="underline underline-offset-2">{key}</span>
      {after}
    </span>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function WizardFrame<V extends WizardValues, C>(props: WizardFrameProps<V, C>) {
  const { context: ctx, onClose } = props;
  const definition = useMemo(() => erase(props.definition), [props.definition]);
  const env: FlowEnv = useMemo(() => ({ definition, ctx, hasCheck: props.check !== undefined }), [definition, ctx, props.check]);
  const [state, dispatch] = useReducer((current: FlowState, action: FlowAction) => reduceFlow(current, action, env), undefined, () => initialFlow(definition, props.initial));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<SubmitAnswer>({});

  const view = viewOf(state, env);
  const { values, pages, index, page, localErrors } = view;
  const localWarnings = page ? pageWarnings(definition, page.id, values, ctx) : {};
  const { job, nowMs } = useJob(state.jobId);

  // The new page's heading takes focus, so a screen reader announces it (not on the first page,
  // whose first field takes it).
  const shownPage = useRef(state.pageId);
  useEffect(() => {
    if (shownPage.current === state.pageId) return;
    shownPage.current = state.pageId;
    headingRef.current?.focus();
  }, [state.pageId]);

  const { onFinish } = props;
  useEffect(() => {
    if (!state.finished) return;
    if (state.submitted) onFinish?.({ values, answer: answerRef.current, job: job ?? null });
    onClose();
    // Only the moment the flow finishes matters; values are read as they were then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.finished]);

  const onChange = (name: string, value: FieldValue) => dispatch({ type: 'edit', name, value });

  const errorFor = (name: string): string | undefined => {
    const local = localErrors[name];
    const show = state.input.touched.has(name) || (page !== undefined && state.attempted.has(page.id));
    return (show ? local : undefined) ?? state.serverErrors[name];
  };

  const next = async () => {
    if (!page) return;
    const outcome = nextOutcome(state, env);
    dispatch({ type: 'next' });
    if (outcome !== 'check' || !props.check) return;
    try {
      dispatch({ type: 'checked', answer: await props.check(values as V, page.id) });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  };

  const submit = async () => {
    const outcome = submitOutcome(state, env);
    dispatch({ type: 'submit' });
    if (outcome.kind !== 'submit') return;
    try {
      const answer = await props.submit(values as V);
      answerRef.current = answer ?? {};
      dispatch({ type: 'submitted', answer });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  };

  const after = state.submitted;
  const following = pages[index + 1];
  // A progress page that holds the flow keeps Next / Finish until its job has ended.
  const held = page?.kind === 'progress' && page.holdUntilEnded === true && state.jobId !== null && job?.state !== 'succeeded' && job?.state !== 'failed' && job?.state !== 'cancelled';
  const busy = state.busy !== null;
  const canBack = index > 0 && !busy && !after;
  const showsNext = page?.kind !== 'summary' && !(after && !following);
  // Alt+B and Alt+N press < Back and Next > (their underlined letters) while they are enabled.
  const frameRef = useRef<HTMLDivElement>(null);
  useAccessKeys(frameRef, {
    B: canBack ? () => dispatch({ type: 'back' }) : null,
    N: showsNext && !busy && !held ? () => void next() : null,
  });

  const child = useMemo<ChildWizard | null>(() => {
    const opener = definition.pages.find((candidate) => candidate.id === state.childOf);
    return opener?.kind === 'form' && opener.child ? opener.child.open(values, ctx) : null;
    // Opened once, with the values of the moment Next was pressed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.childOf]);
  if (child) {
    const opener = definition.pages.find((candidate) => candidate.id === state.childOf);
    const launch = opener?.kind === 'form' ? opener.child : undefined;
    return (
      <WizardFrame<WizardValues, unknown>
        definition={child.definition}
        context={child.context}
        check={child.check}
        submit={child.submit}
        onFinish={(outcome) => launch && dispatch({ type: 'child-returned', value: launch.result(outcome) })}
        onClose={() => dispatch({ type: 'child-cancelled' })}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (page?.kind === 'summary') void submit();
    else if (page?.kind === 'form') void next();
  };

  const description = page?.description === undefined ? undefined : computed(page.description, values, ctx);
  const firstEditable = focusFieldOf(page, values, ctx);
  const report = page?.kind === 'report' || page?.kind === 'progress' ? page.report : undefined;

  return (
    <Dialog
      title={definition.title}
      isOpen
      isDismissable={false}
      onOpenChange={(open) => !open && !busy && (after ? dispatch({ type: 'finish' }) : onClose())}
      widthClassName="w-[900px]"
      // A progress page waits for the lab, not the user: the clock keeps its chosen speed there.
      waitsForInput={page?.kind !== 'progress'}
      footer={
        <>
          <Button onPress={() => dispatch({ type: 'back' })} isDisabled={!canBack}>
            <AccessKeyLabel label={WIZARD_LABELS.back} letter="B" />
          </Button>
          {page?.kind === 'summary' ? (
            <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
              {page.submitLabel ?? WIZARD_LABELS.finish}
            </Button>
          ) : after && !following ? (
            <Button variant="primary" onPress={() => dispatch({ type: 'finish' })} isDisabled={held} autoFocus>
              {WIZARD_LABELS.finish}
            </Button>
          ) : (
            <Button variant="primary" onPress={() => void next()} isDisabled={busy || held}>
              <AccessKeyLabel label={WIZARD_LABELS.next} letter="N" />
            </Button>
          )}
          <Button onPress={onClose} isDisabled={busy || after}>
            {WIZARD_LABELS.cancel}
          </Button>
        </>
      }
    >
      <div ref={frameRef} className="flex h-[540px] gap-4" data-wizard={definition.id} data-page={page?.id}>
        <nav aria-label="Wizard steps" className="w-52 shrink-0 border-r border-line pr-3">
          <ol className="flex flex-col gap-0.5">
            {view.steps.map((step) => {
              const position = pages.findIndex((candidate) => candidate.id === step.id);
              const current = step.id === page?.id;
              return (
                <li
                  key={step.id}
                  aria-current={current ? 'step' : undefined}
                  className={cx('flex items-start gap-1 rounded-[2px] px-1.5 py-0.5 text-sm', current ? 'bg-selected font-semibold text-selected-fg' : position >= 0 && position < index ? 'text-fg' : 'text-muted')}
                >
                  <ChevronRight aria-hidden className={cx('mt-[3px] size-3 shrink-0', current ? 'opacity-100' : 'opacity-0')} />
                  <span>{step.title}</span>
                </li>
              );
            })}
          </ol>
        </nav>
        <form className="flex min-w-0 flex-1 flex-col" onSubmit={onSubmit} noValidate>
          <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none" data-testid="wizard-page-title">
            {page?.title}
          </h2>
          {description && <p className="mt-1 text-sm text-muted">{description}</p>}
          {/* The summary has nothing focusable: the region itself takes focus so it scrolls by keyboard. */}
          <div
            className="mt-3 flex min-h-0 flex-1 flex-col gap-3 overflow-auto pr-1"
            {...(page?.kind === 'summary' ? { tabIndex: 0, role: 'region', 'aria-label': page.title } : {})}
          >
            {page?.kind === 'form' && (
              <FormFields
                page={page}
                values={values}
                ctx={ctx}
                errorFor={errorFor}
                warningFor={(name) => localWarnings[name] ?? state.serverWarnings[name]}
                onChange={onChange}
                autoFocusName={firstEditable}
              />
            )}
            {page?.kind === 'summary' && <Summary definition={definition} values={values} ctx={ctx} warnings={state.serverWarnings} />}
            {page?.kind === 'summary' && page.fields && (
              <FormFields page={page} values={values} ctx={ctx} errorFor={errorFor} warningFor={(name) => localWarnings[name] ?? state.serverWarnings[name]} onChange={onChange} />
            )}
            {(page?.kind === 'completion' || (page?.kind === 'progress' && state.jobId === null)) && (
              <p className="flex items-center gap-2 text-sm">
                <CheckCircle2 aria-hidden className="size-5 text-ok" />
                {WIZARD_LABELS.completed(definition.title)}
              </p>
            )}
            {page?.kind === 'progress' && state.jobId !== null && <JobProgress job={job} jobId={state.jobId} nowMs={nowMs} />}
            {page && report && (
              <ReportView
                title={page.title}
                text={report.text(values, ctx, job ?? null)}
                fileName={computed(report.fileName, values, ctx)}
                full={report.full && { label: report.full.label, title: report.full.title, text: () => report.full!.text(values, ctx, job ?? null) }}
              />
            )}
          </div>
          {state.pageMessages.length > 0 && (
            <div role="alert" className="mt-2 rounded-[3px] border border-error bg-error-soft px-2 py-1 text-sm text-error">
              {state.pageMessages.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
          {busy && (
            <p className="mt-1 text-xs text-muted" aria-live="polite">
              {state.busy === 'submit' ? WIZARD_LABELS.creating : WIZARD_LABELS.checking}
            </p>
          )}
          <button type="submit" hidden />
        </form>
      </div>
    </Dialog>
  );
}
