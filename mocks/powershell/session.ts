// One command line's run: the lab it reads and changes through the host (as the REST handlers
// do), the server the console runs on, its OS version and the modules this session imported.
import type { Command, Query, QueryAnswers } from '../../src/api/types';
import type { OsVersion } from '../../src/domain/lab';
import type { Host } from '../../src/domain/network/types';
import type { LabHostApi } from '../../src/host/types';
import type { Bound, Signature } from './bind';
import type { ErrorRecord } from './errors';
import type { ModuleName } from './facts';
import type { Extent } from './parse';
import type { PipelineItem } from './format';

export interface Session {
  lab: LabHostApi;
  /** The server the console runs on; null: a management workstation (no local cluster or machines). */
  host: Host | null;
  osVersion: OsVersion;
  /** Modules present on the machine. */
  available: readonly ModuleName[];
  /** Modules imported so far (by Import-Module, or by autoloading from PowerShell 3.0). */
  modules: ModuleName[];
  /** The lab version after the last accepted command (the answer carries it). */
  version: number;
}

/** What a cmdlet gets: its bound parameters, the piped input, where it sits in the line (for its errors). */
export interface Invocation {
  session: Session;
  bound: Bound;
  input: readonly PipelineItem[];
  extent: Extent;
}

export type CmdletResult = { ok: true; items: PipelineItem[] } | { ok: false; error: ErrorRecord };

export interface Cmdlet {
  signature: Signature;
  aliases?: readonly string[];
  /** The module that brings it; null: built into PowerShell. */
  module: ModuleName | null;
  /** The parameter a piped object fills when it is not given. */
  pipelineParam?: string;
  run(invocation: Invocation): Promise<CmdletResult>;
}

/** A query's answer, typed, or the engine's refusal. */
export async function read<T extends Query['type']>(session: Session, query: Extract<Query, { type: T }>): Promise<{ ok: true; value: QueryAnswers[T] } | { ok: false; message: string }> {
  const result = await session.lab.query(query);
  return result.ok ? { ok: true, value: result.value as QueryAnswers[T] } : { ok: false, message: result.error.message };
}

/** Runs a command with the reads of its answer in the same turn; the session keeps the version it produced. */
export async function change(session: Session, command: Command, reads: Query[]) {
  const result = await session.lab.dispatch(command, reads);
  if (result.ok) session.version = result.version;
  return result;
}

/** An error a cmdlet raised from the lab's answer (UNVERIFIED: its category and id, see facts.ts). */
export function cmdletError(signature: Signature, message: string, extent: Extent, how: { category?: string; target?: string; reason?: string; id?: string } = {}): ErrorRecord {
  const { category = 'NotSpecified', target = ':', reason = 'ClusterCmdletException', id = signature.name } = how;
  return { message, command: signature.name, category, target, activity: signature.name, reason, fqid: `${id},${signature.className}`, extent };
}

/** Rows a -Name filter keeps; a name that matches nothing (no wildcard in it) is an error. */
export function filterByName<T extends { name: string }>(items: readonly T[], patterns: string[] | undefined, notFound: (name: string) => string): { ok: true; items: T[] } | { ok: false; message: string; name: string } {
  if (!patterns) return { ok: true, items: [...items] };
  const kept: T[] = [];
  for (const pattern of patterns) {
    const regex = wildcard(pattern);
    const matched = items.filter((item) => regex.test(item.name) && !kept.includes(item));
    if (matched.length === 0 && !/[*?]/.test(pattern)) return { ok: false, message: notFound(pattern), name: pattern };
    kept.push(...matched);
  }
  return { ok: true, items: kept };
}

/** PowerShell's -like wildcards (`*`, `?`), without case. */
export function wildcard(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

/** The names given as a parameter (one or a list), or undefined. */
export function names(value: Bound[string] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [String(value)];
}
