// The generic wizard: the step list on the left (as Windows wizards draw it), the page title and
// description, the page's fields, and Back / Next / Finish / Cancel. Next validates the page at
// once, then asks `check` (the lab, with ?validate=only) and shows its answer on the fields that
// own each request path. Cancel or Escape closes it and creates nothing.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { AlertTriangle, CheckCircle2, ChevronRight } from 'lucide-react';
import { Button } from '../ui/button';
import { cx } from '../ui/cx';
import { Dialog } from '../ui/dialog';
import { FieldView } from './field-view';
import {
  computed,
  emptyInput,
  erase,
  formFields,
  isFieldVisible,
  mapAnswer,
  pageWarnings,
  resolveValues,
  setValue,
  summaryRows,
  validatePage,
  visiblePages,
  type CheckResult,
  type FieldValue,
  type PageDef,
  type WizardDef,
  type WizardInput,
  type WizardValues,
} from './model';

export interface WizardFrameProps<V extends WizardValues, C> {
  definition: WizardDef<V, C>;
  /** What options and defaults read besides the values (the lab's servers, the local server...). */
  context: C;
  /** Asked on Next after the page's own checks pass; its errors block, its warnings do not. */
  check?(values: V, pageId: string): Promise<CheckResult>;
  /** The summary page's submit; an answer with errors or a message keeps the wizard open. */
  submit(values: V): Promise<CheckResult | void>;
  onClose(): void;
  /** Values to start from (they count as typed). */
  initial?: Partial<V>;
}

type AnyPage = PageDef<WizardValues, unknown>;

function inputFrom(initial: Partial<WizardValues> | undefined): WizardInput {
  let input = emptyInput();
  for (const [name, value] of Object.entries(initial ?? {})) if (value !== undefined) input = setValue(input, name, value);
  return input;
}

