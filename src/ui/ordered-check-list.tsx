// An ordered check list as Windows' property pages draw it (a role's Preferred owners, the Network
// for live migration): each entry with a check box, and Up / Down buttons that move it. The order
// is the preference; a cleared box leaves the entry out. Controlled: the caller keeps the entries.
import { Button } from './button';
import { Checkbox } from './checkbox';

export interface CheckedEntry {
  name: string;
  checked: boolean;
}

/** The entries with the one at `index` moved one place up (-1) or down (1); unchanged at an end. */
export function moveEntry<T>(entries: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= entries.length || to < 0 || to >= entries.length) return [...entries];
  const next = [...entries];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export interface OrderedCheckListProps {
  entries: readonly CheckedEntry[];
  onChange(entries: CheckedEntry[]): void;
  /** The check box's name is `${namePrefix}${entry.name}`. */
  namePrefix: string;
  upLabel: string;
  downLabel: string;
}

export function OrderedCheckList({ entries, onChange, namePrefix, upLabel, downLabel }: OrderedCheckListProps) {
  return (
    <ol className="flex flex-col gap-0.5 rounded-[3px] border border-line-strong/70 p-1">
      {entries.map((entry, index) => (
        <li key={entry.name} className="flex items-center gap-2">
          <Checkbox name={`${namePrefix}${entry.name}`} isSelected={entry.checked} onChange={(checked) => onChange(entries.map((other) => (other.name === entry.name ? { ...other, checked } : other)))}>
            {entry.name}
          </Checkbox>
          <span className="ml-auto flex gap-1">
            <Button aria-label={`${upLabel}: ${entry.name}`} isDisabled={index === 0} onPress={() => onChange(moveEntry(entries, index, -1))}>
              {upLabel}
            </Button>
            <Button aria-label={`${downLabel}: ${entry.name}`} isDisabled={index === entries.length - 1} onPress={() => onChange(moveEntry(entries, index, 1))}>
              {downLabel}
            </Button>
          </span>
        </li>
      ))}
    </ol>
  );
}
