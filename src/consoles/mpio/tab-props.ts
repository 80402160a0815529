import type { ApiClient } from '../../api/client';
import type { MpioState } from './use-mpio';

export interface TabProps {
  api: ApiClient;
  host: string;
  state: MpioState;
  /** After a change that waits for the boot: the reboot prompt. */
  askReboot(): void;
}
