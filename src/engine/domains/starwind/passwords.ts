// StarWind service passwords are kept sealed (../../secrets.ts), salted with the lab's seed and
// the host id of the service they open: the same password differs between two servers and two
// labs. Logins compare sealed forms (console-servers.ts credentialsProblem).
import { sealedForm, sealSecret } from '../../secrets';
import type { LabState } from '../../state';

/** The salt's scope of a service password: the host it opens. */
export function passwordScope(hostId: string): string {
  return `starwind-service/${hostId}`;
}

/** The sealed password of a service on `hostId` (the stored form). */
export function sealPassword(state: Pick<LabState, 'params'>, hostId: string, password: string): string {
  return sealSecret(state.params.seed, passwordScope(hostId), password);
}

/** A password a command carries, clear or sealed, as stored for `hostId`; anything but text stays as it is (and fails a login). */
export function passwordAsStored(state: Pick<LabState, 'params'>, hostId: string, password: unknown): unknown {
  return typeof password === 'string' ? sealedForm(state.params.seed, passwordScope(hostId), password) : password;
}

