// Helpers for engine tests: read a host, list events, draw random commands.
import fc from 'fast-check';
import { POWER_ACTIONS } from '../../domain/power';
import type { Command, EventLogName, Host, Lab, LabEvent } from '../types';

export function hostOf(lab: Lab, name: string): Host {
  const answer = lab.query({ type: 'host', name });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** Events of the System log (of one host, or all), oldest first. */
export function eventsOf(lab: Lab, host?: string, log: EventLogName = 'System'): LabEvent[] {
  const answer = lab.query({ type: 'events', filter: host === undefined ? { log, limit: 10_000 } : { host, log, limit: 10_000 } });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.events;
}

export const SEED_LAB_HOSTS = ['SWS-DC', 'SWS-Store1', 'SWS-Store2', 'Demo1', 'Demo2'] as const;
const NICS = ['Public', 'Private', 'iSCSI'] as const;

/** A command on the default seed-lab (some are refused, which is part of the test). */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('setPower' as const), host: fc.constantFrom(...SEED_LAB_HOSTS), action: fc.constantFrom(...POWER_ACTIONS) }),
  fc.record({ type: fc.constant('setNicLink' as const), host: fc.constantFrom(...SEED_LAB_HOSTS), nic: fc.constantFrom(...NICS), linkUp: fc.boolean() }),
);

/** A step: a command, then an advance of up to a few minutes (often 0). */
export const stepArb = fc.record({ command: commandArb, advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200_000 })) });

/** What a refusal answers: its code, the messages of the fields it names, and its detail. */
export interface Refusal {
  code: string;
  errors?: Record<string, string>;
  message: string;
}

/** Dispatches a command the test expects refused, and answers the refusal; the lab must not move (nothing changes on a refusal). */
export function refused(lab: Lab, command: unknown): Refusal {
  const before = lab.hash();
  const result = lab.dispatch(command as Command);
  if (result.ok) throw new Error(`${(command as Command).type} accepted`);
  if (lab.hash() !== before) throw new Error(`${(command as Command).type} refused, but the lab moved`);
  return { code: result.error.code, errors: result.error.errors, message: result.error.message };
}

/** As the host dispatches a typed command that may carry a secret: sealed first. */
export function okSealed(lab: Lab, command: unknown): void {
  const sealed = lab.seal(command as Command);
  if (!sealed.ok) throw new Error(sealed.error.message);
  const result = lab.dispatch(sealed.command);
  if (!result.ok) throw new Error(result.error.message);
}

/** `refused` of a command sealed first; a seal's refusal (a secret's rules) is answered as well. */
export function refusedSealed(lab: Lab, command: unknown): Refusal {
  const sealed = lab.seal(command as Command);
  if (!sealed.ok) return sealed.error;
  return refused(lab, sealed.command);
}
