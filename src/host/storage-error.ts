// A write to the browser's storage that failed (quota exceeded, storage evicted or blocked). The
// host throws it only when nothing was changed: the command, the new lab or the clock setting it
// would have stored stays unapplied, so memory and storage still agree. The REST layer answers it
// with 507 and this message. The name survives comlink (it copies an Error's name and message).
export const STORAGE_ERROR_NAME = 'LabStorageError';
export const STORAGE_WRITE_FAILED_CODE = 'storage.write_failed';

export class LabStorageError extends Error {
  readonly code = STORAGE_WRITE_FAILED_CODE;
  constructor(what: string, cause: unknown) {
    super(
      `${what} could not be saved in this browser's storage (${describe(cause)}), so nothing was changed: ` +
        'the lab is exactly as it was and as a reload restores it. Free some disk space or site storage for this page, ' +
        'or export the lab (File > Export Lab) to keep it, then try again.',
      { cause },
    );
    this.name = STORAGE_ERROR_NAME;
  }
}

/** True for a LabStorageError, also one that crossed the worker boundary (a plain Error with its name). */
export function isStorageError(error: unknown): error is Error {
  return error instanceof Error && error.name === STORAGE_ERROR_NAME;
}

function describe(cause: unknown): string {
  if (cause instanceof Error || (typeof DOMException !== 'undefined' && cause instanceof DOMException)) {
    const { name, message } = cause as Error;
    return message ? `${name}: ${message}` : name;
  }
  return String(cause);
}
