// Rows to pick one or several from (iSCSI discovered targets, VMs to make highly available, a
// migration's destination with its rating). The root carries data-field / data-field-type="table"
// and data-selection ("single" | "multiple"); each row is a [role=row] with data-key = its id and
// aria-selected; a click or Space toggles it. An unavailable row is listed, greyed, with its reason.
import { useId, type ReactNode } from 'react';
import { Cell, Checkbox as AriaCheckbox, Column, Row, Table, TableBody, TableHeader, type Selection } from 'react-aria-components';
import { Check, Minus } from 'lucide-react';
import { cx } from './cx';
import { describedBy, FieldFooter } from './field-parts';

export interface TableFieldColumn {
  id: string;
  label: string;
}

export interface TableFieldRow {
  id: string;
  cells: Record<string, string>;
  unavailable?: string;
}

export interface TableFieldProps {
  name: string;
  label: string;
  selection: 'single' | 'multiple';
  columns: readonly TableFieldColumn[];
  rows: readonly TableFieldRow[];
  value: readonly string[];
  onChange(ids: string[]): void;
  description?: ReactNode;
  errorMessage?: string;
  warningMessage?: string;
  isDisabled?: boolean;
  emptyText?: string;
}

/** The check box of a selectable row (and of the header: all rows). */
export function SelectionCheckbox({ label, isIndeterminate }: { label?: string; isIndeterminate?: boolean }) {
  return (
    <AriaCheckbox slot="selection" aria-label={label} isIndeterminate={isIndeterminate} className="group flex items-center">
      {({ isSelected, isIndeterminate }) => (
        <span
          aria-hidden
          className="flex size-3.5 items-center justify-center rounded-[2px] border border-line-strong bg-surface group-data-[disabled]:opacity-50 group-data-[focus-visible]:outline-2 group-data-[focus-visible]:outline-focus group-data-[indeterminate]:border-accent group-data-[indeterminate]:bg-accent group-data-[selected]:border-accent group-data-[selected]:bg-accent"
        >
          {isIndeterminate ? <Minus className="size-3 text-accent-fg" strokeWidth={3} /> : isSelected ? <Check className="size-3 text-accent-fg" strokeWidth={3} /> : null}
        </span>
      )}
    </AriaCheckbox>
  );
}

const HEAD = 'h-6 border-b border-line bg-header px-2 text-left text-xs font-normal text-muted outline-none';
const CELL = 'h-6 px-2 outline-none';

export function TableField({ name, label, selection, columns, rows, value, onChange, description, errorMessage, warningMessage, isDisabled, emptyText = 'Nothing to list.' }: TableFieldProps) {
  const id = useId();
  const unavailable = rows.filter((row) => row.unavailable).map((row) => row.id);
  const onSelectionChange = (keys: Selection) => {
    const chosen = keys === 'all' ? new Set(rows.filter((row) => !row.unavailable).map((row) => row.id)) : new Set([...keys].map(String));
    // In row order, so the value does not depend on the order of clicks.
    onChange(rows.filter((row) => chosen.has(row.id)).map((row) => row.id));
  };
  const multiple = selection === 'multiple';
  return (
    <div data-field={name} data-field-type="table" data-selection={selection} className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-sm text-fg">
        {label}
      </span>
      <div className={cx('max-h-56 overflow-auto rounded-[3px] border border-line-strong/70 bg-surface', errorMessage && 'border-error')}>
        <Table
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy(id, description, errorMessage)}
          selectionMode={selection}
          selectionBehavior="toggle"
          selectedKeys={new Set(value)}
          onSelectionChange={onSelectionChange}
          disabledKeys={isDisabled ? rows.map((row) => row.id) : unavailable}
          className="w-full border-collapse text-sm outline-none"
        >
          <TableHeader>
            {multiple && (
              <Column className={cx(HEAD, 'w-7')}>
                <SelectionCheckbox label="Select all" />
              </Column>
            )}
            {columns.map((column, index) => (
              <Column key={column.id} id={column.id} isRowHeader={index === 0} className={HEAD}>
                {column.label}
              </Column>
            ))}
          </TableHeader>
          <TableBody items={rows} renderEmptyState={() => <p className="px-2 py-1 text-muted">{emptyText}</p>}>
            {(row) => (
              <Row
                id={row.id}
                className="cursor-default text-fg outline-none data-[disabled]:text-muted data-[focus-visible]:outline-2 data-[focus-visible]:-outline-offset-2 data-[focus-visible]:outline-focus data-[hovered]:bg-hover data-[selected]:bg-accent-soft"
              >
                {multiple && (
                  <Cell className={CELL}>
                    <SelectionCheckbox />
                  </Cell>
                )}
                {columns.map((column, index) => (
                  <Cell key={column.id} className={CELL}>
                    {row.cells[column.id] ?? ''}
                    {index === 0 && row.unavailable && <span className="ml-1 text-xs">(unavailable: {row.unavailable})</span>}
                  </Cell>
                ))}
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      <FieldFooter id={id} description={description} errorMessage={errorMessage} warningMessage={warningMessage} />
    </div>
  );
}
