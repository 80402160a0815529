// CHAP secrets (Discover Portal's and Connect's Advanced settings) are sealed before a command is
// logged (Lab.seal), so no log or lab file holds one in clear. The rules that need the clear
// secrets run here, before hashing: each is 12–16 characters, and mutual CHAP's two differ. A
// typed secret is always clear (one shaped like a sealed value is hashed again); a logged one is
// kept when sealed. Secrets of a host the lab cannot find are sealed with a scope no host has.
// The RADIUS shared secret and the initiator CHAP secret (sealSettingSecret) follow the same rules.
import { chapSecretProblem, radiusSecretProblem } from '../../../domain/iscsi';
import { isSealedSecret, sealSecret } from '../../secrets';
import type { LabState } from '../../state';
import type { Command, SealResult, SecretSource } from '../../types';
import { findHost } from '../network/hosts';
import { chapScope } from './decide';

type WithChap = Extract<Command, { type: 'iscsiAddPortal' | 'iscsiConnect' }>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function sealChapCommand(state: LabState, command: WithChap, source: SecretSource): SealResult {
  const chap: unknown = command.chap;
  if (!isRecord(chap)) return { ok: true, command };
  const secrets = [chap.secret, chap.mutualSecret];
  if (source === 'log' && secrets.every((secret) => typeof secret !== 'string' || isSealedSecret(secret))) return { ok: true, command };
  for (const field of ['secret', 'mutualSecret'] as const) {
    const secret = chap[field];
    if (typeof secret !== 'string' || (source === 'log' && isSealedSecret(secret))) continue;
    const problem = chapSecretProblem(secret);
    if (problem) return { ok: false, error: { code: 'iscsi.invalid_chap', kind: 'invalid', message: problem, errors: { [`chap.${field}`]: problem } } };
  }
  if (typeof chap.mutualSecret === 'string' && chap.mutualSecret === chap.secret) {
    const message = 'The initiator and target CHAP secrets must be different.';
    return { ok: false, error: { code: 'iscsi.invalid_chap', kind: 'invalid', message, errors: { 'chap.mutualSecret': message } } };
  }
  const host = findHost(state, command.host);
  const scope = host ? chapScope(host.id) : `iscsi-chap-unknown/${String(command.host)}`;
  const seal = (secret: unknown) => (typeof secret !== 'string' || (source === 'log' && isSealedSecret(secret)) ? secret : sealSecret(state.params.seed, scope, secret));
  const sealed = { ...chap, secret: seal(chap.secret) } as Record<string, unknown>;
  if (chap.mutualSecret !== undefined) sealed.mutualSecret = seal(chap.mutualSecret);
  return { ok: true, command: { ...command, chap: sealed } as WithChap };
}

/** The scope RADIUS shared secrets of a host are sealed with. */
export const radiusScope = (hostId: string) => `iscsi-radius/${hostId}`;

type WithSecret = Extract<Command, { type: 'iscsiAddRadiusServer' | 'iscsiSetChapSecret' }>;

/**
 * The RADIUS shared secret and the initiator CHAP secret: checked clear (an empty CHAP secret
 * removes it and stays empty), then sealed with their host's scope.
 */
export function sealSettingSecret(state: LabState, command: WithSecret, source: SecretSource): SealResult {
  const secret: unknown = command.secret;
  if (typeof secret !== 'string' || (source === 'log' && isSealedSecret(secret))) return { ok: true, command };
  const radius = command.type === 'iscsiAddRadiusServer';
  const problem = radius ? radiusSecretProblem(secret) : secret === '' ? undefined : chapSecretProblem(secret);
  if (problem) return { ok: false, error: { code: radius ? 'iscsi.invalid_radius_secret' : 'iscsi.invalid_chap', kind: 'invalid', message: problem, errors: { [radius ? 'secret' : 'chapSecret']: problem } } };
  const host = findHost(state, command.host);
  const scope = host ? (radius ? radiusScope(host.id) : chapScope(host.id)) : `iscsi-unknown/${String(command.host)}`;
  return { ok: true, command: { ...command, secret: sealSecret(state.params.seed, scope, secret) } as WithSecret };
}
