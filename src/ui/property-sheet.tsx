// A Windows property sheet (iSCSI Initiator Properties, MPIO Properties): a modal dialog of tabs
// with OK and Cancel, the last read's failure above the tabs. Each change is applied by its tab as
// it is made, so OK and Cancel both just close the sheet.
import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { ErrorLine } from './error-line';
import { Tabs, type TabDef } from './tabs';

export const PROPERTY_SHEET_LABELS = { ok: 'OK', cancel: 'Cancel' } as const;

export interface PropertySheetProps {
  /** The sheet's name: the tab strip's label, and with `host` its title. */
  title: string;
  host: string;
  tabs: readonly TabDef[];
  initialTab: string;
  onClose(): void;
  /** Why the last read failed, or null. */
  error: string | null;
  widthClassName: string;
  /** The tallest tab's height: a property sheet keeps its size from tab to tab, so the tab strip does not jump. */
  minHeightClassName: string;
  /** Shown between the error and the tabs (a pending restart). */
  notice?: ReactNode;
  /** After the tabs (a prompt the sheet opens over itself). */
  children?: ReactNode;
}

export function PropertySheet({ title, host, tabs, initialTab, onClose, error, widthClassName, minHeightClassName, notice, children }: PropertySheetProps) {
  const [tab, setTab] = useState<string>(initialTab);
  return (
    <Dialog
      title={`${title} — ${host}`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName={widthClassName}
      footer={
        <>
          <Button variant="primary" onPress={onClose}>
            {PROPERTY_SHEET_LABELS.ok}
          </Button>
          <Button onPress={onClose}>{PROPERTY_SHEET_LABELS.cancel}</Button>
        </>
      }
    >
      <ErrorLine message={error} className="mb-2" />
      {notice}
      <Tabs className={minHeightClassName} aria-label={title} selectedId={tab} onSelectionChange={setTab} tabs={tabs} />
      {children}
    </Dialog>
  );
}
