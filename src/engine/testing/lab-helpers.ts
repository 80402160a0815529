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
