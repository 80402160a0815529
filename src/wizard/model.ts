// Wizards are data (ARCHITECTURE.md): pages of typed fields with dependent defaults, visibility,
// availability with a reason, validation and the request paths each field owns. Everything here
// is pure TypeScript; WizardFrame (wizard-frame.tsx) renders it and the unit tests check it.

/** A list of entries, the rows chosen in a table and the checked leaves of a tree are string lists. */
import type { Job } from '../domain/jobs';

export type FieldValue = string | number | boolean | readonly string[];
export type WizardValues = Record<string, FieldValue>;

/** A choice of a select or radio field. `unavailable` shows it greyed WITH the reason. */
export interface FieldOption {
  id: string;
  label: string;
  /** Why this choice cannot be taken here; it is listed, disabled, with this text. */
  unavailable?: string;
  /** A line under the choice (radio only). */
  description?: string;
}

type Computed<V, C, T> = T | ((values: V, ctx: C) => T);
type KeysOf<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

interface FieldCommon<V, C, T> {
  label: string;
  /** A value, or a function of the values so far (declared earlier) and the context. */
  default?: Computed<V, C, T>;
  /** Hidden fields are not validated, not summarised, and own no request path. */
  visible?(values: V, ctx: C): boolean;
  /** A reason makes the field read-only, showing why (never a control that does nothing). */
  disabled?(values: V, ctx: C): string | undefined;
  /** A message blocks Next. */
  validate?(value: T, values: V, ctx: C): string | undefined;
  /** A message is shown in yellow and does not block. */
  warn?(value: T, values: V, ctx: C): string | undefined;
  explanation?: Computed<V, C, string>;
  /** Dotted request paths whose server errors show on this field (default: its own name). */
  owns?: readonly string[];
  /** Fields with the same group are drawn in one fieldset with this legend. */
  group?: Computed<V, C, string>;
  /** How the summary shows it; false leaves it out. */
  summary?: false | ((value: T, values: V, ctx: C) => string);
}

export interface TextFieldDef<V, C> extends FieldCommon<V, C, string> {
  kind: 'text' | 'password';
  name: string;
  autoFocus?: boolean;
}

export interface NumberUnit {
  /** The value field that holds the unit (a select next to the number). */
  name: string;
  label: string;
  options: readonly FieldOption[];
  default: string;
}

export interface NumberFieldDef<V, C> extends FieldCommon<V, C, number> {
  kind: 'number';
  name: string;
  /** A fixed unit shown after the number ("MB"), or a unit chosen beside it. */
  unit?: string | NumberUnit;
  minValue?: number;
  maxValue?: number;
  /** Whole numbers only (the default). */
  integer?: boolean;
}

export interface ChoiceFieldDef<V, C> extends FieldCommon<V, C, string> {
  kind: 'select' | 'radio';
  name: string;
  options: Computed<V, C, readonly FieldOption[]>;
  /**
   * Nothing is preselected (a choice the user must make, e.g. StarWind 5's sync interface, "the
   * interface needs to be manually set"): the field starts empty and Next shows this message.
   */
  unchosen?: Computed<V, C, string>;
}

export interface CheckboxFieldDef<V, C> extends FieldCommon<V, C, boolean> {
  kind: 'checkbox';
  name: string;
}

/** Read-only text on a page; holds no value. */
export interface StaticFieldDef<V, C> {
  kind: 'static';
  name: string;
  label: string;
  text: Computed<V, C, string>;
  visible?(values: V, ctx: C): boolean;
  explanation?: Computed<V, C, string>;
  group?: Computed<V, C, string>;
  /** Listed on the summary page when set. */
  summary?: true;
}

/**
 * A list of entries with Add / Remove, and Browse when candidates are known (Create Cluster's Select
 * Servers, MPIO's device hardware IDs). The value is the entries in the order they were added.
 */
export interface ListFieldDef<V, C> extends FieldCommon<V, C, readonly string[]> {
  kind: 'list';
  name: string;
  /** The label of the box an entry is typed into ("Enter name"). */
  entryLabel: string;
  /** Checked when an entry is added: a message refuses it. */
  validateEntry?(entry: string, values: V, ctx: C): string | undefined;
  /** What Browse offers; without it there is no Browse button. */
  browse?: Computed<V, C, readonly FieldOption[]>;
  browseTitle?: string;
  minEntries?: number;
  maxEntries?: number;
  /** Entries compare without case (server names): the same name twice is refused. */
  caseInsensitive?: boolean;
}

