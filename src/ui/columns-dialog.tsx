// MMC's View → Add/Remove Columns…: which columns a results view shows and in what order. The
// choice is a draft until OK; Restore Defaults brings back the console's own columns and widths.
import { useState } from 'react';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { orderedColumnIds, type ColumnSettings, type ColumnSettingsAction } from '../stores/column-settings';
import { Button } from './button';
import { Dialog } from './dialog';
import { Checkbox } from './fields';

export const COLUMNS_DIALOG_LABELS = {
  title: 'Add/Remove Columns',
  intro: 'Check the columns to display, and move them up or down to set their order.',
  moveUp: (header: string) => `Move ${header} up`,
  moveDown: (header: string) => `Move ${header} down`,
  restore: 'Restore Defaults',
  oneNeeded: 'At least one column stays displayed.',
} as const;

export interface ColumnsDialogProps {
  columns: ReadonlyArray<{ id: string; header: string }>;
  settings: ColumnSettings;
  onApply(action: ColumnSettingsAction): void;
  onClose(): void;
}

export function ColumnsDialog({ columns, settings, onApply, onClose }: ColumnsDialogProps) {
  const defaultIds = columns.map((column) => column.id);
  const [order, setOrder] = useState(() => orderedColumnIds(defaultIds, settings));
  const [hidden, setHidden] = useState(() => new Set(settings.hidden));
  const [restore, setRestore] = useState(false);
  const headerOf = (id: string) => columns.find((column) => column.id === id)?.header ?? id;
  const shownCount = order.filter((id) => !hidden.has(id)).length;

  const move = (index: number, offset: number) => {
    const to = index + offset;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [id] = next.splice(index, 1);
    next.splice(to, 0, id!);
    setOrder(next);
  };
  const ok = () => {
    if (restore) onApply({ type: 'reset' });
    onApply({ type: 'set', order, hidden: [...hidden] });
    onClose();
  };

  return (
    <Dialog
      title={COLUMNS_DIALOG_LABELS.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={ok}>
            OK
          </Button>
          <Button onPress={onClose}>Cancel</Button>
        </>
      }
    >
      <p className="mb-2 text-muted">{COLUMNS_DIALOG_LABELS.intro}</p>
      <ul aria-label="Columns" className="flex flex-col rounded-[3px] border border-line bg-surface">
        {order.map((id, index) => {
          const header = headerOf(id);
          const visible = !hidden.has(id);
          return (
            <li key={id} className="flex items-center gap-1 border-b border-line px-2 py-0.5 last:border-b-0" data-column-choice={id}>
              <div className="flex-1">
                <Checkbox
                  name={`column-${id}`}
                  isSelected={visible}
                  // The last displayed column cannot be removed: the view would have nothing to show.
                  isDisabled={visible && shownCount === 1}
                  onChange={(checked) => {
                    const next = new Set(hidden);
                    if (checked) next.delete(id);
                    else next.add(id);
                    setHidden(next);
                  }}
                >
                  {header}
                </Checkbox>
              </div>
              <Button variant="ghost" className="min-w-0! px-1" aria-label={COLUMNS_DIALOG_LABELS.moveUp(header)} isDisabled={index === 0} onPress={() => move(index, -1)}>
                <ChevronUp aria-hidden className="size-3.5" />
              </Button>
              <Button variant="ghost" className="min-w-0! px-1" aria-label={COLUMNS_DIALOG_LABELS.moveDown(header)} isDisabled={index === order.length - 1} onPress={() => move(index, 1)}>
                <ChevronDown aria-hidden className="size-3.5" />
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex items-center gap-2">
        <Button
          onPress={() => {
            setOrder(defaultIds);
            setHidden(new Set());
            setRestore(true);
          }}
        >
          {COLUMNS_DIALOG_LABELS.restore}
        </Button>
        {shownCount === 1 && <span className="text-xs text-muted">{COLUMNS_DIALOG_LABELS.oneNeeded}</span>}
      </div>
    </Dialog>
  );
}
