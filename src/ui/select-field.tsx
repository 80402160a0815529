// A drop-down list (react-aria Select) with `data-field`, as every form field (fields.tsx).
import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { Check, ChevronDown } from 'lucide-react';
import { cx } from './cx';
import { ERROR, FieldWarning, HELP, LABEL, type FieldBase } from './field-base';

export interface SelectOption {
  id: string;
  label: string;
  /** Listed but not selectable, with the reason shown beside it. */
  unavailable?: string;
  /** A line under a radio choice. */
  description?: string;
}

export interface SelectFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  options: readonly SelectOption[];
  /** Hide the visible label (the name stays for assistive technology). */
  labelHidden?: boolean;
  /** "compact" for toolbars and the status bar. */
  size?: 'normal' | 'compact';
}

export function SelectField({ name, label, labelHidden, description, errorMessage, warningMessage, value, onChange, options, isDisabled, className, size = 'normal' }: SelectFieldProps) {
  return (
    <Select
      name={name}
      value={value}
      disabledKeys={options.filter((option) => option.unavailable).map((option) => option.id)}
      onChange={(key: Key | null) => key !== null && onChange(String(key))}
      isDisabled={isDisabled}
      isInvalid={Boolean(errorMessage)}
      aria-label={labelHidden ? label : undefined}
      data-field={name}
      data-field-type="select"
      className={cx('flex flex-col gap-1', className)}
    >
      {!labelHidden && <Label className={LABEL}>{label}</Label>}
      <AriaButton
        className={cx(
          'flex items-center justify-between gap-2 rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-left text-sm text-fg outline-none',
          'data-[focus-visible]:border-accent disabled:opacity-50',
          size === 'compact' ? 'h-5' : 'h-6',
        )}
      >
        <SelectValue className="truncate">{({ selectedText, defaultChildren }) => selectedText || defaultChildren}</SelectValue>
        <ChevronDown aria-hidden className="size-3.5 shrink-0 text-muted" />
      </AriaButton>
      {description && <Text slot="description" className={HELP}>{description}</Text>}
      <FieldError className={ERROR}>{errorMessage}</FieldError>
      <FieldWarning>{warningMessage}</FieldWarning>
      <Popover className="min-w-(--trigger-width) rounded-[3px] border border-line-strong/60 bg-raised shadow-lg" offset={2}>
        <ListBox className="max-h-72 overflow-auto py-1 outline-none" items={options}>
          {(option) => (
            <ListBoxItem
              id={option.id}
              textValue={option.label}
              className="flex min-h-6 cursor-default items-center gap-2 px-2 text-sm text-fg outline-none data-[disabled]:text-muted data-[focused]:bg-hover data-[selected]:font-semibold"
            >
              {({ isSelected }) => (
                <>
                  <Check aria-hidden className={cx('size-3.5 shrink-0', isSelected ? 'opacity-100' : 'opacity-0')} />
                  <span>
                    {option.label}
                    {option.unavailable && <span className="text-xs"> (unavailable: {option.unavailable})</span>}
                  </span>
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
