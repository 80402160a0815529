// A form page's visible fields, drawn with FieldView; consecutive fields of one group share a
// fieldset, and with `groupColumns` consecutive groups stand side by side. Wizards and one-page
// dialogs draw their fields with it.
import { FieldView } from './field-view';
import { computed, formFields, isFieldVisible, type FieldValue, type PageDef, type WizardValues } from './model';

type AnyPage = PageDef<WizardValues, unknown>;

export interface FormFieldsProps {
  page: AnyPage;
  values: WizardValues;
  ctx: unknown;
  errorFor(name: string): string | undefined;
  warningFor(name: string): string | undefined;
  onChange(name: string, value: FieldValue): void;
  autoFocusName?: string;
}

/** The page's visible fields; consecutive fields of one group share a fieldset. */
export function FormFields({ page, values, ctx, errorFor, warningFor, onChange, autoFocusName }: FormFieldsProps) {
  const groups: Array<{ legend: string | undefined; names: string[] }> = [];
  for (const field of formFields(page)) {
    if (!isFieldVisible(field, values, ctx)) continue;
    const legend = field.group === undefined ? undefined : computed(field.group, values, ctx);
    const last = groups[groups.length - 1];
    if (last && last.legend === legend) last.names.push(field.name);
    else groups.push({ legend, names: [field.name] });
  }
  const byName = new Map(formFields(page).map((field) => [field.name, field]));
  const render = (name: string) => {
    const field = byName.get(name);
    if (!field) return null;
    return <FieldView key={name} field={field} values={values} ctx={ctx} error={errorFor(name)} warning={warningFor(name)} onChange={onChange} autoFocus={name === autoFocusName} />;
  };
  const fieldset = (group: (typeof groups)[number], position: number) =>
    group.legend === undefined ? (
      <div key={`g${position}`} className="flex flex-col gap-3">
        {group.names.map(render)}
      </div>
    ) : (
      <fieldset key={`g${position}`} className="flex min-w-0 flex-col gap-3 rounded-[3px] border border-line px-3 pt-1 pb-3">
        <legend className="px-1 text-sm font-semibold">{group.legend}</legend>
        {group.names.map(render)}
      </fieldset>
    );
  // Side by side: consecutive groups with a legend share one row of columns.
  const rows: Array<Array<{ group: (typeof groups)[number]; position: number }>> = [];
  groups.forEach((group, position) => {
    const last = rows[rows.length - 1];
    const joins = page.kind === 'form' && page.groupColumns && group.legend !== undefined && last?.[0]?.group.legend !== undefined;
    if (joins && last) last.push({ group, position });
    else rows.push([{ group, position }]);
  });
  return (
    <div className="flex flex-col gap-3">
      {rows.map((row) =>
        row.length === 1 ? (
          fieldset(row[0]!.group, row[0]!.position)
        ) : (
          <div key={`r${row[0]!.position}`} className="grid grid-cols-2 gap-3">
            {row.map(({ group, position }) => fieldset(group, position))}
          </div>
        ),
      )}
    </div>
  );
}


/** The field that takes focus when the page shows: the one marked `autoFocus`, else the first editable. */
export function focusFieldOf(page: AnyPage | undefined, values: WizardValues, ctx: unknown): string | undefined {
  if (!page) return undefined;
  const editable = formFields(page).filter((field) => field.kind !== 'static' && isFieldVisible(field, values, ctx));
  return (editable.find((field) => (field.kind === 'text' || field.kind === 'password') && field.autoFocus) ?? editable[0])?.name;
}
