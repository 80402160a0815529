// Alt+letter for a dialog's buttons, as Windows wizards have them ("< &Back", "&Next >"): the
// press counts only inside the dialog that holds `scope`, so a wizard opened over another (a child
// wizard) is the one that answers. A key whose button is disabled now does nothing.
import { useEffect, useRef, type RefObject } from 'react';

/** Letter → what the button does, or null while it is disabled. */
export type AccessKeys = Partial<Record<string, (() => void) | null>>;

/** The letter of an Alt+letter press ("KeyN" → "N": Alt changes `key` on some layouts), or null. */
export function accessKeyOf(event: { code: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return /^Key([A-Z])$/.exec(event.code)?.[1] ?? null;
}

export function useAccessKeys(scope: RefObject<HTMLElement | null>, keys: AccessKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const letter = accessKeyOf(event);
      if (!letter || event.defaultPrevented) return;
      const dialog = scope.current?.closest('[role="dialog"], [role="alertdialog"]');
      if (!dialog || !(event.target instanceof Node) || !dialog.contains(event.target)) return;
      const press = latest.current[letter];
      if (press === undefined) return;
      event.preventDefault();
      press?.();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [scope]);
}

/** A button label with its access key underlined; the accessible name stays the plain label. */
export function splitAccessKey(label: string, letter: string): [string, string, string] {
  const index = label.toLowerCase().indexOf(letter.toLowerCase());
  if (index < 0) return [label, '', ''];
  return [label.slice(0, index), label.slice(index, index + 1), label.slice(index + 1)];
}
