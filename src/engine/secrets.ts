// Secrets (service passwords, later iSCSI CHAP secrets) are kept, logged and exported only sealed:
// a salted SHA-256, the salt made of the lab's seed and a scope (the host or object the secret
// belongs to), so the engine stays pure and replayable and one password gives different hashes on
// two hosts or in two labs. A check compares sealed forms; rules that compare two clear secrets
// (a confirmation, CHAP's two secrets differing) run before sealing (Lab.seal).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isSealedSecret, SEALED_SECRET_PREFIX } from '../domain/secrets';

export { isSealedSecret } from '../domain/secrets';

/**
 * The sealed form of a clear secret. The empty secret stays empty: it hides nothing, and rules
 * such as "the new password cannot be empty" must still see it after sealing.
 */
export function sealSecret(seed: number, scope: string, secret: string): string {
  if (secret === '') return '';
  // NUL separates the parts: no seed, scope and secret run into another triple's text.
  return SEALED_SECRET_PREFIX + bytesToHex(sha256(utf8ToBytes(`ha-lab-secret\u0000${seed}\u0000${scope}\u0000${secret}`)));
}

/** A secret a command carries: sealed already (the host sealed it, or a logged command) or clear (sealed here). */
export function sealedForm(seed: number, scope: string, value: string): string {
  return isSealedSecret(value) ? value : sealSecret(seed, scope, value);
}
