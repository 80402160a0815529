// Form fields. Each renders `data-field="<name>"` and `data-field-type` on its root, so one e2e
// helper fills any form (ARCHITECTURE.md, "Wizards are data").
import { useRef, type ReactNode } from 'react';
import {
  Radio,
  RadioGroup,
  FieldError,
  Input,
  Label,
  NumberField as AriaNumberField,
  Text,
  TextField as AriaTextField,
} from 'react-aria-components';
import { cx } from './cx';
import { ERROR, FieldWarning, HELP, INPUT, INPUT_BOX, LABEL, type FieldBase } from './field-base';
import type { SelectOption } from './select-field';

export { FieldWarning } from './field-base';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { Checkbox, type CheckboxProps } from './checkbox';

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

/**
 * One option button of a RadioGroup, as Windows draws it: a round mark, the label and any line
 * under it; an unavailable option is greyed with its reason. RadioGroupField lists them; a dialog
 * that puts other controls between the options (a check box nested under one) places them itself.
 */
export function RadioOption({ option }: { option: SelectOption }) {
  return (
    <Radio value={option.id} isDisabled={Boolean(option.unavailable)} className="group flex cursor-default items-start gap-2 text-sm text-fg data-[disabled]:text-muted">
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
          <RadioOption key={option.id} option={option} />
        ))}
      </div>
      {description && <Text slot="description" className={HELP}>{description}</Text>}
      <FieldError className={ERROR}>{errorMessage}</FieldError>
      <FieldWarning>{warningMessage}</FieldWarning>
    </RadioGroup>
  );
}
