// The menu bar (File, Action, View, Help) and its drop-down menus, and the context menu, on
// react-aria menus (role menu, arrow keys, Escape gives focus back). Windows' keyboard: F10 or Alt
// alone puts focus on the menu bar; Alt and a menu's underlined letter opens that menu.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import {
  Button as AriaButton,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Separator,
  SubmenuTrigger,
  type Key,
} from 'react-aria-components';
import { Check, ChevronRight } from 'lucide-react';
import { cx } from './cx';

export type MenuEntry =
  | { type: 'item'; id: string; label: string; icon?: ReactNode; isDisabled?: boolean; onAction(): void }
  | { type: 'separator'; id: string }
  | { type: 'choice'; id: string; label: string; options: ReadonlyArray<{ id: string; label: string }>; selectedId: string; onChange(id: string): void };

export interface MenuBarMenuDef {
  id: string;
  label: string;
  /** The access key (underlined; Alt+it opens the menu); the label's first letter by default. */
  mnemonic?: string;
  entries: readonly MenuEntry[];
}

const ITEM =
  'flex h-6 cursor-default items-center gap-2 rounded-[2px] pr-6 pl-1.5 text-sm text-fg outline-none data-[focused]:bg-selected data-[focused]:text-selected-fg data-[disabled]:text-muted data-[disabled]:opacity-70';
const POPOVER = 'min-w-[200px] rounded-[3px] border border-line-strong/60 bg-raised p-1 shadow-lg';

