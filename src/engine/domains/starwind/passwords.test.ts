// StarWind passwords are kept sealed (salted SHA-256 of the lab's seed, the host and the password):
// logins check the hash after a restore and a replay, Lab.seal hashes a command's passwords before
// it is logged, and migration 5 → 6 seals the clear passwords of an older snapshot.
import { describe, expect, test } from 'vitest';
import { STARWIND_DEFAULT_PASSWORD } from '../../../domain/starwind';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { isSealedSecret, sealSecret } from '../../secrets';
import { validateSnapshot } from '../../snapshot-check';
import { consoleLab, haRequest, ok, STORE1, STORE2 } from '../../testing/starwind-helpers';
import type { Command, Lab, LabSnapshot } from '../../types';
import { passwordScope } from './passwords';

const NEW_PASSWORD = 'S3cret-of-Store1';

const passwordsOf = (snapshot: LabSnapshot): Record<string, string> => (snapshot.domains.starwind as { passwords: Record<string, string> }).passwords;

/** Seals a command as the host does before logging it, and dispatches the sealed one. */
function sealAndDispatch(lab: Lab, command: Command): Command {
  const sealed = lab.seal(command);
  if (!sealed.ok) throw new Error(sealed.error.message);
  ok(lab, sealed.command);
  return sealed.command;
}

function changePassword(server: string, password: string, newPassword: string): Command {
  return { type: 'starwindChangeCredentials', server, login: 'root', password, newLogin: 'root', newPassword };
}

/** Disconnects, then tries to log in: the error code, or undefined when it opened. */
function loginProblem(lab: Lab, server: string, password: string): string | undefined {
  ok(lab, { type: 'starwindDisconnect', server });
  const result = lab.dispatch({ type: 'starwindConnect', server, login: 'root', password });
  return result.ok ? undefined : result.error.code;
}

