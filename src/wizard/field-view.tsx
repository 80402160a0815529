// One wizard field drawn with the src/ui controls. Every field's root carries data-field and
// data-field-type, so e2e's wizard.fill() fills any wizard.
import type { ReactNode } from 'react';
import { Checkbox, FieldWarning, NumberField, RadioGroupField, SelectField, TextField } from '../ui/fields';
import { CheckTreeField } from '../ui/check-tree-field';
import { FileField } from '../ui/file-field';
import { ListField } from '../ui/list-field';
import { TableField } from '../ui/table-field';
import { computed, disabledReason, optionsOf, tableRows, type FieldDef, type FieldValue, type WizardValues } from './model';

export interface FieldViewProps {
  field: FieldDef<WizardValues, unknown>;
  values: WizardValues;
  ctx: unknown;
  error?: string;
  warning?: string;
  onChange(name: string, value: FieldValue): void;
  autoFocus?: boolean;
}

function describe(explanation: string | undefined, reason: string | undefined): ReactNode {
  if (!explanation && !reason) return undefined;
  return (
    <>
      {explanation}
      {reason && (
        <span className="block" data-unavailable-reason>
          Unavailable: {reason}
        </span>
      )}
    </>
  );
}

function asList(value: FieldValue | undefined): readonly string[] {
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

export function FieldView({ field, values, ctx, error, warning, onChange, autoFocus }: FieldViewProps) {
  const explanation = field.explanation === undefined ? undefined : computed(field.explanation, values, ctx);
  if (field.kind === 'static') {
    return (
      <div data-field={field.name} data-field-type="static" className="flex flex-col gap-0.5">
        <span className="text-sm text-muted">{field.label}</span>
        <span className="text-sm break-words text-fg" data-value>
          {computed(field.text, values, ctx)}
        </span>
        {explanation && <span className="text-xs text-muted">{explanation}</span>}
      </div>
    );
  }
  const reason = disabledReason(field, values, ctx);
  const isDisabled = reason !== undefined;
  const description = describe(explanation, reason);
  const value = values[field.name];
  // What every labelled control takes alike; each case adds its value, and choices or unit.
  const common = {
    name: field.name,
    label: field.label,
    onChange: (next: FieldValue) => onChange(field.name, next),
    isDisabled,
    errorMessage: error,
    warningMessage: warning,
    description,
  };
  switch (field.kind) {
    case 'text':
    case 'password':
      return <TextField {...common} type={field.kind} value={String(value ?? '')} autoFocus={autoFocus} />;
    case 'number': {
      const unit = field.unit;
      const suffix =
        unit === undefined ? undefined : typeof unit === 'string' ? (
          <span className="text-sm text-fg">{unit}</span>
        ) : (
          <SelectField
            name={unit.name}
            label={unit.label}
            labelHidden
            value={String(values[unit.name] ?? unit.default)}
            options={unit.options}
            onChange={(next) => onChange(unit.name, next)}
            isDisabled={isDisabled}
            className="w-20"
          />
        );
      return <NumberField {...common} value={typeof value === 'number' ? value : Number.NaN} suffix={suffix} />;
    }
    case 'select':
      return <SelectField {...common} value={String(value ?? '')} options={optionsOf(field, values, ctx)} />;
    case 'radio':
      return <RadioGroupField {...common} value={String(value ?? '')} options={optionsOf(field, values, ctx)} />;
    case 'list':
      return (
        <ListField
          {...common}
          entryLabel={field.entryLabel}
          entries={asList(value)}
          validateEntry={field.validateEntry ? (entry) => field.validateEntry?.(entry, values, ctx) : undefined}
          caseInsensitive={field.caseInsensitive}
          browse={field.browse === undefined ? undefined : { title: field.browseTitle ?? field.label, options: computed(field.browse, values, ctx) }}
          autoFocus={autoFocus}
        />
      );
    case 'table':
      return <TableField {...common} selection={field.selection} columns={field.columns} rows={tableRows(field, values, ctx)} value={asList(value)} />;
    case 'file':
      return <FileField {...common} value={String(value ?? '')} folders={computed(field.browse, values, ctx)} browseTitle={field.browseTitle ?? field.label} folderOnly={field.folderOnly} autoFocus={autoFocus} />;
    case 'tree':
      return <CheckTreeField {...common} nodes={computed(field.nodes, values, ctx)} value={asList(value)} />;
    case 'checkbox':
      return (
        <div className="flex flex-col gap-1">
          <Checkbox name={field.name} isSelected={value === true} onChange={(next) => onChange(field.name, next)} isDisabled={isDisabled}>
            {field.label}
          </Checkbox>
          {description && <span className="pl-5 text-xs text-muted">{description}</span>}
          {error && (
            <span className="pl-5 text-xs text-error" role="alert">
              {error}
            </span>
          )}
          <FieldWarning>{warning}</FieldWarning>
        </div>
      );
  }
}
