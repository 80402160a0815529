// A check box with `data-field`, as every form field (fields.tsx).
import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';
import { Check } from 'lucide-react';

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
