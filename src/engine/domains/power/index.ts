// The power domain: setPower and the transition timer. It owns no collection: it changes the
// power state of the network domain's hosts.
import { powerDescriptor } from '../../../domain/power';
import { defineEngineDomain } from '../../decision';
import { checkPowerSnapshot } from './snapshot-check';
import { decideSetPower } from './set-power';
import { onPowerTimer, POWER_TIMER_KIND } from './transitions';

export { POWER_TIMER_KIND, powerTimerKey } from './transitions';

export const powerDomain = defineEngineDomain<undefined>({
  descriptor: powerDescriptor,
  commands: { setPower: decideSetPower },
  timers: { [POWER_TIMER_KIND]: onPowerTimer },
  check: checkPowerSnapshot,
});
