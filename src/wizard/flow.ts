// A wizard's flow as one reducer: which page shows, what was typed, which pages had Next pressed,
// the lab's answers on fields, whether a request is under way, the submit's job, and a child
// wizard opened from a page. Pure: the frame (wizard-frame.tsx) sends the requests and dispatches
// their answers; the tests drive it without React.
import {
  AFTER_SUBMIT_KINDS,
  emptyInput,
  isRefusal,
  mapAnswer,
  resolveValues,
  setValue,
  validatePage,
  visiblePages,
  type CheckResult,
  type FieldValue,
  type PageDef,
  type SubmitAnswer,
  type WizardDef,
  type WizardInput,
  type WizardValues,
} from './model';

type AnyWizard = WizardDef<WizardValues, unknown>;
type AnyPage = PageDef<WizardValues, unknown>;

/** What the reducer reads besides its state: the definition and the context of the wizard. */
export interface FlowEnv {
  definition: AnyWizard;
  ctx: unknown;
  /** Next asks the lab (`check`) before moving on. */
  hasCheck: boolean;
}

export interface FlowState {
  input: WizardInput;
  pageId: string;
  /** Pages whose Next (or the submit) was pressed: their errors show on untouched fields too. */
  attempted: ReadonlySet<string>;
  serverErrors: Record<string, string>;
  serverWarnings: Record<string, string>;
  /** Lines under the page: messages no visible field owns, errors of earlier pages' fields. */
  pageMessages: readonly string[];
  busy: 'check' | 'submit' | null;
  /** The submit succeeded: only the pages after it remain, without Back or Cancel. */
  submitted: boolean;
  jobId: string | null;
  /** The page whose child wizard is open, if any. */
  childOf: string | null;
  /** The wizard is over (Finish, or a submit with no page after it): the frame closes. */
  finished: boolean;
}

export type FlowAction =
  | { type: 'edit'; name: string; value: FieldValue }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'checked'; answer: CheckResult }
  | { type: 'submit' }
  | { type: 'submitted'; answer: SubmitAnswer | void }
  /** A request failed without an answer (the network): the page takes the message. */
  | { type: 'failed'; message: string }
  | { type: 'child-returned'; value: FieldValue }
  | { type: 'child-cancelled' }
  | { type: 'finish' };

export function initialFlow(definition: AnyWizard, initial: Partial<WizardValues> = {}): FlowState {
  let input = emptyInput();
  for (const [name, value] of Object.entries(initial)) if (value !== undefined) input = setValue(input, name, value);
  return {
    input,
    pageId: definition.pages[0]?.id ?? '',
    attempted: new Set(),
    serverErrors: {},
    serverWarnings: {},
    pageMessages: [],
    busy: null,
    submitted: false,
    jobId: null,
    childOf: null,
    finished: false,
  };
}

/** What the frame shows from a state: the values, the pages reachable now and the current one. */
export interface FlowView {
  values: WizardValues;
  /** Visible pages the user can be on: the pages after the submit only once it succeeded. */
  pages: AnyPage[];
  /** Every visible page, for the step list. */
  steps: AnyPage[];
  index: number;
  page: AnyPage | undefined;
  localErrors: Record<string, string>;
}

export function viewOf(state: FlowState, env: FlowEnv): FlowView {
  const values = resolveValues(env.definition, state.input, env.ctx);
  const steps = visiblePages(env.definition, values, env.ctx);
  const pages = steps.filter((page) => AFTER_SUBMIT_KINDS.has(page.kind) === state.submitted);
  const index = Math.max(0, pages.findIndex((page) => page.id === state.pageId));
  const page = pages[index];
  return { values, pages, steps, index, page, localErrors: page ? validatePage(env.definition, page.id, values, env.ctx) : {} };
}

/** What pressing Next leads to, so the frame knows whether to ask the lab. */
export function nextOutcome(state: FlowState, env: FlowEnv): 'blocked' | 'check' | 'advance' {
  const view = viewOf(state, env);
  if (!view.page || state.busy || view.page.kind !== 'form') return 'blocked';
  if (Object.keys(view.localErrors).length > 0) return 'blocked';
  return env.hasCheck ? 'check' : 'advance';
}

/** What pressing the summary's submit leads to: a page to fix first, or the request. */
export function submitOutcome(state: FlowState, env: FlowEnv): { kind: 'blocked'; pageId?: string } | { kind: 'submit' } {
  const view = viewOf(state, env);
  if (state.busy || view.page?.kind !== 'summary') return { kind: 'blocked' };
  // Every page once more: a value may have changed on a page the user went back to.
  for (const page of view.pages) {
    if (Object.keys(validatePage(env.definition, page.id, view.values, env.ctx)).length > 0) return { kind: 'blocked', pageId: page.id };
  }
  return { kind: 'submit' };
}

