// Parameter binding as PowerShell does it: a name matches its parameter exactly or by a prefix
// no other parameter shares (any case); what is left binds by position; a switch takes no value
// (or `-Switch:$false`); a missing mandatory parameter fails the command (the console cannot
// prompt for it). Each failure is PowerShell's ParameterBindingException with its id.
import { bindingError, type ErrorRecord } from './errors';
import type { CommandAst, Extent, Value } from './parse';

export type ParamType = 'string' | 'strings' | 'int' | 'switch' | { enum: readonly string[]; typeName: string };

export interface ParamDef {
  name: string;
  type: ParamType;
  mandatory?: boolean;
  /** Its place among positional arguments. */
  position?: number;
  /** Bound from a piped object when not given (ValueFromPipeline). */
  fromPipeline?: boolean;
}

export type Bound = Record<string, string | string[] | number | boolean>;

export type BindResult = { ok: true; bound: Bound } | { ok: false; error: ErrorRecord };

export interface Signature {
  name: string;
  /** The .NET class of the cmdlet: the tail of FullyQualifiedErrorId. */
  className: string;
  params: readonly ParamDef[];
}

function show(value: Value): string {
  return Array.isArray(value) ? value.map(show).join(' ') : String(value);
}

function convert(sig: Signature, def: ParamDef, value: Value, extent: Extent): { ok: true; value: Bound[string] } | { ok: false; error: ErrorRecord } {
  const fail = (detail: string) => ({ ok: false as const, error: bindingError(sig.name, sig.className, `Cannot bind parameter '${def.name}'. ${detail}`, 'CannotConvertArgumentNoMessage', extent) });
  const type = def.type;
  if (type === 'strings') return { ok: true, value: (Array.isArray(value) ? value : [value]).map(show) };
  if (Array.isArray(value)) {
    return { ok: false, error: bindingError(sig.name, sig.className, `Cannot convert 'System.Object[]' to the type '${type === 'int' ? 'System.Int32' : 'System.String'}' required by parameter '${def.name}'. Specified method is not supported.`, 'CannotConvertArgument', extent) };
  }
  if (type === 'string') return { ok: true, value: show(value) };
  if (type === 'int') {
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(number)) return fail(`Cannot convert value "${show(value)}" to type "System.Int32". Error: "Input string was not in a correct format."`);
    return { ok: true, value: number };
  }
  if (type === 'switch') return { ok: true, value: value === true || value === 'true' };
  const match = type.enum.find((each) => each.toLowerCase() === show(value).toLowerCase());
  if (!match) {
    return fail(`Cannot convert value "${show(value)}" to type "${type.typeName}". Error: "Unable to match the identifier name ${show(value)} to a valid enumerator name.  Specify one of the following enumerator names and try again: ${type.enum.join(', ')}"`);
  }
  return { ok: true, value: match };
}

/** Binds the command's elements to `sig`; `piped` marks the parameters a piped object fills. */
export function bind(sig: Signature, command: CommandAst, piped: readonly string[] = []): BindResult {
  const bound: Bound = {};
  const positional: { value: Value; extent: Extent }[] = [];
  const elements = command.elements;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.kind === 'arg') {
      positional.push({ value: element.value, extent: element.extent });
      continue;
    }
    const lower = element.name.toLowerCase();
    const exact = sig.params.find((each) => each.name.toLowerCase() === lower);
    const matches = exact ? [exact] : sig.params.filter((each) => each.name.toLowerCase().startsWith(lower));
    if (matches.length === 0) {
      return { ok: false, error: bindingError(sig.name, sig.className, `A parameter cannot be found that matches parameter name '${element.name}'.`, 'NamedParameterNotFound', element.extent) };
    }
    if (matches.length > 1) {
      const names = matches.map((each) => `-${each.name}`).join(' ');
      return { ok: false, error: bindingError(sig.name, sig.className, `Parameter cannot be processed because the parameter name '${element.name}' is ambiguous. Possible matches include: ${names}.`, 'AmbiguousParameter', element.extent) };
    }
    const def = matches[0]!;
    if (def.name in bound) {
      return { ok: false, error: bindingError(sig.name, sig.className, `Cannot bind parameter because parameter '${def.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, 'ParameterAlreadyBound', element.extent) };
    }
    let value: { value: Value; extent: Extent } | undefined = element.value;
    if (!value && def.type !== 'switch') {
      const next = elements[i + 1];
      if (!next || next.kind !== 'arg') {
        const type = def.type === 'int' ? 'System.Int32' : def.type === 'strings' ? 'System.String[]' : typeof def.type === 'object' ? def.type.typeName : 'System.String';
        return { ok: false, error: bindingError(sig.name, sig.className, `Missing an argument for parameter '${def.name}'. Specify a parameter of type '${type}' and try again.`, 'MissingArgument', element.extent) };
      }
      value = { value: next.value, extent: next.extent };
      i++;
    }
    const converted = convert(sig, def, value?.value ?? true, value?.extent ?? element.extent);
    if (!converted.ok) return converted;
    bound[def.name] = converted.value;
  }
  const byPosition = sig.params.filter((each) => each.position !== undefined && !(each.name in bound)).sort((a, b) => a.position! - b.position!);
  for (const arg of positional) {
    const def = byPosition.shift();
    if (!def) {
      return { ok: false, error: bindingError(sig.name, sig.className, `A positional parameter cannot be found that accepts argument '${show(arg.value)}'.`, 'PositionalParameterNotFound', arg.extent) };
    }
    const converted = convert(sig, def, arg.value, arg.extent);
    if (!converted.ok) return converted;
    bound[def.name] = converted.value;
  }
  const missing = sig.params.filter((each) => each.mandatory && !(each.name in bound) && !piped.includes(each.name));
  if (missing.length > 0) {
    const message = `Cannot process command because of one or more missing mandatory parameters: ${missing.map((each) => each.name).join(' ')}.`;
    return { ok: false, error: bindingError(sig.name, sig.className, message, 'MissingMandatoryParameter', command.extent) };
  }
  return { ok: true, bound };
}
