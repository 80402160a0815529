// Error records as the console prints them. PowerShell 2.0 (Windows Server 2008 R2) marks the
// place with "<<<<" after the offending token and counts `char` from its end; PowerShell 3.0 and
// later (2012 R2: 4.0, 2016: 5.1) print the line and underline the token with "~", `char` counting
// from its start, and name the command before every message.
import type { Extent } from './parse';

export interface ErrorRecord {
  message: string;
  /** The command that raised it: it prefixes the message ("Get-VM : …"); absent before a command ran (parse errors). */
  command?: string;
  /** CategoryInfo's parts: "ObjectNotFound: (Get-VM:String) [], CommandNotFoundException". */
  category: string;
  target: string;
  activity: string;
  reason: string;
  fqid: string;
  extent: Extent;
}

/** PowerShell 2.0 prints the old layout; later versions the underlined one. */
export type ErrorLayout = 'v2' | 'v3';

export function formatError(record: ErrorRecord, line: string, layout: ErrorLayout): string {
  const { start, end } = record.extent;
  const info = [
    `    + CategoryInfo          : ${record.category}: (${record.target}) [${record.activity}], ${record.reason}`,
    `    + FullyQualifiedErrorId : ${record.fqid}`,
  ];
  if (layout === 'v2') {
    // 2.0 names the command only for errors a cmdlet raised, never for a name it could not find.
    const prefix = record.command && record.reason !== 'CommandNotFoundException' ? `${record.command} : ` : '';
    const marked = `+ ${line.slice(0, end)} <<<< ${line.slice(end)}`.trimEnd();
    return [`${prefix}${record.message}`, `At line:1 char:${end + 1}`, marked, ...info].join('\n');
  }
  const prefix = record.command ? `${record.command} : ` : '';
  const underline = `+ ${' '.repeat(start)}${'~'.repeat(Math.max(1, end - start))}`;
  return [`${prefix}${record.message}`, `At line:1 char:${start + 1}`, `+ ${line}`, underline, ...info].join('\n');
}

export function commandNotFound(name: string, extent: Extent): ErrorRecord {
  return {
    message: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    command: name,
    category: 'ObjectNotFound',
    target: `${name}:String`,
    activity: '',
    reason: 'CommandNotFoundException',
    fqid: 'CommandNotFoundException',
    extent,
  };
}

/** A parameter binding error of `command` (implemented by `className`). */
export function bindingError(command: string, className: string, message: string, id: string, extent: Extent): ErrorRecord {
  return { message, command, category: 'InvalidArgument', target: ':', activity: command, reason: 'ParameterBindingException', fqid: `${id},${className}`, extent };
}
