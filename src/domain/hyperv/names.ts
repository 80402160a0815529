// Name and path rules of New Virtual Machine, shared by the engine's checks and the wizard's
// fields. Each answers the problem as a sentence, or null when the value is fine.
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../units';
import { DEFAULT_VHD_PATH, VHD_SIZE_MAX_BYTES, VHD_SIZE_MIN_BYTES, VM_MEMORY_MIN_BYTES, VM_MEMORY_STEP_BYTES, VM_NAME_CHARS_MAX } from './facts';

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

/** "30,718": megabytes as Assign Memory writes them. */
export function formatMegabytes(bytes: number): string {
  return String(bytes / BYTES_PER_MIB).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Assign Memory's rule (New Virtual Machine and Settings): whole steps from the minimum to `maxBytes` (vmMemoryMaxBytes). */
export function vmMemoryProblem(memoryBytes: unknown, maxBytes: number, host: string): string | null {
  const fits = typeof memoryBytes === 'number' && Number.isInteger(memoryBytes) && memoryBytes >= VM_MEMORY_MIN_BYTES && memoryBytes <= maxBytes && memoryBytes % VM_MEMORY_STEP_BYTES === 0;
  if (fits) return null;
  return `The memory of a virtual machine on ${host} is a multiple of ${formatMegabytes(VM_MEMORY_STEP_BYTES)} MB from ${formatMegabytes(VM_MEMORY_MIN_BYTES)} MB to ${formatMegabytes(maxBytes)} MB.`;
}

/** Connect Virtual Hard Disk's Name: a file name ending in .vhd whose stem is a valid name. */
export function vhdNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || !/\.vhd$/i.test(name) || vmNameProblem(name.replace(/\.vhd$/i, ''))) return `"${String(name)}" is not a virtual hard disk file name (name.vhd).`;
  return null;
}

/** Connect Virtual Hard Disk's Size: whole GB within the VHD format's range. */
export function vhdSizeProblem(sizeBytes: unknown): string | null {
  const fits = typeof sizeBytes === 'number' && Number.isInteger(sizeBytes) && sizeBytes >= VHD_SIZE_MIN_BYTES && sizeBytes <= VHD_SIZE_MAX_BYTES && sizeBytes % BYTES_PER_GIB === 0;
  return fits ? null : `The size of a new virtual hard disk is a whole number of GB from ${VHD_SIZE_MIN_BYTES / BYTES_PER_GIB} to ${VHD_SIZE_MAX_BYTES / BYTES_PER_GIB} GB.`;
}

/**
 * Where Connect Virtual Hard Disk puts a new disk unless told: beside the machine, in a folder of
 * its name, when it is stored in a different location; else Hyper-V's default folder.
 */
export function defaultVhdFolder(location: string | undefined, vmName: string): string {
  return location === undefined ? DEFAULT_VHD_PATH : joinPath(normalizePath(location), vmName);
}