function goTo(state: FlowState, pageId: string): FlowState {
  return { ...state, pageId, pageMessages: [] };
}

function attempt(state: FlowState, pageId: string): ReadonlySet<string> {
  return state.attempted.has(pageId) ? state.attempted : new Set([...state.attempted, pageId]);
}

/** The page after the current one, or the child wizard when the page opens one now. */
function advance(state: FlowState, env: FlowEnv): FlowState {
  const view = viewOf(state, env);
  const page = view.page;
  if (page?.kind === 'form' && page.child?.when(view.values, env.ctx)) return { ...state, childOf: page.id, pageMessages: [] };
  const following = view.pages[view.index + 1];
  return following ? goTo(state, following.id) : state;
}

/** The lab's answer on the fields of this page and the earlier ones; true when nothing blocks. */
function withAnswer(state: FlowState, env: FlowEnv, answer: CheckResult): { state: FlowState; clean: boolean } {
  const view = viewOf(state, env);
  const errors = mapAnswer(env.definition, view.values, env.ctx, answer.errors ?? {}, view.index);
  const warnings = mapAnswer(env.definition, view.values, env.ctx, answer.warnings ?? {}, view.index);
  const lines = [...(answer.message ? [answer.message] : []), ...errors.page];
  return {
    state: { ...state, busy: null, serverErrors: errors.fields, serverWarnings: warnings.fields, pageMessages: lines },
    clean: lines.length === 0 && Object.keys(errors.fields).length === 0,
  };
}

export function reduceFlow(state: FlowState, action: FlowAction, env: FlowEnv): FlowState {
  switch (action.type) {
    case 'edit': {
      // The user changed the field: the lab's word on it is stale.
      const { [action.name]: _error, ...serverErrors } = state.serverErrors;
      const { [action.name]: _warning, ...serverWarnings } = state.serverWarnings;
      return { ...state, input: setValue(state.input, action.name, action.value), serverErrors, serverWarnings };
    }
    case 'next': {
      const page = viewOf(state, env).page;
      if (!page) return state;
      // On a page after the submit, Next only moves on (a progress page may hold it: the frame says).
      if (state.submitted) {
        const view = viewOf(state, env);
        const following = view.pages[view.index + 1];
        return following ? goTo(state, following.id) : state;
      }
      const attempted = { ...state, attempted: attempt(state, page.id) };
      switch (nextOutcome(state, env)) {
        case 'blocked':
          return attempted;
        case 'check':
          return { ...attempted, busy: 'check' };
        case 'advance':
          return advance(attempted, env);
      }
      return state;
    }
    case 'back': {
      const view = viewOf(state, env);
      const previous = view.pages[view.index - 1];
      if (state.busy || state.submitted || !previous) return state;
      return goTo(state, previous.id);
    }
    case 'checked': {
      const { state: next, clean } = withAnswer(state, env, action.answer);
      return clean ? advance(next, env) : next;
    }
    case 'submit': {
      const outcome = submitOutcome(state, env);
      if (outcome.kind === 'submit') return { ...state, busy: 'submit', attempted: attempt(state, state.pageId) };
      if (outcome.pageId) return { ...goTo(state, outcome.pageId), attempted: attempt(state, outcome.pageId) };
      return state;
    }
    case 'submitted': {
      if (action.answer && isRefusal(action.answer)) return withAnswer(state, env, action.answer).state;
      const done: FlowState = { ...state, busy: null, submitted: true, jobId: action.answer?.jobId ?? null, pageMessages: [] };
      const after = viewOf(done, env).pages[0];
      return after ? goTo(done, after.id) : { ...done, finished: true };
    }
    case 'failed':
      return { ...state, busy: null, pageMessages: [action.message] };
    case 'child-returned': {
      const page = env.definition.pages.find((candidate) => candidate.id === state.childOf);
      if (page?.kind !== 'form' || !page.child) return { ...state, childOf: null };
      const withResult = reduceFlow({ ...state, childOf: null }, { type: 'edit', name: page.child.resultField, value: action.value }, env);
      // Back on the page that opened it, then on to the next page as its Next would.
      const view = viewOf(withResult, env);
      const following = view.pages[view.index + 1];
      return following ? goTo(withResult, following.id) : withResult;
    }
    case 'child-cancelled':
      return { ...state, childOf: null };
    case 'finish':
      return { ...state, finished: true };
  }
}
