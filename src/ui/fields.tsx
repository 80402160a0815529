// Form fields. Each renders `data-field="<name>"` and `data-field-type` on its root, so one e2e
// helper fills any form (ARCHITECTURE.md, "Wizards are data").
import { useRef, type ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  Radio,
  RadioGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField as AriaNumberField,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField as AriaTextField,
  Button as AriaButton,
  type Key,
} from 'react-aria-components';
import { AlertTriangle, Check, ChevronDown } from 'lucide-react';
import { cx } from './cx';

const LABEL = 'text-sm text-fg';
const INPUT_BOX =
  'h-6 rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-sm text-fg outline-none focus:border-accent data-[invalid]:border-error';
const INPUT = `${INPUT_BOX} w-full`;
const ERROR = 'text-xs text-error';
const HELP = 'text-xs text-muted';
const WARNING = 'flex items-start gap-1 text-xs text-warn';

/** A yellow note under a field: an allowed choice worth a second look. It does not block. */
export function FieldWarning({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <span className={WARNING} data-warning>
      <AlertTriangle aria-hidden className="mt-px size-3 shrink-0" />
      <span>{children}</span>
    </span>
  );
}

interface FieldBase {
  /** The field's name in the form's values; also `data-field`. */
  name: string;
  label: string;
  description?: ReactNode;
  /** Shown under the field and marks it invalid. */
  errorMessage?: string;
  /** A yellow note that does not block. */
  warningMessage?: string;
  isDisabled?: boolean;
  className?: string;
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  /** "password" masks what is typed. */
  type?: 'text' | 'password';
}

export function TextField({ name, label, description, errorMessage, warningMessage, value, onChange, isDisabled, autoFocus, className, type = 'text' }: TextFieldProps) {
  const selectOnFocus = useRef(autoFocus === true);
  return (
    <AriaTextField
      name={name}
      value={value}
      onChange={onChange}
      isDisabled={isDisabled}
      isInvalid={Boolean(errorMessage)}
      autoFocus={autoFocus}
      type={type}
      data-field={name}
      data-field-type={type}
      className={cx('flex flex-col gap-1', className)}
    >
      <Label className={LABEL}>{label}</Label>
      <Input
        className={cx(INPUT, 'disabled:opacity-60')}
        autoComplete={type === 'password' ? 'off' : undefined}
        spellCheck={false}
        // As Windows' dialogs do: the pre-filled box that takes focus when the dialog opens has its
        // text selected, so typing replaces it (the login prompt's "root").
        // Only that first focus: a later click places the caret where it lands.
        onFocus={(event) => {
          if (!selectOnFocus.current) return;
          selectOnFocus.current = false;
          event.currentTarget.select();
        }}
      />
      {description && <Text slot="description" className={HELP}>{description}</Text>}
      <FieldError className={ERROR}>{errorMessage}</FieldError>
      <FieldWarning>{warningMessage}</FieldWarning>
    </AriaTextField>
  );
}

export interface NumberFieldProps extends FieldBase {
  /** NaN when empty. */
  value: number;
  onChange(value: number): void;
  minValue?: number;
  maxValue?: number;
  /** Drawn right of the input: a unit ("MB") or a unit chooser. */
  suffix?: ReactNode;
}

/**
 * A number field. It does not clamp to min/max on blur: an out-of-range entry stays visible and is
 * reported by the form's validation, which names the field and the rule.
 */
export function NumberField({ name, label, description, errorMessage, warningMessage, value, onChange, isDisabled, className, suffix }: NumberFieldProps) {
  return (
    <AriaNumberField
      name={name}
      value={value}
      onChange={onChange}
      isDisabled={isDisabled}
      isInvalid={Boolean(errorMessage)}
      formatOptions={{ useGrouping: false, maximumFractionDigits: 6 }}
      data-field={name}
      data-field-type="number"
      className={cx('flex flex-col gap-1', className)}
    >
      <Label className={LABEL}>{label}</Label>
      {suffix ? (
        <div className="flex items-center gap-2">
          <Input className={cx(INPUT_BOX, 'w-32 disabled:opacity-60')} />
          {suffix}
        </div>
      ) : (
        <Input className={cx(INPUT, 'disabled:opacity-60')} />
      )}
      {description && <Text slot="description" className={HELP}>{description}</Text>}
      <FieldError className={ERROR}>{errorMessage}</FieldError>
      <FieldWarning>{warningMessage}</FieldWarning>
    </AriaNumberField>
  );
}

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

export interface CheckboxProps {
  name: string;
  children: ReactNode;
  isSelected: boolean;
  onChange(isSelected: boolean): void;
  isDisabled?: boolean;
}

export function Checkbox({ name, children, isSelected, onChange, isDisabled }: CheckboxProps) {
  return (
    <AriaCheckbox
      name={name}
      isSelected={isSelected}
      onChange={onChange}
      isDisabled={isDisabled}
      data-field={name}
      data-field-type="checkbox"
      className="group flex items-center gap-1.5 text-sm text-fg"
    >
      {({ isSelected: checked }) => (
        <>
          <span
            aria-hidden
            className="flex size-3.5 items-center justify-center rounded-[2px] border border-line-strong bg-surface group-data-[focus-visible]:outline-2 group-data-[focus-visible]:outline-focus group-data-[selected]:border-accent group-data-[selected]:bg-accent"
          >
            {checked && <Check className="size-3 text-accent-fg" strokeWidth={3} />}
          </span>
          {children}
        </>
      )}
    </AriaCheckbox>
  );
}

export interface RadioGroupFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  options: readonly SelectOption[];
}

/**
 * Option buttons, as Windows wizards draw a choice. An unavailable choice stays listed, greyed,
 * with its reason under it.
 */
export function RadioGroupField({ name, label, description, errorMessage, warningMessage, value, onChange, options, isDisabled, className }: RadioGroupFieldProps) {
  return (
    <RadioGroup
      name={name}
      value={value}
      onChange={onChange}
      isDisabled={isDisabled}
      isInvalid={Boolean(errorMessage)}
      data-field={name}
      data-field-type="radio"
      className={cx('flex flex-col gap-1', className)}
    >
      <Label className={LABEL}>{label}</Label>
      <div className="flex flex-col gap-1.5 pl-1">
        {options.map((option) => (
          <Radio
            key={option.id}
            value={option.id}
            isDisabled={Boolean(option.unavailable)}
            className="group flex cursor-default items-start gap-2 text-sm text-fg data-[disabled]:text-muted"
          >
            {({ isSelected }) => (
              <>
                <span
                  aria-hidden
                  className={cx(
                    'mt-0.5 flex size-3.5 shrink-0 items-center justify-center rounded-full border bg-surface group-data-[focus-visible]:outline-2 group-data-[focus-visible]:outline-focus',
                    isSelected ? 'border-accent' : 'border-line-strong',
                  )}
                >
                  {isSelected && <span className="size-1.5 rounded-full bg-accent" />}
                </span>
                <span className="flex flex-col">
                  <span>{option.label}</span>
                  {option.description && <span className="text-xs text-muted">{option.description}</span>}
                  {option.unavailable && <span className="text-xs text-muted">Unavailable: {option.unavailable}</span>}
                </span>
              </>
            )}
          </Radio>
        ))}
      </div>
      {description && <Text slot="description" className={HELP}>{description}</Text>}
      <FieldError className={ERROR}>{errorMessage}</FieldError>
      <FieldWarning>{warningMessage}</FieldWarning>
    </RadioGroup>
  );
}