export interface TableColumn {
  id: string;
  label: string;
}

export interface TableRow {
  id: string;
  /** Cell text by column id. */
  cells: Record<string, string>;
  /** Listed, not selectable, with the reason. */
  unavailable?: string;
}

/**
 * Rows to pick one or several from (iSCSI discovered targets, VMs, a migration's destination with
 * its rating). The value is the chosen row ids, in row order.
 */
export interface TableFieldDef<V, C> extends FieldCommon<V, C, readonly string[]> {
  kind: 'table';
  name: string;
  selection: 'single' | 'multiple';
  columns: readonly TableColumn[];
  rows: Computed<V, C, readonly TableRow[]>;
  /** At least this many rows (default: 1 for single, 0 for multiple). */
  minSelected?: number;
  /** The column that names a row on the summary (default: the first). */
  labelColumn?: string;
}

export interface TreeNode {
  id: string;
  label: string;
  children?: readonly TreeNode[];
}

/**
 * A tree of check boxes (Validate a Configuration: categories and their tests). Checking a branch
 * checks its leaves; the value is the checked leaf ids, in tree order.
 */
export interface CheckTreeFieldDef<V, C> extends FieldCommon<V, C, readonly string[]> {
  kind: 'tree';
  name: string;
  nodes: Computed<V, C, readonly TreeNode[]>;
  /** At least this many leaves (default 1). */
  minChecked?: number;
}

/** A folder Browse… shows: a volume or a folder under it, with the files it holds. */
export interface FileFolder {
  /** The folder's path, as the value begins ("My Computer\D\Images"). */
  id: string;
  label: string;
  /** Shown beside the label (a volume's free space). */
  detail?: string;
  files?: readonly string[];
  children?: readonly FileFolder[];
}

/**
 * A file path typed or chosen with Browse… (a dialog over volumes and folders, and a file name
 * box): StarWind's image files. The value is the full path, folder and file name joined by `\`.
 */
export interface FileFieldDef<V, C> extends FieldCommon<V, C, string> {
  kind: 'file';
  name: string;
  browse: Computed<V, C, readonly FileFolder[]>;
  browseTitle?: string;
  /** The value is a folder, not a file (Browse… offers no file name): Hyper-V's Location. */
  folderOnly?: boolean;
}

/** A file field's value: the folder is everything before the last `\`. */
export function splitFilePath(path: string): { folder: string; fileName: string } {
  const at = path.lastIndexOf('\\');
  return at < 0 ? { folder: '', fileName: path } : { folder: path.slice(0, at), fileName: path.slice(at + 1) };
}

export function joinFilePath(folder: string, fileName: string): string {
  return folder ? `${folder.replace(/\\+$/, '')}\\${fileName}` : fileName;
}

export type FieldDef<V, C> =
  | TextFieldDef<V, C>
  | FileFieldDef<V, C>
  | NumberFieldDef<V, C>
  | ChoiceFieldDef<V, C>
  | CheckboxFieldDef<V, C>
  | ListFieldDef<V, C>
  | TableFieldDef<V, C>
  | CheckTreeFieldDef<V, C>
  | StaticFieldDef<V, C>;
export type FieldKind = FieldDef<unknown, unknown>['kind'];

/** What a finished wizard hands back: its values, the answer of its submit and its job as it ended. */
export interface WizardOutcome {
  values: WizardValues;
  answer: SubmitAnswer;
  job: Job | null;
}

/** Another wizard this one opens (Create Cluster runs Validate a Configuration at its step 5). */
export interface ChildWizard {
  definition: WizardDef<WizardValues, unknown>;
  context: unknown;
  check?(values: WizardValues, pageId: string): Promise<CheckResult>;
  submit(values: WizardValues): Promise<SubmitAnswer | void>;
}

/** A typed wizard and its hooks as a child another wizard can open. */
export function childWizard<V extends WizardValues, C>(child: {
  definition: WizardDef<V, C>;
  context: C;
  check?(values: V, pageId: string): Promise<CheckResult>;
  submit(values: V): Promise<SubmitAnswer | void>;
}): ChildWizard {
  // The parent only passes the child's own values back to the child's hooks.
  return child as unknown as ChildWizard;
}

