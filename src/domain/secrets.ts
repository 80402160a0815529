// What a sealed secret looks like, shared by the engine (which seals: src/engine/secrets.ts) and
// the lab file's schemas (which accept only sealed secrets in a snapshot). A lab file is handed
// out: it may hold a secret's salted hash, never the secret itself.

export const SEALED_SECRET_PREFIX = 'sha256:';
/** "sha256:" and 64 lower-case hex digits: a clear value is never taken for a sealed one by accident. */
export const SEALED_SECRET_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function isSealedSecret(value: unknown): value is string {
  return typeof value === 'string' && SEALED_SECRET_PATTERN.test(value);
}