export function WizardFrame<V extends WizardValues, C>(props: WizardFrameProps<V, C>) {
  const { context: ctx, onClose } = props;
  const definition = useMemo(() => erase(props.definition), [props.definition]);
  const [input, setInput] = useState<WizardInput>(() => inputFrom(props.initial));
  const [pageId, setPageId] = useState(() => definition.pages[0]?.id ?? '');
  /** Pages whose Next was pressed: their errors show even for untouched fields. */
  const [attempted, setAttempted] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverWarnings, setServerWarnings] = useState<Record<string, string>>({});
  const [pageMessages, setPageMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const values = useMemo(() => resolveValues(definition, input, ctx), [definition, input, ctx]);
  const pages = visiblePages(definition, values, ctx).filter((page) => page.kind !== 'completion' || done);
  const allSteps = visiblePages(definition, values, ctx);
  const index = Math.max(0, pages.findIndex((page) => page.id === pageId));
  const page = pages[index] as AnyPage | undefined;
  const localErrors = page ? validatePage(definition, page.id, values, ctx) : {};
  const localWarnings = page ? pageWarnings(definition, page.id, values, ctx) : {};

  const goTo = (id: string) => {
    setPageId(id);
    setPageMessages([]);
    // The new page's heading takes focus, so a screen reader announces it.
    queueMicrotask(() => headingRef.current?.focus());
  };

  const onChange = (name: string, value: FieldValue) => {
    setInput((current) => setValue(current, name, value));
    setServerErrors(({ [name]: _dropped, ...rest }) => rest);
    setServerWarnings(({ [name]: _dropped, ...rest }) => rest);
  };

  const errorFor = (name: string): string | undefined => {
    const local = localErrors[name];
    const show = input.touched.has(name) || (page !== undefined && attempted.has(page.id));
    return (show ? local : undefined) ?? serverErrors[name];
  };

  const applyAnswer = (answer: CheckResult, atIndex: number): boolean => {
    const errors = mapAnswer(definition, values, ctx, answer.errors ?? {}, atIndex);
    const warnings = mapAnswer(definition, values, ctx, answer.warnings ?? {}, atIndex);
    setServerErrors(errors.fields);
    setServerWarnings(warnings.fields);
    const lines = [...(answer.message ? [answer.message] : []), ...errors.page];
    setPageMessages(lines);
    return lines.length === 0 && Object.keys(errors.fields).length === 0;
  };

  const next = async () => {
    if (!page || busy) return;
    setAttempted((current) => new Set([...current, page.id]));
    if (Object.keys(localErrors).length > 0) return;
    if (page.kind === 'form' && props.check) {
      setBusy(true);
      try {
        const answer = await props.check(values as V, page.id);
        if (!applyAnswer(answer, index)) return;
      } finally {
        setBusy(false);
      }
    }
    const following = pages[index + 1] ?? allSteps[index + 1];
    if (following) goTo(following.id);
  };

  const submit = async () => {
    if (busy) return;
    // Every page once more: a value may have changed on a page the user went back to.
    for (const candidate of pages) {
      if (Object.keys(validatePage(definition, candidate.id, values, ctx)).length > 0) {
        setAttempted((current) => new Set([...current, candidate.id]));
        goTo(candidate.id);
        return;
      }
    }
    setBusy(true);
    try {
      const answer = await props.submit(values as V);
      if (answer && !applyAnswer(answer, index)) return;
      const completion = definition.pages.find((candidate) => candidate.kind === 'completion');
      if (completion) {
        setDone(true);
        goTo(completion.id);
      } else {
        onClose();
      }
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (page?.kind === 'summary') void submit();
    else if (page?.kind === 'form') void next();
  };

  const isCompletion = page?.kind === 'completion';
  const description = page?.kind === 'completion' ? computed(page.description, values, ctx) : page?.description === undefined ? undefined : computed(page.description, values, ctx);
  const firstEditable = page ? formFields(page).find((field) => field.kind !== 'static' && isFieldVisible(field, values, ctx))?.name : undefined;

  return (
    <Dialog
      title={definition.title}
      isOpen
      isDismissable={false}
      onOpenChange={(open) => !open && !busy && onClose()}
      widthClassName="w-[900px]"
      footer={
        <>
          <Button onPress={() => pages[index - 1] && goTo(pages[index - 1]!.id)} isDisabled={index === 0 || busy || isCompletion}>
            &lt; Back
          </Button>
          {page?.kind === 'summary' ? (
            <Button variant="primary" onPress={() => void submit()} isDisabled={busy}>
              {page.submitLabel ?? 'Finish'}
            </Button>
          ) : isCompletion ? (
            <Button variant="primary" onPress={onClose} autoFocus>
              Finish
            </Button>
          ) : (
            <Button variant="primary" onPress={() => void next()} isDisabled={busy}>
              Next &gt;
            </Button>
          )}
          <Button onPress={onClose} isDisabled={busy || isCompletion}>
            Cancel
          </Button>
        </>
      }
    >
      <div className="flex h-[540px] gap-4" data-wizard={definition.id} data-page={page?.id}>
        <nav aria-label="Wizard steps" className="w-52 shrink-0 border-r border-line pr-3">
          <ol className="flex flex-col gap-0.5">
            {allSteps.map((step) => {
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
            className="mt-3 min-h-0 flex-1 overflow-auto pr-1"
            {...(page?.kind === 'summary' ? { tabIndex: 0, role: 'region', 'aria-label': page.title } : {})}
          >
            {page?.kind === 'form' && (
              <FormFields
                page={page}
                values={values}
                ctx={ctx}
                errorFor={errorFor}
                warningFor={(name) => localWarnings[name] ?? serverWarnings[name]}
                onChange={onChange}
                autoFocusName={firstEditable}
              />
            )}
            {page?.kind === 'summary' && <Summary definition={definition} values={values} ctx={ctx} warnings={serverWarnings} />}
            {isCompletion && (
              <p className="flex items-center gap-2 text-sm">
                <CheckCircle2 aria-hidden className="size-5 text-ok" />
                {definition.title} has completed successfully.
              </p>
            )}
          </div>
          {pageMessages.length > 0 && (
            <div role="alert" className="mt-2 rounded-[3px] border border-error bg-error-soft px-2 py-1 text-sm text-error">
              {pageMessages.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
          {busy && (
            <p className="mt-1 text-xs text-muted" aria-live="polite">
              {page?.kind === 'summary' ? 'Creating…' : 'Checking with the server…'}
            </p>
          )}
          <button type="submit" hidden />
        </form>
      </div>
    </Dialog>
  );
}

interface FormFieldsProps {
  page: AnyPage;
  values: WizardValues;
  ctx: unknown;
  errorFor(name: string): string | undefined;
  warningFor(name: string): string | undefined;
  onChange(name: string, value: FieldValue): void;
  autoFocusName?: string;
}

/** The page's visible fields; consecutive fields of one group share a fieldset. */
function FormFields({ page, values, ctx, errorFor, warningFor, onChange, autoFocusName }: FormFieldsProps) {
  const groups: Array<{ legend: string | undefined; names: string[] }> = [];
  for (const field of formFields(page)) {
    if (!isFieldVisible(field, values, ctx)) continue;
    const legend = field.group === undefined ? undefined : computed(field.group, values, ctx);
    const last = groups[groups.length - 1];
    if (last && last.legend === legend) last.names.push(field.name);
    else groups.push({ legend, names: [field.name] });
  }
  const byName = new Map(formFields(page).map((field) => [field.name, field]));
  const render = (name: string) => {
    const field = byName.get(name);
    if (!field) return null;
    return <FieldView key={name} field={field} values={values} ctx={ctx} error={errorFor(name)} warning={warningFor(name)} onChange={onChange} autoFocus={name === autoFocusName} />;
  };
  const fieldset = (group: (typeof groups)[number], position: number) =>
    group.legend === undefined ? (
      <div key={`g${position}`} className="flex flex-col gap-3">
        {group.names.map(render)}
      </div>
    ) : (
      <fieldset key={`g${position}`} className="flex min-w-0 flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
        <legend className="px-1 text-sm font-semibold">{group.legend}</legend>
        {group.names.map(render)}
      </fieldset>
    );
  // Side by side: consecutive groups with a legend share one row of columns.
  const rows: Array<Array<{ group: (typeof groups)[number]; position: number }>> = [];
  groups.forEach((group, position) => {
    const last = rows[rows.length - 1];
    const joins = page.kind === 'form' && page.groupColumns && group.legend !== undefined && last?.[0]?.group.legend !== undefined;
    if (joins && last) last.push({ group, position });
    else rows.push([{ group, position }]);
  });
  return (
    <div className="flex flex-col gap-3">
      {rows.map((row) =>
        row.length === 1 ? (
          fieldset(row[0]!.group, row[0]!.position)
        ) : (
          <div key={`r${row[0]!.position}`} className="grid grid-cols-2 gap-3">
            {row.map(({ group, position }) => fieldset(group, position))}
          </div>
        ),
      )}
    </div>
  );
}

function Summary({ definition, values, ctx, warnings }: { definition: WizardDef<WizardValues, unknown>; values: WizardValues; ctx: unknown; warnings: Record<string, string> }) {
  const rows = summaryRows(definition, values, ctx);
  const sections: Array<{ title: string; rows: typeof rows }> = [];
  for (const row of rows) {
    const last = sections[sections.length - 1];
    if (last && last.title === row.pageTitle) last.rows.push(row);
    else sections.push({ title: row.pageTitle, rows: [row] });
  }
  const warningLines = Object.values(warnings);
  const localWarnings = visiblePages(definition, values, ctx).flatMap((page) => Object.values(pageWarnings(definition, page.id, values, ctx)));
  const allWarnings = [...new Set([...localWarnings, ...warningLines])];
  return (
    <div className="flex flex-col gap-3" data-testid="wizard-summary">
      {allWarnings.length > 0 && (
        <div className="flex flex-col gap-1 rounded-[3px] border border-warn bg-warn-soft px-2 py-1 text-sm text-fg">
          {allWarnings.map((line) => (
            <p key={line} className="flex items-start gap-1.5">
              <AlertTriangle aria-hidden className="mt-0.5 size-3.5 shrink-0 text-warn" />
              {line}
            </p>
          ))}
        </div>
      )}
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3 className="border-b border-line text-sm font-semibold">{section.title}</h3>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
            {section.rows.map((row) => (
              <div key={row.name} className="contents" data-summary-row={row.name}>
                <dt className="text-muted">{row.label}:</dt>
                <dd className="min-w-0 break-words">{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