export interface ChildLaunch<V, C> {
  /** Next on this page opens the child when this holds (after the page's checks pass). */
  when(values: V, ctx: C): boolean;
  open(values: V, ctx: C): ChildWizard;
  /** The field that receives the child's result; the parent then moves on. */
  resultField: string;
  result(outcome: WizardOutcome): FieldValue;
}

export interface FormPageDef<V, C> {
  kind: 'form';
  id: string;
  title: string;
  description?: Computed<V, C, string>;
  visible?(values: V, ctx: C): boolean;
  fields: readonly FieldDef<V, C>[];
  /** Draw consecutive groups side by side (one column per server, say). */
  groupColumns?: boolean;
  child?: ChildLaunch<V, C>;
  /** The server every setting of the page belongs to, named beside them on the summary (a field's own group wins). */
  summaryGroup?: Computed<V, C, string>;
}

export interface SummaryPageDef<V, C> {
  kind: 'summary';
  id: string;
  title: string;
  description?: Computed<V, C, string>;
  /** The button that submits: "Finish" (default), or "Next" when a completion page follows. */
  submitLabel?: string;
  /**
   * Choices made on the confirmation itself, drawn under the summary (Create Cluster's "Add all
   * eligible storage to the cluster"); validated and sent like a form page's fields.
   */
  fields?: readonly FieldDef<V, C>[];
}

/** Shown after a successful submit: only Finish (which closes) remains. */
export interface CompletionPageDef<V, C> {
  kind: 'completion';
  id: string;
  title: string;
  description: Computed<V, C, string>;
}

/** A text the user can save or copy (a summary, a validation report). */
export interface ReportDef<V, C> {
  /** The file name Save as text offers. */
  fileName: Computed<V, C, string>;
  text(values: V, ctx: C, job: Job | null): string;
  /**
   * A button beside Save as text that opens the full report in its own window (Failover Cluster
   * Manager's "View Report…"), when the page shows only its summary.
   */
  full?: { label: string; title: string; text(values: V, ctx: C, job: Job | null): string };
}

/**
 * After submit: follows the job the submit answered with (its id), as percent, time left and
 * steps. With `holdUntilEnded`, Next / Finish wait for the job to end (validation tests); without,
 * the job goes on in the background after Finish (a StarWind initial sync).
 */
export interface ProgressPageDef<V, C> {
  kind: 'progress';
  id: string;
  title: string;
  description?: Computed<V, C, string>;
  holdUntilEnded?: boolean;
  /** Shown under the progress, with Save as text and Copy. */
  report?: ReportDef<V, C>;
}

/** After submit: a result the user reads, saves as text or copies. */
export interface ReportPageDef<V, C> {
  kind: 'report';
  id: string;
  title: string;
  description?: Computed<V, C, string>;
  report: ReportDef<V, C>;
}

export type PageDef<V, C> = FormPageDef<V, C> | SummaryPageDef<V, C> | CompletionPageDef<V, C> | ProgressPageDef<V, C> | ReportPageDef<V, C>;
export type PageKind = PageDef<unknown, unknown>['kind'];

/** Pages shown only once the submit has succeeded; Back and Cancel are gone there. */
export const AFTER_SUBMIT_KINDS: ReadonlySet<PageKind> = new Set(['completion', 'progress', 'report']);

export interface WizardDef<V, C> {
  id: string;
  title: string;
  pages: readonly PageDef<V, C>[];
}

