// The menu bar (File, Action, View, Help) and its drop-down menus, on react-aria menus.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
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

/** One menu of the menu bar. */
function MenuBarMenu({ menu }: { menu: MenuBarMenuDef }) {
  return (
    <MenuTrigger>
      <AriaButton
        data-menubar-button
        className="h-6 cursor-default rounded-[2px] px-2 text-sm text-fg outline-none data-[hovered]:bg-hover data-[pressed]:bg-selected data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
      >
        {menu.label}
      </AriaButton>
      <Popover placement="bottom start" offset={1} className={POPOVER}>
        <Menu aria-label={menu.label} onAction={(key) => runEntry(menu.entries, key)} className="outline-none" renderEmptyState={() => <div className="px-2 py-1 text-sm text-muted">No actions</div>}>
          <Entries entries={menu.entries} />
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** The menu bar; Left and Right move between its menus as in Windows. */
export function MenuBar({ menus, 'aria-label': ariaLabel }: { menus: readonly MenuBarMenuDef[]; 'aria-label': string }) {
  const ref = useRef<HTMLElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[data-menubar-button]') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };
  return (
    <nav ref={ref} aria-label={ariaLabel} onKeyDown={onKeyDown} className="flex items-center gap-0.5 px-1">
      {menus.map((menu) => (
        <MenuBarMenu key={menu.id} menu={menu} />
      ))}
    </nav>
  );
}
