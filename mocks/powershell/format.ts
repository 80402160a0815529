// The objects cmdlets write and how the console shows them: Format-Table sizes each column to its
// widest cell or header (as -AutoSize does), one space between columns, numbers right-aligned,
// the header underlined with dashes as long as its name; Format-List pads each name to the
// longest. Both frame their output with blank lines, as PowerShell does.

export type Cell = string | number;

export interface PsObject {
  /** The .NET type PowerShell reports ("Microsoft.FailoverClusters.PowerShell.ClusterNode"). */
  typeName: string;
  properties: Readonly<Record<string, Cell>>;
  /** Its default table view: headers and values in order (a header may be computed, as "MemoryAssigned(M)"). */
  table: readonly (readonly [string, Cell])[];
}

/** What runs down a pipeline: objects, or the lines a formatter already made. */
export type PipelineItem = PsObject | { formatted: string };

const isNumber = (value: Cell | undefined) => typeof value === 'number';

/** A table of `objects` with `columns` (their default view's when none are named). */
export function formatTable(objects: readonly PsObject[], columns?: readonly string[]): string {
  if (objects.length === 0) return '';
  const names = columns ?? objects[0]!.table.map(([header]) => header);
  const values = objects.map((object) => (columns ? columns.map((name) => object.properties[name]) : object.table.map(([, value]) => value)));
  const cells = values.map((row) => row.map(cellText));
  const right = names.map((_, column) => values.every((row) => row[column] === undefined || isNumber(row[column])) && values.some((row) => isNumber(row[column])));
  const widths = names.map((name, column) => Math.max(name.length, ...cells.map((row) => row[column]!.length)));
  const line = (values: readonly string[]) => values.map((value, column) => (right[column] ? value.padStart(widths[column]!) : value.padEnd(widths[column]!))).join(' ').trimEnd();
  const dashes = names.map((name) => '-'.repeat(name.length));
  return ['', line(names), line(dashes), ...cells.map(line), '', ''].join('\n');
}

/** Each object as "Name : value" lines, every property (or the named ones). */
export function formatList(objects: readonly PsObject[], properties?: readonly string[]): string {
  if (objects.length === 0) return '';
  const blocks = objects.map((object) => {
    const names = properties ?? Object.keys(object.properties);
    const width = Math.max(...names.map((name) => name.length));
    return names.map((name) => `${name.padEnd(width)} : ${cellText(object.properties[name])}`.trimEnd()).join('\n');
  });
  return ['', blocks.join('\n\n'), '', ''].join('\n');
}

function cellText(value: Cell | undefined): string {
  return value === undefined ? '' : String(value);
}

/** What the console prints for what reached the end of a pipeline: objects of one type as its table. */
export function formatDefault(items: readonly PipelineItem[]): string {
  let text = '';
  let run: PsObject[] = [];
  const flush = () => {
    text += formatTable(run);
    run = [];
  };
  for (const item of items) {
    if ('formatted' in item) {
      flush();
      text += item.formatted;
      continue;
    }
    if (run.length > 0 && run[0]!.typeName !== item.typeName) flush();
    run.push(item);
  }
  flush();
  return text;
}
