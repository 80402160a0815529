// The power domain: setPower and the transition timer.
import type { DomainModule } from '../../decision';
import { decideSetPower } from './set-power';
import { onPowerTimer, POWER_TIMER_KIND } from './transitions';

export { POWER_TIMER_KIND, powerTimerKey } from './transitions';

export const powerDomain: DomainModule = {
  name: 'power',
  commands: { setPower: decideSetPower },
  timers: { [POWER_TIMER_KIND]: onPowerTimer },
};
