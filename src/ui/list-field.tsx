// A list of entries with Add / Remove, and Browse when candidates are known: Windows' "Select
// Servers" page (Enter name, Browse…, Add; Selected servers, Remove) and MPIO's device hardware
// IDs. The root carries data-field / data-field-type="list"; the entry box is its first input,
// the entries are the rows of its grid (data-key = the entry).
import { useId, useState, type ReactNode } from 'react';
import { GridList, GridListItem, Input, Label, TextField as AriaTextField, type Selection } from 'react-aria-components';
import { Button } from './button';
import { cx } from './cx';
import { Dialog } from './dialog';
import { describedBy, FieldFooter } from './field-parts';
import type { SelectOption } from './fields';

export const LIST_LABELS = {
  add: 'Add',
  remove: 'Remove',
  browse: 'Browse…',
  ok: 'OK',
  cancel: 'Cancel',
  empty: 'No entries.',
  duplicate: 'It is in the list already.',
  nothingToBrowse: 'There is nothing more to add.',
  // Windows' object picker (Select Computers): names typed and resolved with Check Names.
  objectNames: 'Enter the object names to select',
  checkNames: 'Check Names',
  notFound: (name: string) => `Name Not Found: an object named "${name}" cannot be found. Check the name, or choose it from the list.`,
  available: 'Computers',
} as const;

/** Names typed in the object picker ("demo1; Demo2.SWS.com"), each resolved to a candidate's spelling or left unknown. */
export function resolveNames(text: string, options: readonly SelectOption[]): { resolved: string[]; unknown: string[] } {
  const resolved: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[;,\n]/)) {
    const name = raw.trim();
    if (!name) continue;
    // A fully qualified name resolves to its computer (Demo1.SWS.com → Demo1).
    const short = name.split('.')[0]!.toLowerCase();
    const match = options.find((option) => !option.unavailable && (option.id.toLowerCase() === name.toLowerCase() || option.id.toLowerCase() === short));
    if (match) {
      if (!resolved.includes(match.id)) resolved.push(match.id);
    } else unknown.push(name);
  }
  return { resolved, unknown };
}

export interface ListFieldProps {
  name: string;
  label: string;
  /** The label of the box an entry is typed into. */
  entryLabel: string;
  entries: readonly string[];
  onChange(entries: string[]): void;
  /** A message refuses the typed entry. */
  validateEntry?(entry: string): string | undefined;
  caseInsensitive?: boolean;
  /** Candidates Browse offers; no Browse button without them. */
  browse?: { title: string; options: readonly SelectOption[] };
  description?: ReactNode;
  errorMessage?: string;
  warningMessage?: string;
  isDisabled?: boolean;
  autoFocus?: boolean;
}

const GRID = 'max-h-40 min-h-16 overflow-auto rounded-[3px] border border-line-strong/70 bg-surface py-0.5 text-sm outline-none data-[focus-visible]:border-accent';
const ITEM = 'flex h-6 cursor-default items-center px-2 text-fg outline-none data-[focused]:bg-hover data-[selected]:bg-selected data-[selected]:text-selected-fg data-[disabled]:text-muted';

export function ListField({ name, label, entryLabel, entries, onChange, validateEntry, caseInsensitive, browse, description, errorMessage, warningMessage, isDisabled, autoFocus }: ListFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [entryError, setEntryError] = useState<string | undefined>();
  const [selected, setSelected] = useState<Selection>(new Set());
  const [browsing, setBrowsing] = useState(false);
  const same = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
  const has = (entry: string) => entries.some((existing) => same(existing, entry));

  /** Why these names cannot be added (the first refused, with its name): already listed, twice, or the field's rule. */
  const problemOf = (candidates: readonly string[]): string | undefined => {
    const seen: string[] = [];
    for (const raw of candidates) {
      const entry = raw.trim();
      if (!entry) continue;
      const problem = has(entry) || seen.some((other) => same(other, entry)) ? LIST_LABELS.duplicate : validateEntry?.(entry);
      if (problem) return `${entry}: ${problem}`;
      seen.push(entry);
    }
    return undefined;
  };
  const add = (candidates: readonly string[]) => {
    const problem = problemOf(candidates);
    setEntryError(problem);
    if (problem) return false;
    const fresh = candidates.map((raw) => raw.trim()).filter(Boolean);
    if (fresh.length > 0) onChange([...entries, ...fresh]);
    return true;
  };
  const addDraft = () => {
    if (add([draft])) setDraft('');
  };
  const remove = () => {
    const gone = selected === 'all' ? new Set(entries) : new Set([...selected].map(String));
    onChange(entries.filter((entry) => !gone.has(entry)));
    setSelected(new Set());
  };
  const hasSelection = selected === 'all' ? entries.length > 0 : [...selected].some((key) => entries.includes(String(key)));

  return (
    <div data-field={name} data-field-type="list" role="group" aria-labelledby={`${id}-label`} className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm text-fg">
        {label}
      </span>
      <div className="flex items-end gap-2">
        <AriaTextField value={draft} onChange={setDraft} isDisabled={isDisabled} isInvalid={entryError !== undefined} autoFocus={autoFocus} className="flex min-w-0 flex-1 flex-col gap-1">
          <Label className="text-xs text-muted">{entryLabel}</Label>
          <Input
            className="h-6 w-full rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-sm text-fg outline-none focus:border-accent data-[invalid]:border-error disabled:opacity-60"
            spellCheck={false}
            onKeyDown={(event) => {
              // Enter adds what was typed; it does not press the wizard's Next.
              if (event.key === 'Enter' && draft.trim()) {
                event.preventDefault();
                addDraft();
              }
            }}
          />
        </AriaTextField>
        {browse && (
          <Button onPress={() => setBrowsing(true)} isDisabled={isDisabled}>
            {LIST_LABELS.browse}
          </Button>
        )}
        <Button onPress={addDraft} isDisabled={isDisabled || !draft.trim()}>
          {LIST_LABELS.add}
        </Button>
      </div>
      {entryError && (
        <span className="text-xs text-error" role="alert">
          {entryError}
        </span>
      )}
      <div className="flex items-start gap-2">
        <GridList
          aria-label={label}
          aria-describedby={describedBy(id, description, errorMessage)}
          items={entries.map((entry) => ({ id: entry }))}
          selectionMode="multiple"
          selectedKeys={selected}
          onSelectionChange={setSelected}
          disabledBehavior="all"
          disabledKeys={isDisabled ? entries : []}
          className={cx(GRID, 'min-w-0 flex-1', errorMessage && 'border-error')}
          renderEmptyState={() => <span className="px-2 text-muted">{LIST_LABELS.empty}</span>}
        >
          {(item) => (
            <GridListItem id={item.id} textValue={item.id} className={ITEM}>
              {item.id}
            </GridListItem>
          )}
        </GridList>
        <Button onPress={remove} isDisabled={isDisabled || !hasSelection}>
          {LIST_LABELS.remove}
        </Button>
      </div>
      <FieldFooter id={id} description={description} errorMessage={errorMessage} warningMessage={warningMessage} />
      {browsing && browse && (
        <BrowseDialog
          title={browse.title}
          options={browse.options.filter((option) => !has(option.id))}
          known={browse.options}
          onClose={() => setBrowsing(false)}
          onChoose={(ids) => {
            if (add(ids)) setBrowsing(false);
            // The refusal is shown in the picker too (the list's own line is behind it).
            else return problemOf(ids);
            return undefined;
          }}
        />
      )}
    </div>
  );
}