/** What the user has typed and which fields they edited (untouched fields follow their default). */
export interface WizardInput {
  stored: Record<string, FieldValue>;
  touched: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Builders, typed by the values V and the context C.

type Opts<F> = Omit<F, 'kind' | 'name'>;

export function createWizardKit<V extends WizardValues, C>() {
  type Any = WizardDef<V, C>;
  return {
    wizard: (id: string, title: string, pages: readonly PageDef<V, C>[]): Any => {
      assertUniqueNames(pages);
      return { id, title, pages };
    },
    form: (
      id: string,
      title: string,
      fields: readonly FieldDef<V, C>[],
      options: {
        description?: Computed<V, C, string>;
        visible?(values: V, ctx: C): boolean;
        groupColumns?: boolean;
        child?: ChildLaunch<V, C> & { resultField: KeysOf<V, FieldValue> };
        summaryGroup?: Computed<V, C, string>;
      } = {},
    ): FormPageDef<V, C> => ({
      kind: 'form',
      id,
      title,
      fields,
      ...options,
    }),
    /** A one-page dialog (Add Server, a login prompt, New Lab): one form page, OK and Cancel. */
    dialog: (id: string, title: string, fields: readonly FieldDef<V, C>[], options: { description?: Computed<V, C, string>; groupColumns?: boolean } = {}): Any => {
      const pages = [{ kind: 'form' as const, id, title, fields, ...options }];
      assertUniqueNames(pages);
      return { id, title, pages };
    },
    summary: (id: string, title: string, options: { description?: Computed<V, C, string>; submitLabel?: string; fields?: readonly FieldDef<V, C>[] } = {}): SummaryPageDef<V, C> => ({ kind: 'summary', id, title, ...options }),
    completion: (id: string, title: string, description: Computed<V, C, string>): CompletionPageDef<V, C> => ({ kind: 'completion', id, title, description }),
    progress: (id: string, title: string, options: Omit<ProgressPageDef<V, C>, 'kind' | 'id' | 'title'> = {}): ProgressPageDef<V, C> => ({ kind: 'progress', id, title, ...options }),
    report: (id: string, title: string, options: Omit<ReportPageDef<V, C>, 'kind' | 'id' | 'title'>): ReportPageDef<V, C> => ({ kind: 'report', id, title, ...options }),
    text: (name: KeysOf<V, string>, options: Opts<TextFieldDef<V, C>>): TextFieldDef<V, C> => ({ kind: 'text', name, ...options }),
    password: (name: KeysOf<V, string>, options: Opts<TextFieldDef<V, C>>): TextFieldDef<V, C> => ({ kind: 'password', name, ...options }),
    number: (name: KeysOf<V, number>, options: Opts<NumberFieldDef<V, C>> & { unit?: string | (NumberUnit & { name: KeysOf<V, string> }) }): NumberFieldDef<V, C> => ({
      kind: 'number',
      name,
      ...options,
    }),
    select: (name: KeysOf<V, string>, options: Opts<ChoiceFieldDef<V, C>>): ChoiceFieldDef<V, C> => ({ kind: 'select', name, ...options }),
    radio: (name: KeysOf<V, string>, options: Opts<ChoiceFieldDef<V, C>>): ChoiceFieldDef<V, C> => ({ kind: 'radio', name, ...options }),
    checkbox: (name: KeysOf<V, boolean>, options: Opts<CheckboxFieldDef<V, C>>): CheckboxFieldDef<V, C> => ({ kind: 'checkbox', name, ...options }),
    list: (name: KeysOf<V, readonly string[]>, options: Opts<ListFieldDef<V, C>>): ListFieldDef<V, C> => ({ kind: 'list', name, ...options }),
    table: (name: KeysOf<V, readonly string[]>, options: Opts<TableFieldDef<V, C>>): TableFieldDef<V, C> => ({ kind: 'table', name, ...options }),
    tree: (name: KeysOf<V, readonly string[]>, options: Opts<CheckTreeFieldDef<V, C>>): CheckTreeFieldDef<V, C> => ({ kind: 'tree', name, ...options }),
    file: (name: KeysOf<V, string>, options: Opts<FileFieldDef<V, C>>): FileFieldDef<V, C> => ({ kind: 'file', name, ...options }),
    staticText: (name: string, options: Opts<StaticFieldDef<V, C>>): StaticFieldDef<V, C> => ({ kind: 'static', name, ...options }),
  };
}

function assertUniqueNames<V, C>(pages: readonly PageDef<V, C>[]): void {
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(`page:${page.id}`)) throw new Error(`Two pages are called ${page.id}.`);
    seen.add(`page:${page.id}`);
    for (const field of formFields(page)) {
      const names = [field.name, ...(field.kind === 'number' && typeof field.unit === 'object' ? [field.unit.name] : [])];
      for (const name of names) {
        if (seen.has(name)) throw new Error(`Two fields are called ${name}.`);
        seen.add(name);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading definitions

export function computed<V, C, T>(value: Computed<V, C, T>, values: V, ctx: C): T {
  return typeof value === 'function' ? (value as (values: V, ctx: C) => T)(values, ctx) : value;
}

type AnyField = FieldDef<WizardValues, unknown>;
type AnyPage = PageDef<WizardValues, unknown>;
type AnyWizard = WizardDef<WizardValues, unknown>;

/** Erases V and C: the frame and the helpers below work on any wizard. */
export function erase<V extends WizardValues, C>(definition: WizardDef<V, C>): AnyWizard {
  return definition as unknown as AnyWizard;
}

export function formFields<V, C>(page: PageDef<V, C>): readonly FieldDef<V, C>[] {
  return page.kind === 'form' ? page.fields : page.kind === 'summary' ? (page.fields ?? []) : [];
}

/** A value a field holds: its own, plus the unit beside a number. */
interface ValueSlot {
  name: string;
  field: AnyField;
  unitOf?: NumberUnit;
}

function valueSlots(definition: AnyWizard): ValueSlot[] {
  const slots: ValueSlot[] = [];
  for (const page of definition.pages) {
    for (const field of formFields(page)) {
      if (field.kind === 'static') continue;
      slots.push({ name: field.name, field });
      if (field.kind === 'number' && typeof field.unit === 'object') slots.push({ name: field.unit.name, field, unitOf: field.unit });
    }
  }
  return slots;
}

export function optionsOf(field: AnyField, values: WizardValues, ctx: unknown): readonly FieldOption[] {
  return field.kind === 'select' || field.kind === 'radio' ? computed(field.options, values, ctx) : [];
}

function firstAvailable(options: readonly FieldOption[]): string {
  return (options.find((option) => !option.unavailable) ?? options[0])?.id ?? '';
}

function defaultOf(slot: ValueSlot, values: WizardValues, ctx: unknown): FieldValue {
  if (slot.unitOf) return slot.unitOf.default;
  const field = slot.field;
  if (field.kind === 'static') return '';
  const given = field.default === undefined ? undefined : computed(field.default as Computed<WizardValues, unknown, FieldValue>, values, ctx);
  switch (field.kind) {
    case 'text':
    case 'password':
    case 'file':
      return typeof given === 'string' ? given : '';
    case 'number':
      return typeof given === 'number' ? given : 0;
    case 'checkbox':
      return typeof given === 'boolean' ? given : false;
    case 'list':
    case 'table':
    case 'tree':
      return Array.isArray(given) ? given : [];
    case 'select':
    case 'radio': {
      // A default that is not an available choice (the choices depend on other values) falls
      // back to the first available one.
      const options = optionsOf(field, values, ctx);
      const usable = options.some((option) => option.id === given && !option.unavailable);
      return usable ? String(given) : field.unchosen !== undefined ? '' : firstAvailable(options);
    }
  }
}

/**
 * The values the wizard holds: what the user edited, and for every other field its default,
 * computed in declaration order so a default may read the fields declared before it (Target
 * Name follows Target Alias until the user edits Target Name).
 */
export function resolveValues(definition: AnyWizard, input: WizardInput, ctx: unknown): WizardValues {
  const values: WizardValues = {};
  for (const slot of valueSlots(definition)) {
    const own = input.stored[slot.name];
    values[slot.name] = input.touched.has(slot.name) && own !== undefined ? own : defaultOf(slot, values, ctx);
  }
  return values;
}

/** The initial input: nothing typed yet. */
export function emptyInput(): WizardInput {
  return { stored: {}, touched: new Set() };
}

/** The user set a field: it no longer follows its default. */
export function setValue(input: WizardInput, name: string, value: FieldValue): WizardInput {
  return { stored: { ...input.stored, [name]: value }, touched: new Set([...input.touched, name]) };
}

export function isPageVisible(page: AnyPage, values: WizardValues, ctx: unknown): boolean {
  return page.kind !== 'form' || (page.visible?.(values, ctx) ?? true);
}

export function visiblePages(definition: AnyWizard, values: WizardValues, ctx: unknown): AnyPage[] {
  return definition.pages.filter((page) => isPageVisible(page, values, ctx));
}

export function isFieldVisible(field: AnyField, values: WizardValues, ctx: unknown): boolean {
  return field.visible?.(values, ctx) ?? true;
}

export function disabledReason(field: AnyField, values: WizardValues, ctx: unknown): string | undefined {
  return field.kind === 'static' ? undefined : field.disabled?.(values, ctx);
}

/** The message of one field, or undefined: built-in rules first, then the field's own. */
export function fieldProblem(field: AnyField, values: WizardValues, ctx: unknown): string | undefined {
  if (field.kind === 'static') return undefined;
  const value = values[field.name];
  switch (field.kind) {
    case 'number': {
      const amount = value as number;
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return `Enter a number for ${field.label}.`;
      if ((field.integer ?? true) && !Number.isInteger(amount)) return `${field.label} must be a whole number.`;
      if (field.minValue !== undefined && amount < field.minValue) return `${field.label} must be at least ${field.minValue}.`;
      if (field.maxValue !== undefined && amount > field.maxValue) return `${field.label} must be at most ${field.maxValue}.`;
      if (typeof field.unit === 'object') {
        const unit = values[field.unit.name];
        if (!field.unit.options.some((option) => option.id === unit && !option.unavailable)) return `Choose a unit for ${field.label}.`;
      }
      return field.validate?.(amount, values, ctx);
    }
    case 'select':
    case 'radio': {
      const options = optionsOf(field, values, ctx);
      const chosen = options.find((option) => option.id === value);
      if (!chosen && value === '' && field.unchosen !== undefined) return computed(field.unchosen, values, ctx);
      if (!chosen) return options.length === 0 ? `There is nothing to choose for ${field.label}.` : `Choose one of the listed values for ${field.label}.`;
      if (chosen.unavailable) return `${chosen.label} is not available: ${chosen.unavailable}`;
      return field.validate?.(value as string, values, ctx);
    }
    case 'checkbox':
      return field.validate?.(value as boolean, values, ctx);
    case 'list': {
      const entries = value as readonly string[];
      if (field.minEntries !== undefined && entries.length < field.minEntries) return field.minEntries === 1 ? `Add at least one entry to ${field.label}.` : `Add at least ${field.minEntries} entries to ${field.label}.`;
      if (field.maxEntries !== undefined && entries.length > field.maxEntries) return `${field.label} holds at most ${field.maxEntries} entries.`;
      for (const entry of entries) {
        const problem = field.validateEntry?.(entry, values, ctx);
        if (problem) return `${entry}: ${problem}`;
      }
      return field.validate?.(entries, values, ctx);
    }
    case 'table': {
      const chosen = value as readonly string[];
      const rows = tableRows(field, values, ctx);
      for (const id of chosen) {
        const row = rows.find((candidate) => candidate.id === id);
        if (!row) return `Choose among the listed rows of ${field.label}.`;
        if (row.unavailable) return `${rowLabel(field, row)} is not available: ${row.unavailable}`;
      }
      if (field.selection === 'single' && chosen.length > 1) return `Choose one row of ${field.label}.`;
      const least = field.minSelected ?? (field.selection === 'single' ? 1 : 0);
      if (chosen.length < least) return rows.length === 0 ? `There is nothing to choose for ${field.label}.` : least === 1 ? `Choose a row of ${field.label}.` : `Choose at least ${least} rows of ${field.label}.`;
      return field.validate?.(chosen, values, ctx);
    }
    case 'tree': {
      const checked = value as readonly string[];
      const leaves = new Set(treeLeaves(computed(field.nodes, values, ctx)).map((leaf) => leaf.id));
      if (checked.some((id) => !leaves.has(id))) return `Choose among the listed items of ${field.label}.`;
      if (checked.length < (field.minChecked ?? 1)) return `Choose at least one item of ${field.label}.`;
      return field.validate?.(checked, values, ctx);
    }
    case 'text':
    case 'password':
    case 'file':
      return field.validate?.(value as string, values, ctx);
  }
}

export function fieldWarning(field: AnyField, values: WizardValues, ctx: unknown): string | undefined {
  if (field.kind === 'static' || !field.warn) return undefined;
  return (field.warn as (value: FieldValue, values: WizardValues, ctx: unknown) => string | undefined)(values[field.name] as FieldValue, values, ctx);
}

/** The visible, enabled fields of a page that hold values. */
function checkedFields(page: AnyPage, values: WizardValues, ctx: unknown): AnyField[] {
  return formFields(page).filter((field) => field.kind !== 'static' && isFieldVisible(field, values, ctx) && disabledReason(field, values, ctx) === undefined);
}

/** Field messages of one page: what blocks Next before the lab is asked. */
export function validatePage(definition: AnyWizard, pageId: string, values: WizardValues, ctx: unknown): Record<string, string> {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  const errors: Record<string, string> = {};
  if (!page || !isPageVisible(page, values, ctx)) return errors;
  for (const field of checkedFields(page, values, ctx)) {
    const problem = fieldProblem(field, values, ctx);
    if (problem) errors[field.name] = problem;
  }
  return errors;
}

export function pageWarnings(definition: AnyWizard, pageId: string, values: WizardValues, ctx: unknown): Record<string, string> {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  const warnings: Record<string, string> = {};
  if (!page) return warnings;
  for (const field of checkedFields(page, values, ctx)) {
    const warning = fieldWarning(field, values, ctx);
    if (warning) warnings[field.name] = warning;
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface SummaryRow {
  pageId: string;
  pageTitle: string;
  name: string;
  label: string;
  value: string;
  /** The server the setting belongs to (its field's group, else its page's summary group). */
  group?: string;
}

export const PASSWORD_MASK = '••••••••';

export function displayValue(field: AnyField, values: WizardValues, ctx: unknown): string {
  if (field.kind === 'static') return computed(field.text, values, ctx);
  const value = values[field.name];
  if (field.summary) return (field.summary as (value: FieldValue, values: WizardValues, ctx: unknown) => string)(value as FieldValue, values, ctx);
  switch (field.kind) {
    case 'password':
      return String(value ?? '').length > 0 ? PASSWORD_MASK : '(none)';
    case 'text':
    case 'file':
      return String(value ?? '');
    case 'checkbox':
      return value ? 'Yes' : 'No';
    case 'number': {
      const unit = typeof field.unit === 'object' ? (field.unit.options.find((option) => option.id === values[field.unit && typeof field.unit === 'object' ? field.unit.name : '']))?.label : field.unit;
      return unit ? `${String(value)} ${unit}` : String(value);
    }
    case 'select':
    case 'radio':
      return optionsOf(field, values, ctx).find((option) => option.id === value)?.label ?? String(value);
    case 'list': {
      const entries = value as readonly string[];
      return entries.length > 0 ? entries.join(', ') : '(none)';
    }
    case 'table': {
      const rows = tableRows(field, values, ctx);
      const labels = (value as readonly string[]).map((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        return row ? rowLabel(field, row) : id;
      });
      return labels.length > 0 ? labels.join(', ') : '(none)';
    }
    case 'tree': {
      const nodes = computed(field.nodes, values, ctx);
      const checked = new Set(value as readonly string[]);
      if (checked.size > 0 && treeLeaves(nodes).every((leaf) => checked.has(leaf.id))) return 'All';
      const labels = treeLeaves(nodes).filter((leaf) => checked.has(leaf.id)).map((leaf) => leaf.label);
      return labels.length > 0 ? labels.join(', ') : '(none)';
    }
  }
}

export function tableRows(field: TableFieldDef<WizardValues, unknown>, values: WizardValues, ctx: unknown): readonly TableRow[] {
  return computed(field.rows, values, ctx);
}

export function rowLabel(field: TableFieldDef<WizardValues, unknown>, row: TableRow): string {
  return row.cells[field.labelColumn ?? field.columns[0]?.id ?? ''] ?? row.id;
}

/** The leaves of a tree, depth first (the order tests run in). */
export function treeLeaves(nodes: readonly TreeNode[]): TreeNode[] {
  const leaves: TreeNode[] = [];
  const visit = (node: TreeNode) => (node.children && node.children.length > 0 ? node.children.forEach(visit) : leaves.push(node));
  nodes.forEach(visit);
  return leaves;
}

/**
 * The summary as plain text, for Save as text and Copy: the wizard's title, then each page's
 * choices, those that belong to one server under its name.
 */
export function summaryText(definition: AnyWizard, values: WizardValues, ctx: unknown): string {
  const lines = [definition.title, ''];
  let page = '';
  let group: string | undefined;
  for (const row of summaryRows(definition, values, ctx)) {
    if (row.pageTitle !== page) {
      if (page) lines.push('');
      page = row.pageTitle;
      group = undefined;
      lines.push(page);
    }
    if (row.group !== group) {
      group = row.group;
      if (group !== undefined) lines.push(`  ${group}`);
    }
    lines.push(`${group === undefined ? '  ' : '    '}${row.label}: ${row.value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every choice of the visible pages, in order: "label: value" as the summary page lists it. */
export function summaryRows(definition: AnyWizard, values: WizardValues, ctx: unknown): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const page of visiblePages(definition, values, ctx)) {
    // A summary page's own fields are drawn there as controls, under the rows.
    if (page.kind === 'summary') continue;
    for (const field of formFields(page)) {
      if (!isFieldVisible(field, values, ctx)) continue;
      if (field.kind === 'static' ? !field.summary : field.summary === false) continue;
      const group = field.group ?? (page.kind === 'form' ? page.summaryGroup : undefined);
      const row: SummaryRow = { pageId: page.id, pageTitle: page.title, name: field.name, label: field.label, value: displayValue(field, values, ctx) };
      if (group !== undefined) row.group = computed(group, values, ctx);
      rows.push(row);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Server answers onto fields

export interface CheckResult {
  /** Messages keyed by request path ("ha.partnerPassword"): they block. */
  errors?: Record<string, string>;
  /** Keyed the same way: shown in yellow, they do not block. */
  warnings?: Record<string, string>;
  /** A message no field owns (the server is not connected...). It blocks. */
  message?: string;
}

/** A submit's answer: refused like a check, or accepted with the job that carries on the work. */
export interface SubmitAnswer extends CheckResult {
  /** The engine job the progress page follows (a device's initial synchronisation). */
  jobId?: string;
}

/** True when an answer blocks: an error on a field or a message. */
export function isRefusal(answer: CheckResult | void): boolean {
  return answer !== undefined && (answer.message !== undefined || Object.keys(answer.errors ?? {}).length > 0);
}

export function ownedPaths(field: AnyField): readonly string[] {
  if (field.kind === 'static') return [];
  return field.owns ?? [field.name];
}

export interface MappedAnswer {
  /** By field name, for fields on the current page or an earlier one. */
  fields: Record<string, string>;
  /** Lines for the page: messages no visible field owns, and those of earlier pages' fields. */
  page: string[];
  /** The visible page index of the first page with an error, if any. */
  firstPageIndex: number | null;
}

/**
 * Maps path-keyed messages onto the fields that own them. Messages owned by fields of later pages
 * are left for when the user gets there (the lab checks the whole request, defaults included).
 */
export function mapAnswer(definition: AnyWizard, values: WizardValues, ctx: unknown, messages: Record<string, string>, currentPageIndex: number): MappedAnswer {
  const pages = visiblePages(definition, values, ctx);
  const owner = new Map<string, { field: AnyField; pageIndex: number }>();
  pages.forEach((page, pageIndex) => {
    for (const field of formFields(page)) {
      if (!isFieldVisible(field, values, ctx)) continue;
      for (const path of ownedPaths(field)) owner.set(path, { field, pageIndex });
    }
  });
  const mapped: MappedAnswer = { fields: {}, page: [], firstPageIndex: null };
  for (const [path, message] of Object.entries(messages)) {
    const found = owner.get(path) ?? ownerByPrefix(owner, path);
    if (found && found.pageIndex > currentPageIndex) continue;
    const pageIndex = found?.pageIndex ?? currentPageIndex;
    mapped.firstPageIndex = mapped.firstPageIndex === null ? pageIndex : Math.min(mapped.firstPageIndex, pageIndex);
    if (!found) {
      mapped.page.push(message);
      continue;
    }
    mapped.fields[found.field.name] = message;
    if (found.pageIndex < currentPageIndex) mapped.page.push(`${pages[found.pageIndex]?.title ?? ''}: ${found.field.label}: ${message}`);
  }
  return mapped;
}

/** "ha.partnerImage.fileName" falls to a field owning "ha.partnerImage" when none owns the leaf. */
function ownerByPrefix<T>(owner: Map<string, T>, path: string): T | undefined {
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const found = owner.get(parts.slice(0, length).join('.'));
    if (found) return found;
  }
  return undefined;
}