describe('sealed StarWind passwords', () => {
  test('the sealed form differs between two hosts and between two seeds, and never holds the password', () => {
    const [one, two] = [sealSecret(1, passwordScope(STORE1.name), NEW_PASSWORD), sealSecret(1, passwordScope(STORE2.name), NEW_PASSWORD)];
    const otherSeed = sealSecret(2, passwordScope(STORE1.name), NEW_PASSWORD);
    expect(new Set([one, two, otherSeed]).size).toBe(3);
    for (const sealed of [one, two, otherSeed]) {
      expect(sealed).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(sealed).not.toContain(NEW_PASSWORD);
    }
    // Deterministic: the same seed, host and password give the same hash (the engine replays).
    expect(sealSecret(1, passwordScope(STORE1.name), NEW_PASSWORD)).toBe(one);
    // A clear value is never taken for a sealed one; the empty secret stays empty (nothing to hide).
    expect([isSealedSecret(NEW_PASSWORD), isSealedSecret('sha256:abc'), isSealedSecret(one)]).toEqual([false, false, true]);
    expect(sealSecret(1, 'any', '')).toBe('');
  });

  test("a new lab keeps the default password sealed, per host and per seed", () => {
    const [a, b] = [createLab({ seed: 1 }), createLab({ seed: 2 })];
    const [passwordsA, passwordsB] = [passwordsOf(a.snapshot()), passwordsOf(b.snapshot())];
    expect(Object.values(passwordsA).every(isSealedSecret)).toBe(true);
    expect(passwordsA[STORE1.name]).not.toBe(passwordsA[STORE2.name]);
    expect(passwordsA[STORE1.name]).not.toBe(passwordsB[STORE1.name]);
    expect(JSON.stringify(passwordsA)).not.toContain(STARWIND_DEFAULT_PASSWORD);
  });

  test('Lab.seal replaces every password a command carries by its hash; the sealed command decides as the clear one', () => {
    const lab = consoleLab({ seed: 4 });
    const clear: Command[] = [
      { type: 'starwindConnect', server: STORE1.name, login: 'root', password: STARWIND_DEFAULT_PASSWORD },
      changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD),
      { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest() },
    ];
    const sealed = clear.map((command) => {
      const result = lab.seal(command);
      if (!result.ok) throw new Error(result.error.message);
      return result.command;
    });
    expect(JSON.stringify(sealed)).not.toContain(`"${STARWIND_DEFAULT_PASSWORD}"`);
    expect(JSON.stringify(sealed)).not.toContain(NEW_PASSWORD);
    const change = sealed[1] as Extract<Command, { type: 'starwindChangeCredentials' }>;
    expect(change.newPassword).toBe(sealSecret(4, passwordScope(STORE1.name), NEW_PASSWORD));
    // Sealing is pure: the lab did not move. Commands without secrets come back as they are.
    expect(lab.version()).toBe(consoleLab({ seed: 4 }).version());
    const power: Command = { type: 'setPower', host: STORE1.name, action: 'shutdown' };
    expect(lab.seal(power)).toEqual({ ok: true, command: power });

    // A logged command (source 'log') keeps what is sealed: sealing a log twice changes nothing.
    for (const command of sealed) expect(lab.seal(command, 'log')).toEqual({ ok: true, command });
    expect(lab.seal(clear[1]!, 'log')).toEqual({ ok: true, command: sealed[1] });

    const [byClear, bySealed] = [consoleLab({ seed: 4 }), consoleLab({ seed: 4 })];
    for (const command of clear) ok(byClear, command);
    for (const command of sealed) ok(bySealed, command);
    expect(bySealed.hash()).toBe(byClear.hash());
    expect(passwordsOf(bySealed.snapshot())).toEqual(passwordsOf(byClear.snapshot()));
  });

  test('a command naming an unknown server keeps no clear password either (and is refused as before)', () => {
    const lab = consoleLab();
    const result = lab.seal({ type: 'starwindConnect', server: 'NOPE', login: 'root', password: NEW_PASSWORD });
    expect(result.ok && result.command).toMatchObject({ password: expect.stringMatching(/^sha256:/) });
    if (result.ok) expect(lab.dispatch(result.command)).toMatchObject({ ok: false, error: { code: 'starwind.server_not_found' } });
  });

  test('an empty new password is still refused once sealed', () => {
    const lab = consoleLab();
    const sealed = lab.seal(changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, ''));
    expect(sealed.ok && lab.dispatch(sealed.command)).toMatchObject({ ok: false, error: { code: 'starwind.invalid_credentials', errors: { newPassword: expect.any(String) } } });
  });

  test('after a change, the right password logs in and a wrong one does not: live, after a restore and after a replay', () => {
    const lab = consoleLab({ seed: 6 });
    const log = [sealAndDispatch(lab, changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD))];
    const restored = restoreLab(lab.snapshot());
    const replayed = consoleLab({ seed: 6 });
    for (const command of log) ok(replayed, command);
    expect(replayed.hash()).toBe(lab.hash());
    for (const subject of [lab, restored, replayed]) {
      expect(loginProblem(subject, STORE1.name, NEW_PASSWORD)).toBeUndefined();
      expect(loginProblem(subject, STORE1.name, STARWIND_DEFAULT_PASSWORD)).toBe('starwind.bad_credentials');
      expect(loginProblem(subject, STORE1.name, 'wrong')).toBe('starwind.bad_credentials');
      // The other server's password did not change.
      expect(loginProblem(subject, STORE2.name, STARWIND_DEFAULT_PASSWORD)).toBeUndefined();
    }
    // The hash itself, typed in, is hashed again: it opens nothing.
    const stolen = passwordsOf(lab.snapshot())[STORE1.name]!;
    ok(lab, { type: 'starwindDisconnect', server: STORE1.name });
    const sealedStolen = lab.seal({ type: 'starwindConnect', server: STORE1.name, login: 'root', password: stolen });
    expect(sealedStolen.ok && lab.dispatch(sealedStolen.command)).toMatchObject({ ok: false, error: { code: 'starwind.bad_credentials' } });
  });

  test('changing back to the default password marks the service as using default credentials again', () => {
    const lab = consoleLab();
    sealAndDispatch(lab, changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD));
    const usesDefault = (): boolean | undefined => {
      const answer = lab.query({ type: 'starwindServices' });
      return answer.ok ? answer.value.services.find((service) => service.id === STORE1.name)?.usesDefaultCredentials : undefined;
    };
    expect(usesDefault()).toBe(false);
    sealAndDispatch(lab, changePassword(STORE1.name, NEW_PASSWORD, STARWIND_DEFAULT_PASSWORD));
    expect(usesDefault()).toBe(true);
  });

  test('an HA partner login is checked against the partner\'s sealed password', () => {
    const lab = consoleLab({ seed: 8 });
    sealAndDispatch(lab, changePassword(STORE2.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD));
    const wrong = lab.seal({ type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ ha: { partnerPassword: STARWIND_DEFAULT_PASSWORD } }) });
    expect(wrong.ok && lab.validate(wrong.command)).toMatchObject({ ok: false, error: { errors: { 'ha.partnerPassword': expect.stringContaining('incorrect') } } });
    sealAndDispatch(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest({ ha: { partnerPassword: NEW_PASSWORD } }) });
  });

  test('migration 5 → 6 seals the clear passwords of an older snapshot; the same passwords log in', () => {
    const lab = consoleLab({ seed: 9 });
    sealAndDispatch(lab, changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD));
    // The snapshot as the build before sealing saved it: version 4, passwords in clear.
    const old = lab.snapshot();
    passwordsOf(old)[STORE1.name] = NEW_PASSWORD;
    passwordsOf(old)[STORE2.name] = STARWIND_DEFAULT_PASSWORD;
    // Clear passwords in a snapshot of this version are refused: only a migration may seal them.
    expect(validateSnapshot(old).map((problem) => problem.path)).toEqual([`domains.starwind.passwords.${STORE1.name}`, `domains.starwind.passwords.${STORE2.name}`]);
    old.domainVersions.starwind = 5;

    const migrated = migrateSnapshot(old) as LabSnapshot;
    expect(migrated.domainVersions.starwind).toBe(6);
    expect(passwordsOf(migrated)).toEqual(passwordsOf(lab.snapshot()));
    expect(validateSnapshot(migrated)).toEqual([]);
    const restored = restoreLab(old);
    expect(restored.hash()).toBe(lab.hash());
    expect(loginProblem(restored, STORE1.name, NEW_PASSWORD)).toBeUndefined();
    expect(loginProblem(restored, STORE2.name, STARWIND_DEFAULT_PASSWORD)).toBeUndefined();
    expect(loginProblem(restored, STORE1.name, STARWIND_DEFAULT_PASSWORD)).toBe('starwind.bad_credentials');
  });

  test('an older command log with clear passwords still replays to the same lab', () => {
    const clear = consoleLab({ seed: 10 });
    ok(clear, changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD));
    ok(clear, { type: 'starwindDisconnect', server: STORE1.name });
    ok(clear, { type: 'starwindConnect', server: STORE1.name, login: 'root', password: NEW_PASSWORD });
    const sealed = consoleLab({ seed: 10 });
    sealAndDispatch(sealed, changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, NEW_PASSWORD));
    sealAndDispatch(sealed, { type: 'starwindDisconnect', server: STORE1.name });
    sealAndDispatch(sealed, { type: 'starwindConnect', server: STORE1.name, login: 'root', password: NEW_PASSWORD });
    expect(clear.hash()).toBe(sealed.hash());
    expect(JSON.stringify(clear.snapshot())).not.toContain(NEW_PASSWORD);
  });
});
