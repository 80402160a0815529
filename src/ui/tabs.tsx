import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs, type Key } from 'react-aria-components';
import { cx } from './cx';

export interface TabDef {
  id: string;
  label: string;
  content: ReactNode;
}

export interface TabsProps {
  'aria-label': string;
  tabs: readonly TabDef[];
  selectedId?: string;
  onSelectionChange?(id: string): void;
  className?: string;
}

/** Property-sheet tabs: a strip of tabs over one panel. */
export function Tabs({ tabs, selectedId, onSelectionChange, className, ...rest }: TabsProps) {
  return (
    <AriaTabs
      selectedKey={selectedId}
      onSelectionChange={(key: Key) => onSelectionChange?.(String(key))}
      className={cx('flex min-h-0 flex-col', className)}
    >
      <TabList aria-label={rest['aria-label']} className="flex gap-0 border-b border-line px-2">
        {tabs.map((tab) => (
          <Tab
            key={tab.id}
            id={tab.id}
            className={cx(
              '-mb-px cursor-default border border-transparent px-3 py-1 text-sm text-muted outline-none',
              'data-[hovered]:text-fg data-[selected]:rounded-t-[3px] data-[selected]:border-line data-[selected]:border-b-surface data-[selected]:bg-surface data-[selected]:text-fg',
              'data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus',
            )}
          >
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="min-h-0 flex-1 outline-none data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus">
          {tab.content}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
