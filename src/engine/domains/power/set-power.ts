// setPower {host, action}: decide from the host's power state, then move it.
//   on       only from off
//   shutdown only from on (clean: services stop, 6006, then off)
//   restart  only from on (stopping, 6006, starting, 6005, on)
//   off      from on, starting or stopping: off at once, remembered as unexpected
import { POWER_ACTIONS, type PowerAction } from '../../../domain/power';
import { accept, reject, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabState } from '../../state';
import { findHost } from '../network/hosts';
import type { Command, Host } from '../../types';
import { beginBoot, beginShutdown, hardOff } from './transitions';

type SetPower = Extract<Command, { type: 'setPower' }>;

export function decideSetPower(state: LabState, command: SetPower): Decision {
  const host = findHost(state, command.host);
  if (!host) return hostNotFound(command.host);
  if (!(POWER_ACTIONS as readonly string[]).includes(command.action)) {
    const message = `The power action must be one of ${POWER_ACTIONS.join(', ')}.`;
    return reject('power.invalid_action', 'invalid', message, { action: message });
  }
  const refusal = powerRefusal(host, command.action);
  if (refusal) return refusal;
  switch (command.action) {
    case 'on':
      return accept((ctx) => beginBoot(ctx, host, 'on'));
    case 'shutdown':
      return accept((ctx) => beginShutdown(ctx, host, 'shutdown'));
    case 'restart':
      return accept((ctx) => beginShutdown(ctx, host, 'restart'));
    case 'off':
      return accept((ctx) => hardOff(ctx, host));
  }
}

/** Why `action` is refused in the host's current state, or undefined when it is allowed. */
function powerRefusal(host: Host, action: PowerAction): Decision | undefined {
  const name = host.name;
  const state = host.powerState;
  if (action === 'off') {
    return state === 'off' ? reject('power.already_off', 'conflict', `${name} is already off.`) : undefined;
  }
  if (action === 'on') {
    if (state === 'on') return reject('power.already_on', 'conflict', `${name} is already running.`);
    if (state === 'starting') return reject('power.in_transition', 'conflict', `${name} is already starting.`);
    if (state === 'stopping') return reject('power.in_transition', 'conflict', `${name} is shutting down; start it once it is off, or turn it off now.`);
    return undefined;
  }
  // shutdown and restart need a running Windows to ask.
  const verb = action === 'shutdown' ? 'shut down' : 'restarted';
  if (state === 'off') return reject('power.not_running', 'conflict', action === 'shutdown' ? `${name} is off, so it cannot be shut down.` : `${name} is off, so it cannot be restarted; start it instead.`);
  if (state === 'starting') return reject('power.in_transition', 'conflict', `${name} is still starting; it can be ${verb} once it is running, or turned off now.`);
  if (state === 'stopping') return reject('power.in_transition', 'conflict', `${name} is already shutting down.`);
  return undefined;
}