function Entries({ entries }: { entries: readonly MenuEntry[] }) {
  return entries.map((entry) => {
    if (entry.type === 'separator') return <Separator key={entry.id} className="my-1 border-t border-line" />;
    if (entry.type === 'choice') {
      return (
        <SubmenuTrigger key={entry.id}>
          <MenuItem id={entry.id} textValue={entry.label} className={ITEM}>
            <span className="w-4" />
            <span className="flex-1">{entry.label}</span>
            <ChevronRight aria-hidden className="-mr-4 size-3.5" />
          </MenuItem>
          <Popover className={POPOVER} offset={-4}>
            <Menu
              aria-label={entry.label}
              selectionMode="single"
              selectedKeys={[entry.selectedId]}
              onSelectionChange={(keys) => {
                const [key] = keys === 'all' ? [] : [...keys];
                if (key !== undefined) entry.onChange(String(key));
              }}
              className="outline-none"
            >
              {entry.options.map((option) => (
                <MenuItem key={option.id} id={option.id} textValue={option.label} className={ITEM}>
                  {({ isSelected }) => (
                    <>
                      <Check aria-hidden className={cx('size-3.5', isSelected ? 'opacity-100' : 'opacity-0')} />
                      {option.label}
                    </>
                  )}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </SubmenuTrigger>
      );
    }
    return (
      <MenuItem key={entry.id} id={entry.id} textValue={entry.label} isDisabled={entry.isDisabled} className={ITEM}>
        <span aria-hidden className="flex w-4 justify-center [&>svg]:size-3.5">
          {entry.icon}
        </span>
        {entry.label}
      </MenuItem>
    );
  });
}

function runEntry(entries: readonly MenuEntry[], key: Key) {
  const entry = entries.find((candidate) => candidate.id === key);
  if (entry?.type === 'item') entry.onAction();
}

/** The label with its access key underlined; the accessible name stays the plain label. */
function withMnemonic(label: string, mnemonic: string): ReactNode {
  const index = label.toLowerCase().indexOf(mnemonic.toLowerCase());
  if (index < 0) return label;
  return (
    <>
      {label.slice(0, index)}
      <span className="underline underline-offset-2">{label.slice(index, index + 1)}</span>
      {label.slice(index + 1)}
    </>
  );
}

export function mnemonicOf(menu: MenuBarMenuDef): string {
  return (menu.mnemonic ?? menu.label.slice(0, 1)).toUpperCase();
}

/**
 * True while a modal layer (a dialog, an open menu) covers `element`: react-aria hides what is
 * outside it from assistive technology, and the frame's keys must not act behind it.
 */
export function isCoveredByModal(element: Element | null): boolean {
  return element?.closest('[aria-hidden="true"], [inert]') != null;
}

interface OpenMenu {
  id: string;
  /** Opened by its access key: the first item takes focus, as in Windows. */
  focusFirst: boolean;
}

/** One menu of the menu bar. */
function MenuBarMenu({ menu, open, onOpenChange }: { menu: MenuBarMenuDef; open: OpenMenu | null; onOpenChange(open: OpenMenu | null): void }) {
  const mnemonic = mnemonicOf(menu);
  const isOpen = open?.id === menu.id;
  return (
    <MenuTrigger isOpen={isOpen} onOpenChange={(next) => onOpenChange(next ? { id: menu.id, focusFirst: false } : null)}>
      <AriaButton
        data-menubar-button
        data-menu-id={menu.id}
        className="h-6 cursor-default rounded-[2px] px-2 text-sm text-fg outline-none data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
      >
        {withMnemonic(menu.label, mnemonic)}
      </AriaButton>
      <Popover placement="bottom start" offset={1} className={POPOVER}>
        <Menu
          aria-label={menu.label}
          autoFocus={isOpen && open.focusFirst ? 'first' : undefined}
          onAction={(key) => runEntry(menu.entries, key)}
          className="outline-none"
          renderEmptyState={() => <div className="px-2 py-1 text-sm text-muted">No actions</div>}
        >
          <Entries entries={menu.entries} />
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** The key that went down with Alt, as a letter ("KeyF" → "F"): Alt changes `key` on some layouts. */
function letterOf(event: globalThis.KeyboardEvent): string | null {
  return /^Key([A-Z])$/.exec(event.code)?.[1] ?? null;
}

/**
 * Windows' menu-bar keys over the whole page: F10 or Alt (pressed and released alone) moves focus
 * to the first menu and back; Alt+letter opens the menu with that access key. Nothing happens
 * while a modal layer covers the bar.
 */
function useMenuBarKeys(ref: RefObject<HTMLElement | null>, menus: readonly MenuBarMenuDef[], setOpen: (open: OpenMenu | null) => void): () => void {
  const menusRef = useRef(menus);
  useEffect(() => {
    menusRef.current = menus;
  }, [menus]);
  const leaveRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    /** Where focus was before the keys took it to the bar: F10, Alt or Escape gives it back. */
    let returnTo: HTMLElement | null = null;
    /** Alt went down and nothing else followed yet: its release is the menu key. */
    let altAlone = false;
    const buttons = () => [...(ref.current?.querySelectorAll<HTMLElement>('[data-menubar-button]') ?? [])];
    const leave = () => {
      const target = returnTo?.isConnected ? returnTo : null;
      returnTo = null;
      if (target) target.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    };
    leaveRef.current = leave;
    const toggleBar = () => {
      const bar = ref.current;
      if (!bar) return;
      if (bar.contains(document.activeElement)) {
        leave();
        return;
      }
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      buttons()[0]?.focus();
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      altAlone = event.key === 'Alt' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (event.defaultPrevented || isCoveredByModal(ref.current)) return;
      if (event.key === 'F10' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        toggleBar();
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        const letter = letterOf(event);
        const menu = letter ? menusRef.current.find((candidate) => mnemonicOf(candidate) === letter) : undefined;
        if (!menu) return;
        event.preventDefault();
        if (!ref.current?.contains(document.activeElement)) returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        buttons()
          .find((button) => button.dataset.menuId === menu.id)
          ?.focus();
        setOpen({ id: menu.id, focusFirst: true });
      }
    };
    const onKeyUp = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Alt' || !altAlone) return;
      altAlone = false;
      if (isCoveredByModal(ref.current)) return;
      event.preventDefault();
      toggleBar();
    };
    // A click elsewhere between Alt's press and release is not the menu key.
    const onPointerDown = () => {
      altAlone = false;
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [ref, setOpen]);
  return () => leaveRef.current();
}

/**
 * The menu bar. Left and Right move between its menus as in Windows; with a menu's button
 * focused, its access key opens it; F10, Alt and Alt+letter work from anywhere (useMenuBarKeys).
 */
export function MenuBar({ menus, 'aria-label': ariaLabel }: { menus: readonly MenuBarMenuDef[]; 'aria-label': string }) {
  const ref = useRef<HTMLElement>(null);
  const [open, setOpen] = useState<OpenMenu | null>(null);
  const leave = useMenuBarKeys(ref, menus, setOpen);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[data-menubar-button]') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    // Escape on the bar (no menu open) goes back to where the user was, as in Windows.
    if (event.key === 'Escape') {
      leave();
      event.preventDefault();
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
      next?.focus();
      event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.key.length !== 1) return;
    const menu = menus.find((candidate) => mnemonicOf(candidate) === event.key.toUpperCase());
    if (!menu) return;
    buttons.find((button) => button.dataset.menuId === menu.id)?.focus();
    setOpen({ id: menu.id, focusFirst: true });
    event.preventDefault();
  };
  return (
    <nav ref={ref} aria-label={ariaLabel} onKeyDown={onKeyDown} className="flex items-center gap-0.5 px-1">
      {menus.map((menu) => (
        <MenuBarMenu key={menu.id} menu={menu} open={open} onOpenChange={setOpen} />
      ))}
    </nav>
  );
}

/** Where a context menu opens, in viewport pixels: the pointer, or the corner of the focused row. */
export interface MenuAnchor {
  x: number;
  y: number;
}

/**
 * A context menu at a point: the same entries and look as the menu bar's menus. It takes focus on
 * its first item; Escape, a click outside or a chosen item close it and give focus back.
 */
export function ContextMenu({ entries, anchor, onClose, 'aria-label': ariaLabel }: { entries: readonly MenuEntry[]; anchor: MenuAnchor; onClose(): void; 'aria-label': string }) {
  const anchorRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <div ref={anchorRef} aria-hidden className="pointer-events-none fixed size-0" style={{ left: anchor.x, top: anchor.y }} />
      <Popover
        triggerRef={anchorRef}
        isOpen
        onOpenChange={(isOpen) => !isOpen && onClose()}
        placement="bottom start"
        offset={0}
        crossOffset={0}
        // Without a trigger react-aria draws the popover as a dialog, which needs a name too.
        aria-label={ariaLabel}
        className={POPOVER}
      >
        <Menu
          aria-label={ariaLabel}
          autoFocus="first"
          onAction={(key) => {
            onClose();
            runEntry(entries, key);
          }}
          onClose={onClose}
          className="outline-none"
          renderEmptyState={() => <div className="px-2 py-1 text-sm text-muted">No actions</div>}
          data-context-menu
        >
          <Entries entries={entries} />
        </Menu>
      </Popover>
    </>
  );
}
