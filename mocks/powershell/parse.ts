// The lab's PowerShell reads one line as PowerShell does in argument mode: statements split by
// `;`, pipelines by `|`; each command a name then its elements: `-Name`, `-Name:value`, bare words,
// 'single' and "double" quoted strings, numbers and `a,b` lists. Every token keeps its place in the
// line, so an error can point at it (errors.ts). Variables, expressions and script blocks are not
// parsed: `$true`/`$false` read as booleans, other `$…` words stay text.

/** Where a token sits in the line: [start, end) in UTF-16 units. */
export interface Extent {
  start: number;
  end: number;
}

export type Value = string | number | boolean | readonly Value[];

export type Element =
  | { kind: 'param'; name: string; extent: Extent; value?: { value: Value; extent: Extent } }
  | { kind: 'arg'; value: Value; extent: Extent };

export interface CommandAst {
  name: string;
  extent: Extent;
  elements: Element[];
}

/** A statement: its commands in pipeline order. */
export type Pipeline = CommandAst[];

export type ParseResult = { ok: true; statements: Pipeline[] } | { ok: false; error: ParseError };

export interface ParseError {
  message: string;
  fqid: 'TerminatorExpectedAtEndOfString' | 'EmptyPipeElement' | 'MissingArgument';
  extent: Extent;
}

type Token =
  | { kind: 'word' | 'string'; text: string; extent: Extent }
  | { kind: 'param'; name: string; extent: Extent; glued: boolean }
  | { kind: '|' | ';' | ','; extent: Extent };

const SPACE = /\s/;
const SEPARATORS = new Set(['|', ';', ',']);
const NUMBER = /^-?\d+(\.\d+)?$/;

type TokenResult = { ok: true; tokens: Token[] } | { ok: false; error: ParseError };

function tokenize(line: string): TokenResult {
  const tokens: Token[] = [];
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    if (SPACE.test(char)) {
      at++;
      continue;
    }
    if (SEPARATORS.has(char)) {
      tokens.push({ kind: char as '|' | ';' | ',', extent: { start: at, end: at + 1 } });
      at++;
      continue;
    }
    if (char === "'" || char === '"') {
      const read = readString(line, at);
      if (!read) return { ok: false, error: { message: `The string is missing the terminator: ${char}.`, fqid: 'TerminatorExpectedAtEndOfString', extent: { start: at, end: line.length } } };
      tokens.push({ kind: 'string', text: read.text, extent: { start: at, end: read.end } });
      at = read.end;
      continue;
    }
    let end = at;
    while (end < line.length && !SPACE.test(line[end]!) && !SEPARATORS.has(line[end]!) && line[end] !== '"' && line[end] !== "'") end++;
    const text = line.slice(at, end);
    // A dash then a letter starts a parameter; `-5` stays a number.
    if (/^-[A-Za-z_?]/.test(text)) {
      const colon = text.indexOf(':');
      const name = colon < 0 ? text.slice(1) : text.slice(1, colon);
      tokens.push({ kind: 'param', name, extent: { start: at, end: colon < 0 ? end : at + colon + 1 }, glued: colon >= 0 });
      if (colon >= 0 && colon + 1 < text.length) tokens.push({ kind: 'word', text: text.slice(colon + 1), extent: { start: at + colon + 1, end } });
    } else {
      tokens.push({ kind: 'word', text, extent: { start: at, end } });
    }
    at = end;
  }
  return { ok: true, tokens };
}

/** A quoted string from `start` (its quote): '' escapes ' in single quotes; `x and "" in double quotes. */
function readString(line: string, start: number): { text: string; end: number } | undefined {
  const quote = line[start]!;
  let text = '';
  let at = start + 1;
  while (at < line.length) {
    const char = line[at]!;
    if (char === quote) {
      if (line[at + 1] === quote) {
        text += quote;
        at += 2;
        continue;
      }
      return { text, end: at + 1 };
    }
    if (quote === '"' && char === '`' && at + 1 < line.length) {
      const next = line[at + 1]!;
      text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      at += 2;
      continue;
    }
    text += char;
    at++;
  }
  return undefined;
}

function scalar(token: Token & { kind: 'word' | 'string' }): Value {
  if (token.kind === 'string') return token.text;
  const lower = token.text.toLowerCase();
  if (lower === '$true') return true;
  if (lower === '$false') return false;
  return NUMBER.test(token.text) ? Number(token.text) : token.text;
}

export function parseLine(line: string): ParseResult {
  const tokenized = tokenize(line);
  if (!tokenized.ok) return tokenized;
  const statements: Pipeline[] = [];
  let pipeline: CommandAst[] = [];
  let command: CommandAst | null = null;
  const tokens = tokenized.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === ';' || token.kind === '|') {
      if (!command) return { ok: false, error: { message: 'An empty pipe element is not allowed.', fqid: 'EmptyPipeElement', extent: token.extent } };
      pipeline.push(command);
      command = null;
      if (token.kind === ';') {
        statements.push(pipeline);
        pipeline = [];
      }
      continue;
    }
    if (!command) {
      if (token.kind !== 'word' && token.kind !== 'string') return { ok: false, error: { message: `Missing expression: '${line.slice(token.extent.start, token.extent.end)}' cannot start a command.`, fqid: 'MissingArgument', extent: token.extent } };
      command = { name: token.text, extent: token.extent, elements: [] };
      continue;
    }
    if (token.kind === 'param') {
      const element: Element = { kind: 'param', name: token.name, extent: token.extent };
      if (token.glued) {
        const next = tokens[i + 1];
        if (next && (next.kind === 'word' || next.kind === 'string')) {
          const list = readList(tokens, i + 1);
          element.value = { value: list.value, extent: list.extent };
          i = list.last;
        }
      }
      command.elements.push(element);
      continue;
    }
    if (token.kind === ',') return { ok: false, error: { message: 'Missing argument in parameter list.', fqid: 'MissingArgument', extent: token.extent } };
    const list = readList(tokens, i);
    command.elements.push({ kind: 'arg', value: list.value, extent: list.extent });
    i = list.last;
  }
  if (command) pipeline.push(command);
  else if (pipeline.length > 0) {
    const last = tokens[tokens.length - 1]!;
    return { ok: false, error: { message: 'An empty pipe element is not allowed.', fqid: 'EmptyPipeElement', extent: last.extent } };
  }
  if (pipeline.length > 0) statements.push(pipeline);
  return { ok: true, statements };
}

/** A value from token `first` on: one scalar, or `a,b,c` as a list. */
function readList(tokens: Token[], first: number): { value: Value; extent: Extent; last: number } {
  const head = tokens[first] as Token & { kind: 'word' | 'string' };
  const values: Value[] = [scalar(head)];
  let last = first;
  while (tokens[last + 1]?.kind === ',' && (tokens[last + 2]?.kind === 'word' || tokens[last + 2]?.kind === 'string')) {
    values.push(scalar(tokens[last + 2] as Token & { kind: 'word' | 'string' }));
    last += 2;
  }
  return { value: values.length === 1 ? values[0]! : values, extent: { start: head.extent.start, end: tokens[last]!.extent.end }, last };
}
