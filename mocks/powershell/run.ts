// Runs one command line: parse, then each statement's pipeline command by command. A command is
// found by name or alias (any case) when it is built in or its module is imported; PowerShell 3.0
// and later import a present module on first use, 2.0 does not. The first error of a statement
// ends it (its output so far is kept); the next statement still runs, as in the console.
import { bind } from './bind';
import { CLUSTER_CMDLETS } from './cluster-cmdlets';
import { CORE_CMDLETS } from './core-cmdlets';
import { commandNotFound, formatError, type ErrorRecord } from './errors';
import { POWERSHELL_VERSIONS } from './facts';
import { formatDefault, type PipelineItem } from './format';
import { HYPERV_CMDLETS } from './hyperv-cmdlets';
import { parseLine, type CommandAst } from './parse';
import type { Cmdlet, Session } from './session';

const CMDLETS: readonly Cmdlet[] = [...CORE_CMDLETS, ...CLUSTER_CMDLETS, ...HYPERV_CMDLETS];
const BY_NAME = new Map<string, Cmdlet>(CMDLETS.flatMap((cmdlet) => [cmdlet.signature.name, ...(cmdlet.aliases ?? [])].map((name) => [name.toLowerCase(), cmdlet] as const)));

export interface RunOutput {
  /** The success stream as the console prints it. */
  output: string;
  /** Each error record as the console prints it. */
  errors: string[];
}

/** The cmdlet `name` stands for in this session (autoloading its module where PowerShell does), or undefined. */
function resolve(session: Session, name: string): Cmdlet | undefined {
  const cmdlet = BY_NAME.get(name.toLowerCase());
  if (!cmdlet?.module) return cmdlet;
  if (!session.available.includes(cmdlet.module)) return undefined;
  if (session.modules.includes(cmdlet.module)) return cmdlet;
  if (!POWERSHELL_VERSIONS[session.osVersion].autoload) return undefined;
  session.modules.push(cmdlet.module);
  return cmdlet;
}

async function runCommand(session: Session, ast: CommandAst, input: readonly PipelineItem[], piped: boolean): Promise<{ ok: true; items: PipelineItem[] } | { ok: false; error: ErrorRecord }> {
  const cmdlet = resolve(session, ast.name);
  if (!cmdlet) return { ok: false, error: commandNotFound(ast.name, ast.extent) };
  const fromPipeline = piped && cmdlet.pipelineParam ? [cmdlet.pipelineParam] : [];
  const bound = bind(cmdlet.signature, ast, fromPipeline);
  if (!bound.ok) return bound;
  return cmdlet.run({ session, bound: bound.bound, input, extent: ast.extent });
}

export async function runLine(session: Session, line: string): Promise<RunOutput> {
  const layout = POWERSHELL_VERSIONS[session.osVersion].layout;
  const parsed = parseLine(line);
  if (!parsed.ok) {
    const { message, fqid, extent } = parsed.error;
    const record: ErrorRecord = { message, category: 'ParserError', target: ':', activity: '', reason: 'ParentContainsErrorRecordException', fqid, extent };
    return { output: '', errors: [formatError(record, line, layout)] };
  }
  let output = '';
  const errors: string[] = [];
  for (const pipeline of parsed.statements) {
    let items: PipelineItem[] = [];
    for (let index = 0; index < pipeline.length; index++) {
      const result = await runCommand(session, pipeline[index]!, items, index > 0);
      if (!result.ok) {
        errors.push(formatError(result.error, line, layout));
        items = [];
        break;
      }
      items = result.items;
    }
    output += formatDefault(items);
  }
  return { output, errors };
}
