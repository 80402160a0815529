// Name and path rules of New Virtual Machine, shared by the engine's checks and the wizard's
// fields. Each answers the problem as a sentence, or null when the value is fine.
import { VM_NAME_CHARS_MAX } from './facts';

/** UNVERIFIED: characters Windows refuses in file names; Hyper-V names the VM's files after it. */
const INVALID_NAME_CHARS = /[\\/:*?"<>|]/;

export function vmNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'Type a name for the virtual machine.';
  if (name.length > VM_NAME_CHARS_MAX) return `The name of a virtual machine has at most ${VM_NAME_CHARS_MAX} characters.`;
  if (name !== name.trim()) return 'The name cannot begin or end with a space.';
  if (INVALID_NAME_CHARS.test(name)) return 'The name cannot contain any of these characters: \\ / : * ? " < > |';
  return null;
}

/** A local absolute Windows path ("C:\\Folder\\Sub"), without a trailing backslash. */
const LOCAL_PATH = /^[A-Za-z]:(\\[^\\/:*?"<>|]+)*\\?$/;

/** The path without a trailing backslash (a drive root keeps its own: "C:\\"). */
export function normalizePath(path: string): string {
  return /^[A-Za-z]:\\$/.test(path) ? path.toUpperCase() : path.replace(/\\$/, '');
}

export function localPathProblem(path: unknown): string | null {
  if (typeof path !== 'string' || path === '') return 'Type a path.';
  if (!LOCAL_PATH.test(path)) return `"${path}" is not a local path such as C:\\ClusterStorage\\Volume1.`;
  return null;
}

/** The drive letter of a local path, upper-cased. */
export function driveOf(path: string): string {
  return path.charAt(0).toUpperCase();
}

/** Joins a folder and a file or folder name. */
export function joinPath(folder: string, name: string): string {
  return folder.endsWith('\\') ? `${folder}${name}` : `${folder}\\${name}`;
}