/**
 * Browse…: Windows' object picker. Names typed in the box are resolved by Check Names (each
 * replaced by the candidate's spelling; an unknown one is named); the known candidates are listed
 * below to pick several at once. OK adds both.
 */
function BrowseDialog({
  title,
  options,
  known,
  onClose,
  onChoose,
}: {
  title: string;
  /** What the grid lists: the candidates not in the list yet. */
  options: readonly SelectOption[];
  /** What Check Names resolves against: every candidate (one already listed is then refused as a duplicate, not as unknown). */
  known: readonly SelectOption[];
  onClose(): void;
  /** Adds the names, or answers why not (the dialog stays open and says so). */
  onChoose(ids: string[]): string | undefined;
}) {
  const [chosen, setChosen] = useState<Selection>(new Set());
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const picked = chosen === 'all' ? options.filter((option) => !option.unavailable).map((option) => option.id) : [...chosen].map(String);
  const checkNames = (): string[] | undefined => {
    const { resolved, unknown } = resolveNames(typed, known);
    setTyped(resolved.join('; ') + (unknown.length > 0 ? `${resolved.length > 0 ? '; ' : ''}${unknown.join('; ')}` : ''));
    setProblem(unknown.length > 0 ? LIST_LABELS.notFound(unknown[0]!) : undefined);
    return unknown.length > 0 ? undefined : resolved;
  };
  const ok = () => {
    const resolved = typed.trim() ? checkNames() : [];
    if (resolved) setProblem(onChoose([...resolved, ...picked.filter((id) => !resolved.includes(id))]));
  };
  return (
    <Dialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[480px]"
      footer={
        <>
          <Button variant="primary" onPress={ok} isDisabled={picked.length === 0 && !typed.trim()}>
            {LIST_LABELS.ok}
          </Button>
          <Button onPress={onClose}>{LIST_LABELS.cancel}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-2">
        <div className="flex items-end gap-2">
          <AriaTextField value={typed} onChange={(next) => { setTyped(next); setProblem(undefined); }} isInvalid={problem !== undefined} autoFocus className="flex min-w-0 flex-1 flex-col gap-1">
            <Label className="text-xs text-muted">{LIST_LABELS.objectNames}</Label>
            <Input
              className="h-6 w-full rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-sm text-fg outline-none focus:border-accent data-[invalid]:border-error"
              spellCheck={false}
              data-object-names
              onKeyDown={(event) => {
                // Enter checks the names, as the picker's default button does before OK.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  checkNames();
                }
              }}
            />
          </AriaTextField>
          <Button onPress={() => void checkNames()} isDisabled={!typed.trim()}>
            {LIST_LABELS.checkNames}
          </Button>
        </div>
        {problem && (
          <span className="text-xs text-error" role="alert">
            {problem}
          </span>
        )}
        <span className="text-xs text-muted">{LIST_LABELS.available}</span>
        <GridList
          aria-label={title}
          items={options}
          selectionMode="multiple"
          selectedKeys={chosen}
          onSelectionChange={setChosen}
          disabledKeys={options.filter((option) => option.unavailable).map((option) => option.id)}
          className={cx(GRID, 'max-h-60')}
          data-browse
          renderEmptyState={() => <span className="px-2 text-muted">{LIST_LABELS.nothingToBrowse}</span>}
        >
          {(option) => (
            <GridListItem id={option.id} textValue={option.label} className={ITEM}>
              {option.label}
              {option.unavailable && <span className="ml-1 text-xs">({option.unavailable})</span>}
            </GridListItem>
          )}
        </GridList>
      </div>
    </Dialog>
  );
}
